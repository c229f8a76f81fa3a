#!/usr/bin/env bash
# Installs what a fresh machine lacks to build and test dingdian, skipping
# every step whose tool is already present at the right version.
# Facts behind each step: ../shared/reference/toolchain.md (never Debian's
# binaryen: its wasm-opt silently breaks the module; npm binaryen instead).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*"; }

WASM_PACK_VERSION=0.15.1
# wasm-bindgen-cli must equal the wasm-bindgen crate version in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for c in clippy rustfmt; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

if ! wasm-pack --version 2>/dev/null | grep -q "$WASM_PACK_VERSION"; then
  log "installing wasm-pack $WASM_PACK_VERSION (about 2 minutes)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: a locked dependency of the CLI is missing from the registry here.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Chromium for the browser tests; a CJK font so that screenshots show Chinese.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  log "installing Debian chromium, chromium-driver and a CJK font"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
fi

# Python icalendar: the second parser the calendar tests read .ics files with.
ICALENDAR_VERSION=7.3.2
if ! python3 -c "import icalendar, sys; sys.exit(icalendar.__version__ != '$ICALENDAR_VERSION')" 2>/dev/null; then
  log "installing python icalendar $ICALENDAR_VERSION"
  pip_install() { python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "$@" "icalendar==$ICALENDAR_VERSION"; }
  # A Debian-managed Python refuses plain installs (PEP 668).
  pip_install 2>/dev/null || pip_install --break-system-packages
fi

# pandas for the test that opens the batch summary as an analyst would
# (tests/cli_pandas.rs); the pip of this machine's python3, else Debian's.
if ! python3 -c 'import pandas' 2>/dev/null; then
  log "installing pandas"
  python3 -m pip install --quiet --disable-pip-version-check pandas 2>/dev/null \
    || { apt-get update -qq && apt-get install -y -qq python3-pandas >/dev/null; }
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages (binaryen, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

log "ready: $(wasm-pack --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(chromium --version 2>/dev/null | head -1)"
