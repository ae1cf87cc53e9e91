#!/usr/bin/env bash
# A local RabbitMQ node for one AppHost run. Runs the server script directly (the /usr/sbin
# wrapper switches user and hides the logs); epmd is a separate AppHost resource, so Erlang
# must not start (and leave behind) a daemon of its own.
# usage: rabbitmq.sh <data-dir>; ports and node name in RABBITMQ_* env, password in RABBITMQ_PASSWORD.
set -euo pipefail

datadir="$1"
: "${RABBITMQ_PASSWORD:?RABBITMQ_PASSWORD must be set}"
: "${RABBITMQ_USER:?RABBITMQ_USER must be set}"
mkdir -p "$datadir/mnesia" "$datadir/log"
umask 077
cat > "$datadir/rabbitmq.conf" <<CONF
loopback_users = none
default_user = $RABBITMQ_USER
default_pass = $RABBITMQ_PASSWORD
CONF
: > "$datadir/enabled_plugins"
: > "$datadir/rabbitmq-env.conf"

export HOME="$datadir"
export RABBITMQ_MNESIA_BASE="$datadir/mnesia"
export RABBITMQ_LOG_BASE="$datadir/log"
export RABBITMQ_LOGS=-
export RABBITMQ_CONFIG_FILE="$datadir/rabbitmq.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$datadir/enabled_plugins"
export RABBITMQ_CONF_ENV_FILE="$datadir/rabbitmq-env.conf"
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-start_epmd false"

exec "${RABBITMQ_SERVER:-/usr/lib/rabbitmq/bin/rabbitmq-server}"
