#!/usr/bin/env bash
# Fuzzes the JSON entry points (api::check with everything drawn from a
# report, api::save/read_saved/verify/compare, api::questionnaire) and the
# batch's line reader on raw bytes (cli::run_batch), with cargo-fuzz (libFuzzer)
# for a fixed time, then prints the executions and any crash. Not part of
# scripts/test.sh (too slow); the crashes it finds become regression tests:
# each is copied to tests/fuzz-regressions/, which `cargo test` replays
# (tests/fuzz_regressions.rs).
#
#   bash scripts/fuzz.sh                 # 60 seconds
#   FUZZ_SECONDS=600 bash scripts/fuzz.sh
#
# cargo-fuzz needs nightly compiler flags; on the stable toolchain
# RUSTC_BOOTSTRAP=1 allows them (no nightly toolchain is needed).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds=${FUZZ_SECONDS:-60}
target=check
corpus=fuzz/corpus/$target
artifacts=fuzz/artifacts/$target

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] installing cargo-fuzz"
  cargo install cargo-fuzz --version 0.13.2
fi
export RUSTC_BOOTSTRAP=1

# Seed corpus: every example profile, each as of the date of the golden
# reports (first line: the as-of date; the rest: the profile).
mkdir -p "$corpus" "$artifacts"
for example in examples/*.json; do
  { echo 2026-11-22; cat "$example"; } >"$corpus/example-$(basename "$example")"
done
{ echo 2026-11-22; cat examples/batch.jsonl; } >"$corpus/example-batch"
for file in tests/fuzz-regressions/*; do
  [ -f "$file" ] && cp "$file" "$corpus/regression-$(basename "$file")"
done

# Dictionary: the profile's field names and values, from the JSON Schema.
dict=fuzz/target/$target.dict
mkdir -p fuzz/target
node -e '
  const schema = require("./schema/dingdian-profile-1.schema.json");
  const words = new Set(["\"format\"", "\"jurisdiction\"", "\"dingdian-profile/1\"",
    "\"dingdian-selfcheck/1\"", "\"as_of\"", "\"profile\"", "null", "true", "false",
    "\"2026-11-22\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"+262142-12-31\"", "4294967295"]);
  const walk = (node) => {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      words.add(JSON.stringify(key));
      walk(value);
    }
    for (const value of node.enum ?? []) words.add(JSON.stringify(value));
    walk(node.items);
  };
  walk(schema);
  for (const def of Object.values(schema.$defs ?? {})) walk(def);
  console.log([...words].map((w) => JSON.stringify(w)).join("\n"));
' >"$dict"

cargo fuzz build "$target" >/dev/null
log=fuzz/target/$target.log
before=$(find "$artifacts" -type f | wc -l)
started=$SECONDS
set +e
cargo fuzz run "$target" "$corpus" -- \
  -max_total_time="$seconds" -dict="$dict" -max_len=16384 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" >"$log" 2>&1
status=$?
set -e

runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
runs=${runs:-$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)}
echo "[fuzz] target $target: ${runs:-?} executions in $((SECONDS - started)) s (budget ${seconds} s), corpus $(find "$corpus" -type f | wc -l) inputs"

mapfile -t crashes < <(find "$artifacts" -type f -newer "$dict" | sort)
if [ "$status" -ne 0 ] || [ "${#crashes[@]}" -gt 0 ] || [ "$(find "$artifacts" -type f | wc -l)" -gt "$before" ]; then
  echo "[fuzz] CRASH (libFuzzer exit $status); the input is kept as a regression test:"
  grep -E 'panicked at|ERROR: |SUMMARY' "$log" | head -5 || true
  mkdir -p tests/fuzz-regressions
  for crash in "${crashes[@]}"; do
    cp "$crash" "tests/fuzz-regressions/$(basename "$crash")"
    echo "  tests/fuzz-regressions/$(basename "$crash")"
  done
  echo "[fuzz] log: $log"
  exit 1
fi
echo "[fuzz] no crash"
