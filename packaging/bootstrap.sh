#!/usr/bin/env bash
# The README's two commands.
#
#   packaging/bootstrap.sh demo   install what is missing, build, open Strata on the demo
#   packaging/bootstrap.sh test   install what is missing, build, run the whole test suite
#
# Both are incremental: a second run installs nothing and rebuilds nothing that is current.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
what="${1:-demo}"
build="$root/build/dev"

case "$what" in
  demo) "$root/packaging/install-deps.sh" ;;
  test) "$root/packaging/install-deps.sh" --tests ;;
  *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac

if [[ ! -f "$build/build.ninja" ]]; then
  cmake --preset dev
fi
cmake --build --preset dev

case "$what" in
  demo)
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
      echo "No display: running under xvfb-run (nothing will be visible). Set DISPLAY to see the window." >&2
      exec xvfb-run -a "$build/app/strata" --demo
    fi
    exec "$build/app/strata" --demo
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    exec ctest --preset dev -j2
    ;;
esac
