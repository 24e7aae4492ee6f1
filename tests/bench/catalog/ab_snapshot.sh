#!/usr/bin/env bash
# Two builds of strata-cli, snapshot after snapshot, alternating on the same database,
# for comparisons on a noisy machine (a script, not a test).
#
# Usage: tests/bench/catalog/ab_snapshot.sh N CLI_A CLI_B URI [snapshot options...]
#   N runs of each, interleaved A B A B ...; prints, for each build, the median and the
#   best wall time, the median CPU time (user + system) and the largest peak RSS.
set -euo pipefail
[[ $# -ge 4 ]] || { sed -n 2,7p "$0"; exit 2; }
runs=$1 a=$2 b=$3 uri=$4
shift 4
times=$(mktemp)
out=$(mktemp)
trap 'rm -f "$times" "$out"' EXIT
for ((i = 0; i < runs; i++)); do
    for cli in "$a" "$b"; do
        /usr/bin/time -f "$cli %e %U %S %M" -a -o "$times" "$cli" snapshot "$@" --output "$out" --db "$uri" >/dev/null
    done
done
python3 - "$times" "$a" "$b" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
for cli in sys.argv[2:]:
    r = [x for x in rows if x[0] == cli]
    wall = [float(x[1]) for x in r]
    cpu = [float(x[2]) + float(x[3]) for x in r]
    print(f"{cli}: wall median {statistics.median(wall):.2f} s (best {min(wall):.2f}), "
          f"CPU median {statistics.median(cpu):.2f} s, peak RSS {max(int(x[4]) for x in r) // 1024} MB, {len(r)} runs")
PY
