#!/usr/bin/env bash
# Benchmark: the offline pre-flight (parse, lock analysis, lints; no database) of a large
# generated script, and whether its cost is proportional to the script's size. The same
# kind of script is generated at SMALL_MB (the reference, default 5) and LARGE_MB (default
# 50) megabytes; each is pre-flighted (--json) under /usr/bin/time -v, and the large one once
# more with the default Markdown report. Prints wall time, CPU time and peak RSS, the ratios
# large/small (about LARGE_MB/SMALL_MB when the cost is proportional) and peak RSS per
# script megabyte. Wall time depends on the machine's load; CPU time less so.
#
# The script repeats one block per table (about 900 bytes): CREATE TABLE with a primary
# key and a default, CREATE INDEX on an expression, ALTER TABLE ADD COLUMN, a 12-row
# INSERT, an UPDATE with WHERE, and a comment.
#
# usage: tests/bench/preflight/bench_preflight_large.sh [path/to/strata-cli]
#        SMALL_MB=5 LARGE_MB=50
set -euo pipefail

CLI=${1:-build/dev/app/strata-cli}
SMALL_MB=${SMALL_MB:-5}
LARGE_MB=${LARGE_MB:-50}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -x "$CLI" ] || { echo "no strata-cli at $CLI" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian: apt install time)" >&2; exit 2; }

generate() { # megabytes file
  python3 - "$1" "$2" <<'PY'
import sys
target = int(sys.argv[1]) * 1024 * 1024
with open(sys.argv[2], "w") as f:
    size = i = 0
    while size < target:
        rows = ", ".join(f"({r}, 'name {r} of table {i}')" for r in range(1, 13))
        block = (f"-- table {i}\n"
                 f"CREATE TABLE t_{i} (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());\n"
                 f"CREATE INDEX t_{i}_name ON t_{i} (lower(name));\n"
                 f"ALTER TABLE t_{i} ADD COLUMN note varchar(200);\n"
                 f"INSERT INTO t_{i} (id, name) VALUES {rows};\n"
                 f"UPDATE t_{i} SET note = 'checked' WHERE id < 6;\n")
        f.write(block)
        size += len(block)
        i += 1
PY
}

measure() { # file label [format option] -> prints "label wall_s cpu_s rss_mb"
  local out="$WORK/time.$2"
  set +e
  /usr/bin/time -v "$CLI" preflight ${3:-} "$1" >"$WORK/out.$2" 2>"$out"
  local rc=$?
  set -e
  if [ "$rc" -gt 1 ]; then
    echo "strata-cli preflight failed on $2 (exit $rc):" >&2
    grep -v '^\s' "$out" | head -5 >&2
    exit 2
  fi
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$out")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$out")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$out")
  echo "$2 $wall $cpu $rss"
}

generate "$SMALL_MB" "$WORK/small.sql"
generate "$LARGE_MB" "$WORK/large.sql"
small_bytes=$(stat -c %s "$WORK/small.sql")
large_bytes=$(stat -c %s "$WORK/large.sql")
stmts=$(grep -c ';$' "$WORK/large.sql")

read -r _ s_wall s_cpu s_rss < <(measure "$WORK/small.sql" small --json)
read -r _ l_wall l_cpu l_rss < <(measure "$WORK/large.sql" large --json)
read -r _ m_wall m_cpu m_rss < <(measure "$WORK/large.sql" large-md)

echo "strata-cli preflight (offline) of a generated script"
printf '%-10s %10s %12s %10s %10s %14s\n' script MB statements wall_s cpu_s peak_rss_MB
printf '%-10s %10.1f %12s %10.2f %10.2f %14s\n' small "$(echo "$small_bytes/1048576" | bc -l)" "$(grep -c ';$' "$WORK/small.sql")" "$s_wall" "$s_cpu" "$s_rss"
printf '%-10s %10.1f %12s %10.2f %10.2f %14s\n' large "$(echo "$large_bytes/1048576" | bc -l)" "$stmts" "$l_wall" "$l_cpu" "$l_rss"
printf '%-10s %10.1f %12s %10.2f %10.2f %14s   (Markdown report)\n' large-md "$(echo "$large_bytes/1048576" | bc -l)" "$stmts" "$m_wall" "$m_cpu" "$m_rss"
echo
printf 'size ratio large/small:          %6.2f\n' "$(echo "$large_bytes/$small_bytes" | bc -l)"
printf 'wall time ratio large/small:     %6.2f\n' "$(echo "$l_wall/$s_wall" | bc -l)"
printf 'peak RSS ratio large/small:      %6.2f\n' "$(echo "$l_rss/$s_rss" | bc -l)"
printf 'peak RSS per script MB (large):  %6.1f MB\n' "$(echo "$l_rss/($large_bytes/1048576)" | bc -l)"
printf 'cpu time ratio large/small:      %6.2f\n' "$(echo "$l_cpu/$s_cpu" | bc -l)"
printf 'target: large peak RSS under 1024 MB (JSON, Markdown): %s, %s\n' \
  "$([ "$l_rss" -lt 1024 ] && echo met || echo NOT met)" "$([ "$m_rss" -lt 1024 ] && echo met || echo NOT met)"
