#!/usr/bin/env bash
# Start-up of a one-record `analyze`, several set-ups compared in one go: runs alternate (A B C A B C …) so that the
# shared machine's load falls on all alike. Each set-up is a label and a command line; prints for each run its CPU
# (user + system), wall time, peak resident memory and the load average, then the medians and the ratios to the first.
# Usage: bench/startup/compare.sh RUNS LABEL 'COMMAND' [LABEL 'COMMAND']...
#   e.g. bench/startup/compare.sh 5 before 'dotnet /tmp/before/demarche.dll' after 'dotnet .build/cli/demarche.dll'
#   (a build outside the repository needs DEMARCHE_DATA=…/data before it; each command gets `analyze INPUT --json --workers 1` appended; INPUT=one-record.jsonl of bench/realtext by default;
#    a command may start with VAR=value words, passed as environment)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="$1"; shift
input="${INPUT:-$root/.build/realtext/one-record.jsonl}"
[ -f "$input" ] || python3 "$root/bench/realtext/build-corpus.py" "$root/.build/realtext" 20000 >/dev/null
labels=(); commands=()
while [ $# -ge 2 ]; do labels+=("$1"); commands+=("$2"); shift 2; done
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
echo "one-record analyze ($input), $runs alternating runs each; $(nproc) cores; $(date -u +%FT%TZ)"
for ((r = 1; r <= runs; r++)); do
  for i in "${!labels[@]}"; do
    load="$(cut -d' ' -f1 /proc/loadavg)"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" env ${commands[$i]} analyze "$input" --json --workers 1 >"$tmp/out" 2>"$tmp/err" || true
    read -r wall user sys peak < <(tail -n 1 "$tmp/time")
    if [ ! -s "$tmp/out" ]; then echo "${labels[$i]}: no output; its stderr:" >&2; head -n 5 "$tmp/err" >&2; exit 1; fi
    cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
    echo "${labels[$i]} $cpu $wall $((peak / 1024)) $load" >>"$tmp/all"
    printf '  run %d %-12s CPU %5.2f s  wall %5.2f s  peak %4d MB  load %s\n' "$r" "${labels[$i]}" "$cpu" "$wall" "$((peak / 1024))" "$load"
  done
done
python3 - "$tmp/all" "${labels[@]}" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
labels = sys.argv[2:]
med = {}
for label in labels:
    mine = [r for r in rows if r[0] == label]
    med[label] = tuple(statistics.median(float(r[k]) for r in mine) for k in (1, 2, 3))
    loads = [float(r[4]) for r in mine]
    print(f"{label:12s} median CPU {med[label][0]:.2f} s, wall {med[label][1]:.2f} s, peak {med[label][2]:.0f} MB; load {min(loads):.1f}-{max(loads):.1f}")
base = med[labels[0]]
for label in labels[1:]:
    print(f"{labels[0]} / {label}: CPU {base[0] / med[label][0]:.2f}x, wall {base[1] / med[label][1]:.2f}x, peak {med[label][2] - base[2]:+.0f} MB")
PY
