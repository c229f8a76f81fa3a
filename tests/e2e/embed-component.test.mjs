// <dingdian-check> as portals deploy it (README.md, 嵌入门户): served from a
// sub-path, under the strict CSP the README documents (and failing with a
// Chinese `dingdian-error` when the CSP or the network refuses the
// engine), with the SRI hashes of integrity.json, inside a sandboxed iframe
// with the postMessage bridge, under a host with a 62.5% root font size and
// inherited text styles, with the `profile` setter, and against prototype
// pollution through the setter and the bridge.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { launch, root } from './harness.mjs';

const embed = join(root, 'dist/embed');
/** The CSP the README documents for a page that embeds the component from its own origin. */
const DOCUMENTED_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";
const SUB_PATH = '/static/portal/v2/dingdian/';

let server;
let browser;
const pages = new Map();

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json' };

/**
 * Serves the component's directory (dist/embed/) under several mounts —
 * SUB_PATH plain, /cors/ with Access-Control-Allow-Origin (for a sandboxed
 * iframe, whose origin is opaque), /cors-js-only/ with it on the scripts
 * only, /tampered/ with one byte of the wasm changed — and the test's own
 * pages (`pages`: path → {body, headers}).
 */
async function start() {
  const http = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const own = pages.get(path);
    if (own) {
      res.writeHead(200, { 'content-type': types[extname(path) || '.html'], ...own.headers });
      res.end(own.body);
      return;
    }
    const mount = [SUB_PATH, '/cors/', '/cors-js-only/', '/tampered/'].find((m) => path.startsWith(m));
    if (!mount) { res.writeHead(404).end(); return; }
    const file = normalize(join(embed, path.slice(mount.length)));
    if (!file.startsWith(embed) || !existsSync(file)) { res.writeHead(404).end(); return; }
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    if (mount === '/cors/' || (mount === '/cors-js-only/' && file.endsWith('.js'))) headers['access-control-allow-origin'] = '*';
    let body = readFileSync(file);
    if (mount === '/tampered/' && file.endsWith('.wasm')) {
      body = Buffer.from(body);
      body[body.length - 1] ^= 1;
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address();
  return { port, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => http.close(r)) };
}

before(async () => {
  server = await start();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A portal page at `path`: the component from `src`, a module script of the
 * portal's own that records the component's events in `window.events`, and
 * the CSP (if any) as an HTTP header.
 */
function portal(path, { src = `${SUB_PATH}dingdian-check.js`, csp = DOCUMENTED_CSP, head = '', style = '', element = '<dingdian-check jurisdiction="jilin" as-of="2026-11-22"></dingdian-check>' } = {}) {
  const script = `${path}.portal.js`;
  pages.set(script, {
    body: `window.events = [];
for (const type of ['dingdian-report', 'dingdian-error']) {
  document.addEventListener(type, (e) => window.events.push({ type, message: e.detail.message ?? null, label: e.detail.report?.conclusion.label ?? null }));
}`,
    headers: {},
  });
  pages.set(path, {
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title>
${head}<script src="${script}"></script><script type="module" src="${src}"></script>
${style ? `<link rel="stylesheet" href="${path}.css">` : ''}</head><body><main>${element}</main></body></html>`,
    headers: csp ? { 'content-security-policy': csp } : {},
  });
  if (style) pages.set(`${path}.css`, { body: style, headers: { 'content-type': 'text/css' } });
  return `${server.origin}${path}`;
}

async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors };
}

const firstEvent = (page) => page.waitForFunction(() => window.events?.[0], null, { timeout: 15_000 })
  .then(() => page.evaluate(() => window.events[0]));

test('served from a sub-path under the documented CSP, the component finds its engine beside itself', async () => {
  const { context, page, errors } = await open(portal('/a/portal.html'));
  const event = await firstEvent(page);
  assert.equal(event.type, 'dingdian-report', JSON.stringify(event));
  assert.match(event.label, /可以申请|暂不能申请|尚无法判断/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without wasm-unsafe-eval, or with connect-src closed, it says why in a dingdian-error event', async () => {
  for (const [csp, expected] of [
    ["default-src 'none'; script-src 'self'; connect-src 'self'", /内容安全策略.*'wasm-unsafe-eval'/],
    ["default-src 'none'; script-src 'self' 'wasm-unsafe-eval'", /未能加载自查引擎文件 dingdian_bg\.wasm.*connect-src/],
  ]) {
    const { context, page } = await open(portal(`/csp-${expected.source.length}.html`, { csp }));
    const event = await firstEvent(page);
    assert.equal(event.type, 'dingdian-error', csp);
    assert.match(event.message, expected, csp);
    const shown = await page.locator('dingdian-check .error').textContent();
    assert.equal(shown, event.message, 'the message is shown in the element too');
    assert.equal((await page.evaluate(() => document.querySelector('dingdian-check').error.message)), event.message);
    await context.close();
  }
});

test('with the SRI hashes of integrity.json the component loads; a changed wasm is refused with a dingdian-error', async () => {
  const hashes = JSON.parse(readFileSync(join(embed, 'integrity.json'), 'utf8'));
  const sri = (base) => `<link rel="modulepreload" href="${base}dingdian.js" integrity="${hashes['dingdian.js']}">`;
  const withSri = (base) => ({ src: `${base}dingdian-check.js" integrity="${hashes['dingdian-check.js']}`, head: sri(base) });
  {
    const { context, page, errors } = await open(portal('/sri.html', withSri(SUB_PATH)));
    assert.equal((await firstEvent(page)).type, 'dingdian-report');
    assert.deepEqual(errors, []);
    await context.close();
  }
  {
    const { context, page } = await open(portal('/sri-tampered.html', withSri('/tampered/')));
    const event = await firstEvent(page);
    assert.equal(event.type, 'dingdian-error');
    assert.match(event.message, /完整性校验值/);
    await context.close();
  }
});

test('in a sandboxed iframe the bridge hands the report to the portal, origin-checked both ways', async () => {
  const parent = server.origin;
  pages.set('/frame-bridge.html', {
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>自查</title>
<script type="module" src="${parent}/cors/dingdian-check.js"></script></head>
<body><dingdian-check jurisdiction="jilin" as-of="2026-11-22" parent-origin="${parent}"></dingdian-check></body></html>`,
    headers: { 'content-security-policy': `default-src 'none'; script-src ${parent} 'wasm-unsafe-eval'; connect-src ${parent}` },
  });
  pages.set('/frame-wrong-origin.html', {
    body: pages.get('/frame-bridge.html').body.replace(`parent-origin="${parent}"`, 'parent-origin="https://portal.example"'),
    headers: {},
  });
  pages.set('/frame-no-wasm.html', {
    body: pages.get('/frame-bridge.html').body.replace('/cors/', '/cors-js-only/'),
    headers: {},
  });
  pages.set('/bridge-portal.js', {
    body: `window.messages = [];
window.addEventListener('message', (event) => {
  for (const frame of document.querySelectorAll('iframe')) {
    // A sandboxed frame without allow-same-origin has the origin "null":
    // the portal checks the frame's window instead.
    if (event.source !== frame.contentWindow || event.origin !== 'null' || event.data?.source !== 'dingdian') continue;
    window.messages.push({ frame: frame.id, type: event.data.type, label: event.data.report?.conclusion.label ?? null,
      findings: event.data.report?.findings.length ?? null, message: event.data.message ?? null });
  }
});
document.getElementById('good').addEventListener('load', () => {});`,
    headers: {},
  });
  const url = portal('/bridge.html', {
    csp: null,
    src: '/bridge-portal.js',
    element: ['good:/frame-bridge.html', 'wrong:/frame-wrong-origin.html', 'nowasm:/frame-no-wasm.html']
      .map((f) => f.split(':')).map(([id, src]) => `<iframe id="${id}" sandbox="allow-scripts" src="${src}" title="${id}"></iframe>`).join(''),
  });
  const { context, page } = await open(url);
  await page.waitForFunction(() => window.messages.some((m) => m.frame === 'good' && m.type === 'report')
    && window.messages.some((m) => m.frame === 'nowasm'), null, { timeout: 15_000 });
  const error = await page.evaluate(() => window.messages.find((m) => m.frame === 'nowasm'));
  assert.equal(error.type, 'error');
  assert.match(error.message, /Access-Control-Allow-Origin/);
  // The portal sends a profile; the frame takes it only from its parent-origin.
  // (Counted before sending: the frame's answer may come back at once.)
  const before = await page.evaluate(() => window.messages.filter((m) => m.frame === 'good').length);
  await page.evaluate(() => {
    const frame = document.getElementById('good').contentWindow;
    frame.postMessage({ source: 'dingdian', type: 'profile', profile: { jurisdiction: 'jilin', institution: { kind: 'retail_pharmacy' } } }, '*');
  });
  await page.waitForFunction((n) => window.messages.filter((m) => m.frame === 'good').length > n, before, { timeout: 10_000 });
  const [first, last] = await page.evaluate(() => [window.messages.find((m) => m.frame === 'good'), window.messages.findLast((m) => m.frame === 'good')]);
  assert.equal(last.type, 'report');
  assert.notEqual(last.findings, first.findings, 'the report of the profile the portal sent');
  // A frame told another portal's origin posts nothing here.
  await page.waitForTimeout(300);
  const fromWrong = await page.evaluate(() => window.messages.filter((m) => m.frame === 'wrong'));
  assert.deepEqual(fromWrong, []);
  const wrongFrame = page.frame({ url: /frame-wrong-origin/ });
  assert.ok(await wrongFrame.evaluate(() => document.querySelector('dingdian-check').report !== null), 'the wrong-origin frame did run');
  await context.close();
});

test('the profile setter shows the new answers even when the questions stay the same', async () => {
  const { context, page } = await open(portal('/setter.html'));
  await firstEvent(page);
  const set = (name) => page.evaluate((n) => {
    document.querySelector('dingdian-check').profile = { jurisdiction: 'jilin', institution: { kind: 'retail_pharmacy', name: n } };
  }, name);
  const nameInput = page.locator('dingdian-check input[data-question="institution.name"]');
  await set('甲药店');
  assert.equal(await nameInput.inputValue(), '甲药店');
  const questions = await page.locator('dingdian-check [data-question]').count();
  await set('乙药店');
  assert.equal(await page.locator('dingdian-check [data-question]').count(), questions, 'the same questions');
  assert.equal(await nameInput.inputValue(), '乙药店');
  const kind = await page.locator('dingdian-check select[data-question="institution.kind"]').inputValue();
  assert.equal(kind, 'retail_pharmacy');
  await context.close();
});

test('a 62.5% root font size and the host\'s text styles do not reach into the component; every colour is themeable', async () => {
  const theme = {
    '--dingdian-accent': 'rgb(1, 2, 3)', '--dingdian-ink': 'rgb(4, 5, 6)', '--dingdian-muted': 'rgb(7, 8, 9)',
    '--dingdian-line': 'rgb(10, 11, 12)', '--dingdian-field-line': 'rgb(13, 14, 15)', '--dingdian-paper': 'rgb(16, 17, 18)',
    '--dingdian-field-paper': 'rgb(19, 20, 21)', '--dingdian-verdict-paper': 'rgb(22, 23, 24)',
    '--dingdian-pass': 'rgb(25, 26, 27)', '--dingdian-fail': 'rgb(28, 29, 30)',
  };
  const style = `html { font-size: 62.5%; }
body { font-size: 1.4rem; text-align: center; letter-spacing: 3px; word-spacing: 9px; text-transform: uppercase; text-indent: 40px; line-height: 3; font-style: italic; white-space: pre; }
dingdian-check.themed { ${Object.entries(theme).map(([k, v]) => `${k}: ${v};`).join(' ')} }`;
  const { context, page } = await open(portal('/rem.html', {
    style,
    csp: `${DOCUMENTED_CSP}; style-src 'self'`,
    element: '<dingdian-check jurisdiction="jilin" as-of="2026-11-22"></dingdian-check><dingdian-check class="themed" jurisdiction="nantong" as-of="2026-11-22"></dingdian-check>',
  }));
  await page.waitForFunction(() => window.events.filter((e) => e.type === 'dingdian-report').length >= 2, null, { timeout: 15_000 });
  const plain = await page.locator('dingdian-check').first().evaluate((host) => {
    const q = getComputedStyle(host.shadowRoot.querySelector('.question'));
    const legend = getComputedStyle(host.shadowRoot.querySelector('legend'));
    return { fontSize: q.fontSize, textAlign: q.textAlign, letterSpacing: q.letterSpacing, wordSpacing: q.wordSpacing,
      textTransform: q.textTransform, textIndent: q.textIndent, fontStyle: q.fontStyle, whiteSpace: q.whiteSpace,
      lineHeight: q.lineHeight, legendSize: legend.fontSize, host: getComputedStyle(host).fontSize };
  });
  assert.equal(plain.host, '16px');
  assert.equal(plain.fontSize, '14.72px', 'sized from the component, not from the root');
  assert.equal(plain.legendSize, '16px');
  assert.deepEqual(
    [plain.textAlign, plain.letterSpacing, plain.wordSpacing, plain.textTransform, plain.textIndent, plain.fontStyle, plain.whiteSpace],
    ['start', 'normal', '0px', 'none', '0px', 'normal', 'normal'],
  );
  const colours = await page.locator('dingdian-check.themed').evaluate((host) => {
    const s = (selector) => getComputedStyle(host.shadowRoot.querySelector(selector));
    return {
      ink: getComputedStyle(host).color, paper: getComputedStyle(host).backgroundColor,
      line: s('fieldset').borderTopColor, fieldLine: s('select').borderTopColor, fieldPaper: s('select').backgroundColor,
      verdictPaper: s('.verdict').backgroundColor, muted: s('.meta').color,
      verdictEdge: s('.verdict').borderLeftColor,
    };
  });
  assert.equal(colours.ink, theme['--dingdian-ink']);
  assert.equal(colours.paper, theme['--dingdian-paper']);
  assert.equal(colours.line, theme['--dingdian-line']);
  assert.equal(colours.fieldLine, theme['--dingdian-field-line']);
  assert.equal(colours.fieldPaper, theme['--dingdian-field-paper']);
  assert.equal(colours.verdictPaper, theme['--dingdian-verdict-paper']);
  assert.equal(colours.muted, theme['--dingdian-muted']);
  assert.ok([theme['--dingdian-accent'], theme['--dingdian-pass'], theme['--dingdian-fail']].includes(colours.verdictEdge));
  await context.close();
});

test('every colour of the component\'s styles is a custom property with a fallback', () => {
  const source = readFileSync(join(root, 'www/embed/dingdian-check.js'), 'utf8');
  const css = source.slice(source.indexOf('const STYLE = `'), source.indexOf('`;', source.indexOf('const STYLE = `')));
  const colours = css.replace(/var\(--dingdian-[a-z-]+, #[0-9a-f]{3,8}\)/gi, '').match(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/gi);
  assert.equal(colours, null, `hard-coded colours: ${colours}`);
});

test('__proto__ planted through the profile setter or the bridge never reaches Object.prototype', async () => {
  const { context, page } = await open(portal('/proto.html'));
  await firstEvent(page);
  const result = await page.evaluate(() => {
    const el = document.querySelector('dingdian-check');
    const attempts = [
      '{"__proto__":{"isAdmin":true}}',
      '{"jurisdiction":"jilin","institution":{"__proto__":{"isAdmin":true}}}',
      '{"jurisdiction":"jilin","constructor":{"prototype":{"isAdmin":true}}}',
      '{"jurisdiction":"jilin","institution":{"constructor":{"isAdmin":true}}}',
      '{"jurisdiction":"jilin","compliance":{"x":{"__proto__":{"isAdmin":true}}}}',
    ];
    const refused = [];
    for (const text of attempts) {
      const before = window.events.length;
      el.profile = JSON.parse(text);
      void el.profile; // the getter built objects from these keys before
      refused.push(window.events.slice(before).some((e) => e.type === 'dingdian-error' && /不允许使用/.test(e.message)));
    }
    window.postMessage({ source: 'dingdian', type: 'profile', profile: JSON.parse('{"__proto__":{"isAdmin":true}}') }, '*');
    return { refused, admin: ({}).isAdmin, own: Object.getOwnPropertyNames(Object.prototype).includes('isAdmin'),
      ctor: Object.isAdmin, profile: el.profile };
  });
  await page.waitForTimeout(100);
  assert.deepEqual(result.refused, [true, true, true, true, true]);
  assert.equal(result.admin, undefined);
  assert.equal(result.own, false);
  assert.equal(result.ctor, undefined);
  assert.equal(result.profile.jurisdiction, 'jilin', 'the answers stay as they were');
  assert.equal(await page.evaluate(() => ({}).isAdmin), undefined);
  await context.close();
});
