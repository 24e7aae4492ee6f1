#!/usr/bin/env bash
# Installs the Debian 12 packages Strata needs to build, run and test — only the
# ones that are missing (a second run installs nothing). Works as root or with sudo.
#
#   packaging/install-deps.sh            build + run
#   packaging/install-deps.sh --tests    also what the test suite uses (migration tools)
set -euo pipefail

build_pkgs=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-qpa-plugins qt6-translations-l10n libqt6opengl6-dev libgl-dev
  libpq-dev libpg-query-dev libprotobuf-c-dev qtkeychain-qt6-dev libxcb1-dev
  postgresql-15 postgresql-client-15
)
gui_pkgs=(xvfb xauth)
# The real migration tools the history tests drive (dbmate comes from npm, below).
test_pkgs=(sqitch libdbd-pg-perl python3-alembic python3-psycopg2)

want=("${build_pkgs[@]}" "${gui_pkgs[@]}")
if [[ "${1:-}" == "--tests" ]]; then
  want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

want_dbmate=0
if [[ "${1:-}" == "--tests" ]] && ! command -v dbmate >/dev/null; then
  want_dbmate=1
  command -v npm >/dev/null || missing+=(npm)
fi

if ((${#missing[@]} == 0 && want_dbmate == 0)); then
  echo "install-deps: all ${#want[@]} packages already installed"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
if ((${#missing[@]} > 0)); then
  echo "install-deps: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if ((want_dbmate)); then
  echo "install-deps: installing dbmate (npm)"
  "${sudo[@]}" npm install -g --no-fund --no-audit dbmate
fi
