// The page's size budget: what dist/index.html transfers (its HTML and the
// JavaScript, CSS and wasm it loads, followed from the HTML; the
// single-file build is not part of it) stays within its budget (scripts/page-size.mjs).
// Runs after the page build (scripts/test.sh) and prints the figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGET, ON_DEMAND_BUDGET, describe, kb, pageTransfer } from '../../scripts/page-size.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('the served page transfers within its budget, gzipped', () => {
  const transfer = pageTransfer(dist);
  const table = describe(transfer);
  console.log(`[size] dist/index.html and what it loads:\n${table}`);
  const names = transfer.files.map((f) => f.file);
  for (const expected of ['index.html', 'app.js', 'pkg/dingdian.js', 'pkg/dingdian_bg.wasm']) {
    assert.ok(names.includes(expected), `the page loads ${expected}: ${names.join(', ')}`);
  }
  assert.ok(!names.includes('dingdian-single.html'), 'the single-file build is not part of the page');
  assert.ok(
    transfer.gzip <= BUDGET,
    `the page transfers ${kb(transfer.gzip)} gzipped, over the budget of ${kb(BUDGET)}:\n${table}`,
  );
});

test('the full engine is fetched only on demand, within its own ceiling', () => {
  const transfer = pageTransfer(dist);
  const names = transfer.files.map((f) => f.file);
  assert.ok(!names.includes('pkg-full/dingdian_bg.wasm'), 'the full engine is not loaded with the page');
  const full = transfer.onDemand.find((d) => d.entry === 'pkg-full/dingdian.js');
  assert.ok(full, `app.js imports pkg-full/dingdian.js on demand: ${JSON.stringify(transfer.onDemand)}`);
  assert.ok(full.files.some((f) => f.file === 'pkg-full/dingdian_bg.wasm'), 'with its wasm');
  assert.ok(
    full.gzip <= ON_DEMAND_BUDGET,
    `the full engine transfers ${kb(full.gzip)} gzipped, over its ceiling of ${kb(ON_DEMAND_BUDGET)}`,
  );
});

test('the single-file build is reported beside it', (t) => {
  const single = join(dist, 'dingdian-single.html');
  if (!existsSync(single)) {
    t.skip('dist/dingdian-single.html not built');
    return;
  }
  const bytes = readFileSync(single);
  const line = `dingdian-single.html: ${kb(statSync(single).size)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzipped`;
  t.diagnostic(line);
  console.log(`[size] ${line}`);
});
