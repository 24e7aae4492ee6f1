# Sourced by the benchmark scripts (bash): a private throwaway PostgreSQL cluster.
#   bench_cluster NAME [-c option ...]
# finds the server binaries (sets bindir), creates a work folder /tmp/strata-bench-NAME-*
# (sets work), initdb's and starts a cluster listening only on a socket in it (sets port;
# fsync off, max_locks_per_transaction 4096, plus the given options) and stops and
# removes it on exit. As root the server runs as postgres (as_server).
bench_cluster() {
    local name=$1
    shift
    bindir="$(pg_config --bindir 2>/dev/null || true)"
    [[ -x "$bindir/initdb" ]] || bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [[ -x "$bindir/initdb" ]] || { echo "PostgreSQL server binaries not found" >&2; exit 2; }
    work="$(mktemp -d "/tmp/strata-bench-$name-XXXXXX")"
    as_server=()
    if [[ "$(id -u)" == 0 ]]; then
        chown postgres "$work"
        as_server=(runuser -u postgres --)
    fi
    port=$(( 20000 + RANDOM % 20000 ))
    trap '"${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
    "${as_server[@]}" "$bindir/initdb" -D "$work/data" -A trust -U strata --no-sync -E UTF8 >/dev/null
    "${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
        -o "-p $port -k $work -c listen_addresses= -c fsync=off -c max_locks_per_transaction=4096 $*" start >/dev/null
}
