#!/usr/bin/env bash
# Installs what is missing, builds, starts the local demo Parse Server (its database is kept between runs in
# /var/tmp/parsedesk-demo, where the postgres user can reach it) and opens ParseDesk on it through the
# "Local demo" profile.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/tests/setup.sh"

STATE=/var/tmp/parsedesk-demo
eval "$(bash "$ROOT/tests/server/server.sh" start --state "$STATE" --port 1337 --pg-port 54329 --seed)"
export PARSE_SERVER_URL PARSE_APP_ID PARSE_REST_KEY PARSE_CLIENT_KEY PARSE_MASTER_KEY
echo "demo: Parse Server at $PARSE_SERVER_URL (stop it with: bash tests/server/server.sh stop --state $STATE)" >&2

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: no display here, so ParseDesk cannot open a window. Run it under a virtual display:" >&2
  echo "      xvfb-run -a bash tests/demo.sh" >&2
  exit 1
fi
exec "$ROOT/build/dev/app/parsedesk" --connect-env "Local demo"
