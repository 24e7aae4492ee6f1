#!/usr/bin/env bash
# Benchmark: `strata-cli fleet status` with drift on
#   A) 1,000 tenant schemas of 20 tables each in one database (target: 10 s or less),
#      against the reference of one `strata-cli snapshot` of the same database;
#   B) 200 databases of 20 tables each on one server (target: 10 s or less, at most 8
#      connections open at once, sampled from pg_stat_activity every 20 ms over one
#      connection), against
#      the reference of the same command with --jobs 1, and the floor of reading only
#      the ledgers (one connection and two queries per database, no catalog).
# Peak memory (max RSS) of each run from /usr/bin/time. The migration folder has five
# dbmate migrations (four tables each); tenants/databases are at version 4 or 5 (pending
# ones) and every tenth one has drifted (an extra column).
#
# Usage: tests/bench/fleet/bench_fleet.sh [path/to/strata-cli] [tenants] [databases]
set -euo pipefail

CLI=${1:-}
TENANTS=${2:-1000}
DATABASES=${3:-200}
if [[ -z "$CLI" ]]; then
  for c in build/*/app/strata-cli build/app/strata-cli; do
    [[ -x "$c" ]] && CLI=$c && break
  done
fi
[[ -x "$CLI" ]] || { echo "strata-cli not found; pass its path" >&2; exit 2; }
CLI=$(readlink -f "$CLI")
PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | tail -n 1)
PY=$(command -v python3)

WORK=$(mktemp -d)
cleanup() {
  [[ -n "${SAMPLER_PID:-}" ]] && kill "$SAMPLER_PID" 2>/dev/null || true
  exec 3>&- 2>/dev/null || true   # closing the pipe stops the scratch server
  [[ -n "${SCRATCH_PID:-}" ]] && wait "$SCRATCH_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

mkfifo "$WORK/stdin"
"$CLI" scratch --database bench --until-eof < "$WORK/stdin" > "$WORK/uri" 2> "$WORK/scratch.log" &
SCRATCH_PID=$!
exec 3> "$WORK/stdin"
for _ in $(seq 1 300); do
  [[ -s "$WORK/uri" ]] && break
  sleep 0.2
done
URI=$(head -n 1 "$WORK/uri")
[[ -n "$URI" ]] || { cat "$WORK/scratch.log" >&2; exit 2; }
uri_for() { "$PY" -c 'import sys,urllib.parse as u; p=u.urlsplit(sys.argv[1]); print(u.urlunsplit((p.scheme,p.netloc,"/"+sys.argv[2],p.query,p.fragment)))' "$URI" "$1"; }

# The folder (5 migrations x 4 tables) and the SQL that builds tenants and databases.
"$PY" - "$WORK" "$TENANTS" <<'PYEOF'
import os, sys
work, tenants = sys.argv[1], int(sys.argv[2])
mig = os.path.join(work, "migrations"); os.makedirs(mig)
ups = []
for m in range(5):
    body = ""
    for k in range(4):
        t = m * 4 + k
        body += ("CREATE TABLE t%02d (id bigint PRIMARY KEY, tenant_id int NOT NULL, name text NOT NULL, "
                 "created_at timestamptz NOT NULL DEFAULT now(), amount numeric(12,2), note text);\n"
                 "CREATE INDEX t%02d_tenant_idx ON t%02d (tenant_id, created_at);\n" % (t, t, t))
        if t > 0:
            body += "ALTER TABLE t%02d ADD CONSTRAINT t%02d_parent_fk FOREIGN KEY (tenant_id) REFERENCES t00 (id);\n" % (t, t)
    ups.append(body)
    with open(os.path.join(mig, "2024010100000%d_step%d.sql" % (m + 1, m + 1)), "w") as f:
        f.write("-- migrate:up\n" + body + "\n-- migrate:down\n")
def apply(applied, drift, schema=None):
    out = []
    q = schema + "." if schema else ""
    if schema:
        out.append("CREATE SCHEMA %s; SET search_path = %s;" % (schema, schema))
    out.append("CREATE TABLE %sschema_migrations (version varchar(128) PRIMARY KEY);" % q)
    for m in range(applied):
        out.append(ups[m])
        out.append("INSERT INTO %sschema_migrations VALUES ('2024010100000%d');" % (q, m + 1))
    if drift:
        out.append("ALTER TABLE %st00 ADD COLUMN hotfix boolean;" % q)
    if schema:
        out.append("RESET search_path;")
    return "\n".join(out) + "\n"
with open(os.path.join(work, "tenants.sql"), "w") as f:
    for i in range(tenants):
        f.write(apply(4 if i % 3 == 1 else 5, i % 10 == 7, "tenant_%04d" % i))
with open(os.path.join(work, "db4.sql"), "w") as f:
    f.write(apply(4, False))
with open(os.path.join(work, "db5.sql"), "w") as f:
    f.write(apply(5, False))
PYEOF

echo "building $TENANTS tenant schemas and $DATABASES databases..." >&2
"$PSQL" -q -X -v ON_ERROR_STOP=1 -d "$URI" -f "$WORK/tenants.sql" > /dev/null
"$PSQL" -q -X -v ON_ERROR_STOP=1 -d "$URI" -c "CREATE DATABASE tpl4" -c "CREATE DATABASE tpl5" > /dev/null
"$PSQL" -q -X -v ON_ERROR_STOP=1 -d "$(uri_for tpl4)" -f "$WORK/db4.sql" > /dev/null
"$PSQL" -q -X -v ON_ERROR_STOP=1 -d "$(uri_for tpl5)" -f "$WORK/db5.sql" > /dev/null
: > "$WORK/fleet.targets"
for i in $(seq 0 $((DATABASES - 1))); do
  name=$(printf "db_%03d" "$i")
  tpl=tpl5; (( i % 3 == 1 )) && tpl=tpl4
  "$PSQL" -q -X -v ON_ERROR_STOP=1 -d "$URI" -c "CREATE DATABASE $name TEMPLATE $tpl" > /dev/null
  (( i % 10 == 7 )) && "$PSQL" -q -X -d "$(uri_for "$name")" -c "ALTER TABLE t00 ADD COLUMN hotfix boolean" > /dev/null
  printf '%s\t%s\n' "$name" "$(uri_for "$name")" >> "$WORK/fleet.targets"
done

measure() { # label outfile command...: wall ms, max RSS MB, exit code
  local label=$1 outfile=$2; shift 2
  local t0 t1 rc=0
  t0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$WORK/rss" "$@" > "$outfile" 2> "$WORK/err" || rc=$?
  t1=$(date +%s%N)
  local ms=$(( (t1 - t0) / 1000000 ))
  local rss=$(( $(tail -n 1 "$WORK/rss") / 1024 ))
  printf '%-52s %8d ms  %6d MB  exit %d\n' "$label" "$ms" "$rss" "$rc"
  echo "$ms" > "$WORK/last_ms"
}

echo
echo "A) $TENANTS tenant schemas x 20 tables, one database"
measure "reference: strata-cli snapshot of the database" "$WORK/snap.json" "$CLI" snapshot --db "$URI"
REF_A=$(cat "$WORK/last_ms")
measure "fleet status --tenant-schemas (drift)" "$WORK/tenants.json" \
  "$CLI" fleet status --db "$URI" --tenant-schemas 'tenant\_%' --dir "$WORK/migrations" --json
A=$(cat "$WORK/last_ms")
"$PY" - "$WORK/tenants.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1])); s = d["summary"]
print("   targets %d: clean %d, pending %d, drifted %d, errors %d; replays %d, catalog passes %d, connections %d"
      % (s["targets"], s["clean"], s["pending"], s["drifted"], s["errors"], s["replays"], s["catalog_passes"], s["peak_connections"]))
PYEOF
awk -v a="$A" -v r="$REF_A" 'BEGIN { printf "   ratio to one snapshot: %.2f; target <= 10000 ms: %s\n", a / r, (a <= 10000 ? "met" : "NOT met") }'

echo
echo "B) $DATABASES databases x 20 tables, one server"
# The floor first: it is also the first connection to each new database (PostgreSQL
# writes a database's relation cache file then), which the measured runs would otherwise
# pay in a way a fleet in service does not.
measure "floor: the ledgers only (--no-drift)" "$WORK/dbs0.json" \
  "$CLI" fleet status --targets "$WORK/fleet.targets" --dir "$WORK/migrations" --json --no-drift
# Sample the backends of the fleet command every 20 ms, over ONE connection (\watch):
# a new connection per sample would cost the server as much CPU as the fleet's own
# connections do and slow the measured run.
"$PSQL" -X -A -t -d "$URI" > "$WORK/samples" 2>/dev/null <<'SQL' &
SELECT count(*) FROM pg_stat_activity WHERE application_name = 'strata fleet status' \watch 0.02
SQL
SAMPLER_PID=$!
measure "fleet status --targets (drift, default jobs)" "$WORK/dbs.json" \
  "$CLI" fleet status --targets "$WORK/fleet.targets" --dir "$WORK/migrations" --json
B=$(cat "$WORK/last_ms")
kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=
MAXCONN=$(grep -E '^[0-9]+$' "$WORK/samples" | sort -n | tail -n 1)
NSAMPLES=$(grep -cE '^[0-9]+$' "$WORK/samples")
"$PY" - "$WORK/dbs.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1])); s = d["summary"]
print("   targets %d: clean %d, pending %d, drifted %d, errors %d; replays %d, peak connections (own count) %d"
      % (s["targets"], s["clean"], s["pending"], s["drifted"], s["errors"], s["replays"], s["peak_connections"]))
PYEOF
echo "   pg_stat_activity: at most $MAXCONN connections of the command at once ($NSAMPLES samples)"
measure "reference: the same with --jobs 1" "$WORK/dbs1.json" \
  "$CLI" fleet status --targets "$WORK/fleet.targets" --dir "$WORK/migrations" --json --jobs 1
REF_B=$(cat "$WORK/last_ms")
awk -v b="$B" -v r="$REF_B" -v c="$MAXCONN" 'BEGIN { printf "   speed-up over --jobs 1: %.2fx; target <= 10000 ms: %s; <= 8 connections: %s\n", r / b, (b <= 10000 ? "met" : "NOT met"), (c <= 8 ? "met" : "NOT met") }'
