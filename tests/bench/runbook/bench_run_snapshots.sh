#!/usr/bin/env bash
# Benchmark: what the run's schema snapshots (before the first step, after the last)
# cost, against the run itself, measured in the same session. A runbook of 100
# one-statement steps (INSERTs, no backups needed: --no-pg-dump, table "log" is backed
# up once) runs through `strata-cli run --yes`; `strata-cli snapshot` of the same
# database is timed alone. Prints each run, medians, and the ratio of two captures to
# the whole run, on a schema of TABLES tables (default 200) so the capture has work.
#
# usage: tests/bench/runbook/bench_run_snapshots.sh [path/to/strata-cli] [tables]
#        REPS=5 (default)
set -euo pipefail

CLI=${1:-build/dev/app/strata-cli}
TABLES=${2:-200}
REPS=${REPS:-5}
PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)
WORK=$(mktemp -d)
SCRATCH_PID=
cleanup() {
  exec 3>&- 2>/dev/null || true
  [ -n "$SCRATCH_PID" ] && wait "$SCRATCH_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

mkfifo "$WORK/in"
"$CLI" scratch --database bench --until-eof < "$WORK/in" > "$WORK/uri" 2> "$WORK/scratch.log" &
SCRATCH_PID=$!
exec 3> "$WORK/in"
for _ in $(seq 1 600); do [ -s "$WORK/uri" ] && break; sleep 0.1; done
URI=$(head -1 "$WORK/uri")
[ -n "$URI" ] || { echo "scratch server did not start"; cat "$WORK/scratch.log"; exit 2; }
echo "server: $URI, cores: $(nproc)"
q() { "$PSQL" "$URI" -X -q -v ON_ERROR_STOP=1 "$@"; }
q -c "DO \$\$ BEGIN FOR i IN 1..$TABLES LOOP
        EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, ws int NOT NULL, v text, UNIQUE (ws, v))', i);
        EXECUTE format('CREATE INDEX ON t%s (v)', i);
      END LOOP; END \$\$"
q -c "CREATE TABLE log (n int PRIMARY KEY)"
for i in $(seq 1 100); do echo "INSERT INTO log VALUES ($i);"; done > "$WORK/b.sql"

ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > "$WORK/run"; : > "$WORK/snap"
for r in $(seq 1 "$REPS"); do
  q -c "TRUNCATE log"
  t0=$(date +%s%N)
  "$CLI" run "$WORK/b.sql" --db "$URI" --yes --journal "$WORK/j$r" --no-pg-dump > /dev/null
  t1=$(date +%s%N)
  "$CLI" snapshot --db "$URI" --output "$WORK/s$r.json" > /dev/null
  t2=$(date +%s%N)
  echo "run $r: 100 steps $(ms $t0 $t1) ms, one snapshot $(ms $t1 $t2) ms"
  ms $t0 $t1 >> "$WORK/run"; ms $t1 $t2 >> "$WORK/snap"
done
RUN=$(median < "$WORK/run"); SNAP=$(median < "$WORK/snap")
echo "median: run (with its 2 snapshots) $RUN ms, one snapshot $SNAP ms (process start included)"
awk -v r="$RUN" -v s="$SNAP" 'BEGIN { printf "two snapshots / whole run: %.2f\n", 2 * s / r }'
