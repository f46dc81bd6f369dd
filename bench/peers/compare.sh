#!/usr/bin/env bash
# Dyad and its peers on the same articles, in one run: `bench/peers/compare.sh PATH...`
# (PATH: folders of .txt files or .jsonl files with a "text" field). Prints each one's MB/s and Dyad's ratio to it.
# PEERS="wink chrono" picks peers (compromise is slow: minutes for 20 MB).
# Peers run single-threaded (Node.js) and are timed after their model loads; Dyad uses every core, as `dyad analyze`
# does, and is timed as the whole command, start-up included.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 PATH..." >&2; exit 2; }

(cd "$here" && npm ci --no-audit --no-fund --silent)
"$root/dyad" --help >/dev/null   # publishes Dyad (native code) on first use, so the timing below is of the run alone

# Dyad in process first: it also reads every input once, so the timed command below, like the peers after it, reads
# them from the page cache (timed first, the command alone paid for reading from disk: 12.8 MB/s against 24.3 in process).
bench=$("$root/dyad" bench "$@" --passes analyze --json)
# Dyad end to end: the whole `dyad analyze` command, process start-up and JSON output included.
started=$(date +%s.%N)
"$root/dyad" analyze "$@" >/dev/null
seconds=$(python3 -c "print($(date +%s.%N) - $started)")
megabytes=$(printf '%s' "$bench" | python3 -c 'import json,sys; print(json.load(sys.stdin)["passes"][0]["megabytes"])')
dyad_mbs=$(python3 -c "print($megabytes / $seconds)")
bench_mbs=$(printf '%s' "$bench" | python3 -c 'import json,sys; print(json.load(sys.stdin)["passes"][0]["megabytes_per_second"])')
printf '%-34s %10s\n' "tool" "MB/s"
printf '%-34s %10.2f\n' "dyad analyze (whole command)" "$dyad_mbs"
printf '%-34s %10.2f\n' "dyad bench (one pass, in process)" "$bench_mbs"
for peer in ${PEERS:-wink chrono compromise}; do
  mbs=$(node "$here/peers.mjs" "$peer" "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["megabytes_per_second"])')
  printf '%-34s %10.2f   dyad analyze is %.1fx\n' "$peer" "$mbs" "$(python3 -c "print($dyad_mbs / $mbs)")"
done
