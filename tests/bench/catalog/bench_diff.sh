#!/usr/bin/env bash
# Diff benchmark (a script, not a test): times `strata-cli diff A.json B.json` of two
# snapshot files (--json and --sql output) and, as the reference measured in the same
# run, Python's C JSON parser only loading the same two files (json.load, no compare).
# Prints the median wall time, CPU time (user + sys), peak RSS, the phases from
# --timings, and the ratio to the reference.
#
# The files: tests/bench/catalog/bench_snapshot.sh makes them (10,000 tables /
# 100,000 columns / 30,000 indexes / 2,000 functions, then about 1% changed); or
#   strata-cli snapshot --db URI --output a.json   (then change the schema, again for b.json)
#
# Usage: tests/bench/catalog/bench_diff.sh A.json B.json [path/to/strata-cli]
# Env:   RUNS=5 (timed runs per form; the median is reported)
# Bars:  wall < 1000 ms and peak RSS <= 300 MB for the whole process (exit 1 when missed).
set -euo pipefail

[[ $# -ge 2 ]] || { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
a="$1"
b="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
cli="${3:-$(ls -t "$repo"/build/*/app/strata-cli 2>/dev/null | head -1 || true)}"
runs="${RUNS:-5}"
[[ -x "$cli" ]] || { echo "strata-cli not found; pass its path as the third argument" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
for f in "$a" "$b"; do [[ -r "$f" ]] || { echo "cannot read $f" >&2; exit 2; }; done

tmp="$(mktemp -d /tmp/strata-bench-diff-XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

# measure <command...>: prints "<wall ms> <cpu ms> <maxrss kB>" (exit status 1 = differences, fine)
measure() {
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/t" "$@" > "$tmp/out" 2> /dev/null || true
    tail -1 "$tmp/t" | awk '{printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== files: $a ($(wc -c < "$a") bytes), $b ($(wc -c < "$b") bytes); $runs runs each; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
declare -A wall cpu rss
for form in reference json sql; do
    case "$form" in
        reference) cmd=(python3 -c 'import json, sys; [json.load(open(f)) for f in sys.argv[1:]]' "$a" "$b") ;;
        json) cmd=("$cli" diff "$a" "$b" --json) ;;
        sql) cmd=("$cli" diff "$a" "$b" --sql) ;;
    esac
    measure "${cmd[@]}" > /dev/null # warm-up (page cache)
    ws=(); cs=(); rs=()
    for _ in $(seq 1 "$runs"); do
        read -r w c r < <(measure "${cmd[@]}")
        ws+=("$w"); cs+=("$c"); rs+=("$r")
    done
    wall[$form]=$(printf '%s\n' "${ws[@]}" | median)
    cpu[$form]=$(printf '%s\n' "${cs[@]}" | median)
    rss[$form]=$(printf '%s\n' "${rs[@]}" | sort -n | tail -1)
    printf '   %-34s %6d ms wall, %6d ms CPU, peak RSS %4d MB\n' "$form:" "${wall[$form]}" "${cpu[$form]}" "$(( rss[$form] / 1024 ))"
done
echo "   phases: $("$cli" diff "$a" "$b" --sql --timings 2>&1 > /dev/null | head -1)"
ratio=$(awk -v s="${wall[json]}" -v r="${wall[reference]}" 'BEGIN {printf "%.2f", s / (r > 0 ? r : 1)}')
echo "   ratio strata diff --json / python json.load of both files: ${ratio}"

ok=1
for form in json sql; do
    (( wall[$form] < 1000 )) || { echo "   MISSED: diff --$form took ${wall[$form]} ms (bar: < 1000 ms)"; ok=0; }
    (( rss[$form] <= 300 * 1024 )) || { echo "   MISSED: diff --$form peak RSS $(( rss[$form] / 1024 )) MB (bar: <= 300 MB)"; ok=0; }
done
(( ok )) && echo "   all bars met"
(( ok ))
