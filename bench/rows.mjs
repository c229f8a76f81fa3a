// The browser rows of issue 18's table, one line each, from the figures of
// bench/browser.mjs (and, with a second pair of arguments, an older build's
// figures beside them: "before → after", measured in one run on one machine).
//
//   node bench/rows.mjs AFTER.json DIST [BEFORE.json BEFORE_DIST]
import { readFileSync } from 'node:fs';
import { pageTransfer, kb } from '../scripts/page-size.mjs';

const [afterJson, afterDist, beforeJson, beforeDist] = process.argv.slice(2);
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const after = { r: read(afterJson), size: pageTransfer(afterDist) };
const before = beforeJson ? { r: read(beforeJson), size: pageTransfer(beforeDist) } : null;

const ms = (x) => (x === undefined ? '—' : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const full = (size) => size.onDemand.find((d) => d.entry === 'pkg-full/dingdian.js');
const audit = (r, name) => r.check[name] ?? {};

const rows = [
  ['first report after navigation (median)', 'goal ≤ 150 ms', (x) => ms(x.r.load.firstReport.median)],
  ['full engine fetched, started and audit rendered on choosing 定点后 (median)', 'goal ≤ 100 ms, or 0 perceived',
    (x) => `${ms(x.r.load.audit.median)} right after load; ${x.r.load.auditIdle ? ms(x.r.load.auditIdle.median) : '—'} once idle (preloaded)`],
  ['full check, application phase (median)', 'goal ≤ 0.25 ms',
    (x) => ['nantong-hospital.json', 'jilin-pharmacy.json'].map((n) => `${n.replace('.json', '')} ${ms(audit(x.r, n).median)}`).join(', ')],
  ['full self-audit check, Nantong centre (median / p99)', 'goal ≤ 1 / 2 ms',
    (x) => `${ms(audit(x.r, 'nantong-centre-audit.json').median)} / ${ms(audit(x.r, 'nantong-centre-audit.json').p99)}`],
  ['answer → updated report, audit step, CPU throttled ×4 (p95)', 'goal ≤ 50 ms',
    (x) => (x.r.answer ? `${ms(x.r.answer.x4.p95)} (median ${ms(x.r.answer.x4.median)}; unthrottled p95 ${ms(x.r.answer.x1.p95)})` : 'not measured')],
  ['page on load (gz)', 'goal ≤ 200 KB', (x) => kb(x.size.gzip)],
  ['full engine (gz)', 'goal ≤ 250 KB', (x) => (full(x.size) ? kb(full(x.size).gzip) : '—')],
  ['ratio to json-rules-engine, same checks, same page (median)', 'goal ≥ 10×',
    (x) => Object.entries(x.r.comparison).map(([n, c]) => `${n.replace('.json', '')} ${c.ratioMedian.toFixed(1)}×`).join(', ')],
];

for (const [name, goal, value] of rows) {
  console.log(`${name}: ${before ? `${value(before)} → ` : ''}${value(after)} (${goal})`);
}
