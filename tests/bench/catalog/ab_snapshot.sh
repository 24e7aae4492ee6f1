#!/usr/bin/env bash
# Two builds of strata-cli, snapshot after snapshot, alternating on the same database,
# for comparisons on a noisy machine (a script, not a test).
#
# Usage: tests/bench/catalog/ab_snapshot.sh N CLI_A CLI_B URI [snapshot options...]
#   N runs of each, in the order A B B A A B B A ... (each build as often first as second
#   of a pair), with PAUSE seconds (default 3) before each run; prints, for each build, the
#   median and the best wall time, the median CPU time (user + system) and the largest
#   peak RSS.
# Why the pause: on a VM whose host takes back the guest's free memory (virtio-balloon
# free page reporting, here about 2 s after it is freed), a run started at once reuses the
# memory the previous run left hot, and one started later faults all of it in from the
# host: consecutive runs alternate between about 0.15 and 0.5 s of system time. With the
# pause every run starts cold, as a single run does.
set -euo pipefail
[[ $# -ge 4 ]] || { sed -n 2,7p "$0"; exit 2; }
runs=$1 a=$2 b=$3 uri=$4
shift 4
times=$(mktemp)
out=$(mktemp)
trap 'rm -f "$times" "$out"' EXIT
pause=${PAUSE:-3}
for ((i = 0; i < runs; i++)); do
    order=("$a" "$b")
    (( i % 2 )) && order=("$b" "$a")
    for cli in "${order[@]}"; do
        sleep "$pause"
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
