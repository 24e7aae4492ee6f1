#!/bin/sh
# Builds and runs the fuzz targets for a bounded time each.
#   tests/fuzz/run.sh [seconds] [target...]   (default 120 s; targets: fuzz_sql fuzz_folders fuzz_snapshot fuzz_copy fuzz_nodetree fuzz_copytext)
# Uses its own build dir with clang, AddressSanitizer and UBSan. A crash stops the run
# and leaves the input as crash-* in the current directory.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${STRATA_FUZZ_BUILD:-$src/build/fuzz}
seconds=${1:-120}
[ $# -gt 0 ] && shift
targets=${*:-fuzz_sql fuzz_folders fuzz_snapshot fuzz_copy fuzz_nodetree fuzz_copytext}

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DSTRATA_ENABLE_SANITIZERS=ON -DSTRATA_FUZZ=ON >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" --target $targets -j"${JOBS:-2}"

for t in $targets; do
    work="$build/fuzz-corpus/$t"
    mkdir -p "$work"
    case $t in
        fuzz_sql) seeds="$here/corpus" ;;
        fuzz_folders) seeds="$build/fuzz-seeds/folders"; python3 "$here/make_seeds.py" "$seeds" ;;
        fuzz_snapshot) seeds="$here/corpus_snapshot" ;;
        fuzz_copy) seeds="$build/fuzz-seeds/copy"; python3 "$here/make_seeds.py" --copy "$seeds" ;;
        fuzz_nodetree) seeds="$here/corpus_nodetree" ;;
        fuzz_copytext) seeds="$here/corpus_copytext" ;;
    esac
    echo "== $t for $seconds s"
    # The first directory collects new inputs; the seeds are read only.
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
        -rss_limit_mb=4096 -print_final_stats=1 "$work" "$seeds"
done
