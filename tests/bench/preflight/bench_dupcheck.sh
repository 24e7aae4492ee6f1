#!/usr/bin/env bash
# Benchmark: the pre-flight duplicate-key check against SELECT count(*) on the same
# 5,000,000-row table, measured in the same run, interleaved (count, check, count, check...),
# warm cache. Prints every run, best and median, and the ratio check / count(*). count(*)
# runs with the server's default parallel workers (the reference of the target); on a
# machine with few cores that varies a lot from run to run, so the same count(*) without
# workers is printed too, with the ratios against it.
#
# The table has the multi-tenant shape of the demo (workspace_id, agent_id, email, ...).
# Every 997th row repeats the e-mail of the row 5000 ids earlier in the same workspace, so
# the new key (workspace_id, email) really collides (about 5,000 groups).
#   collide:  CREATE UNIQUE INDEX ... (workspace_id, email)          -> blocking, ~5,000 groups
#   clean:    CREATE UNIQUE INDEX ... (workspace_id, agent_id)       -> no duplicates
#   expr:     CREATE UNIQUE INDEX ... (workspace_id, lower(email))   -> the same groups, plus
#             lower() on every row (which the index build pays as well)
#   widening: PK (id) -> (workspace_id, id): proven by the existing PK, no scan at all
# The check time is the report's data_check_ms (the whole data-check transaction: BEGIN,
# settings, key types, fingerprint pass (streamed to strata-cli and de-duplicated there),
# exact pass over candidates, sample rows, COMMIT);
# count(*) is psql's \timing of the statement. Both go over the same connection kind
# (unix socket of a private scratch server started by strata-cli scratch).
#
# usage: tests/bench/preflight/bench_dupcheck.sh [path/to/strata-cli] [rows]
#        REPS=5 (default) runs of each, interleaved.
#        BASELINE_CLI=path/to/other/strata-cli: the same checks with that build too, interleaved
#        in the same runs (A/B under the same load), with its own ratios.
set -euo pipefail

CLI=${1:-build/dev/app/strata-cli}
ROWS=${2:-5000000}
REPS=${REPS:-5}
PSQL=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)
WORK=$(mktemp -d)
SCRATCH_PID=
cleanup() {
  exec 3>&- 2>/dev/null || true        # EOF: the scratch server stops and removes itself
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
echo "server: $URI"
q() { "$PSQL" "$URI" -X -q -v ON_ERROR_STOP=1 "$@"; }
q -At -c "SELECT 'PostgreSQL ' || current_setting('server_version') || ', shared_buffers ' || current_setting('shared_buffers')
          || ', max_parallel_workers_per_gather ' || current_setting('max_parallel_workers_per_gather') || ', cores: $(nproc)'"

echo "loading $ROWS rows ..."
t0=$(date +%s)
q -c "CREATE TABLE agents(id bigint PRIMARY KEY, workspace_id bigint NOT NULL, agent_id bigint NOT NULL,
        email text NOT NULL, handle text, created_at timestamptz NOT NULL DEFAULT now(), profile text)"
q -c "INSERT INTO agents
        SELECT g, g % 5000, g / 5000,
               'Agent' || (CASE WHEN g % 997 = 0 AND g > 5000 THEN g - 5000 ELSE g END) || '@ws' || (g % 5000) || '.example.com',
               CASE WHEN g % 50 = 0 THEN NULL ELSE 'h' || g END, now(), repeat('p', 40)
        FROM generate_series(1, $ROWS) g"
q -c "VACUUM ANALYZE agents"
q -At -c "SELECT 'table: ' || to_char(count(*), 'FM9,999,999') || ' rows, heap ' || pg_size_pretty(pg_relation_size('agents'))
          || ', with indexes ' || pg_size_pretty(pg_total_relation_size('agents')) FROM agents"
echo "loaded in $(( $(date +%s) - t0 )) s"

cat > "$WORK/collide.sql" <<'SQL'
SET lock_timeout = '3s';
CREATE UNIQUE INDEX CONCURRENTLY agents_workspace_email_key ON agents (workspace_id, email);
SQL
cat > "$WORK/expr.sql" <<'SQL'
SET lock_timeout = '3s';
CREATE UNIQUE INDEX CONCURRENTLY agents_workspace_lower_email_key ON agents (workspace_id, lower(email));
SQL
cat > "$WORK/clean.sql" <<'SQL'
SET lock_timeout = '3s';
CREATE UNIQUE INDEX CONCURRENTLY agents_workspace_agent_key ON agents (workspace_id, agent_id);
SQL
cat > "$WORK/widen.sql" <<'SQL'
SET lock_timeout = '3s';
ALTER TABLE agents DROP CONSTRAINT agents_pkey, ADD PRIMARY KEY (workspace_id, id);
SQL

count_ms() { # psql's own timing of SELECT count(*)
  q -c '\timing on' -c 'SELECT count(*) FROM agents' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
}
serial_count_ms() { # the same without parallel workers: a steadier second reference on few cores
  q -c 'SET max_parallel_workers_per_gather = 0' -c '\timing on' -c 'SELECT count(*) FROM agents' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
}
check_ms() { # data_check_ms of one strata-cli preflight run; $2 = where to keep the JSON
  "$CLI" preflight --db "$URI" --json "$1" > "$2" || true   # exit 1 = blocking finding
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["data_check_ms"])' "$2"
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
count_ms > /dev/null; check_ms "$WORK/collide.sql" "$WORK/r.json" > /dev/null   # warm-up

# The floor of the check: the clean key's fingerprint stream alone (the COPY that the check
# runs, as its report shows it), sent to /dev/null by psql over a fresh connection, with
# nothing de-duplicated or looked up. The check cannot be faster than this.
check_ms "$WORK/clean.sql" "$WORK/r.json" > /dev/null
STREAM_SQL=$(python3 - "$WORK/r.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
f = [x for x in r["findings"] if x["rule"] == "duplicate-key"][0]
print([l for l in f["sql"].splitlines() if l.startswith("COPY (")][0].rstrip(";"))
PY
)
stream_ms() {
  q -c '\timing on' -c '\o /dev/null' -c "$STREAM_SQL" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
}
echo "load average before the runs: $(loadavg) ($(nproc) cores; the ratios are only comparable under similar load)"
C=(); S=(); F=(); D=(); E=(); X=(); BD=(); BE=(); BX=()
for i in $(seq 1 "$REPS"); do
  C+=("$(count_ms)")
  S+=("$(serial_count_ms)")
  F+=("$(stream_ms)")
  D+=("$(check_ms "$WORK/collide.sql" "$WORK/collide.json")")
  E+=("$(check_ms "$WORK/clean.sql" "$WORK/clean.json")")
  X+=("$(check_ms "$WORK/expr.sql" "$WORK/expr.json")")
  echo "  run $i: count(*) ${C[-1]} ms (serial ${S[-1]} ms), fingerprint stream alone ${F[-1]} ms, check (collide) ${D[-1]} ms, check (clean) ${E[-1]} ms, check (lower(email)) ${X[-1]} ms"
  if [ -n "${BASELINE_CLI:-}" ]; then
    BD+=("$(CLI=$BASELINE_CLI check_ms "$WORK/collide.sql" "$WORK/b.json")")
    BE+=("$(CLI=$BASELINE_CLI check_ms "$WORK/clean.sql" "$WORK/b.json")")
    BX+=("$(CLI=$BASELINE_CLI check_ms "$WORK/expr.sql" "$WORK/b.json")")
    echo "  run $i, baseline build: check (collide) ${BD[-1]} ms, check (clean) ${BE[-1]} ms, check (lower(email)) ${BX[-1]} ms"
  fi
done
echo "load average after the runs: $(loadavg)"
stats() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{printf "best %.0f ms, median %.0f ms", a[1], a[int((NR+1)/2)]}'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
best() { printf '%s\n' "$@" | sort -g | head -1; }
echo "count(*):                       $(stats "${C[@]}")"
echo "count(*) without workers:       $(stats "${S[@]}")"
echo "fingerprint stream alone:       $(stats "${F[@]}")"
echo "duplicate check, collisions:    $(stats "${D[@]}")"
echo "duplicate check, clean key:     $(stats "${E[@]}")"
echo "duplicate check, lower(email):  $(stats "${X[@]}")"
python3 - "$WORK/collide.json" "$WORK/clean.json" "$WORK/expr.json" <<'PY'
import json, sys
for path in sys.argv[1:]:
    r = json.load(open(path))
    f = [x for x in r["findings"] if x["rule"] == "duplicate-key"][0]
    print("  %s: %s" % (f["check"], f["message"]))
PY
ratio() { python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }
echo "ratio check/count(*), collisions: median $(ratio "$(median "${D[@]}")" "$(median "${C[@]}")"), best $(ratio "$(best "${D[@]}")" "$(best "${C[@]}")")"
echo "ratio check/count(*), clean key:  median $(ratio "$(median "${E[@]}")" "$(median "${C[@]}")"), best $(ratio "$(best "${E[@]}")" "$(best "${C[@]}")")"
echo "ratio check/count(*), lower(email): median $(ratio "$(median "${X[@]}")" "$(median "${C[@]}")"), best $(ratio "$(best "${X[@]}")" "$(best "${C[@]}")")"
echo "floor: ratio stream alone/count(*): median $(ratio "$(median "${F[@]}")" "$(median "${C[@]}")"), best $(ratio "$(best "${F[@]}")" "$(best "${C[@]}")")"
echo "ratio check/serial count(*): collisions median $(ratio "$(median "${D[@]}")" "$(median "${S[@]}")"), clean key median $(ratio "$(median "${E[@]}")" "$(median "${S[@]}")"), lower(email) median $(ratio "$(median "${X[@]}")" "$(median "${S[@]}")")"
if [ -n "${BASELINE_CLI:-}" ]; then
  echo "baseline build ratios (same runs): collisions median $(ratio "$(median "${BD[@]}")" "$(median "${C[@]}")"), best $(ratio "$(best "${BD[@]}")" "$(best "${C[@]}")");" \
       "clean key median $(ratio "$(median "${BE[@]}")" "$(median "${C[@]}")"), best $(ratio "$(best "${BE[@]}")" "$(best "${C[@]}")");" \
       "lower(email) median $(ratio "$(median "${BX[@]}")" "$(median "${C[@]}")"), best $(ratio "$(best "${BX[@]}")" "$(best "${C[@]}")")"
fi

# Widening the PK: the existing unique index on (id) proves the new key, the check needs no scan.
W=$(check_ms "$WORK/widen.sql" "$WORK/widen.json")
python3 - "$WORK/widen.json" "$W" "$(median "${C[@]}")" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
f = [x for x in r["findings"] if x["rule"] == "duplicate-key"][0]
print("widening PK (id) -> (workspace_id, id): data checks %s ms, ratio %.2f; %s" % (
    sys.argv[2], float(sys.argv[2]) / float(sys.argv[3]), f["message"]))
PY
