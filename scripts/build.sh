#!/usr/bin/env bash
# Builds the wasm package (pkg/) and assembles the static page (dist/).
# Assumes the tools of scripts/setup.sh; fails fast instead of downloading.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

wasm-pack build --release --target web --out-dir pkg --mode no-install >/dev/null
rm -rf dist
mkdir -p dist/pkg
cp -R www/. dist/
cp pkg/dingdian.js pkg/dingdian_bg.wasm dist/pkg/
printf '[build] dist/ ready: %s\n' "$(du -sh dist | cut -f1)"
node scripts/build-single.mjs
