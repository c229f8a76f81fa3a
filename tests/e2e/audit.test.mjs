// The compliance self-audit of a designated institution on the page: the
// full engine is fetched only when the self-audit is chosen, indicators are
// entered as numerator and denominator with the arithmetic shown, failed
// items show what they risk, and the 整改 list puts the gravest risk first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, reveal, root, artifacts } from './harness.mjs';

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
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  const outside = [];
  const errors = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.url)) outside.push(r.url()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  const done = async () => {
    assert.deepEqual(outside, [], 'requests beyond the page\'s own files');
    assert.deepEqual(errors, [], 'script errors on the page');
    await context.close();
  };
  return { page, done };
}

const fullEngineRequested = () => server.requests.some((p) => p.startsWith('/pkg-full/'));

/** Waits until the full engine is in and the report shows the self-audit. */
async function auditReport(page) {
  await page.waitForSelector('body:not([data-loading])');
  await page.waitForSelector('#findings [data-group="compliance"]');
}

/** Opens an example as a saved self-check, through the page's file picker, and waits for the audit. */
async function openExample(page, name) {
  const profile = JSON.parse(await readFile(join(root, 'examples', name), 'utf8'));
  await page.setInputFiles('#open-file', {
    name: 'audit.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'dingdian-selfcheck/1', as_of: '2026-11-22', profile })),
  });
  await auditReport(page);
}

test('the full engine is fetched after the first report, while idle, and the self-audit judges an indicator with its arithmetic', async () => {
  server.requests.length = 0;
  const { page, done } = await open();
  // The first report comes from the small engine; the full one follows while the browser is idle.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/pkg-full/dingdian_bg.wasm')));
  const order = await page.evaluate(() => {
    const entry = (part) => performance.getEntriesByType('resource').find((e) => e.name.includes(part));
    return { lite: entry('/pkg/dingdian_bg.wasm').startTime, full: entry('/pkg-full/dingdian_bg.wasm').startTime, ready: window.dingdianReadyAt };
  });
  assert.ok(order.full > order.ready && order.ready > order.lite, JSON.stringify(order));
  assert.equal(fullEngineRequested(), true);
  await page.selectOption('#jurisdiction', 'nantong');
  await page.fill('#as-of', '2026-11-22');
  await page.check('input[name="door"][value="audit"]');
  await auditReport(page);
  assert.equal(fullEngineRequested(), true, 'the full engine is fetched when the self-audit is chosen');
  // A clinic: 基层; a clinic has no beds, so the inpatient question is not
  // asked and no inpatient item follows.
  await reveal(page, 'institution.kind');
  await page.selectOption('#input-institution\\.kind', 'clinic');
  await page.waitForFunction(() => !document.getElementById('q-compliance.nt_extra_bed_rate'));
  // 处方合格率 ≥95%: 949 of 1000 fails, with the arithmetic shown.
  await reveal(page, 'compliance.nt_prescription_pass_rate');
  await page.fill('#input-compliance\\.nt_prescription_pass_rate-numerator', '949');
  await page.fill('#input-compliance\\.nt_prescription_pass_rate-denominator', '1000');
  const finding = page.locator('#findings .finding', { hasText: '949 ÷ 1000' });
  await finding.waitFor({ state: 'attached' });
  assert.equal(await finding.getAttribute('data-outcome'), 'fail');
  assert.match(await finding.textContent(), /94\.9%/);
  assert.match(await finding.textContent(), /违约后果/);
  // Exactly on the boundary: 95 of 100 passes.
  await page.fill('#input-compliance\\.nt_prescription_pass_rate-numerator', '95');
  await page.fill('#input-compliance\\.nt_prescription_pass_rate-denominator', '100');
  const boundary = page.locator('#findings .finding', { hasText: '95 ÷ 100 = 95%' });
  await boundary.waitFor({ state: 'attached' });
  assert.equal(await boundary.getAttribute('data-outcome'), 'pass');
  // A zero denominator needs information, never a crash or a pass.
  await page.fill('#input-compliance\\.nt_prescription_pass_rate-denominator', '0');
  const zero = page.locator('#findings .finding', { hasText: '分母为 0' });
  await zero.waitFor({ state: 'attached' });
  assert.equal(await zero.getAttribute('data-outcome'), 'needs_information');
  // A part that is not a number is named next to the field.
  await page.fill('#input-compliance\\.nt_prescription_pass_rate-denominator', 'abc');
  await page.locator('[id="q-compliance.nt_prescription_pass_rate"] .field-error').waitFor();
  assert.match(await page.textContent('#input-error'), /「处方合格率（含外配处方）」的分母填写有误/);
  assert.doesNotMatch(await page.textContent('#input-error'), /denominator|numerator|compliance\./);
  await page.fill('#input-compliance\\.nt_prescription_pass_rate-denominator', '1000');
  await done();
});

test('a Nantong self-audit from a saved file: the verdict, risks and the 整改 list by risk', async () => {
  const { page, done } = await open();
  await openExample(page, 'nantong-centre-audit.json');
  await page.waitForSelector('#verdict[data-may-apply="no"]');
  assert.match(await page.textContent('#verdict'), /存在未落实项/);
  assert.match(await page.textContent('#verdict'), /合规自查/);
  assert.doesNotMatch(await page.textContent('#conclusion'), /null|undefined/);
  // The 整改 list: gravest risk first (高, 中, 低), each with its risk.
  const grades = await page.$$eval('#fix-list .fix .grade', (nodes) => nodes.map((n) => n.className.match(/grade-(\w+)/)[1]));
  const order = ['low', 'medium', 'high'];
  const ranks = grades.map((s) => order.indexOf(s));
  assert.ok(ranks.length > 2, `several items to act on: ${grades}`);
  assert.deepEqual(ranks, [...ranks].sort((a, b) => b - a), 'gravest first');
  // A failed item's risks: the tier, the amounts and the article.
  const rate = page.locator('#findings .finding[data-rule="nt.a16.p4.prescription-pass-rate"]');
  assert.equal(await rate.getAttribute('data-outcome'), 'fail');
  assert.match(await rate.textContent(), /949 ÷ 1000 = 94\.9%/);
  const risks = await rate.locator('.risks').textContent();
  assert.match(risks, /南通协议 第六十四条/);
  assert.match(risks, /支付甲方2000元违约金/);
  assert.match(risks, /若乙方不立即纠正整改或再次违反规定：向甲方支付5000元违约金并限期暂停整改/);
  assert.match(risks, /违规费用×1，不足2000元按2000元计，最高5万元/);
  // The damages worked out by the engine for an amount in breach: 1500 yuan × 1 is below the floor.
  const calculator = rate.locator('[data-calculator="nt.a65.t65-2#2"]');
  await calculator.locator('[data-damages-base]').fill('1500');
  await page.waitForFunction(() => document.querySelector('#findings [data-rule="nt.a16.p4.prescription-pass-rate"] [data-calculator="nt.a65.t65-2#2"] output').textContent.includes('2000元'));
  await calculator.locator('[data-damages-base]').fill('80000');
  await page.waitForFunction(() => document.querySelector('#findings [data-rule="nt.a16.p4.prescription-pass-rate"] [data-calculator="nt.a65.t65-2#2"] output').textContent.includes('5万元'));
  await calculator.locator('[data-damages-base]').fill('-3');
  await page.waitForFunction(() => document.querySelector('#findings [data-rule="nt.a16.p4.prescription-pass-rate"] [data-calculator="nt.a65.t65-2#2"] output').textContent.includes('金额（元）'));
  // The gravest: settling for other institutions, termination and a 3-year bar.
  assert.match(await page.textContent('#fix-list li:first-child'), /解除/);
  await page.locator('#report').screenshot({ path: join(artifacts, 'nantong-audit-report.png') });
  await done();
});

test('the self-audit views pass axe-core (WCAG 2 A and AA)', async () => {
  const { page, done } = await open({ bypassCSP: true });
  await page.evaluate(await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  await openExample(page, 'nantong-centre-audit.json');
  await page.click('#step-list [data-goto^="part-conduct"]');
  const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  const problems = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0].target})`);
  assert.deepEqual(problems, []);
  await done();
});
