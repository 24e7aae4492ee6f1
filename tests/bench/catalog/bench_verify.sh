#!/usr/bin/env bash
# Live-vs-live diff and --verify benchmark (a script, not a test). Builds the synthetic
# schema of gen_schema.py (default 10,000 tables / 100,000 columns / 30,000 indexes /
# 2,000 functions) twice in a private throwaway cluster: database a as generated, database
# b with about 1% changed (gen_schema.py --changes). Then, in the same run:
#   1. `strata-cli diff URI_a URI_b --sql` (both snapshots from the live databases, the
#      comparison and the dependency-ordered plan): median wall time and peak RSS; and,
#      when `npx @pgkit/migra` runs here, migra on the same two databases, with the ratio.
#   2. `strata-cli diff URI_a URI_b --sql --verify-on URI_server` (a throwaway database
#      on the same cluster: A built from Strata's DDL, the script applied, the result
#      snapshotted and compared) against the reference: psql loading Strata's own DDL of
#      A (`strata-cli snapshot --ddl`) into an empty database. Ratio of the verification's
#      extra time (verify run minus plain diff) to that psql load.
#
# Usage: tests/bench/catalog/bench_verify.sh [path/to/strata-cli] [-- gen_schema.py options]
# Env:   RUNS=3 (timed runs; the median is reported), MIGRA=0 (skip migra)
# Bars:  diff <= 2.5 s and <= 310 MB; verification extra <= 1.5 x the psql load (exit 1 when missed).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
cli="${1:-}"
[[ $# -gt 0 ]] && shift
[[ "${1:-}" == "--" ]] && shift
gen_args=("$@")
runs="${RUNS:-3}"
[[ -n "$cli" ]] || cli="$(ls -t "$repo"/build/*/app/strata-cli 2>/dev/null | head -1 || true)"
[[ -x "$cli" ]] || { echo "strata-cli not found; pass its path as the first argument" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
source "$here/../lib/cluster.sh"
bench_cluster verify
psql="$bindir/psql"
echo "== cluster: $bindir, socket $work, port $port"
uri() { echo "postgresql://strata@/$1?host=$work&port=$port"; }
for db in a b ddl; do "$bindir/createdb" -h "$work" -p "$port" -U strata "$db"; done

echo "== generating and loading the schema (${gen_args[*]:-defaults}) into a and b, the changes into b"
python3 "$here/gen_schema.py" "${gen_args[@]}" > "$work/schema.sql"
python3 "$here/gen_schema.py" "${gen_args[@]}" --changes > "$work/changes.sql"
for db in a b; do "$psql" -X -q -v ON_ERROR_STOP=1 -d "$(uri "$db")" -f "$work/schema.sql" >/dev/null; done
"$psql" -X -q -v ON_ERROR_STOP=1 -d "$(uri b)" -f "$work/changes.sql" >/dev/null
# As bench_snapshot.sh does: a load of this size leaves hundreds of thousands of new catalog
# rows to autovacuum (its workers would vacuum and analyze them during the timed runs, on
# the same cores) and their hint bits to the first reader (the first timed diff would write
# them). Vacuum first, as a settled database is.
for db in a b; do "$bindir/vacuumdb" -q -z -h "$work" -p "$port" -U strata "$db"; done
"$cli" snapshot --db "$(uri a)" --ddl --output "$work/a.ddl.sql"

measure() { # <command...>: "<wall ms> <maxrss kB> <exit>"
    local rc=0
    /usr/bin/time -f '%e %M' -o "$work/t" "$@" > "$work/out" 2> "$work/err" || rc=$?
    tail -1 "$work/t" | awk -v rc="$rc" '{printf "%d %d %d\n", $1 * 1000, $2, rc}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run_series() { # name, command...: sets W and R (median wall, max RSS)
    local name="$1"; shift
    local ws=() rs=() w r rc
    for _ in $(seq 1 "$runs"); do
        read -r w r rc < <(measure "$@")
        ws+=("$w"); rs+=("$r")
    done
    W=$(printf '%s\n' "${ws[@]}" | median)
    R=$(printf '%s\n' "${rs[@]}" | sort -n | tail -1)
    printf '   %-46s %7d ms, peak RSS %4d MB (last exit %d)\n' "$name:" "$W" "$(( R / 1024 ))" "$rc"
}

echo "== $runs runs each; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
run_series "strata-cli diff a b --sql (live vs live)" "$cli" diff "$(uri a)" "$(uri b)" --sql
diff_ms=$W; diff_rss=$R
echo "   phases: $("$cli" diff "$(uri a)" "$(uri b)" --sql --timings 2>&1 > /dev/null | head -1)"

migra_ms=""
if [[ "${MIGRA:-1}" != 0 ]] && command -v npx >/dev/null && timeout 120 npx --yes @pgkit/migra --help >/dev/null 2>&1; then
    run_series "npx @pgkit/migra a b --unsafe" npx --yes @pgkit/migra "$(uri a)" "$(uri b)" --unsafe
    migra_ms=$W
    awk -v m="$migra_ms" -v s="$diff_ms" 'BEGIN {printf "   ratio migra / strata: %.1fx\n", m / (s > 0 ? s : 1)}'
else
    echo "   migra: not available here (npx @pgkit/migra did not run); no ratio"
fi

run_series "psql -f (Strata's DDL of a) into an empty db" \
    bash -c "'$bindir/dropdb' -h '$work' -p $port -U strata --if-exists ddl && '$bindir/createdb' -h '$work' -p $port -U strata ddl && '$psql' -X -q -v ON_ERROR_STOP=1 -d '$(uri ddl)' -f '$work/a.ddl.sql' >/dev/null"
load_ms=$W
run_series "strata-cli diff a b --sql --verify-on server" "$cli" diff "$(uri a)" "$(uri b)" --sql --verify-on "$(uri postgres)"
verify_ms=$W
echo "   verdict: $(grep -m1 -E 'verified|failed|remain' "$work/err" || echo '?')"
extra=$(( verify_ms - diff_ms ))
ratio=$(awk -v e="$extra" -v l="$load_ms" 'BEGIN {printf "%.2f", e / (l > 0 ? l : 1)}')
echo "   verification extra (verify run - plain diff): $extra ms; ratio to the psql load of A's DDL: ${ratio}x"

ok=1
(( diff_ms <= 2500 )) || { echo "   MISSED: diff took $diff_ms ms (bar: <= 2500 ms)"; ok=0; }
(( diff_rss <= 310 * 1024 )) || { echo "   MISSED: diff peak RSS $(( diff_rss / 1024 )) MB (bar: <= 310 MB)"; ok=0; }
awk -v r="$ratio" 'BEGIN {exit !(r <= 1.5)}' || { echo "   MISSED: verification ${ratio}x the psql load (bar: <= 1.5x)"; ok=0; }
(( ok )) && echo "   all bars met"
(( ok ))
