#!/usr/bin/env bash
# Responsiveness bench (a script, not a test): the longest main-thread stall of the GUI
# in four scenarios, each a real `strata` under Xvfb with STRATA_STALL_LOG set (the
# probe in app/StallProbe.cpp: the longest gap between two turns of the event loop, with
# what ran in it). Target: 50 ms or less in each.
#
#   1. demo        `strata --demo`: server start, demo load, object tree, history, the
#                  pending migration handed to Pre-flight
#   2. compare     a live compare of a 10,000-table database with a copy of it where about
#                  1% of the objects changed (generated as tests/bench/catalog/bench_snapshot.sh
#                  does), filling the diff tree, the chart and the script
#   3. preflight   the demo's pre-flight of its pending migration (data checks included)
#   4. runbook     the demo's pending migration as a runbook, its first steps run
#                  (STRATA_AUTORUN_STEPS, default 2: the backup and the step it guards)
#
# Usage: tests/bench/gui/bench_stalls.sh [build dir] [scenario ...]   (default build/dev, all four)
# Env:   TABLES=10000 (tables of the generated database; gen_schema.py's other defaults)
#        STEPS=2 (runbook steps pressed)  KEEP=1 (keep the work folder, reports and PNGs)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
build="${1:-$repo/build/dev}"
[[ $# -gt 0 ]] && shift
scenarios=("$@")
[[ ${#scenarios[@]} -gt 0 ]] || scenarios=(demo compare preflight runbook)
strata="$build/app/strata"
[[ -x "$strata" ]] || { echo "strata not found in $build/app" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (apt-get install xvfb)" >&2; exit 2; }

work="$(mktemp -d /tmp/strata-stalls-XXXXXX)"
bindir=""
as_server=()
cleanup() {
    if [[ -n "$bindir" && -d "$work/data" ]]; then
        "${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    [[ "${KEEP:-0}" == 1 ]] && { echo "kept: $work"; return; }
    rm -rf "$work"
}
trap cleanup EXIT

# gui <name> [env VAR=value ...] -- <strata arguments>: one run, its longest stall printed.
gui() {
    local name="$1"; shift
    local envs=()
    while [[ "$1" != "--" ]]; do envs+=("$1"); shift; done
    shift
    local home="$work/home-$name"
    mkdir -p "$home"
    local t0 t1
    t0=$(date +%s%N)
    env HOME="$home" STRATA_LANG=en STRATA_STALL_LOG="$work/$name.txt" "${envs[@]}" \
        timeout 600 xvfb-run -a -s "-screen 0 1920x1080x24" "$strata" "$@" --screenshot "$work/$name.png" \
        > "$work/$name.out" 2>&1 || { echo "   $name: strata failed"; cat "$work/$name.out"; return 1; }
    t1=$(date +%s%N)
    [[ -s "$work/$name.txt" ]] || { echo "   $name: no stall report"; return 1; }
    local longest busiest
    longest=$(sed -n 's/^longest stall: \([0-9]*\) ms.*/\1/p' "$work/$name.txt")
    busiest=$(sed -n 's/^busiest stall: .*GUI thread CPU \([0-9]*\) ms.*/\1/p' "$work/$name.txt")
    echo "$name (whole run $(( (t1 - t0) / 1000000000 )) s):"
    sed 's/^/   /' "$work/$name.txt"
    echo "$name $longest $busiest" >> "$work/results"
}

make_compare_databases() {
    bindir="$(pg_config --bindir 2>/dev/null || true)"
    [[ -x "$bindir/initdb" ]] || bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [[ -x "$bindir/initdb" ]] || { echo "PostgreSQL server binaries not found" >&2; exit 2; }
    if [[ "$(id -u)" == 0 ]]; then
        chown postgres "$work"
        as_server=(runuser -u postgres --)
    fi
    local port=$(( 20000 + RANDOM % 20000 ))
    "${as_server[@]}" "$bindir/initdb" -D "$work/data" -A trust -U strata --no-sync -E UTF8 >/dev/null
    "${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
        -o "-p $port -k $work -c listen_addresses= -c fsync=off -c max_locks_per_transaction=4096" start >/dev/null
    uri_a="postgresql://strata@/bench?host=$work&port=$port"
    uri_b="postgresql://strata@/bench_b?host=$work&port=$port"
    "$bindir/createdb" -h "$work" -p "$port" -U strata bench
    local t0=$(date +%s)
    python3 "$repo/tests/bench/catalog/gen_schema.py" --tables "${TABLES:-10000}" > "$work/schema.sql"
    "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$uri_a" -f "$work/schema.sql" >/dev/null
    "$bindir/vacuumdb" -q -z -h "$work" -p "$port" -U strata bench
    "$bindir/createdb" -h "$work" -p "$port" -U strata -T bench bench_b
    python3 "$repo/tests/bench/catalog/gen_schema.py" --tables "${TABLES:-10000}" --changes > "$work/changes.sql"
    "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$uri_b" -f "$work/changes.sql" >/dev/null
    echo "   generated ${TABLES:-10000} tables (bench) and its changed copy (bench_b) in $(( $(date +%s) - t0 )) s"
}

echo "== strata: $strata"
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$work/results"
for s in "${scenarios[@]}"; do
    case "$s" in
    demo) gui demo -- --demo --tab history ;;
    compare)
        make_compare_databases
        gui compare -- "$uri_a" --tab diff --compare "$uri_b" --run ;;
    preflight) gui preflight -- --demo --tab preflight --run ;;
    runbook) gui runbook STRATA_AUTORUN_STEPS="${STEPS:-2}" -- --demo --tab runbook --run ;;
    *) echo "unknown scenario $s (demo, compare, preflight, runbook)" >&2; exit 2 ;;
    esac
done
echo "== longest stall per scenario (target: 50 ms or less); the most GUI-thread CPU time in one gap"
ok=1
while read -r name ms cpu; do
    if (( ms <= 50 )); then verdict="met"; else verdict="MISSED"; ok=0; fi
    printf '   %-10s %5s ms  %-6s  (busiest gap: %s ms of CPU)\n' "$name" "$ms" "$verdict" "$cpu"
done < "$work/results"
(( ok ))
