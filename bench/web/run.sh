#!/usr/bin/env bash
# Web API load benchmark: a store of 1,000,000 synthetic events (bench/Demarche.Bench.Store --keep), served by
# `demarche serve` on loopback, loaded with wrk (Debian package) for a fixed time per endpoint:
#   - the events list, first page, filtered by actor and a one-year date range;
#   - an actor's profile (events per month and quad class, stances, quotes).
# Prints requests/s, p50/p99 latency, errors and the server's memory; keeps the figures in bench/results/web.txt.
# Usage: bench/web/run.sh [EVENTS (default 1000000)] [SECONDS per endpoint (default 20)] [CONNECTIONS (default 8)]
#   BENCH_DB=FILE serves a store made before (with bench/Demarche.Bench.Store --keep FILE) instead of making one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
events=${1:-1000000}; seconds=${2:-20}; connections=${3:-8}
command -v wrk >/dev/null || { echo "bench/web: wrk is needed (apt-get install wrk)"; exit 2; }
work=$(mktemp -d /tmp/demarche-bench-web-XXXX)
db="$work/bench.db"; port=$((20000 + RANDOM % 20000)); results="$root/bench/results"; mkdir -p "$results"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if [ -n "${BENCH_DB:-}" ]; then
  db=$BENCH_DB
else
  echo "== building a store of $events events (bench/Demarche.Bench.Store)"
  dotnet run -c Release --project "$root/bench/Demarche.Bench.Store" -- 200 "$events" --keep "$db" | sed 's/^/   /'
fi

"$root/demarche" serve --db "$db" --urls "http://127.0.0.1:$port" > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 1 120); do grep -q "^http" "$work/serve.out" 2>/dev/null && break; sleep 0.5; done
base=$(head -n 1 "$work/serve.out"); base=${base%/}
echo "== serving $base (pid $server)"
curl -fsS "$base/api/stats"; echo

run() { # name path
  local name=$1 path=$2
  curl -fsS -o /dev/null "$base$path" # warm up
  wrk -t1 -c4 -d3s "$base$path" >/dev/null
  local out; out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base$path")
  local rps p50 p99 non2xx sock
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out"); non2xx=${non2xx:-0}
  sock=$(awk '/Socket errors/ {s=0; for (i=3;i<=NF;i++) {gsub(",","",$i); if ($i ~ /^[0-9]+$/) s+=$i}; print s}' <<<"$out"); sock=${sock:-0}
  printf "%-28s %10s req/s   p50 %8s   p99 %8s   errors %s (non-2xx %s, socket %s)\n" "$name" "$rps" "$p50" "$p99" $((non2xx + sock)) "$non2xx" "$sock"
}

{
  echo "Demarche web API on $(nproc) cores, $events events, wrk -t2 -c$connections -d${seconds}s on loopback ($(date -u +%Y-%m-%d))"
  run "events: actor+year, page 1" "/api/events?actor=KEN&from=2020-01-01&to=2020-12-31&limit=50"
  run "events merged: actor+year" "/api/events/merged?actor=KEN&from=2020-01-01&to=2020-12-31&limit=50"
  run "actor profile" "/api/actors/KEN"
  run "actor counterparts" "/api/actors/KEN/counterparts"
  awk '/VmHWM|VmRSS/ {printf "server %s %.0f MB\n", $1, $2/1024}' "/proc/$server/status"
} | tee "$results/web.txt"
