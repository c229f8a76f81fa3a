// The browser half of scripts/bench.sh: serves dist/ (and a bench page
// beside it) on 127.0.0.1, drives headless Debian Chromium with
// playwright-core, and prints the figures as JSON on standard output:
//
// - load: time from navigation to the page ready (body[data-ready]) and to
//   its first report rendered (#verdict), on a fresh browser context each
//   time (nothing cached);
// - check: a full check (engine.check, every rule of the jurisdiction, the
//   report crossing into JavaScript) timed run by run, median and p99;
// - json-rules-engine: the Jiangsu application conditions written for it
//   (bench/json-rules-engine/jiangsu.mjs, bundled by esbuild) on the same
//   profiles in the same page, beside dingdian's time.
//
// The server sends the cross-origin isolation headers so that
// performance.now() has its fine resolution (5 µs rather than 100 µs).
//
//   node bench/browser.mjs [--runs 1000] [--loads 15]
import { createServer } from 'node:http';
import { readFile, mkdtemp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const benchDir = join(root, 'target/bench');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = option('runs', 1000);
const LOADS = option('loads', 15);
const AS_OF = '2026-11-22';
const FULL_CHECK = ['nantong-hospital.json', 'jilin-pharmacy.json'];
// Compliance self-audits, checked by the full engine the page loads on demand.
const AUDIT_CHECK = ['nantong-centre-audit.json', 'jilin-pharmacy-audit.json'];
const JIANGSU = ['nantong-hospital.json', 'jiangsu-clinic.json'];

// The json-rules-engine rules, bundled for the browser.
execFileSync(join(root, 'node_modules/.bin/esbuild'), [
  join(root, 'bench/json-rules-engine/jiangsu.mjs'), '--bundle', '--format=esm', '--platform=browser',
  '--minify', `--outfile=${join(benchDir, 'jre.js')}`, '--log-level=warning',
]);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

const BENCH_PAGE = `<!doctype html><meta charset="utf-8"><title>dingdian bench</title>
<script type="module">
import init, * as engine from '/pkg/dingdian.js';
import initFull, * as full from '/pkg-full/dingdian.js';
import * as jre from '/__bench/jre.js';
await init();
await initFull();
window.engine = engine;
window.full = full;
window.jre = jre;
document.body.dataset.ready = 'true';
</script><body></body>`;

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const headers = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cache-control': 'no-store',
  };
  if (path === '/__bench/' || path === '/__bench/index.html') {
    res.writeHead(200, { ...headers, 'content-type': types['.html'] }).end(BENCH_PAGE);
    return;
  }
  const base = path.startsWith('/__bench/') ? benchDir : dist;
  const relative = path.startsWith('/__bench/') ? path.slice('/__bench'.length) : path;
  const file = normalize(join(base, relative.endsWith('/') ? `${relative}index.html` : relative));
  if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
  try {
    const body = await readFile(file);
    res.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
});

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { runs: sorted.length, median: at(0.5), p99: at(0.99), min: sorted[0], max: sorted[sorted.length - 1] };
}

try {
  // Navigation to the first report, each time in a fresh context.
  const ready = [];
  const firstReport = [];
  for (let i = 0; i < LOADS; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (window.__firstReport === undefined && document.getElementById('verdict')) {
          window.__firstReport = performance.now();
        }
        if (window.__ready === undefined && document.body?.dataset.ready === 'true') {
          window.__ready = performance.now();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('#verdict');
    const times = await page.evaluate(() => ({ report: window.__firstReport, ready: window.__ready }));
    firstReport.push(times.report);
    ready.push(times.ready);
    await context.close();
  }

  // The engine itself, in one page.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}__bench/`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  const profile = async (name) => JSON.parse(await readFile(join(root, 'examples', name), 'utf8'));
  const isolated = await page.evaluate(() => window.crossOriginIsolated);

  const check = {};
  for (const [name, which] of [...FULL_CHECK.map((n) => [n, 'engine']), ...AUDIT_CHECK.map((n) => [n, 'full'])]) {
    const samples = await page.evaluate(({ p, runs, asOf, which }) => {
      const engine = window[which];
      const text = JSON.stringify(p);
      for (let i = 0; i < 50; i += 1) engine.check(text, asOf);
      const out = [];
      let findings = 0;
      for (let i = 0; i < runs; i += 1) {
        const t0 = performance.now();
        const result = engine.check(text, asOf);
        out.push(performance.now() - t0);
        findings = result.value.findings.length;
      }
      return { out, findings };
    }, { p: await profile(name), runs: RUNS, asOf: AS_OF, which });
    check[name] = { ...stats(samples.out), findings: samples.findings, engine: which === 'full' ? 'full engine' : 'page engine' };
  }

  // Choosing the self-audit on the page: the full engine fetched, started and the audit rendered.
  const auditLoad = [];
  for (let i = 0; i < LOADS; i += 1) {
    const fresh = await browser.newContext();
    const tab = await fresh.newPage();
    await tab.goto(url);
    await tab.waitForSelector('body[data-ready="true"]');
    const t0 = await tab.evaluate(() => performance.now());
    await tab.selectOption('#input-application\\.kind', 'designated');
    await tab.waitForSelector('#findings [data-group="compliance"]');
    auditLoad.push((await tab.evaluate(() => performance.now())) - t0);
    await fresh.close();
  }

  const comparison = {};
  for (const name of JIANGSU) {
    const result = await page.evaluate(async ({ p, runs, asOf }) => {
      const text = JSON.stringify(p);
      const rules = window.jre.jiangsuEngine();
      for (let i = 0; i < 50; i += 1) {
        window.engine.check(text, asOf);
        await window.jre.checkJiangsu(rules, p, asOf);
      }
      const ours = [];
      const theirs = [];
      let agree = 0;
      for (let i = 0; i < runs; i += 1) {
        let t0 = performance.now();
        const report = window.engine.check(text, asOf).value;
        ours.push(performance.now() - t0);
        t0 = performance.now();
        const outcomes = await window.jre.checkJiangsu(rules, p, asOf);
        theirs.push(performance.now() - t0);
        if (i === 0) {
          agree = window.jre.RULE_IDS.every((id) => report.findings.find((f) => f.rule_id === id)?.outcome === outcomes[id]);
        }
      }
      return { ours, theirs, agree, rules: window.jre.RULE_IDS.length };
    }, { p: await profile(name), runs: RUNS, asOf: AS_OF });
    const ours = stats(result.ours);
    const theirs = stats(result.theirs);
    comparison[name] = {
      dingdian: ours,
      jsonRulesEngine: theirs,
      ratioMedian: theirs.median / ours.median,
      ratioP99: theirs.p99 / ours.p99,
      sameOutcomes: result.agree,
      rules: result.rules,
    };
  }
  await context.close();

  console.log(JSON.stringify({
    chromium: browser.version(),
    crossOriginIsolated: isolated,
    load: { loads: LOADS, ready: stats(ready), firstReport: stats(firstReport), audit: stats(auditLoad) },
    check,
    comparison,
  }, null, 2));
} finally {
  await browser.close();
  server.close();
}
