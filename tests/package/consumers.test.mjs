// The npm package as portal developers use it: `npm pack` pkg/, install the
// tarball into small consumer projects (tests/consumers/: esbuild, Vite 5,
// Vite 8, webpack 5, plain Node ESM), bundle each with its tool (pinned in
// the repository's devDependencies), and run what comes out in Node and in
// headless Chromium. Every run must give the same report as the engine
// itself, and the Web Component bundled with it must report too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, 'target/consumers');
const consumers = ['esbuild', 'vite5', 'vite8', 'webpack', 'node'];

let tarball;
let expected;
let browser;

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work, join(root, 'pkg')], root));
  tarball = join(work, packed[0].filename);
  // What the engine itself says, through pkg/ (the profile of tests/consumers/shared/check.js).
  const engine = await import(join(root, 'pkg/dingdian-node.js'));
  const profile = { jurisdiction: 'jilin', institution: { name: '示例药店', kind: 'retail_pharmacy' } };
  const report = engine.check(profile, '2026-11-22').value;
  expected = ['success', report.conclusion.label, report.findings.length, engine.catalogVersion()].join('|');
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** A fresh copy of the consumer with the shared sources and the packed package installed. */
function prepare(name) {
  const dir = join(work, name);
  cpSync(join(root, 'tests/consumers', name), dir, { recursive: true });
  cpSync(join(root, 'tests/consumers/shared'), join(dir, 'src'), { recursive: true });
  run('npm', ['install', '--no-save', '--no-package-lock', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], dir);
  return dir;
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm' };

async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Opens the consumer's page in Chromium; its JS API result and the component's report. */
async function inChromium(dist) {
  const server = typeof dist === 'string' ? await serve(dist) : dist;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById('result').textContent
      && document.getElementById('component').textContent, null, { timeout: 15_000 });
    return {
      result: await page.textContent('#result'),
      component: await page.textContent('#component'),
      errors,
    };
  } finally {
    await context.close();
    await server.close();
  }
}

for (const name of consumers) {
  test(`${name}: the packed package works in Node and in Chromium`, async () => {
    const dir = prepare(name);
    run(process.execPath, ['build.mjs'], dir);
    const nodeEntry = name === 'node' ? 'src/node.js'
      : join('dist-node', readdirSync(join(dir, 'dist-node')).find((f) => /\.m?js$/.test(f)));
    const inNode = run(process.execPath, [nodeEntry], dir).trim();
    assert.equal(inNode, expected, `${name} in Node`);
    if (name === 'node') return;
    const wasm = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.wasm'));
    assert.equal(wasm.length, 1, `${name} ships the wasm once: ${wasm.join(', ')}`);
    const browserRun = await inChromium(join(dir, 'dist'));
    assert.equal(browserRun.result, expected, `${name} in Chromium`);
    assert.match(browserRun.component, /^report\|(可以申请|暂不能申请|尚无法判断)$/, `${name}: the component`);
    assert.deepEqual(browserRun.errors, []);
  });
}

// The dev servers, which load the package unbundled (Vite pre-bundles it):
// Vite 5 with the one line of tests/consumers/vite5/vite.config.js, Vite 8
// with no configuration.
for (const name of ['vite5', 'vite8']) {
  test(`${name}: the dev server serves the package`, async () => {
    const dir = join(work, name);
    if (!existsSync(join(dir, 'node_modules/dingdian'))) prepare(name);
    const { createServer } = await import(name);
    const here = process.cwd();
    process.chdir(dir);
    const server = await createServer({ root: dir, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
    try {
      await server.listen();
      const url = server.resolvedUrls.local[0];
      const browserRun = await inChromium({ url, close: async () => {} });
      assert.equal(browserRun.result, expected, `${name} dev server`);
      assert.match(browserRun.component, /^report\|/);
    } finally {
      await server.close();
      process.chdir(here);
    }
  });
}
