#!/usr/bin/env bash
# A throwaway PostgreSQL server for the storage tests.
#   scripts/postgres.sh start   # prints `export BUDGETPILOT_TEST_POSTGRES=...` and writes it to $BP_PG_DIR/env
#   source "${BP_PG_DIR:-/tmp/budgetpilot-postgres}/env"
#   scripts/postgres.sh stop    # stops the server and deletes its data
# PostgreSQL refuses to run as root, so as root every server command runs as the postgres user.
set -euo pipefail

DIR="${BP_PG_DIR:-/tmp/budgetpilot-postgres}"
FIRST_PORT="${BP_PG_PORT:-55432}"
PASSWORD="budgetpilot"

find_bin() {
  local bin
  for bin in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [[ -x "$bin/initdb" && -x "$bin/pg_ctl" ]]; then echo "$bin"; return 0; fi
  done
  return 1
}

ensure_bin() {
  if ! BIN="$(find_bin)"; then
    echo "postgres.sh: PostgreSQL not found; installing it with apt-get" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    BIN="$(find_bin)" || { echo "postgres.sh: no initdb/pg_ctl after installing postgresql" >&2; exit 1; }
  fi
}

as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port
  for ((port = FIRST_PORT; port < FIRST_PORT + 200; port++)); do
    if ! port_in_use "$port"; then echo "$port"; return 0; fi
  done
  echo "postgres.sh: no free port from $FIRST_PORT to $((FIRST_PORT + 199))" >&2
  return 1
}

write_env() {
  local port="$1"
  local cs="Host=127.0.0.1;Port=$port;Username=postgres;Password=$PASSWORD;Database=postgres"
  echo "export BUDGETPILOT_TEST_POSTGRES='$cs'" > "$DIR/env"
  cat "$DIR/env"
}

start() {
  ensure_bin
  if [[ -f "$DIR/port" ]] && as_postgres "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    write_env "$(cat "$DIR/port")"
    return 0
  fi

  rm -rf "$DIR"
  mkdir -p "$DIR/data" "$DIR/socket"
  [[ "$(id -u)" == 0 ]] && chown -R postgres:postgres "$DIR"
  echo "$PASSWORD" > "$DIR/pwfile"
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$DIR/pwfile"
  as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres --pwfile="$DIR/pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }

  local port
  port="$(free_port)"
  as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $DIR/socket -c max_connections=200" start >/dev/null \
    || { cat "$DIR/server.log" >&2; exit 1; }
  echo "$port" > "$DIR/port"
  write_env "$port"
}

stop() {
  if [[ -d "$DIR/data" ]]; then
    ensure_bin
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
