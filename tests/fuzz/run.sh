#!/bin/sh
# Builds and runs the SQL fuzz target for a bounded time.
#   tests/fuzz/run.sh [seconds]   (default 120)
# Uses its own build dir with clang, AddressSanitizer and UBSan.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${STRATA_FUZZ_BUILD:-$src/build/fuzz}
seconds=${1:-120}

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DSTRATA_ENABLE_SANITIZERS=ON -DSTRATA_FUZZ=ON
cmake --build "$build" --target fuzz_sql -j"${JOBS:-2}"

work="$build/fuzz-corpus"
mkdir -p "$work"
# The first directory collects new inputs; the checked-in seeds are read only.
exec "$build/tests/fuzz/fuzz_sql" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -rss_limit_mb=4096 "$work" "$here/corpus"
