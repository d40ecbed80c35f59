#!/usr/bin/env bash
# Every benchmark of issue #7, in one go: builds the release preset's bench targets, installs the pinned
# node baselines (tests/bench/node), starts a throwaway Parse Server (PostgreSQL) of its own, runs every
# executable listed in tests/bench/benches.txt, collects their JSON lines in tests/bench/results.jsonl, and
# writes the README's table (between the bench-table markers) and the chart
# resources/screenshots/benchmarks.png. A bench that cannot run shows as "not run".
#
#   bash tests/bench/run.sh                # every bench
#   bash tests/bench/run.sh bench_view     # only these; the others' lines in results.jsonl stay
#
# Ports (override with the environment): Parse Server PARSEDESK_BENCH_PORT (1420), its PostgreSQL
# PARSEDESK_BENCH_PG_PORT (55420), the delaying proxy PARSEDESK_BENCH_PROXY_PORT (1425) and its stats port
# (proxy port + 1), bench_dashboard's far TLS proxy PARSEDESK_BENCH_FAR_PORT (1427, stats on the next port)
# and Parse Dashboard PARSEDESK_BENCH_DASHBOARD_PORT (4040).
# bench_dashboard and bench_wide drive Parse Dashboard in Debian's chromium, which this script installs
# when it is missing (apt-get; about 350 MB, so not in tests/setup.sh).
# PARSEDESK_BENCH_REPORT_DIR=DIR writes the table (DIR/bench-table.md) and the chart there instead of
# into README.md and resources/screenshots; PARSEDESK_BENCH_BUILD=0 skips the build (already built).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=$ROOT/tests/bench
# PARSEDESK_BENCH_PRESET=dev runs the dev build's benches instead (Debug: slower, for a check).
PRESET=${PARSEDESK_BENCH_PRESET:-release}
BIN=$ROOT/build/$PRESET/tests/bench
RESULTS=$BENCH/results.jsonl
REPORT_DIR=${PARSEDESK_BENCH_REPORT_DIR:-}
CHART=${REPORT_DIR:+$REPORT_DIR/benchmarks.png}
CHART=${CHART:-$ROOT/resources/screenshots/benchmarks.png}
SERVER=$ROOT/tests/server/server.sh
PORT=${PARSEDESK_BENCH_PORT:-1420}
PG_PORT=${PARSEDESK_BENCH_PG_PORT:-55420}
export PARSEDESK_BENCH_PROXY_PORT=${PARSEDESK_BENCH_PROXY_PORT:-1425}
log() { printf 'bench: %s\n' "$*" >&2; }

mapfile -t BENCHES < <(grep -v '^[[:space:]]*\(#\|$\)' "$BENCH/benches.txt")
ONLY=("$@")
for b in "${ONLY[@]}"; do
  printf '%s\n' "${BENCHES[@]}" | grep -qx "$b" || { log "$b is not in benches.txt"; exit 2; }
done

# --- build -------------------------------------------------------------------------------------
cd "$ROOT"
if [ "${PARSEDESK_BENCH_BUILD:-1}" != 0 ]; then
  [ -f "build/$PRESET/build.ninja" ] || cmake --preset "$PRESET" >&2
  cmake --build --preset "$PRESET" --target bench_report "${BENCHES[@]}" >&2
fi

# --- node baselines (npm ci only when package-lock.json changed) -------------------------------
stamp=$BENCH/node/node_modules/.parsedesk-lock.sha256
sum=$(sha256sum "$BENCH/node/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
  log "installing the node baselines (npm ci) ..."
  (cd "$BENCH/node" && npm ci --no-audit --no-fund >&2)
  echo "$sum" >"$stamp"
fi

# --- Debian's chromium for bench_dashboard (puppeteer-core downloads no browser) -------------------
wants() { [ ${#ONLY[@]} -eq 0 ] || printf '%s\n' "${ONLY[@]}" | grep -qx "$1"; }
needsChromium=0
for b in bench_dashboard bench_wide; do
  if wants $b && printf '%s\n' "${BENCHES[@]}" | grep -qx $b; then needsChromium=1; fi
done
if [ $needsChromium -eq 1 ] && [ ! -x /usr/bin/chromium ]; then
  log "bench_dashboard and bench_wide drive Parse Dashboard in Debian's chromium, which is missing: installing it (apt-get, about 350 MB) ..."
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  { $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends chromium; } >&2 ||
    log "could not install chromium: bench_dashboard and bench_wide will show as not run"
fi

# --- a Parse Server of our own ------------------------------------------------------------------
STATE=$(mktemp -d /tmp/parsedesk-bench.XXXXXX)
cleanup() { bash "$SERVER" stop --state "$STATE" >&2 || true; rm -rf "$STATE"; }
trap cleanup EXIT
bash "$SERVER" start --state "$STATE" --port "$PORT" --pg-port "$PG_PORT" >/dev/null
# As tests/run-tests.sh does: PARSE_X=... becomes PARSEDESK_TEST_X=...
eval "$(sed -n 's/^PARSE_\([A-Z_]*\)=/export PARSEDESK_TEST_\1=/p' "$STATE/env")"
# bench_browse makes its 1M-row class straight in this server's database (make-class.sh).
export PARSEDESK_TEST_STATE=$STATE

# --- run ------------------------------------------------------------------------------------------
: >"$RESULTS.tmp"
for b in "${BENCHES[@]}"; do
  # A bench not asked for keeps its lines from the last run (each line names its bench).
  if ! wants "$b"; then
    grep -F "\"bench\":\"$b\"" "$RESULTS" >>"$RESULTS.tmp" || true
    continue
  fi
  log "running $b ..."
  out=$(mktemp)
  status=0
  if [ -x "$BIN/$b" ]; then
    (cd "$BIN" && "./$b") >"$out" || status=$?
  else
    status=127
  fi
  if [ $status -ne 0 ] || ! grep -q '"goal"' "$out"; then
    log "$b could not run (exit $status)"
    printf '{"goal":"not run","metric":"%s (exit %s)","notRun":true}\n' "$b" "$status" >>"$out"
  fi
  sed "s/^{/{\"bench\":\"$b\",/" "$out" >>"$RESULTS.tmp"
  rm -f "$out"
done
mv "$RESULTS.tmp" "$RESULTS"

# --- report ---------------------------------------------------------------------------------------
table=$(mktemp)
"$BIN/bench_report" "$RESULTS" --markdown "$table" --png "$CHART"
if [ -n "$REPORT_DIR" ]; then
  mv "$table" "$REPORT_DIR/bench-table.md"
  log "results: $RESULTS; chart: $CHART; table: $REPORT_DIR/bench-table.md"
else
  # The table replaces whatever stands between the markers in README.md.
  awk -v table="$table" '
    /<!-- bench-table:start -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- bench-table:end -->/ { skip = 0 }
    !skip { print }
  ' README.md >README.md.tmp && mv README.md.tmp README.md
  rm -f "$table"
  log "results: $RESULTS; chart: $CHART; README table updated"
fi
cat "$RESULTS"
