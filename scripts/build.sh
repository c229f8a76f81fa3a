#!/usr/bin/env bash
# Builds the wasm package (pkg/) and assembles the static page (dist/).
# Assumes the tools of scripts/setup.sh; fails fast instead of downloading.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

# pkg/: the full engine, the npm package. target/pkg-lite/: the same engine
# without the compliance self-audit (feature `audit`), which the page loads
# first; it fetches pkg-full/ when a designated institution's self-audit is
# chosen (www/app.js `withAudit`).
wasm-pack build --profile wasm-release --target web --out-dir pkg --mode no-install >/dev/null
# pkg/ as the npm package: exports (a `node` condition), Node entry, Web
# Component, schemas, licences, registry README, SRI hashes.
node scripts/package.mjs pkg
wasm-pack build --profile wasm-release --target web --out-dir target/pkg-lite --mode no-install \
  -- --no-default-features >/dev/null
rm -rf dist
mkdir -p dist/pkg dist/pkg-full
cp -R www/. dist/
cp target/pkg-lite/dingdian.js target/pkg-lite/dingdian_bg.wasm dist/pkg/
cp pkg/dingdian.js pkg/dingdian_bg.wasm dist/pkg-full/
# The component's directory is self-contained, as it is in the package: it
# finds the engine beside itself, so it can be served from any path. Not
# minified, so that the package's integrity.json holds for these copies.
cp pkg/dingdian-check.js pkg/dingdian.js pkg/dingdian_bg.wasm pkg/integrity.json dist/embed/
node scripts/build-single.mjs
# The served copies minified (the single file is built from the readable
# ones above): the page's size budget is for what it transfers.
for file in dist/app.js dist/text.js dist/more.js dist/style.css dist/pkg/dingdian.js dist/pkg-full/dingdian.js; do
  esbuild "$file" --minify --charset=utf8 --log-level=warning --outfile="$file" --allow-overwrite
done
printf '[build] dist/ ready: %s\n' "$(du -sh dist | cut -f1)"
