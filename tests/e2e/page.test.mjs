// The page end to end in headless Chromium: a user fills it in and reads
// the result; nothing is requested beyond the page's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, flatten, answer, reveal, root, artifacts } from './harness.mjs';

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
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  return { context, page, outside, errors };
}

async function example(name) {
  return JSON.parse(await readFile(join(root, 'examples', name), 'utf8'));
}

test('a Nantong hospital filled in on the page may apply, with every finding cited', async () => {
  const { context, page, outside, errors } = await open();
  const profile = await example('nantong-hospital.json');
  await page.selectOption('#jurisdiction', profile.jurisdiction);
  await page.fill('#as-of', '2026-11-22');
  const answers = flatten(profile);
  delete answers.format;
  delete answers.jurisdiction;
  await answer(page, answers);
  await page.waitForSelector('#verdict[data-may-apply="yes"]');
  const verdict = await page.textContent('#verdict');
  assert.match(verdict, /可以申请/);
  const operating = page.locator('[data-rule="js.a6.i1.operating-3-months"]');
  assert.match(await operating.textContent(), /江苏 第六条（一）/);
  assert.match(await operating.textContent(), /「正式运营至少3个月」/);
  await page.screenshot({ path: join(artifacts, 'nantong-may-apply.png'), fullPage: true });

  // A later start of operation turns the answer, with the date it becomes possible.
  await reveal(page, 'institution.operating_since');
  await page.fill('#input-institution\\.operating_since', '2026-09-01');
  await page.waitForSelector('#verdict[data-may-apply="no"]');
  assert.equal(await operating.getAttribute('data-outcome'), 'fail');
  assert.match(await operating.textContent(), /2026年12月2日/);
  assert.deepEqual(outside, [], 'requests beyond the page\'s own files');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a finding opens its whole article, offline from the page itself', async () => {
  const { context, page } = await open();
  await page.selectOption('#jurisdiction', 'jilin');
  await page.locator('[data-rule="jl.a14.i1.operating-3-months"] button[data-article]').click();
  const dialog = page.locator('#article-dialog');
  await dialog.waitFor({ state: 'visible' });
  assert.match(await page.textContent('#article-title'), /吉林省医药机构医疗保障协议管理经办规程（试行）》第十四条/);
  assert.match(await page.textContent('#article-text'), /正式运营至少3个月/);
  await page.click('#article-dialog button');
  await context.close();
});

test('a bad value is refused naming the field, and the answers survive a reload', async () => {
  const { context, page } = await open();
  await page.selectOption('#jurisdiction', 'jiangsu');
  await reveal(page, 'institution.beds');
  await page.fill('#input-institution\\.beds', '-5');
  const alert = page.locator('#input-error');
  await alert.waitFor({ state: 'visible' });
  assert.match(await alert.textContent(), /「床位数」填写有误：请填写不小于 0 的整数/);
  assert.doesNotMatch(await alert.textContent(), /institution\.beds/);
  assert.equal(await page.getAttribute('#input-institution\\.beds', 'aria-invalid'), 'true');
  await page.fill('#input-institution\\.beds', '30');
  await alert.waitFor({ state: 'hidden' });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.inputValue('#jurisdiction'), 'jiangsu');
  assert.equal(await page.inputValue('#input-institution\\.beds'), '30');
  await context.close();
});

test('the page passes axe-core accessibility checks', async () => {
  const { context, page } = await open({ bypassCSP: true });
  const profile = await example('jiangsu-clinic.json');
  await page.selectOption('#jurisdiction', profile.jurisdiction);
  await page.evaluate(await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  const problems = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the deadlines export as an .ics file that a real calendar parser reads', async () => {
  const { context, page, outside } = await open({ acceptDownloads: true });
  await page.selectOption('#jurisdiction', 'jiangsu');
  await page.fill('#as-of', '2026-11-22');
  await page.selectOption('#input-application\\.kind', 'renewal');
  await reveal(page, 'procedure.agreement_expires_on');
  await page.fill('#input-procedure\\.agreement_expires_on', '2027-03-31');
  await page.waitForSelector('#timeline:not([hidden])');
  assert.match(await page.textContent('#timeline-list'), /2026-12-31 提出续签申请的最迟日/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-ics')]);
  const text = await readFile(await download.path(), 'utf8');
  const { default: ICAL } = await import('ical.js');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  const renewal = events.find((e) => e.summary.startsWith('提出续签申请的最迟日'));
  assert.ok(renewal, `events: ${events.map((e) => e.summary).join(' | ')}`);
  assert.equal(renewal.startDate.toString(), '2026-12-31');
  assert.ok(renewal.startDate.isDate, 'an all-day event');
  assert.match(renewal.description, /江苏 第三十六条/);
  assert.deepEqual(outside, []);
  await context.close();
});

test('the materials checklist prints on its own: 序号, 份数, 原件或复印件, 盖章; unticked is 未核对, not 不符合', async () => {
  const { context, page } = await open();
  await page.evaluate(() => { window.print = () => {}; });
  await page.selectOption('#jurisdiction', 'jiangsu');
  await page.selectOption('#input-application\\.kind', 'new_designation');
  await reveal(page, 'materials.application_form');
  await page.check('#input-materials\\.application_form');
  await page.waitForSelector('[data-rule="js.a8.i1.application-form"][data-outcome="pass"]');
  // Not yet ticked: not checked yet, never a red 不符合.
  const licence = page.locator('[data-rule="js.a8.i2.licence-copy"]');
  assert.equal(await licence.getAttribute('data-outcome'), 'needs_information');
  assert.equal(await licence.locator('.badge').textContent(), '未核对');
  assert.match(await page.textContent('#nav-materials .step-count'), /均可不答/);
  assert.equal(await page.getAttribute('#nav-materials', 'class'), 'complete', 'a step of optional questions can be complete');
  await page.click('#print-checklist');
  await page.waitForSelector('#sheet table', { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const shown = async (selector) => page.$eval(selector, (n) => getComputedStyle(n).display !== 'none');
  assert.equal(await shown('#sheet'), true);
  assert.equal(await shown('.workspace'), false);
  assert.equal(await shown('.questions'), false);
  assert.deepEqual(await page.$$eval('#sheet th', (n) => n.map((x) => x.textContent)), ['序号', '材料', '份数', '原件或复印件', '盖章', '核对']);
  const rows = await page.$$eval('#sheet tbody tr', (n) => n.map((r) => [...r.cells].map((c) => c.textContent)));
  assert.equal(rows[0][0], '1');
  assert.ok(rows.some((r) => r[3] === '复印件'), JSON.stringify(rows));
  assert.ok(rows.some((r) => r[5] === '☑ 已备') && rows.some((r) => r[5] === '☐ 未核对'), JSON.stringify(rows));
  const header = await page.textContent('#print-header');
  assert.match(header, /医保定点申请材料清单/);
  assert.match(header, /申请类别\s*新增定点/);
  assert.match(header, /机构类别/);
  await page.pdf({ path: join(artifacts, 'materials-checklist.pdf'), format: 'A4' });
  await context.close();
});
