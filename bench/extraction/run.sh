#!/usr/bin/env bash
# Article-extraction benchmark: runs HtmlArticleExtractor over the 181 public pages and scores it.
# usage: bench/extraction/run.sh [OUT.json] [passes]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bench="${BENCH_DIR:-$root/../shared/benchmarks/article-extraction}"
out="${1:-/tmp/demarche-extraction.json}"
passes="${2:-1}"
dotnet build "$here/Demarche.Bench.Extraction" -c Release -nologo -v q -o "$root/.build/bench-extraction" | grep -E "error|rror\(s\)" || true
dotnet "$root/.build/bench-extraction/Demarche.Bench.Extraction.dll" "$bench/html" "$out" --passes "$passes"
python3 "$root/../shared/tools/extraction_score.py" "$bench/ground-truth.json" "$out"
