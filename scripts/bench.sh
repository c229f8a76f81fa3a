#!/usr/bin/env bash
# Measures dingdian and prints the figures (not a test: nothing here passes
# or fails on a number). One command:
#
#   bash scripts/bench.sh             # builds what it needs first
#   BENCH_RUNS=1000 BENCH_LOADS=15 BENCH_PROFILES=20000 bash scripts/bench.sh
#   bash scripts/bench.sh native      # the native rows only
#   BENCH_BASELINE=/tmp/dingdian-old BENCH_BASELINE_EXAMPLES=/old/checkout/examples bash scripts/bench.sh native   # and a baseline binary's
#   BENCH_BEFORE=/path/to/older/dist bash scripts/bench.sh   # rows as before → after
#
# - the machine it ran on;
# - size: what the served page transfers (HTML + JS + CSS + wasm), raw and
#   gzipped, file by file, and the single-file build;
# - speed in headless Chromium: navigation to the first report rendered, a
#   full check (all rules of a jurisdiction) median and p99 over BENCH_RUNS
#   runs, and json-rules-engine on the Jiangsu application conditions in the
#   same page, as a ratio to dingdian's time (bench/browser.mjs);
# - the browser rows of issue 18's table, one line each (bench/rows.mjs),
#   among them answer → updated report on a self-audit step with the CPU
#   slowed ×4; with BENCH_BEFORE set to another build's dist/, the same
#   rows measured for it in the same run, as "before → after";
# - speed natively: profiles checked per second on one core by
#   `dingdian batch` on a generated JSONL of BENCH_PROFILES profiles, with
#   full reports and with the compact output (`--findings fail`); the
#   release binary is built for speed (opt-level 3, Cargo.toml).
#
# The figures are also written to target/bench/latest.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

runs=${BENCH_RUNS:-1000}
loads=${BENCH_LOADS:-15}
profiles=${BENCH_PROFILES:-20000}
answers=${BENCH_ANSWERS:-100}
out=target/bench/latest.txt
mkdir -p target/bench


report() {
  echo "dingdian benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
  echo
  echo "## Machine"
  echo "CPU:      $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "cores:    $(nproc) (of which the native figure uses one)"
  echo "memory:   $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "OS:       $(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
  echo "tools:    $(rustc --version), node $(node --version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  echo

  echo "## Size"
  echo "The served page (dist/index.html and what it loads):"
  node scripts/page-size.mjs dist | sed 's/^/  /'
  if [ -f dist/dingdian-single.html ]; then
    node -e '
      const { readFileSync } = require("node:fs");
      const { gzipSync } = require("node:zlib");
      const b = readFileSync("dist/dingdian-single.html");
      console.log(`Single-file build (dist/dingdian-single.html): ${(b.length / 1000).toFixed(1)} KB raw, ${(gzipSync(b, { level: 9 }).length / 1000).toFixed(1)} KB gzipped`);'
  else
    echo "Single-file build (dist/dingdian-single.html): not built"
  fi
  echo

  echo "## Speed in the browser (headless Chromium, ${runs} runs each)"
  node bench/browser.mjs --runs "$runs" --loads "$loads" --answers "$answers" >target/bench/browser.json
  if [ -n "${BENCH_BEFORE:-}" ]; then
    # An older build is checked with the examples of its own commit
    # (BENCH_BEFORE_EXAMPLES; by default examples/ beside its dist/).
    node bench/browser.mjs --runs "$runs" --loads "$loads" --answers "$answers" --dist "$BENCH_BEFORE" \
      --examples "${BENCH_BEFORE_EXAMPLES:-$BENCH_BEFORE/../examples}" >target/bench/browser-before.json
  fi
  node -e '
    const r = JSON.parse(require("node:fs").readFileSync("target/bench/browser.json", "utf8"));
    const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
    console.log(`Chromium ${r.chromium}; timer resolution ${r.crossOriginIsolated ? "5 µs (cross-origin isolated)" : "100 µs"}`);
    console.log(`Page load, fresh context each time (${r.load.loads} loads): page ready median ${ms(r.load.ready.median)}, first report rendered median ${ms(r.load.firstReport.median)} (min ${ms(r.load.firstReport.min)}, max ${ms(r.load.firstReport.max)})`);
    console.log(`Choosing the self-audit (定点后), fresh context each time: full engine fetched, started and the audit rendered, median ${ms(r.load.audit.median)} (min ${ms(r.load.audit.min)}, max ${ms(r.load.audit.max)})`);
    for (const [name, s] of Object.entries(r.check)) {
      console.log(`Full check ${name} (${s.findings} findings, ${s.engine}): median ${ms(s.median)}, p99 ${ms(s.p99)}`);
    }
    console.log("json-rules-engine 7.3.1, the 24 Jiangsu application conditions (bench/json-rules-engine/jiangsu.mjs), same page, same profiles:");
    for (const [name, c] of Object.entries(r.comparison)) {
      console.log(`  ${name}: json-rules-engine median ${ms(c.jsonRulesEngine.median)}, p99 ${ms(c.jsonRulesEngine.p99)}; dingdian (full check, all ${"rules"}) median ${ms(c.dingdian.median)}, p99 ${ms(c.dingdian.p99)}; ratio ${c.ratioMedian.toFixed(1)}× (median), ${c.ratioP99.toFixed(1)}× (p99); same outcomes: ${c.sameOutcomes ? "yes" : "NO"}`);
    }'
  echo

  echo "## Issue 18's browser rows${BENCH_BEFORE:+ (before → after; before: $BENCH_BEFORE)}"
  if [ -n "${BENCH_BEFORE:-}" ]; then
    node bench/rows.mjs target/bench/browser.json dist target/bench/browser-before.json "$BENCH_BEFORE"
  else
    node bench/rows.mjs target/bench/browser.json dist
  fi
  echo

  native_rows
}

# The native rows: profiles per second on one core (taskset -c 0) for the
# full JSONL reports and for the compact output (--findings fail), best of
# three. BENCH_BASELINE=/path/to/dingdian adds the same rows for another
# binary (e.g. one built before a change), for before/after figures.
native_rows() {
  echo "## Speed natively (dingdian batch, one core)"
  # Profiles generated from a directory of examples, each in turn with its
  # own name and a varied bed count.
  generate() {
    node -e '
    const { readFileSync, readdirSync, writeFileSync } = require("node:fs");
    const [dir, out, count] = process.argv.slice(1);
    const examples = readdirSync(dir).filter((f) => f.endsWith(".json")).sort()
      .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8")));
    const lines = [];
    for (let i = 0; i < Number(count); i += 1) {
      const p = structuredClone(examples[i % examples.length]);
      p.institution = { ...(p.institution ?? {}), name: `机构${i}` };
      if (typeof p.institution.beds === "number") p.institution.beds = (p.institution.beds + i) % 400;
      lines.push(JSON.stringify(p));
    }
    writeFileSync(out, lines.join("\n") + "\n");' "$1" "$2" "$profiles"
  }
  generate examples target/bench/profiles.jsonl
  pin=()
  if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi
  # One row: the binary, its label, the output, the profiles and extra arguments.
  row() {
    local binary=$1 label=$2 output=$3 input=$4
    shift 4
    local best="" start elapsed
    rm -f target/bench/summary.csv
    for _ in 1 2 3; do
      start=$(date +%s%N)
      "${pin[@]}" "$binary" batch "$input" --as-of 2026-11-22 \
        --summary target/bench/summary.csv "$@" >target/bench/results.jsonl || [ $? -eq 1 ]
      elapsed=$(( $(date +%s%N) - start ))
      rm -f target/bench/summary.csv
      if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
    done
    local lines bytes
    lines=$(wc -l <target/bench/results.jsonl)
    bytes=$(wc -c <target/bench/results.jsonl)
    awk -v n="$profiles" -v ns="$best" -v lines="$lines" -v bytes="$bytes" -v pinned="${pin[*]:-no pinning}" \
      -v label="$label" -v output="$output" 'BEGIN {
      printf "Native batch, one core, %s (%s): %.0f profiles per second (%d profiles, the examples in turn, in %.2f s, best of 3, %s); %d result lines, %.1f KB a profile\n",
        output, label, n / (ns / 1e9), n, ns / 1e9, pinned, lines, bytes / n / 1000 }'
  }
  row target/release/dingdian "opt-level 3" "full reports" target/bench/profiles.jsonl
  row target/release/dingdian "opt-level 3" "compact output (--findings fail)" target/bench/profiles.jsonl --findings fail
  if [ -n "${BENCH_BASELINE:-}" ]; then
    # Both binaries on profiles the baseline can read: the examples of its
    # own commit (BENCH_BASELINE_EXAMPLES), whose fields the current reader
    # also knows.
    generate "${BENCH_BASELINE_EXAMPLES:-examples}" target/bench/profiles-baseline.jsonl
    row "$BENCH_BASELINE" "baseline $BENCH_BASELINE" "full reports, baseline's examples" target/bench/profiles-baseline.jsonl
    row target/release/dingdian "opt-level 3" "full reports, baseline's examples" target/bench/profiles-baseline.jsonl
    if "$BENCH_BASELINE" batch --help 2>/dev/null | grep -q -- --findings; then
      row "$BENCH_BASELINE" "baseline $BENCH_BASELINE" "compact output (--findings fail), baseline's examples" target/bench/profiles-baseline.jsonl --findings fail
    else
      echo "Native batch, one core, compact output (baseline $BENCH_BASELINE): none (no --findings)"
    fi
    row target/release/dingdian "opt-level 3" "compact output (--findings fail), baseline's examples" target/bench/profiles-baseline.jsonl --findings fail
  fi
}

if [ "${1:-}" = native ]; then
  cargo build --release --locked --quiet
  mkdir -p target/bench
  native_rows | tee target/bench/native.txt
  exit 0
fi

bash scripts/setup.sh >/dev/null
echo "[bench] building the page (target/wasm) and the release binary" >&2
CARGO_TARGET_DIR=target/wasm bash scripts/build.sh >target/bench/build.log 2>&1 || { cat target/bench/build.log >&2; exit 1; }
cargo build --release --locked --quiet
report | tee "$out"
echo "[bench] written to $out" >&2
