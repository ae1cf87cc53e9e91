#!/usr/bin/env bash
# A local redis-server for one AppHost run. The password goes through a 0600 config file, not
# the command line, so that it does not show in `ps` or the dashboard.
# usage: redis.sh <data-dir> <port>; password in REDIS_PASSWORD.
set -euo pipefail

datadir="$1"; port="$2"
: "${REDIS_PASSWORD:?REDIS_PASSWORD must be set}"
mkdir -p "$datadir"
conf="$datadir/redis.conf"
umask 077
cat > "$conf" <<CONF
bind 127.0.0.1
port $port
dir $datadir
requirepass $REDIS_PASSWORD
save ""
appendonly no
daemonize no
CONF

exec redis-server "$conf"
