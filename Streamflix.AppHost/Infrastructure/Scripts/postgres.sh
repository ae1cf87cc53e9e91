#!/usr/bin/env bash
# A local Postgres for one AppHost run: initialise the cluster, create the services' databases,
# then become the server (exec), so that DCP holds and stops the postgres process itself.
# postgres logs to stderr; it goes to stdout so the dashboard does not show every line as an error.
# usage: postgres.sh <bin-dir> <data-dir> <port> [database ...]; password in POSTGRES_PASSWORD.
set -euo pipefail

bindir="$1"; datadir="$2"; port="$3"; shift 3
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"

run_as=()
if [ "$(id -u)" = 0 ]; then
  # postgres refuses to run as root. setpriv execs in place (unlike su/runuser), so the PID DCP
  # started stays the server's PID.
  run_as=(setpriv --reuid=postgres --regid=postgres --init-groups)
  mkdir -p "$datadir"
  chown postgres:postgres "$datadir"
  if ! "${run_as[@]}" test -w "$datadir"; then
    # The repository lives where the postgres user cannot reach (e.g. under /root).
    fallback="${TMPDIR:-/tmp}/streamflix-pg-$(basename "$(dirname "$datadir")")"
    echo "postgres cannot write $datadir; using $fallback" >&2
    datadir="$fallback"
    mkdir -p "$datadir"
    chown postgres:postgres "$datadir"
  fi
fi
chmod 700 "$datadir"

if [ ! -s "$datadir/PG_VERSION" ]; then
  pwfile="$(mktemp)"
  printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  [ "${#run_as[@]}" -gt 0 ] && chown postgres "$pwfile"
  "${run_as[@]}" "$bindir/initdb" -D "$datadir" -U postgres --auth=scram-sha-256 \
    --pwfile="$pwfile" --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  rm -f "$pwfile"
fi

for database in "$@"; do
  if [[ ! "$database" =~ ^[a-z][a-z0-9_]*$ ]]; then
    echo "refusing database name '$database'" >&2
    exit 2
  fi
  # Single-user mode needs no port or socket; an existing database only prints an error.
  echo "CREATE DATABASE \"$database\";" |
    "${run_as[@]}" "$bindir/postgres" --single -D "$datadir" -j postgres >/dev/null 2>&1 || true
done

exec "${run_as[@]}" "$bindir/postgres" -D "$datadir" -p "$port" \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
  -c synchronous_commit=off -c max_connections=200 2>&1
