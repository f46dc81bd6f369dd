#!/usr/bin/env bash
# Dyad and its peers on the same articles, in one run: `bench/peers/compare.sh PATH...`
# (PATH: folders of .txt files or .jsonl files with a "text" field). Prints each one's MB/s and Dyad's ratio to it.
# PEERS="wink chrono" picks peers (compromise is slow: minutes for 20 MB). ROUNDS=N (default 3) runs Dyad and the peers
# in turn N times and reports the median of each, and of the rounds' ratios: on a shared host both tools drift by 10-20%
# within minutes, and a round puts each tool's run beside the others' at the same moment. In a round Dyad runs
# DYAD_RUNS times (default 3), its rate their total: its runs take seconds where a peer's take a minute.
# Peers run single-threaded (Node.js) and are timed after their model loads; Dyad uses every core, as `dyad analyze`
# does, and is timed as the whole command, start-up included. Each timed run, Dyad's and every peer's, reads its inputs
# from memory: they are read once just before it (`warm`), as a page cache a host may empty under them would have them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 PATH..." >&2; exit 2; }
rounds=${ROUNDS:-3}
dyad_runs=${DYAD_RUNS:-3}
peers=${PEERS:-wink chrono compromise}

(cd "$here" && npm ci --no-audit --no-fund --silent)
"$root/dyad" --help >/dev/null   # publishes Dyad (native code) on first use, so the timing below is of the run alone

# Reads every input file once, so the run timed next finds them in the page cache. Some hosts evict cached files within
# seconds (on the one docs/PERFORMANCE.md reports, 40% of 50,000 files read 30 s earlier were gone): without this, the
# tool timed after another's 45-second run read most of its files from disk, and the ratio measured the disk.
warm() { find "$@" -type f \( -name '*.txt' -o -name '*.jsonl' \) -print0 | xargs -0 -r cat >/dev/null; }

# Dyad in process first, for the pass's own figure and the megabytes of article text every rate below divides.
warm "$@"
bench=$("$root/dyad" bench "$@" --passes analyze --json)
megabytes=$(printf '%s' "$bench" | python3 -c 'import json,sys; print(json.load(sys.stdin)["passes"][0]["megabytes"])')
bench_mbs=$(printf '%s' "$bench" | python3 -c 'import json,sys; print(json.load(sys.stdin)["passes"][0]["megabytes_per_second"])')

runs=$(mktemp)
trap 'rm -f "$runs"' EXIT
for round in $(seq 1 "$rounds"); do
  # Dyad end to end: the whole `dyad analyze` command, process start-up and JSON output included. It runs $dyad_runs
  # times and its rate is their total over their total time: a few seconds alone swing with the host more than a peer's minute.
  seconds=0
  for run in $(seq 1 "$dyad_runs"); do
    warm "$@"
    started=$(date +%s.%N)
    "$root/dyad" analyze "$@" >/dev/null
    seconds=$(python3 -c "print($seconds + $(date +%s.%N) - $started)")
  done
  dyad_mbs=$(python3 -c "print($megabytes * $dyad_runs / $seconds)")
  echo "$round dyad $dyad_mbs" >>"$runs"
  line="round $round: dyad analyze $(printf '%.2f' "$dyad_mbs") MB/s"
  for peer in $peers; do
    warm "$@"
    mbs=$(node "$here/peers.mjs" "$peer" "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["megabytes_per_second"])')
    echo "$round $peer $mbs" >>"$runs"
    line="$line, $peer $(printf '%.2f' "$mbs") ($(python3 -c "print(f'{$dyad_mbs / $mbs:.1f}')")x)"
  done
  echo "$line"
done

python3 - "$runs" "$bench_mbs" $peers <<'PY'
import collections, statistics, sys
runs, bench_mbs, peers = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
by_round = collections.defaultdict(dict)
for line in open(runs):
    round_, tool, mbs = line.split()
    by_round[round_][tool] = float(mbs)
rounds = list(by_round.values())
median = lambda tool: statistics.median(r[tool] for r in rounds)
print(f"{'tool':34s} {'MB/s':>10s}   (median of {len(rounds)} rounds)")
print(f"{'dyad analyze (whole command)':34s} {median('dyad'):10.2f}")
print(f"{'dyad bench (one pass, in process)':34s} {bench_mbs:10.2f}")
for peer in peers:
    ratios = sorted(r['dyad'] / r[peer] for r in rounds)
    print(f"{peer:34s} {median(peer):10.2f}   dyad analyze is {statistics.median(ratios):.1f}x "
          f"(rounds: {', '.join(f'{x:.1f}x' for x in ratios)})")
PY
