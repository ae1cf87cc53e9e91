#!/usr/bin/env bash
# Runs the whole Streamflix graph with the Aspire dashboard. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/prerequisites.sh

echo "Starting Streamflix (Ctrl+C stops everything)…"
echo "  Dashboard: http://localhost:15180 (the login link is printed below)"
echo "  Site:      http://localhost:5200 (once the graph is ready)"
exec dotnet run --project Streamflix.AppHost --launch-profile http "$@"
