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
// - answer: answer → updated report on a self-audit step (the Nantong
//   community centre's obligations), with Chromium's CPU slowed ×4
//   (Emulation.setCPUThrottlingRate) and unslowed: from the click's input
//   event to the end of the task that handles it, so that every update the
//   click causes counts, whatever the page does with it.
//
// The server sends the cross-origin isolation headers so that
// performance.now() has its fine resolution (5 µs rather than 100 µs).
// `--dist` serves another build of the page (e.g. an older commit's) for a
// before/after comparison on one machine.
//
//   node bench/browser.mjs [--runs 1000] [--loads 15] [--answers 100] [--dist DIR] [--examples DIR]
import { createServer } from 'node:http';
import { readFile, mkdtemp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const distAt = process.argv.indexOf('--dist');
const dist = distAt > 0 ? process.argv[distAt + 1] : join(root, 'dist');
// The example profiles the build is checked with: an older build must get
// the examples of its own commit (a newer example has fields it refuses).
const examplesAt = process.argv.indexOf('--examples');
const examples = examplesAt > 0 ? process.argv[examplesAt + 1] : join(root, 'examples');
const benchDir = join(root, 'target/bench');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = option('runs', 1000);
const LOADS = option('loads', 15);
const ANSWERS = option('answers', 100);
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
  return { runs: sorted.length, median: at(0.5), p95: at(0.95), p99: at(0.99), min: sorted[0], max: sorted[sorted.length - 1] };
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
  const profile = async (name) => JSON.parse(await readFile(join(examples, name), 'utf8'));
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

  // Choosing the self-audit on the page: the full engine fetched, started and the audit rendered,
  // right after the page is ready, and once the browser has been idle (when the page preloads it).
  const chooseAudit = async (tab) => {
    if (await tab.$('input[name="door"][value="audit"]')) await tab.check('input[name="door"][value="audit"]');
    else await tab.selectOption('#input-application\\.kind', 'designated');
  };
  const auditLoad = [];
  const auditIdle = [];
  for (let i = 0; i < LOADS; i += 1) {
    for (const idle of [false, true]) {
      const fresh = await browser.newContext();
      const tab = await fresh.newPage();
      await tab.goto(url);
      await tab.waitForSelector('body[data-ready="true"]');
      if (idle) await tab.waitForTimeout(1500);
      const t0 = await tab.evaluate(() => performance.now());
      await chooseAudit(tab);
      await tab.waitForSelector('#findings [data-group="compliance"]', { state: 'attached' });
      (idle ? auditIdle : auditLoad).push((await tab.evaluate(() => performance.now())) - t0);
      await fresh.close();
    }
  }

  // Answer → updated report on a self-audit step, CPU slowed ×4 and not.
  const answer = {};
  for (const rate of [4, 1]) {
    const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const tab = await fresh.newPage();
    await tab.goto(url);
    await tab.waitForSelector('body[data-ready="true"]');
    await tab.setInputFiles('#open-file', {
      name: 'audit.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'dingdian-selfcheck/1', as_of: AS_OF, profile: await profile('nantong-centre-audit.json') })),
    });
    await tab.waitForSelector('#findings [data-group="compliance"]', { state: 'attached' });
    await tab.waitForTimeout(500);
    const steps = await tab.$$eval('#step-list button', (n) => n.map((x) => x.dataset.goto));
    const step = steps.find((s) => s.startsWith('part-obligations-nt')) ?? steps.find((s) => s === 'audit');
    await tab.click(`#step-list [data-goto="${step}"]`);
    const ids = await tab.$$eval(`#step-${step} fieldset.question`, (n) => n.map((x) => x.dataset.id)
      .filter((id) => document.querySelector(`input[type="radio"][name="${id}"][value="true"]`)));
    await tab.evaluate(() => {
      window.benchTimes = [];
      const start = (event) => {
        if (window.benchStart !== undefined) return;
        window.benchStart = event.timeStamp;
        setTimeout(() => {
          window.benchTimes.push(performance.now() - window.benchStart);
          window.benchStart = undefined;
        }, 0);
      };
      document.addEventListener('input', start, true);
      document.addEventListener('change', start, true);
    });
    const cdp = await fresh.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // Answers alternate 否 and 是 on the step's questions (one an answer hides is passed over).
    for (let i = 0, done = 0; done < ANSWERS && i < ANSWERS * 3; i += 1) {
      const radio = `#step-${step} input[name="${ids[i % ids.length]}"][value="${Math.floor(i / ids.length) % 2 ? 'true' : 'false'}"]`;
      if (!(await tab.locator(radio).isVisible())) continue;
      await tab.check(radio);
      await tab.waitForTimeout(rate * 60);
      done += 1;
    }
    answer[`x${rate}`] = stats(await tab.evaluate(() => window.benchTimes));
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
    load: { loads: LOADS, ready: stats(ready), firstReport: stats(firstReport), audit: stats(auditLoad), auditIdle: stats(auditIdle) },
    answer,
    check,
    comparison,
  }, null, 2));
} finally {
  await browser.close();
  server.close();
}
