#!/usr/bin/env bash
# Installs what is missing (Debian packages), builds ParseDesk (preset "dev") and installs the pinned
# test Parse Server's node modules. Fast and idempotent: nothing is installed or rebuilt twice.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
log() { printf 'setup: %s\n' "$*" >&2; }

PACKAGES=(
  cmake ninja-build g++ pkg-config curl
  qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 libgl-dev
  qtkeychain-qt6-dev libsimdjson-dev
  libqt6svg6 qt6-translations-l10n
  postgresql-15 postgresql-15-postgis-3
  xvfb xauth dbus gnome-keyring
  help2man librsvg2-bin gzip dpkg-dev file desktop-file-utils appstream lintian zsh
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
command -v node >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  log "installing: ${missing[*]}"
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

# Parse Server 9 needs Node >= 20.19; Debian bookworm's own nodejs is 18.
v=$(node --version); v=${v#v}; major=${v%%.*}; minor=${v#*.}; minor=${minor%%.*}
if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
  log "Node.js $v is too old: Parse Server 9 needs >= 20.19. Install Node.js 20 or 22 LTS and run this again."
  exit 1
fi

cd "$ROOT"
[ -f build/dev/build.ninja ] || cmake --preset dev >&2
cmake --build --preset dev >&2
