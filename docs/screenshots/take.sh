#!/bin/sh
# Takes the README's screenshots from the real app on the demo, under Xvfb.
#   docs/screenshots/take.sh [build dir]     (default build/dev)
# Each picture starts the demo afresh with a private settings folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/dev}
shoot() { # name tab [--run]
    name=$1; shift
    home=$(mktemp -d)
    HOME=$home STRATA_LANG=${STRATA_LANG:-en} STRATA_AUTORUN_STEPS=${autorun:-0} timeout 180 xvfb-run -a -s "-screen 0 1920x1080x24" \
        "$build/app/strata" --demo --tab "$@" --screenshot "$here/$name.png"
    rm -rf "$home"
    echo "$here/$name.png"
}
shoot history history
shoot diff diff --run
shoot main-window preflight --run
# The runbook after its first step, the backup of the first table the migration writes.
autorun=1 shoot runbook runbook --run
