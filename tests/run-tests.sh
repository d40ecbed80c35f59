#!/usr/bin/env bash
# The whole test suite: setup, throwaway Parse Servers (PostgreSQL+PostGIS in temp dirs), every ctest test
# (unit, gui offscreen, integration), the whole suite again under ASan+UBSan, then the servers are
# stopped. Exits non-zero on any failure.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/tests/setup.sh"

SERVER="$ROOT/tests/server/server.sh"
STATES=()
cleanup() {
  for s in "${STATES[@]}"; do bash "$SERVER" stop --state "$s" >&2 || true; rm -rf "$s"; done
}
trap cleanup EXIT

# start_server WHICH PORT PG_PORT [server.sh options]: starts a server configured by the PARSE_* variables
# in the caller's environment and exports its address and keys as PARSEDESK_<WHICH>_*.
start_server() {
  local which=$1 port=$2 pg_port=$3 state
  shift 3
  state=$(mktemp -d /tmp/parsedesk-test.XXXXXX)
  STATES+=("$state")
  bash "$SERVER" start --state "$state" --port "$port" --pg-port "$pg_port" "$@" >/dev/null
  eval "$(sed -n "s/^PARSE_\([A-Z_]*\)=/export PARSEDESK_${which}_\1=/p" "$state/env")"
  export "PARSEDESK_${which}_STATE=$state"
}

# Ports apart from the demo's (1337/54329), so the demo may keep running.
start_server TEST 1387 54387 --seed
# Configured unlike ours: the client must not assume /parse, our keys or an unlimited batch.
PARSE_APP_ID=odd-app PARSE_MASTER_KEY=odd-master PARSE_REST_KEY=odd-rest PARSE_CLIENT_KEY=odd-client \
  PARSE_BATCH_LIMIT=5 start_server ODD 1388 54388 --mount /api --seed
# Refuses the master key from loopback, as Parse Server 9 does for any address not in masterKeyIps
# (started empty: seeding needs the master key), and rate-limits Cloud Code calls: 10 per 3 s, counting
# every batch sub-request (includeInternalRequests, or loopback would be exempt).
PARSE_MASTER_KEY_IPS=10.9.8.7 \
  PARSE_RATE_LIMIT='[{"requestPath":"/functions/*path","requestTimeWindow":3000,"requestCount":10,"includeInternalRequests":true}]' \
  start_server LOCKED 1389 54389
# Accepts objectIds chosen by the client (allowCustomObjectId): undo re-creates deleted objects with their id.
PARSE_ALLOW_CUSTOM_OBJECT_ID=1 start_server CUSTOMIDS 1386 54386
# Strict where the others are lenient: mounted at /v1/parse, pages clamped to 25 (maxLimit), a repeated
# X-Parse-Request-Id refused (idempotencyOptions), custom objectIds allowed: every all-pages reader must
# notice clamping, and lost writes must be told apart from applied ones.
PARSE_MAX_LIMIT=25 PARSE_IDEMPOTENCY=1 PARSE_ALLOW_CUSTOM_OBJECT_ID=1 start_server STRICT 1385 54385 --mount /v1/parse
# Server operations (Parse Config, logs, jobs and run-due, webhooks) on a server of its own, since config
# and schedules are server-wide: another mount and other keys again, and a webhookKey.
PARSE_APP_ID=ops-app PARSE_MASTER_KEY=ops-master PARSE_REST_KEY=ops-rest PARSE_CLIENT_KEY=ops-client \
  PARSE_WEBHOOK_KEY=ops-webhook-key start_server OPS 1390 54390 --mount /ops

status=0
ctest --preset dev --timeout 300 "$@" || status=$?

# Every test again under AddressSanitizer + UndefinedBehaviorSanitizer (preset asan, GUI tests included;
# LeakSanitizer on). PARSEDESK_SKIP_ASAN=1 skips this for quick local runs.
if [ "${PARSEDESK_SKIP_ASAN:-0}" != 1 ]; then
  # Configured every time: a build directory from an older run may have left the GUI out.
  cmake --preset asan -DPARSEDESK_GUI=ON >&2
  cmake --build --preset asan >&2
  LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp ctest --preset asan --timeout 300 "$@" || status=$?
fi
if [ $status -ne 0 ]; then
  for s in "${STATES[@]}"; do
    echo "---- Parse Server log (last 40 lines): $s/parse.log" >&2
    tail -n 40 "$s/parse.log" >&2 || true
  done
fi
exit $status
