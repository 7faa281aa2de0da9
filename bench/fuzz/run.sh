#!/usr/bin/env bash
# Fuzzes one reader of untrusted text with SharpFuzz + AFL++ for a fixed time, then prints what AFL found.
#   bench/fuzz/run.sh TARGET [SECONDS]     TARGET: html cleaner segmenter quotes numbers feed warc (default 600 s)
#   bench/fuzz/run.sh replay TARGET FILE…  runs saved inputs once (a crash AFL found) without AFL
# Needs afl-fuzz (Debian: apt-get install afl++) and the sharpfuzz tool (dotnet tool install -g SharpFuzz.CommandLine
# --version 2.3.0). Builds into bench/fuzz/.out, instruments Demarche's assemblies there (and the parsers they use),
# seeds from samples/ and small inline documents; findings go to bench/fuzz/findings/TARGET (not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/.out"
export PATH="$PATH:$HOME/.dotnet/tools"

build() {
  if [ ! -f "$out/.instrumented" ] || [ -n "$(find "$root/src" "$here/Demarche.Fuzz" -name '*.cs' -newer "$out/.instrumented" -print -quit)" ]; then
    rm -rf "$out"
    dotnet build "$here/Demarche.Fuzz/Demarche.Fuzz.csproj" -c Release -o "$out" -nologo -v q -clp:ErrorsOnly
    for dll in "$out"/Demarche.*.dll "$out"/AngleSharp.dll "$out"/SmartReader.dll "$out"/CodeHollow.FeedReader.dll; do
      case "$(basename "$dll")" in Demarche.Fuzz.dll) continue ;; esac
      [ -f "$dll" ] && sharpfuzz "$dll" >/dev/null
    done
    touch "$out/.instrumented"
  fi
}

if [ "${1:-}" = replay ]; then
  # instrumented assemblies write to AFL's shared memory, which only afl-fuzz sets up: replay on a plain build
  dotnet build "$here/Demarche.Fuzz/Demarche.Fuzz.csproj" -c Release -o "$here/.out-plain" -nologo -v q -clp:ErrorsOnly
  shift
  exec dotnet "$here/.out-plain/Demarche.Fuzz.dll" "$@"
fi

target=${1:?usage: run.sh TARGET [SECONDS]}
seconds=${2:-600}
build
seeds="$here/findings/$target-seeds"
rm -rf "$seeds"; mkdir -p "$seeds"
case "$target" in
  html) for f in "$root"/samples/*.html; do head -c 4096 "$f" > "$seeds/$(basename "$f")"; done
        printf '<html><head><title>t</title></head><body><article><p>One.</p><p>Two.</p></article></body></html>' > "$seeds/tiny.html" ;;
  feed) printf '<?xml version="1.0"?><rss version="2.0"><channel><title>w</title><item><title>a</title><link>https://a.example/1</link><description>&lt;p&gt;Talks resumed.&lt;/p&gt;</description><pubDate>Tue, 03 Jun 2025 10:00:00 +0200</pubDate></item></channel></rss>' > "$seeds/rss.xml"
        printf '<feed xmlns="http://www.w3.org/2005/Atom"><title>w</title><entry><title>a</title><link href="https://a.example/1"/><id>1</id><updated>2025-06-03T10:00:00Z</updated><content type="html">&lt;p&gt;Talks.&lt;/p&gt;</content></entry></feed>' > "$seeds/atom.xml"
        printf '{"version":"https://jsonfeed.org/version/1.1","title":"w","items":[{"id":"1","url":"https://a.example/1","content_text":"Talks resumed.","date_published":"2025-06-03T10:00:00Z"}]}' > "$seeds/feed.json" ;;
  warc) python3 - "$seeds" <<'PY'
import gzip, sys
body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 60\r\n\r\n<html><body><article><p>Talks resumed.</p></article></body></html>"[:130]
rec = (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Target-URI: https://a.example/1\r\n"
       b"WARC-Date: 2025-06-03T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body + b"\r\n\r\n")
open(sys.argv[1] + "/plain.warc", "wb").write(rec * 2)
open(sys.argv[1] + "/members.warc.gz", "wb").write(gzip.compress(rec) + gzip.compress(rec))
PY
        ;;
  cleaner|segmenter|quotes|numbers)
        for f in "$root"/samples/*.txt; do head -c 2048 "$f" > "$seeds/$(basename "$f")"; done
        printf '"We will not yield," he said. \xe2\x80\x9cNever,\xe2\x80\x9d she added. About 1,200 people, 3.5 million dollars, two dozen killed, $4bn.' > "$seeds/marks.txt" ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac

findings="$here/findings/$target"
rm -rf "$findings"
echo "fuzzing $target for $seconds s (findings in $findings)"
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 \
  afl-fuzz -i "$seeds" -o "$findings" -V "$seconds" -t 10000 -m none -- dotnet "$out/Demarche.Fuzz.dll" "$target" >"$findings.log" 2>&1 || true
stats="$findings/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg) ' "$stats"
  ls "$findings/default/crashes" 2>/dev/null | grep -v README || true
else
  echo "afl-fuzz did not start; the last lines of $findings.log:"; tail -n 20 "$findings.log"
fi
