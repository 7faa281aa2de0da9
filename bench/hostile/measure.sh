#!/usr/bin/env bash
# Times `demarche analyze` on the two hostile documents of issue 17 and prints wall time and peak memory:
#   1. "said " x 400,000 (2 MB, no full stop: once quadratic in the frame builder);
#   2. a 10 MB document of ordinary news text: the bundled samples/*.txt and ../shared/examples/dev/*.txt
#      (when ../shared is beside the clone) repeated, with a paragraph break between copies.
# The inputs are generated into a temporary folder (never committed). Needs GNU time (/usr/bin/time).
# CPU time is printed beside wall time: on a shared machine the wall time says more about the load than about Demarche.
# Usage: bench/hostile/measure.sh [words-of-said] [megabytes-of-news]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
words=${1:-400000}
mb=${2:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" "$words" "$mb" "$root" <<'PY'
import glob, os, sys
tmp, words, mb, root = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
open(os.path.join(tmp, "said.txt"), "w").write("said " * words)
texts = [open(p, encoding="utf-8").read().strip() for p in sorted(glob.glob(os.path.join(root, "samples", "*.txt")))]
texts += [open(p, encoding="utf-8").read().strip() for p in sorted(glob.glob(os.path.join(root, "..", "shared", "examples", "dev", "*.txt")))]
limit = int(mb * 1000 * 1000)
out, size, i = [], 0, 0
while True:
    t = texts[i % len(texts)] + "\n\n"
    n = len(t.encode("utf-8"))
    if size + n > limit: break
    out.append(t); size += n; i += 1
open(os.path.join(tmp, "news.txt"), "w", encoding="utf-8").write("".join(out))
print(f"news.txt: {size:,} bytes from {len(texts)} articles, {i} copies")
PY

"$root/demarche" --help >/dev/null  # build first, outside the timing
for f in said.txt news.txt; do
  printf '%s (%s bytes): ' "$f" "$(stat -c %s "$tmp/$f")"
  /usr/bin/time -f '%e s wall, %U s user + %S s system CPU, %M KB peak RSS, exit %x' "$root/demarche" analyze "$tmp/$f" --json 2>"$tmp/time.txt" >"$tmp/out.json" || true
  tail -n 1 "$tmp/time.txt"
  python3 - "$tmp/out.json" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    if "error" in o: print("  error:", o["error"])
    else:
        d = o["document"]
        print(f"  {len(d['text']):,} characters, {len(o.get('events', [])):,} events, {len(o.get('quotes', [])):,} quotes, {len(o.get('actors', [])):,} actors")
PY
done
