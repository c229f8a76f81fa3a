#!/usr/bin/env bash
# Installs what is missing, builds the page, and serves it on localhost.
# PORT=8080 by default. Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
PORT="${PORT:-8080}"
echo "定点自查页面：http://127.0.0.1:${PORT}/"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
