#!/usr/bin/env bash
# End-to-end speed of `demarche analyze` on real article text, as a user runs it (see bench/README.md).
# Builds the corpus (bench/realtext/build-corpus.py) into OUT, then for each corpus prints sentences/s (whole run,
# and after start-up), CPU seconds, peak memory (/usr/bin/time), and the --profile report: stage shares and
# allocated bytes per sentence. Start-up is the wall time of a one-record run.
# Usage: bench/realtext/run.sh [OUT] [SENTENCES]
#   DEMARCHE="dotnet /path/to/demarche.dll"  times another build (before/after comparisons)
#   CORES=0        the cores for the one-core runs (taskset -c); WORKERS_ALL=2 the workers of the all-cores runs
#   RUNS="1core all"  which runs to make
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/.build/realtext}"
total="${2:-20000}"
demarche="${DEMARCHE:-$root/demarche}"
cores="${CORES:-0}"
runs="${RUNS:-1core all}"
python3 "$root/bench/realtext/build-corpus.py" "$out" "$total"
$demarche --version >/dev/null   # builds the CLI when its sources changed
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(date -u +%FT%TZ)"

wall_of() { # command... -> prints wall seconds, leaves /usr/bin/time's report in $out/time.txt
  # (exit 1 is expected: a few corpus sentences are boilerplate that cleaning removes, "the document is empty")
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || true
  tail -n 1 "$out/time.txt" | cut -d' ' -f1
}

startups=(); startup_cpus=()
for _ in 1 2 3; do
  startups+=("$(wall_of taskset -c "$cores" $demarche analyze "$out/one-record.jsonl" --json --workers 1)")
  startup_cpus+=("$(tail -n 1 "$out/time.txt" | awk '{printf "%.2f", $2 + $3}')")
done
startup="$(printf '%s\n' "${startups[@]}" | sort -n | sed -n 2p)"
startup_cpu="$(printf '%s\n' "${startup_cpus[@]}" | sort -n | sed -n 2p)"
echo "start-up (one record, median of 3): $startup s wall [${startups[*]}], $startup_cpu s CPU [${startup_cpus[*]}]"

for corpus in docs-40 docs-1; do
  for run in $runs; do
    if [ "$run" = 1core ]; then cmd=(taskset -c "$cores" $demarche analyze "$out/$corpus.jsonl" --json --profile --workers 1)
    else cmd=($demarche analyze "$out/$corpus.jsonl" --json --profile --workers "${WORKERS_ALL:-$(nproc)}"); fi
    wall="$(wall_of "${cmd[@]}")"
    read -r _ user sys peak < <(tail -n 1 "$out/time.txt")
    sentences="$(sed -n 's/^profile: [0-9]* documents, \([0-9]*\) sentences.*/\1/p' "$out/stderr.txt")"
    python3 - "$corpus" "$run" "${sentences:-$total}" "$wall" "$startup" "$user" "$sys" "$peak" <<'PY'
import sys
corpus, run, total, wall, startup, user, sys_, peak = sys.argv[1:]
total, wall, startup, user, sys_, peak = int(total), float(wall), float(startup), float(user), float(sys_), int(peak)
after = total / max(wall - startup, 1e-9)
print(f"{corpus} {run}: {total} sentences (as Demarche splits them), {total / wall:,.0f} sentences/s end to end ({wall:.2f} s), {after:,.0f}/s after start-up; "
      f"CPU {user + sys_:.2f} s ({total / max(user + sys_, 1e-9):,.0f} sentences per CPU second); peak {peak / 1024:.0f} MB")
PY
    grep '^profile:' "$out/stderr.txt" | sed 's/^profile: /    /'
  done
done
