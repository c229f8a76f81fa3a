// Embedding in a portal: the JS API on a portal page, the <dingdian-check>
// Web Component with its events and CSS custom properties, and the
// component inside an iframe — in headless Chromium, with no request beyond
// the page's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, root, artifacts } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const outside = [];
  const errors = [];
  context.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}embed/`);
  return { context, page, outside, errors };
}

test('the example portal calls the JS API and shows the cited result', async () => {
  const { context, page, outside, errors } = await open();
  await page.click('#run-api');
  await page.waitForFunction(() => document.getElementById('api-output').textContent.includes('不符合'));
  const text = await page.textContent('#api-output');
  assert.match(text, /江苏 第六条（一）「正式运营至少3个月」/);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Web Component renders the questionnaire, recomputes on an answer and emits its report', async () => {
  const { context, page, outside, errors } = await open();
  const component = page.locator('#component');
  await page.waitForFunction(() => document.getElementById('event-output').textContent.includes('南通'));
  const kind = component.locator('select[data-question="institution.kind"]');
  await kind.selectOption('clinic');
  await page.waitForFunction(() => document.getElementById('component').report?.findings
    .some((f) => f.rule_id === 'js.a5.kind-listed' && f.outcome === 'pass'));
  const verdict = await component.locator('.verdict').textContent();
  assert.match(verdict, /尚无法判断|暂不能申请|可以申请/);
  const profile = await page.evaluate(() => document.getElementById('component').profile);
  assert.equal(profile.jurisdiction, 'nantong');
  assert.equal(profile.institution.kind, 'clinic');
  const accent = await component.evaluate((el) =>
    getComputedStyle(el.shadowRoot.querySelector('.verdict')).borderLeftColor);
  assert.notEqual(accent, '', 'styled from the host page');
  await page.screenshot({ path: join(artifacts, 'embed.png'), fullPage: true });
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the component works inside an iframe with no special headers', async () => {
  const { context, page, outside, errors } = await open();
  const frame = page.frameLocator('#frame');
  await frame.locator('dingdian-check .verdict').waitFor();
  assert.match(await frame.locator('dingdian-check .verdict').textContent(), /吉林|尚无法判断|可以申请|暂不能申请/);
  const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
  assert.equal(isolated, false, 'runs without COOP/COEP');
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the example page passes axe-core', async () => {
  const { context, page } = await open({ bypassCSP: true });
  await page.waitForFunction(() => document.getElementById('event-output').textContent.includes('南通'));
  await page.evaluate(await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help}`), []);
  await context.close();
});
