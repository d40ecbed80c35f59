#!/usr/bin/env bash
# Screenshot of the main window connected to a running Parse Server (e.g. the demo one).
#
#   PARSE_SERVER_URL=... PARSE_APP_ID=... [PARSE_REST_KEY PARSE_CLIENT_KEY PARSE_MASTER_KEY] \
#     tests/gui/screenshot.sh PATH/TO/parsedesk OUTPUT.png
#
# Starts only the app, under a private X server (xvfb-run) and with throwaway settings, so the
# picture does not depend on (or change) the user's saved connections and window layout.
set -euo pipefail

die() { printf 'screenshot.sh: %s\n' "$*" >&2; exit 1; }

[ $# -eq 2 ] || { sed -n '4,5p' "$0" | sed 's/^# *//' >&2; exit 2; }
BINARY=$1
OUTPUT=$2
[ -x "$BINARY" ] || die "not an executable: $BINARY"
[ -n "${PARSE_SERVER_URL:-}" ] || die "PARSE_SERVER_URL is not set (eval the output of tests/server/server.sh start)"
[ -n "${PARSE_APP_ID:-}" ] || die "PARSE_APP_ID is not set"
command -v xvfb-run >/dev/null || die "xvfb-run not found (Debian: apt-get install xvfb xauth)"

mkdir -p "$(dirname "$OUTPUT")"
OUTPUT=$(cd "$(dirname "$OUTPUT")" && pwd)/$(basename "$OUTPUT")
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/config" "$SCRATCH/runtime"
chmod 700 "$SCRATCH/runtime"

# No D-Bus session here: the keychain is unavailable and ParseDesk keeps the keys in memory, which
# its status bar says. QT_QPA_PLATFORM=xcb overrides an offscreen setting inherited from a test run.
env XDG_CONFIG_HOME="$SCRATCH/config" XDG_RUNTIME_DIR="$SCRATCH/runtime" QT_QPA_PLATFORM=xcb \
  DBUS_SESSION_BUS_ADDRESS=disabled: \
  xvfb-run -a -s "-screen 0 1400x900x24" \
  "$BINARY" --connect-env "Local demo" --screenshot "$OUTPUT"

[ -s "$OUTPUT" ] || die "no screenshot was written to $OUTPUT"
printf '%s\n' "$OUTPUT"
