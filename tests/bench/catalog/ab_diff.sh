#!/usr/bin/env bash
# Two builds of strata-cli, live-vs-live diff after diff, alternating on the same two
# databases, for before/after comparisons on a noisy machine (a script, not a test).
#
# Usage: tests/bench/catalog/ab_diff.sh N CLI_A CLI_B URI_A URI_B
#   N runs of each, in the order A B B A A B ... (each build as often first as second),
#   with PAUSE seconds (default 3) before each run. Prints one line per run: wall time,
#   the client's CPU (user + system), the server's CPU and the peak RSS, with the load
#   average; then each build's medians. The server's CPU is what its backends used, read
#   from the postmaster's reaped children (/proc/PID/stat cutime + cstime): give the
#   postmaster's pid in POSTMASTER=PID (the head of the data directory's postmaster.pid)
#   on a server nothing else uses at the time; without it that column is left out.
#   CPU times stay meaningful when the wall time does not (other work on the machine).
set -euo pipefail
[[ $# -eq 5 ]] || { sed -n 2,12p "$0"; exit 2; }
runs=$1 a=$2 b=$3 ua=$4 ub=$5
pause=${PAUSE:-3}
tck=$(getconf CLK_TCK)
server_ms() { [[ -n "${POSTMASTER:-}" ]] && awk -v t="$tck" '{print ($16 + $17) * 1000 / t}' "/proc/$POSTMASTER/stat" || echo 0; }
rows=$(mktemp)
t=$(mktemp)
trap 'rm -f "$rows" "$t"' EXIT
for ((i = 0; i < runs; i++)); do
    order=("$a" "$b")
    (( i % 2 )) && order=("$b" "$a")
    for cli in "${order[@]}"; do
        sleep "$pause"
        load=$(cut -d' ' -f1 /proc/loadavg)
        s0=$(server_ms)
        w0=$(date +%s%N)
        /usr/bin/time -f '%U %S %M' -o "$t" "$cli" diff "$ua" "$ub" --sql >/dev/null 2>&1 || true
        w1=$(date +%s%N)
        sleep 0.5 # the backends end and are reaped
        s1=$(server_ms)
        read -r user sys rss < <(tail -1 "$t")
        printf '%s %d %d %d %d %s\n' "$cli" $(( (w1 - w0) / 1000000 )) \
            "$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')" \
            "$(awk -v x="$s0" -v y="$s1" 'BEGIN {printf "%d", y - x}')" $(( rss / 1024 )) "$load" | tee -a "$rows" |
            awk '{printf "   %-40s wall %6d ms  client CPU %5d ms  server CPU %5d ms  peak RSS %4d MB  (load %s)\n", $1, $2, $3, $4, $5, $6}'
    done
done
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
for cli in "$a" "$b"; do
    col() { awk -v c="$cli" -v k="$1" '$1 == c {print $k}' "$rows" | median; }
    printf '   median %-33s wall %6d ms  client CPU %5d ms  server CPU %5d ms  peak RSS %4d MB\n' "$cli" "$(col 2)" "$(col 3)" "$(col 4)" "$(col 5)"
done
