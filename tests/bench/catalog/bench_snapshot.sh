#!/usr/bin/env bash
# Snapshot benchmark (a script, not a test): builds a synthetic schema (default
# 10,000 tables / 100,000 columns / 30,000 indexes / 2,000 functions) in a private
# throwaway PostgreSQL cluster, then times `pg_dump --schema-only` and
# `strata-cli snapshot` against it in the same run and prints the figures, the
# ratio and the peak memory of each (from /usr/bin/time -v). Then it changes about 1%
# of the objects (gen_schema.py --changes), snapshots again and times
# `strata-cli diff` of the two snapshot files (load both, compare, plan, JSON out).
#
# Usage: tests/bench/catalog/bench_snapshot.sh [path/to/strata-cli] [-- gen_schema.py options]
# Env:   RUNS=3 (timed runs per tool; the median is reported)
#        JOBS=n (strata-cli snapshot --jobs: connections reading the catalog in one
#        exported snapshot; default: the CLI's default). pg_dump runs as always
#        (--schema-only, one connection); the runs are interleaved on the same cluster.
#        PAUSE=3 (seconds idle before each timed command; 0: back to back)
#        SHARED_BUFFERS=128MB (the server's; the default is PostgreSQL's own)
# Bars:  strata time <= 0.2 x pg_dump time, strata peak RSS <= 300 MB, diff < 1 s
#        (exit 1 when missed).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
cli="${1:-}"
[[ $# -gt 0 ]] && shift
[[ "${1:-}" == "--" ]] && shift
gen_args=("$@")
runs="${RUNS:-3}"

if [[ -z "$cli" ]]; then
    cli="$(ls -t "$repo"/build/*/app/strata-cli 2>/dev/null | head -1 || true)"
fi
[[ -x "$cli" ]] || { echo "strata-cli not found; pass its path as the first argument" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
source "$here/../lib/cluster.sh"
# pg_dump locks every table in one transaction: bench_cluster gives it room.
bench_cluster snapshot -c shared_buffers=${SHARED_BUFFERS:-128MB}
pg_dump="$bindir/pg_dump"
echo "== cluster: $bindir, socket $work, port $port, shared_buffers ${SHARED_BUFFERS:-128MB}"
uri="postgresql://strata@/bench?host=$work&port=$port"
"$bindir/createdb" -h "$work" -p "$port" -U strata bench

echo "== generating and loading the schema (${gen_args[*]:-defaults})"
t0=$(date +%s)
python3 "$here/gen_schema.py" "${gen_args[@]}" > "$work/schema.sql"
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$uri" -f "$work/schema.sql" >/dev/null
echo "   loaded in $(( $(date +%s) - t0 )) s"
# A load of this size leaves the catalogs for autovacuum (hundreds of thousands of new
# pg_attribute, pg_class and pg_depend rows); its workers would then vacuum and analyze
# them during the timed runs, on the same cores. Vacuum first, as a settled database is.
t0=$(date +%s)
"$bindir/vacuumdb" -q -z -h "$work" -p "$port" -U strata bench
echo "   vacuumed and analyzed in $(( $(date +%s) - t0 )) s"
"$bindir/psql" -X -At -d "$uri" -c "
  SELECT 'tables: ' || count(*) FILTER (WHERE c.relkind = 'r')
      || ', columns: ' || (SELECT count(*) FROM pg_attribute a JOIN pg_class r ON r.oid = a.attrelid JOIN pg_namespace rn ON rn.oid = r.relnamespace
                           WHERE r.relkind = 'r' AND rn.nspname LIKE 'bench%' AND a.attnum > 0 AND NOT a.attisdropped)
      || ', indexes: ' || count(*) FILTER (WHERE c.relkind = 'i')
      || ', functions: ' || (SELECT count(*) FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace WHERE pn.nspname LIKE 'bench%')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE 'bench%'" | sed 's/^/   /'

# run <name> <output file> <command...>: prints "<ms> <maxrss_kb>"
# Seconds of idle before each timed command (PAUSE, default 3), so that no command starts
# in the wake of the one before: on the VM this was measured on, a snapshot started right
# after pg_dump took 1.85 s against 1.60 s after a rest, with the same client CPU time.
# PAUSE=0 runs them back to back, as the first versions of this script did.
pause="${PAUSE:-3}"
run() {
    local out="$1"; shift
    local start end
    sleep "$pause"
    start=$(date +%s%N)
    /usr/bin/time -v -o "$work/time.txt" "$@" > "$out"
    end=$(date +%s%N)
    local rss
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    echo "$(( (end - start) / 1000000 )) $rss"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

dump_cmd=("$pg_dump" --schema-only -d "$uri")
jobs_args=()
[[ -n "${JOBS:-}" ]] && jobs_args=(--jobs "$JOBS")
snap_cmd=("$cli" snapshot --db "$uri" "${jobs_args[@]}")

echo "   autovacuum workers running now: $("$bindir/psql" -X -At -d "$uri" -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")"
echo "== warm-up"
run "$work/dump.sql" "${dump_cmd[@]}" >/dev/null
run "$work/snap.json" "${snap_cmd[@]}" >/dev/null

# The floor of any snapshot (not a bar): the raw rows of the catalogs it reads, with no
# joins, no deparsing and nothing built on the client (catalog_floor.sql, one connection).
floor_cmd=("$bindir/psql" -X -q -d "$uri" -f "$here/catalog_floor.sql")
# The same capture with every expression printed by the server (pg_get_constraintdef,
# pg_get_expr), as before ExprDeparse: for comparison in the same runs.
server_cmd=("$cli" snapshot --db "$uri" "${jobs_args[@]}" --server-deparse)

dump_ms=(); dump_rss=(); snap_ms=(); snap_rss=(); floor_ms=(); server_ms=()
for i in $(seq 1 "$runs"); do
    read -r ms rss < <(run "$work/dump.sql" "${dump_cmd[@]}")
    dump_ms+=("$ms"); dump_rss+=("$rss")
    read -r ms rss < <(run "$work/snap.json" "${snap_cmd[@]}")
    snap_ms+=("$ms"); snap_rss+=("$rss")
    read -r ms rss < <(run "$work/floor.out" "${floor_cmd[@]}")
    floor_ms+=("$ms")
    read -r ms rss < <(run "$work/server.json" "${server_cmd[@]}")
    server_ms+=("$ms")
    echo "   run $i: pg_dump ${dump_ms[-1]} ms (${dump_rss[-1]} kB), strata ${snap_ms[-1]} ms (${snap_rss[-1]} kB)," \
         "raw catalog read ${floor_ms[-1]} ms, strata --server-deparse ${server_ms[-1]} ms"
done

d=$(printf '%s\n' "${dump_ms[@]}" | median)
s=$(printf '%s\n' "${snap_ms[@]}" | median)
drss=$(printf '%s\n' "${dump_rss[@]}" | sort -n | tail -1)
srss=$(printf '%s\n' "${snap_rss[@]}" | sort -n | tail -1)
ratio=$(awk -v s="$s" -v d="$d" 'BEGIN {printf "%.3f", s / d}')
echo "== results (median of $runs runs; peak RSS is the maximum)"
echo "   pg_dump --schema-only : ${d} ms, peak RSS $(( drss / 1024 )) MB, output $(wc -c < "$work/dump.sql") bytes"
echo "   strata-cli snapshot   : ${s} ms, peak RSS $(( srss / 1024 )) MB, output $(wc -c < "$work/snap.json") bytes"
echo "   ratio strata/pg_dump  : ${ratio} (bar: <= 0.2)"
fl=$(printf '%s\n' "${floor_ms[@]}" | median)
sv=$(printf '%s\n' "${server_ms[@]}" | median)
echo "   raw catalog read      : ${fl} ms, ratio to pg_dump $(awk -v s="$fl" -v d="$d" 'BEGIN {printf "%.3f", s / d}') (the floor of any snapshot)"
echo "   --server-deparse      : ${sv} ms, ratio to pg_dump $(awk -v s="$sv" -v d="$d" 'BEGIN {printf "%.3f", s / d}')"
"${snap_cmd[@]}" --timings > /dev/null 2> "$work/timings.txt" && sed 's/^/   strata step: /' "$work/timings.txt"
# For comparison only (not part of the ratio): one sequential run on one connection.
if read -r ms1 rss1 < <(run "$work/snap1.json" "$cli" snapshot --db "$uri" --jobs 1); then
    echo "   (one connection, --jobs 1, 1 run: ${ms1} ms, peak RSS $(( rss1 / 1024 )) MB)"
fi

echo "== diff of two snapshots (about 1% of the objects changed)"
cp "$work/snap.json" "$work/before.json"
python3 "$here/gen_schema.py" "${gen_args[@]}" --changes > "$work/changes.sql"
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$uri" -f "$work/changes.sql" >/dev/null
"$cli" snapshot --db "$uri" --output "$work/after.json"
diff_cmd=("$cli" diff "$work/before.json" "$work/after.json" --json)
diff_ms=(); diff_rss=()
for i in $(seq 1 "$runs"); do
    # exit 1 = differences found, as expected
    read -r ms rss < <(run "$work/diff.json" "${diff_cmd[@]}" || true)
    diff_ms+=("$ms"); diff_rss+=("$rss")
done
f=$(printf '%s\n' "${diff_ms[@]}" | median)
frss=$(printf '%s\n' "${diff_rss[@]}" | sort -n | tail -1)
summary=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); s=d['summary']; print(f\"{s['added']} added, {s['removed']} removed, {s['changed']} changed, {len(d['plan']['steps'])} plan steps\")" "$work/diff.json")
echo "   strata-cli diff (2 snapshot files): ${f} ms, peak RSS $(( frss / 1024 )) MB; ${summary} (bar: < 1000 ms)"
"$cli" diff "$work/before.json" "$work/after.json" --sql --timings 2>&1 >/dev/null | sed 's/^/   strata diff phases: /' || true

ok=1
awk -v r="$ratio" 'BEGIN {exit !(r <= 0.2)}' || { echo "   MISSED: time ratio above 0.2"; ok=0; }
(( f < 1000 )) || { echo "   MISSED: diff took 1 s or more"; ok=0; }
(( frss <= 300 * 1024 )) || { echo "   MISSED: diff peak RSS above 300 MB"; ok=0; }
(( srss <= 300 * 1024 )) || { echo "   MISSED: peak RSS above 300 MB"; ok=0; }
(( ok )) && echo "   all bars met"
(( ok ))
