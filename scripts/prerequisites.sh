#!/usr/bin/env bash
# Installs what the graph needs on a Debian/Ubuntu machine, only when it is missing: ffmpeg for
# the encoder and npm for the site's build (it fetches hls.js) always; Postgres, Redis and RabbitMQ
# only when no container runtime answers (with one, the AppHost runs them as containers); with
# --tests also Chromium, which the browser tests drive.
# Run by run.sh and test.sh; safe to run again.
set -euo pipefail

for_tests=false
[ "${1:-}" = "--tests" ] && for_tests=true

container_runtime_answers() {
  local runtime="${ASPIRE_CONTAINER_RUNTIME:-docker}"
  command -v "$runtime" >/dev/null 2>&1 && timeout 4 "$runtime" info --format '{{.ServerVersion}}' >/dev/null 2>&1
}

missing_packages() {
  local missing=()
  command -v dotnet >/dev/null 2>&1 || { echo "The .NET SDK is required (see global.json): https://dot.net" >&2; exit 1; }
  # The encoder runs ffmpeg itself in every mode; the font draws titles on demo videos.
  command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || missing+=(fonts-dejavu-core)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if [ "$for_tests" = true ]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  fi
  if ! container_runtime_answers || [ "${Infrastructure__Mode:-Auto}" = "Local" ]; then
    compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || missing+=(postgresql)
    command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
    [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
    command -v epmd >/dev/null 2>&1 || missing+=(erlang-base)
  fi
  echo "${missing[@]:-}"
}

install_packages() {
  local packages=("$@")
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Please install as root: ${packages[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "Installing: ${packages[*]}"
  # The AppHost runs these servers itself; keep the packages from starting system-wide daemons.
  local policy=/usr/sbin/policy-rc.d created_policy=false
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    created_policy=true
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  if [ "$created_policy" = true ]; then "${sudo[@]}" rm -f "$policy"; fi
}

read -r -a needed <<< "$(missing_packages)"
if [ "${#needed[@]}" -gt 0 ] && [ -n "${needed[0]}" ]; then
  install_packages "${needed[@]}"
fi
