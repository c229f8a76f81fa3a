#!/usr/bin/env bash
# Measures the peak memory (RSS) of `dingdian batch` on a long input, to
# show that the batch streams: its memory must not grow with the number of
# lines (goal: ≤ 64 MB for 1,000,000 lines). Not part of scripts/test.sh
# (minutes); tests/cli_io.rs runs a short version in CI.
#
#   bash scripts/batch-memory.sh                  # 1,000,000 lines, full reports
#   LINES=100000 FINDINGS=fail bash scripts/batch-memory.sh
#
# The profiles (the examples in turn, each with its own name) are generated
# into a pipe, so nothing large is written to disk; results and summary go
# to /dev/null.
set -euo pipefail
cd "$(dirname "$0")/.."

lines=${LINES:-1000000}
findings=${FINDINGS:-}
cargo build --release --locked --quiet
binary=${BINARY:-target/release/dingdian}

generate() {
  node -e '
    const { readFileSync, readdirSync } = require("node:fs");
    const examples = readdirSync("examples").filter((f) => f.endsWith(".json")).sort()
      .map((f) => JSON.parse(readFileSync(`examples/${f}`, "utf8")));
    const count = Number(process.argv[1]);
    let i = 0;
    const chunk = () => {
      let out = "";
      for (let n = 0; n < 2000 && i < count; n += 1, i += 1) {
        const p = structuredClone(examples[i % examples.length]);
        p.institution = { ...(p.institution ?? {}), name: `机构${i}` };
        out += JSON.stringify(p) + "\n";
      }
      if (out && !process.stdout.write(out)) process.stdout.once("drain", chunk);
      else if (out) setImmediate(chunk);
    };
    chunk();' "$lines"
}

args=(batch - --as-of 2026-11-22 --summary /dev/null --force)
if [ -n "$findings" ]; then args+=(--findings "$findings"); fi
log=$(mktemp)
started=$(date +%s%N)
generate | /usr/bin/time -v "$binary" "${args[@]}" >/dev/null 2>"$log" || [ $? -eq 1 ]
elapsed=$(( $(date +%s%N) - started ))
rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$log")
status=$(awk -F: '/Exit status/ {gsub(/ /, "", $2); print $2}' "$log")
awk -v n="$lines" -v kb="$rss" -v ns="$elapsed" -v f="${findings:-full reports}" -v s="$status" 'BEGIN {
  printf "dingdian batch, %d lines (%s): peak RSS %.1f MB, %.0f s, exit %s\n", n, f, kb / 1024, ns / 1e9, s }'
rm -f "$log"
