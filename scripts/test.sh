#!/usr/bin/env bash
# Runs every test of dingdian, installing first whatever this machine lacks
# (scripts/setup.sh). This is the test command of README.md and of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh

passed=0
step() {
  local name=$1
  shift
  printf '\n[test] %s: %s\n' "$name" "$*"
  local started=$SECONDS
  "$@"
  printf '[test] %s ok (%ss)\n' "$name" "$((SECONDS - started))"
  passed=$((passed + 1))
}

step "format" cargo fmt --all -- --check
step "clippy native" cargo clippy --locked --all-targets -- -D warnings
step "clippy wasm32" cargo clippy --locked --target wasm32-unknown-unknown --lib -- -D warnings
# The page's first engine: the same crate without the self-audit (feature `audit`).
step "clippy wasm32 lite" cargo clippy --locked --target wasm32-unknown-unknown --lib --no-default-features -- -D warnings
step "native tests" cargo test --locked
step "node tests" node --test tests/node/
step "wasm tests" wasm-pack test --node --mode no-install -- --locked --test wasm
step "page build" bash scripts/build.sh
step "package tests" node --test tests/package/
step "browser tests" node --test tests/e2e/

printf '\n[test] all %d steps passed\n' "$passed"
