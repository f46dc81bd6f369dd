#!/usr/bin/env bash
# Dyad and its peers on the same articles, in one run: `bench/peers/compare.sh PATH...`
# (PATH: folders of .txt files or .jsonl files with a "text" field). Prints each one's MB/s and Dyad's ratio to it.
# PEERS="wink chrono" picks peers (compromise is slow: minutes for 20 MB).
# Peers run single-threaded (Node.js); Dyad uses every core, as `dyad analyze` does.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 PATH..." >&2; exit 2; }

(cd "$here" && npm ci --no-audit --no-fund --silent)
dotnet build "$root/src/Dyad.Cli" -c Release -v quiet -nologo >/dev/null

dyad=$(dotnet "$root/src/Dyad.Cli/bin/Release/net10.0/Dyad.Cli.dll" bench "$@" --passes analyze --json)
dyad_mbs=$(printf '%s' "$dyad" | python3 -c 'import json,sys; print(json.load(sys.stdin)["passes"][0]["megabytes_per_second"])')
printf '%-12s %10s\n' "tool" "MB/s"
printf '%-12s %10.2f\n' "dyad" "$dyad_mbs"
for peer in ${PEERS:-wink chrono compromise}; do
  mbs=$(node "$here/peers.mjs" "$peer" "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["megabytes_per_second"])')
  printf '%-12s %10.2f   dyad is %.1fx\n' "$peer" "$mbs" "$(python3 -c "print($dyad_mbs / $mbs)")"
done
