#!/usr/bin/env bash
# How long `strata-cli diff A B --verify` takes by schema size (a script, not a test): the
# figures behind the Diff tab's automatic verification limit (DiffVerifyBar::kAutoVerifyObjects).
# For each size, gen_schema.py's schema goes into database a and, with its 1% changes, into
# database b of a private throwaway cluster; then the plain diff and the diff with --verify
# (a private scratch server, as the GUI verifies) are timed. Prints objects (A + B), the
# plain diff, the verifying diff and the verification's share.
#
# Usage: tests/bench/catalog/bench_verify_sizes.sh [path/to/strata-cli] [tables...]
#        (default sizes: 10 30 100 300 tables; gen_schema.py's other defaults scale with them)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
cli="${1:-}"
[[ $# -gt 0 ]] && shift
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10 30 100 300)
[[ -n "$cli" ]] || cli="$(ls -t "$repo"/build/*/app/strata-cli 2>/dev/null | head -1 || true)"
[[ -x "$cli" ]] || { echo "strata-cli not found; pass its path as the first argument" >&2; exit 2; }
source "$here/../lib/cluster.sh"
bench_cluster vsizes
psql="$bindir/psql"
uri() { echo "postgresql://strata@/$1?host=$work&port=$port"; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>"$work/err" || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '   %7s %9s %12s %14s %14s  %s\n' tables objects "diff ms" "--verify ms" "verify part" verdict
for n in "${sizes[@]}"; do
    for db in a b; do "$bindir/dropdb" -h "$work" -p "$port" -U strata --if-exists "$db" 2>/dev/null; "$bindir/createdb" -h "$work" -p "$port" -U strata "$db"; done
    python3 "$here/gen_schema.py" --tables "$n" --functions $(( n / 5 + 1 )) --schemas 1 > "$work/schema.sql" 2>/dev/null
    python3 "$here/gen_schema.py" --tables "$n" --functions $(( n / 5 + 1 )) --schemas 1 --changes > "$work/changes.sql" 2>/dev/null
    for db in a b; do "$psql" -X -q -v ON_ERROR_STOP=1 -d "$(uri "$db")" -f "$work/schema.sql" >/dev/null; done
    "$psql" -X -q -v ON_ERROR_STOP=1 -d "$(uri b)" -f "$work/changes.sql" >/dev/null
    objects=$("$cli" diff "$(uri a)" "$(uri b)" --sql --timings 2>&1 >/dev/null | sed -nE 's/.*\(([0-9]+) objects in A, ([0-9]+) in B\).*/\1 \2/p' | awk '{print $1 + $2}' || true)
    d=$(ms "$cli" diff "$(uri a)" "$(uri b)" --sql)
    v=$(ms "$cli" diff "$(uri a)" "$(uri b)" --sql --verify)
    verdict=$(grep -m1 -oE 'verified|failed at step [0-9]+|difference' "$work/err" || echo '?')
    printf '   %7d %9s %12d %14d %14d  %s\n' "$n" "$objects" "$d" "$v" $(( v - d )) "$verdict"
done
