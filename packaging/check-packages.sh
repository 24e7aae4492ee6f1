#!/usr/bin/env bash
# Builds the DEB and TGZ packages from a build tree and checks them as a user would:
#   - the .deb's control data (name, Depends from dpkg-shlibdeps, Recommends);
#   - the AppStream metainfo and the .desktop file inside it validate, with the same id;
#   - the TGZ unpacks into a throwaway folder and both programs print their version
#     from there;
#   - with --install: `dpkg -i` of the .deb, then /usr/bin/strata-cli --version.
#
# Usage: packaging/check-packages.sh [BUILD_DIR] [--install]     (default build/dev)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build/dev}"
install=0
[[ "${2:-}" == "--install" || "${1:-}" == "--install" ]] && install=1
[[ "$build" == "--install" ]] && build="$repo/build/dev"
[[ -f "$build/CPackConfig.cmake" ]] || { echo "no configured build tree at $build" >&2; exit 2; }

fail() { echo "FAIL: $*" >&2; exit 1; }
work="$(mktemp -d /tmp/strata-pkgcheck-XXXXXX)"
trap 'rm -rf "$work"' EXIT

cmake --build "$build" >/dev/null
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null)
deb="$(ls -t "$build"/strata_*.deb | head -1)"
tgz="$(ls -t "$build"/strata-*.tar.gz | head -1)"
echo "== $deb ($(du -h "$deb" | cut -f1)), $tgz ($(du -h "$tgz" | cut -f1))"

echo "== control"
dpkg-deb --field "$deb" Package Version Depends Recommends | sed 's/^/   /'
deps="$(dpkg-deb --field "$deb" Depends)"
for lib in libqt6widgets6 libqt6charts6 libpq5 libpg-query; do
    [[ "$deps" == *"$lib"* ]] || fail "Depends lacks $lib"
done

echo "== metainfo and desktop file"
dpkg-deb -x "$deb" "$work/root"
meta="$(ls "$work"/root/usr/share/metainfo/*.metainfo.xml)"
desktop="$(ls "$work"/root/usr/share/applications/*.desktop)"
appstreamcli validate --no-net "$meta" | sed 's/^/   /'
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi
id="$(basename "$meta" .metainfo.xml)"
[[ "$(basename "$desktop" .desktop)" == "$id" ]] || fail "desktop file and metainfo ids differ"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$meta" || fail "metainfo does not launch $id.desktop"
for size in 16 32 48 64 128 256; do
    [[ -f "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" ]] || fail "no ${size}px icon"
done
echo "   id $id, icons ok"

echo "== TGZ"
mkdir "$work/tgz"
tar xzf "$tgz" -C "$work/tgz"
top="$(ls -d "$work"/tgz/*/)"
"$top/bin/strata-cli" --version | sed 's/^/   /'
QT_QPA_PLATFORM=offscreen "$top/bin/strata" --version 2>/dev/null | sed 's/^/   /'

if ((install)); then
    echo "== dpkg -i"
    sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" dpkg -i "$deb" >/dev/null
    /usr/bin/strata-cli --version | sed 's/^/   /'
fi
echo "packages ok"
