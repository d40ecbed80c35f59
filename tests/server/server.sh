#!/usr/bin/env bash
# Starts and stops a throwaway PostgreSQL+PostGIS cluster and the ParseDesk test Parse Server.
#
#   server.sh start  --state DIR [--port N] [--pg-port N] [--mount /parse] [--seed]
#   server.sh stop   --state DIR
#   server.sh status --state DIR
#
# start prints the connection settings as NAME=value lines on stdout (for eval); progress goes to
# stderr. Other settings (PARSE_APP_ID, keys, PARSE_BATCH_LIMIT, ...) come from the environment,
# see README.md.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NODE=${NODE:-node}
HEALTH_TIMEOUT=60

log() { printf 'server.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
usage() {
  sed -n '4,6p' "$0" | sed 's/^# *//' >&2
  exit 2
}

# --- arguments --------------------------------------------------------------------------------
[ $# -ge 1 ] || usage
CMD=$1; shift
STATE=''; PORT=1337; PG_PORT=54329; MOUNT=/parse; SEED=0
while [ $# -gt 0 ]; do
  case $1 in
    --state) STATE=${2:?--state needs a directory}; shift 2 ;;
    --port) PORT=${2:?--port needs a number}; shift 2 ;;
    --pg-port) PG_PORT=${2:?--pg-port needs a number}; shift 2 ;;
    --mount) MOUNT=${2:?--mount needs a path}; shift 2 ;;
    --seed) SEED=1; shift ;;
    -h|--help) usage ;;
    *) log "unknown argument: $1"; usage ;;
  esac
done
[ -n "$STATE" ] || die "--state DIR is required"
case $PORT$PG_PORT in *[!0-9]*) die "--port and --pg-port take numbers" ;; esac
case $MOUNT in /*) ;; *) MOUNT=/$MOUNT ;; esac
MOUNT=${MOUNT%/}
[ -n "$MOUNT" ] || die "--mount / is not supported; use a path such as /parse"
# pg_ctl passes options through a shell; keep paths simple rather than quote them twice.
case $STATE in *[[:space:]]*) die "the state directory must not contain whitespace: $STATE" ;; esac

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$PG_BIN/pg_ctl" ] || die "PostgreSQL binaries not found (set PG_BIN); on Debian: apt-get install postgresql postgis"

IS_ROOT=0; [ "$(id -u)" -eq 0 ] && IS_ROOT=1
# PostgreSQL refuses to run as root: as root, run it as the postgres user.
as_pg() {
  if [ $IS_ROOT -eq 1 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# --- helpers ----------------------------------------------------------------------------------
node_pid() {
  local pid
  [ -f "$STATE/parse.pid" ] || return 1
  pid=$(cat "$STATE/parse.pid")
  case $pid in ''|*[!0-9]*) return 1 ;; esac
  # Only our own node process counts, never some other process that reused the PID.
  { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qF "$HERE/index.js" || return 1
  echo "$pid"
}

pg_running() {
  [ -f "$STATE/pg/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$STATE/pg" status >/dev/null 2>&1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

healthy() { # URL
  curl -s --noproxy '*' --max-time 2 "$1/health" 2>/dev/null | grep -q '"status":"ok"'
}

check_node() {
  local v major minor
  v=$("$NODE" --version 2>/dev/null) || die "Node.js not found ('$NODE'); parse-server 9 needs Node >= 20.19"
  v=${v#v}; major=${v%%.*}; minor=${v#*.}; minor=${minor%%.*}
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
    die "Node.js $v at $(command -v "$NODE") is too old: parse-server 9 needs >= 20.19 (Debian bookworm's nodejs is 18.x; install Node 20/22 LTS or set NODE=/path/to/node)"
  fi
}

# npm ci only when node_modules is missing or package-lock.json changed since the last install.
ensure_deps() {
  local sum stamp=$HERE/node_modules/.parsedesk-lock.sha256
  sum=$(sha256sum "$HERE/package-lock.json" | cut -d' ' -f1)
  [ "$(cat "$stamp" 2>/dev/null)" = "$sum" ] && return 0
  (
    flock 9 # several state dirs may start at once; they share node_modules
    if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
      log "installing node modules (npm ci) ..."
      cd "$HERE" && npm ci --no-audit --no-fund >&2 || exit 1
      echo "$sum" >"$stamp"
    fi
  ) 9<"$HERE/package-lock.json" || die "npm ci failed in $HERE"
}

print_env() { cat "$STATE/env"; }

now_ms() { echo $((${EPOCHREALTIME/./} / 1000)); }

# --- PostgreSQL -------------------------------------------------------------------------------
start_pg() {
  if pg_running; then
    PG_PORT=$(cat "$STATE/pg.port")
    log "postgres already running on port $PG_PORT"
    return 0
  fi
  if [ $IS_ROOT -eq 1 ]; then
    # A mktemp dir is 0700: postgres needs to pass through it to reach its own subdirectories.
    runuser -u postgres -- test -x "$STATE" || chmod o+x "$STATE"
    runuser -u postgres -- test -x "$STATE" ||
      die "user postgres cannot reach $STATE (a parent directory is closed); pick a state dir under /tmp"
  fi
  if [ ! -f "$STATE/pg.initialized" ]; then
    local t0; t0=$(now_ms)
    rm -rf "$STATE/pg" # leftovers of an interrupted initdb
    install -d -m 700 "$STATE/pg"
    [ $IS_ROOT -eq 1 ] && chown postgres:postgres "$STATE/pg"
    log "initdb $STATE/pg ..."
    # --no-sync: a throwaway cluster does not need crash safety, and it saves seconds.
    as_pg "$PG_BIN/initdb" -D "$STATE/pg" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$STATE/initdb.log" 2>&1 ||
      { tail -n 20 "$STATE/initdb.log" >&2; die "initdb failed (see $STATE/initdb.log)"; }
    touch "$STATE/pg.initialized"
    log "initdb took $(($(now_ms) - t0)) ms"
  fi
  install -d -m 700 "$STATE/pgsock"
  touch "$STATE/pg.log"
  [ $IS_ROOT -eq 1 ] && chown postgres:postgres "$STATE/pgsock" "$STATE/pg.log"
  log "starting postgres on 127.0.0.1:$PG_PORT ..."
  if ! as_pg "$PG_BIN/pg_ctl" -D "$STATE/pg" -l "$STATE/pg.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $STATE/pgsock -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
    tail -n 20 "$STATE/pg.log" >&2
    die "postgres did not start (port $PG_PORT in use?); log: $STATE/pg.log"
  fi
  echo "$PG_PORT" >"$STATE/pg.port"
  STARTED_PG=1
  local psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres)
  if [ -z "$("${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'parse'")" ]; then
    "${psql[@]}" -d postgres -c 'CREATE DATABASE parse' >&2
  fi
  "${psql[@]}" -d parse -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION IF NOT EXISTS postgis' >&2
}

stop_pg() {
  if pg_running; then
    log "stopping postgres ..."
    as_pg "$PG_BIN/pg_ctl" -D "$STATE/pg" stop -m fast -w >/dev/null
  fi
}

# --- Parse Server -----------------------------------------------------------------------------
stop_node() {
  local pid
  if pid=$(node_pid); then
    log "stopping parse server (pid $pid) ..."
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      log "pid $pid ignored SIGTERM; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$STATE/parse.pid"
}

cmd_start() {
  local t0 t1 pid url
  t0=$(now_ms)
  mkdir -p "$STATE"
  STATE=$(cd "$STATE" && pwd)
  STARTED_PG=0
  if pid=$(node_pid); then
    url=$(sed -n 's/^PARSE_SERVER_URL=//p' "$STATE/env")
    if pg_running && healthy "$url"; then
      log "already running (pid $pid): $url"
      if [ $SEED -eq 1 ]; then (set -a; . "$STATE/env"; "$NODE" "$HERE/seed.js" >&2) || die "seeding failed"; fi
      print_env
      return 0
    fi
    log "parse server (pid $pid) is not healthy; restarting it"
    stop_node
  fi
  command -v curl >/dev/null || die "curl is required (apt-get install curl)"
  check_node
  ensure_deps
  # Otherwise the health check below could be answered by whatever already listens there.
  port_in_use "$PORT" && die "port $PORT is already in use (pick another with --port)"
  start_pg

  url="http://127.0.0.1:$PORT$MOUNT"
  export PARSE_PORT=$PORT PARSE_MOUNT=$MOUNT
  export DATABASE_URI="postgres://postgres@127.0.0.1:$PG_PORT/parse"
  {
    printf 'PARSE_SERVER_URL=%q\n' "$url"
    printf 'PARSE_LIVEQUERY_URL=%q\n' "ws://127.0.0.1:$PORT$MOUNT"
    printf 'PARSE_APP_ID=%q\n' "${PARSE_APP_ID:-parsedesk-demo}"
    printf 'PARSE_MASTER_KEY=%q\n' "${PARSE_MASTER_KEY:-demo-master-key}"
    printf 'PARSE_REST_KEY=%q\n' "${PARSE_REST_KEY:-demo-rest-key}"
    printf 'PARSE_CLIENT_KEY=%q\n' "${PARSE_CLIENT_KEY:-demo-client-key}"
    [ -z "${PARSE_WEBHOOK_KEY:-}" ] || printf 'PARSE_WEBHOOK_KEY=%q\n' "$PARSE_WEBHOOK_KEY"
    printf 'DATABASE_URI=%q\n' "$DATABASE_URI"
  } >"$STATE/env"

  log "starting parse server at $url ..."
  printf '=== %s server.sh start %s\n' "$(date -Is)" "$url" >>"$STATE/parse.log"
  # exec: the recorded PID is node itself, so stop signals exactly this process.
  t1=$(now_ms)
  (cd "$STATE" && exec nohup "$NODE" "$HERE/index.js") >>"$STATE/parse.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$STATE/parse.pid"

  local deadline=$((SECONDS + HEALTH_TIMEOUT))
  until healthy "$url"; do
    if ! kill -0 "$pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      log "parse server did not become healthy at $url/health; last lines of $STATE/parse.log:"
      tail -n 30 "$STATE/parse.log" >&2
      stop_node
      [ "$STARTED_PG" -eq 1 ] && stop_pg
      exit 1
    fi
    sleep 0.2
  done
  kill -0 "$pid" 2>/dev/null || die "parse server exited right after start; see $STATE/parse.log"
  log "parse server healthy (pid $pid): $(($(now_ms) - t1)) ms for node, $(($(now_ms) - t0)) ms in all"
  if [ $SEED -eq 1 ]; then
    (set -a; . "$STATE/env"; "$NODE" "$HERE/seed.js" >&2) || die "seeding failed"
  fi
  print_env
}

cmd_stop() {
  [ -d "$STATE" ] || { log "nothing to stop: $STATE does not exist"; return 0; }
  STATE=$(cd "$STATE" && pwd)
  stop_node
  stop_pg
  log "stopped"
}

cmd_status() {
  local rc=0 pid url
  [ -d "$STATE" ] && STATE=$(cd "$STATE" && pwd)
  if pg_running; then log "postgres: running on port $(cat "$STATE/pg.port")"; else log "postgres: stopped"; rc=3; fi
  if pid=$(node_pid); then
    url=$(sed -n 's/^PARSE_SERVER_URL=//p' "$STATE/env")
    if healthy "$url"; then log "parse server: running (pid $pid), healthy at $url"
    else log "parse server: running (pid $pid), NOT healthy at $url"; rc=1; fi
  else
    log "parse server: stopped"; rc=3
  fi
  [ $rc -eq 0 ] && print_env
  return $rc
}

case $CMD in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) usage ;;
esac
