// The page as an insurance office uses it, in headless Chromium: the guided
// walk, the summary and details, files in and out, printing, comparing two
// self-checks, keyboard and screen-reader use, and the layouts. Every test
// also checks that nothing is requested beyond the page's own files.
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

async function open({ viewport = { width: 1280, height: 800 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true, ...options });
  const page = await context.newPage();
  const outside = [];
  const errors = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  // Content-Security-Policy violations and failed loads show here (the deliberate one is to port 9).
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('127.0.0.1:9/')) errors.push(m.text()); });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  const done = async () => {
    assert.deepEqual(outside, [], 'requests beyond the page\'s own files');
    assert.deepEqual(errors, [], 'script errors on the page');
    await context.close();
  };
  return { context, page, done };
}

async function example(name) {
  return JSON.parse(await readFile(join(root, 'examples', name), 'utf8'));
}

/** A saved self-check file, as the page's "保存自查文件" writes it (the engine accepts partial profiles). */
function savedFile(name, profile, asOf) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'dingdian-selfcheck/1', as_of: asOf, profile })) };
}

/** Opens a saved self-check through the page's own file picker. */
async function openSaved(page, file) {
  await page.setInputFiles('#open-file', file);
  await page.waitForSelector('#file-status.ok, #file-status.error');
}

async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, bytes: await readFile(path) };
}

/** RFC 4180 CSV, as Excel reads it. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The nested profile from the page's stored draft (question ids are JSON paths). */
async function storedProfile(page) {
  await page.waitForFunction(() => {
    const id = sessionStorage.getItem('dingdian.current');
    return id && localStorage.getItem(`dingdian.draft.v2.${id}`);
  });
  // Typing waits for a pause and saving follows the report: wait until nothing is pending.
  await page.waitForSelector('body:not([data-pending])', { state: 'attached' });
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem(`dingdian.draft.v2.${sessionStorage.getItem('dingdian.current')}`)).state);
  const profile = { jurisdiction: stored.jurisdiction };
  for (const [id, value] of Object.entries(stored.answers)) {
    const parts = id.split('.');
    let node = profile;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {});
    node[parts.at(-1)] = value;
  }
  return { profile, asOf: stored.asOf, answers: stored.answers };
}

const visibleFindings = (page) => page.$$eval('#findings .finding', (nodes) =>
  nodes.filter((n) => n.offsetParent !== null).map((n) => n.dataset.outcome));

test('the guided walk: steps from the engine\'s sections, progress per step, one step at a time', async () => {
  const { page, done } = await open();
  await page.selectOption('#jurisdiction', 'jiangsu');
  await page.fill('#as-of', '2026-11-22');
  const steps = await page.$$eval('#step-list button', (nodes) => nodes.map((n) => n.dataset.goto));
  assert.deepEqual(steps, ['place', 'institution', 'conditions', 'materials', 'deadlines']);
  assert.equal(await page.getAttribute('#step-list [aria-current="step"]', 'data-goto'), 'place');
  assert.equal(await page.locator('.step:visible').count(), 1);
  assert.match(await page.textContent('#nav-place .step-count'), /已答 0\/1/);

  // Exactly the engine's questions, in its order, and nothing else.
  await page.selectOption('#input-application\\.kind', 'new_designation');
  assert.match(await page.textContent('#nav-place .step-count'), /已答 1\/1/);
  assert.equal(await page.getAttribute('#nav-place', 'class'), 'complete');
  const { profile } = await storedProfile(page);
  const asked = await page.evaluate(async (p) => {
    const engine = await import('./pkg/dingdian.js');
    return engine.questionnaire(p).value.flatMap((g) => g.questions.map((q) => q.id));
  }, profile);
  const shown = await page.$$eval('[id^="q-"]', (nodes) => nodes.map((n) => n.id.slice(2)));
  assert.deepEqual(shown, asked);

  // Next moves on and puts the keyboard focus on the new step's heading.
  await page.click('#next-step');
  assert.equal(await page.getAttribute('#step-list [aria-current="step"]', 'data-goto'), 'institution');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step-institution-title');
  assert.equal(await page.isVisible('[id="q-institution.beds"]'), true);
  assert.equal(await page.isVisible('[id="q-staff.insurance_staff"]'), false);

  // An answer can add questions (100 beds and more: the insurance department), and the counts follow.
  const before = await page.textContent('#nav-conditions .step-count');
  await page.fill('#input-institution\\.beds', '150');
  await page.waitForSelector('[id="q-staff.insurance_department"]', { state: 'attached' });
  const after = await page.textContent('#nav-conditions .step-count');
  const total = (text) => Number(text.match(/\/(\d+)/)[1]);
  assert.equal(total(after), total(before) + 2, `${before} → ${after}`);
  assert.match(await page.textContent('#step-institution-progress'), /本步已答 1 问，共 \d+ 问/);
  await page.fill('#input-institution\\.name', '苏州市某医院');
  await page.selectOption('#input-institution\\.kind', 'general_hospital');
  await page.screenshot({ path: join(artifacts, 'guided-step.png') });

  // Previous goes back; the answers are kept.
  await page.click('#prev-step');
  assert.equal(await page.getAttribute('#step-list [aria-current="step"]', 'data-goto'), 'place');
  await page.click('#step-list [data-goto="institution"]');
  assert.equal(await page.inputValue('#input-institution\\.beds'), '150');
  await done();
});

test('a questionnaire section the page does not know gets a step of its own, titled by the engine', async () => {
  // The engine of a later release, with a section this page has never heard of.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(`${server.url}pkg/dingdian.js`, async (route) => {
    const glue = await readFile(join(root, 'dist/pkg/dingdian.js'), 'utf8');
    const body = `${glue.replace('export function questionnaire(', 'function engineQuestionnaire(')}
export function questionnaire(profile) {
  const result = engineQuestionnaire(profile);
  if (result.type === 'success') {
    const at = result.value.findIndex((g) => g.section === 'procedure');
    result.value.splice(at < 0 ? result.value.length : at, 0, { section: 'compliance', title: '内部合规管理', questions: [
      { id: 'compliance.quarterly_self_audit', label: '是否每季度开展医保基金使用自查', help: '', kind: { type: 'yes_no' }, asked_by: [] }] });
  }
  return result;
}`;
    await route.fulfill({ body, contentType: 'text/javascript; charset=utf-8' });
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.selectOption('#jurisdiction', 'jiangsu');
  const steps = await page.$$eval('#step-list button', (nodes) => nodes.map((n) => n.dataset.goto));
  assert.deepEqual(steps, ['place', 'institution', 'conditions', 'materials', 'section-compliance', 'deadlines']);
  assert.match(await page.textContent('#nav-section-compliance'), /第 5 步：内部合规管理，已答 0\/1/);
  await page.click('#step-list [data-goto="section-compliance"]');
  assert.equal(await page.isVisible('[id="q-compliance.quarterly_self_audit"]'), true);
  assert.match(await page.textContent('#step-section-compliance-title'), /第 5 步（共 6 步）：内部合规管理/);
  await context.close();
});

test('a Jilin retail pharmacy completed from the page alone may apply', async () => {
  const { page, done } = await open();
  await page.selectOption('#jurisdiction', 'jilin');
  await page.fill('#as-of', '2026-11-22');
  const yes = (ids) => Object.fromEntries(ids.map((id) => [id, true]));
  const no = (ids) => Object.fromEntries(ids.map((id) => [id, false]));
  const answers = {
    'application.kind': 'new_designation',
    'institution.name': '长春市某大药房',
    'institution.kind': 'retail_pharmacy',
    ...yes(['institution.other_conditions_met', 'systems.finance', 'systems.statistics_information',
      'it.connected', 'it.direct_settlement', 'it.national_codes', 'it.uploads_traceability_codes', 'it.uploads_inventory']),
    'it.interface_standard': 'in_place',
    ...yes(['pharmacy.drug_management_system', 'pharmacy.staff_management_system', 'pharmacy.settlement_system',
      'pharmacy.drug_trading_licence', 'pharmacy.physical_store', 'pharmacy.pharmacist_qualified',
      'pharmacy.classified_storage', 'pharmacy.insurance_drug_labels', 'pharmacy.drug_database',
      'pharmacy.application_matches_licences']),
    'pharmacy.operating_at_address_since': '2025-10-01',
    'pharmacy.pharmacist_contract_start': '2025-09-01',
    'pharmacy.pharmacist_contract_end': '2028-08-31',
    'pharmacy.pharmacist_is_administrator': false,
    'pharmacy.insurance_administrators': 2,
    'pharmacy.administrator_1_contract_start': '2025-09-01',
    'pharmacy.administrator_1_contract_end': '2027-08-31',
    'pharmacy.administrator_2_contract_start': '2026-03-01',
    'pharmacy.administrator_2_contract_end': '2027-03-31',
    ...no(['history.unfulfilled_administrative_penalty', 'history.fraudulent_application', 'history.terminated_for_violation',
      'history.terminated_for_breach', 'history.leader_caused_termination', 'history.leader_dishonest',
      'history.other_refusal_ground', 'history.falsified_materials']),
    'history.assessment': 'none',
    ...yes(['materials.application_form', 'materials.internal_systems_text', 'materials.finance_system_text',
      'materials.it_system_materials', 'materials.fund_forecast_report', 'materials.other_local_materials',
      'materials.drug_trading_licence_copy', 'materials.business_licence_copy', 'materials.legal_representative_id_copy',
      'materials.pharmacist_certificate_and_contract', 'materials.insurance_staff_contracts']),
  };
  await answer(page, answers);
  await page.waitForSelector('#verdict[data-may-apply="yes"]');
  assert.match(await page.textContent('#verdict'), /可以申请/);
  // Every question the engine asked was answered, step by step.
  for (const step of await page.$$eval('#step-list button', (nodes) => nodes.map((n) => n.dataset.goto))) {
    if (step === 'deadlines') continue; // dates of a procedure not yet begun
    const [answered, asked] = (await page.textContent(`#nav-${step} .step-count`)).match(/(\d+)\/(\d+)/).slice(1);
    assert.equal(answered, asked, `step ${step}`);
  }
  // The pharmacy questions replace the hospital ones; the kind stays so that it can be changed back.
  assert.equal(await page.locator('[id="q-institution.beds"]').count(), 0);
  assert.equal(await page.inputValue('#input-institution\\.kind'), 'retail_pharmacy');
  assert.equal(await page.locator('#fix-list li').count(), 0);
  await page.locator('#report').screenshot({ path: join(artifacts, 'jilin-pharmacy-report.png') });
  await done();
});

test('errors are named next to the field and in an alert, and the alert leads to the field', async () => {
  const { page, done } = await open();
  await page.selectOption('#jurisdiction', 'guangdong');
  await reveal(page, 'institution.beds');
  await page.fill('#input-institution\\.beds', '十');
  const inline = page.locator('[id="q-institution.beds"] .field-error');
  await inline.waitFor();
  // Plain Chinese: the question's words and what it takes, never the field path or a type name.
  assert.match(await inline.textContent(), /「床位数」填写有误：请填写不小于 0 的整数，如 260（现填「十」）/);
  assert.doesNotMatch(await page.textContent('#input-error'), /institution\.beds|integer|string|[a-z]+\.[a-z]+/);
  const describedBy = await page.getAttribute('#input-institution\\.beds', 'aria-describedby');
  assert.ok(describedBy.split(' ').includes(await inline.getAttribute('id')), describedBy);
  assert.equal(await page.getAttribute('#input-error', 'role'), 'alert');
  assert.equal(await page.isVisible('#report-stale'), true);
  await page.click('#step-list [data-goto="place"]');
  await page.click('#input-error [data-show="institution.beds"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'input-institution.beds');
  await page.fill('#input-institution\\.beds', '10');
  await page.locator('#input-error').waitFor({ state: 'hidden' });
  assert.equal(await inline.count(), 0);
  assert.equal(await page.getAttribute('#input-institution\\.beds', 'aria-invalid'), null);

  // A stored answer the engine refuses, to a question no longer asked, is set aside with a notice: the page is not locked.
  await storedProfile(page);
  await page.evaluate(() => {
    const key = `dingdian.draft.v2.${sessionStorage.getItem('dingdian.current')}`;
    const stored = JSON.parse(localStorage.getItem(key));
    stored.state.answers['pharmacy.insurance_administrators'] = -1;
    stored.state.answers['institution.retired_question'] = true;
    localStorage.setItem(key, JSON.stringify(stored));
  });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.isVisible('#input-error'), false, 'no error locks the page');
  const notice = await page.textContent('#set-aside');
  assert.match(notice, /1 项回答属于本版本没有的问题/);
  assert.match(notice, /1 项回答本版本无法使用，已放在一旁/);
  await reveal(page, 'institution.beds');
  assert.equal(await page.inputValue('#input-institution\\.beds'), '10');
  await page.click('#set-aside-drop');
  await page.locator('#set-aside').waitFor({ state: 'detached' });

  // The date too.
  await page.click('#step-list [data-goto="place"]');
  await page.evaluate(() => {
    const input = document.getElementById('as-of');
    input.type = 'text';
    input.value = '2026-02-30';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  assert.match(await page.textContent('#setup .field-error'), /自查日期无效：请选择一个有效的日期/);
  assert.equal(await page.getAttribute('#as-of', 'aria-invalid'), 'true');
  await done();
});

test('save, clear and open again: the same answers and the same verdict; CSV export for Excel', async () => {
  const { page, done } = await open();
  const profile = await example('nantong-hospital.json');
  await page.selectOption('#jurisdiction', profile.jurisdiction);
  await page.fill('#as-of', '2026-11-22');
  const answers = flatten(profile);
  delete answers.format;
  delete answers.jurisdiction;
  await answer(page, answers);
  await page.waitForSelector('#verdict[data-may-apply="yes"]');
  const verdict = await page.textContent('#verdict');
  const before = (await storedProfile(page)).answers;

  const saved = await downloadOf(page, () => page.click('#save-file'));
  assert.equal(saved.name, '南通市某综合医院-预检-2026-11-22.json', 'named after the institution and the date');
  const file = JSON.parse(saved.bytes.toString('utf8'));
  assert.equal(file.format, 'dingdian-selfcheck/1');
  assert.equal(file.as_of, '2026-11-22');
  assert.equal(file.profile.institution.name, '南通市某综合医院');

  const csv = await downloadOf(page, () => page.click('#export-csv'));
  assert.equal(csv.name, '南通市某综合医院-逐条结论-2026-11-22.csv');
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark for Excel');
  const rows = parseCsv(csv.bytes.subarray(3).toString('utf8'));
  assert.deepEqual(rows[0].slice(0, 3), ['分组', '结果', '规则编号']);
  assert.equal(rows.length - 1, await page.locator('#findings .finding').count());
  const operating = rows.find((r) => r[2] === 'js.a6.i1.operating-3-months');
  assert.equal(operating[1], '符合');
  assert.ok(rows.slice(1).every((r) => r.length === rows[0].length));

  await page.click('#draft-delete');
  await page.click('#draft-delete');
  await page.waitForSelector('#verdict:not([data-may-apply="yes"])');
  await reveal(page, 'institution.name');
  assert.equal(await page.inputValue('#input-institution\\.name'), '');

  await page.click('#step-list [data-goto="place"]');
  await page.fill('#as-of', '2026-01-01');
  await openSaved(page, { name: saved.name, mimeType: 'application/json', buffer: saved.bytes });
  assert.match(await page.textContent('#file-status'), /已打开「南通市某综合医院-预检-2026-11-22\.json」/);
  await page.waitForSelector('#verdict[data-may-apply="yes"]');
  assert.equal(await page.textContent('#verdict'), verdict);
  assert.equal(await page.inputValue('#as-of'), '2026-11-22');
  assert.equal(await page.inputValue('#jurisdiction'), 'nantong');
  assert.deepEqual((await storedProfile(page)).answers, before);
  await reveal(page, 'institution.name');
  assert.equal(await page.inputValue('#input-institution\\.name'), '南通市某综合医院');

  // Opening can be undone: back to the answers before (here: none).
  await page.click('#undo-open');
  await page.waitForSelector('#verdict:not([data-may-apply="yes"])');
  assert.equal(await page.inputValue('#as-of'), '2026-01-01');
  await openSaved(page, { name: saved.name, mimeType: 'application/json', buffer: saved.bytes });
  await page.waitForSelector('#verdict[data-may-apply="yes"]');

  // And a reload keeps it all.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.textContent('#verdict'), verdict);
  await done();
});

test('a bad file is refused with the reason, and the answers on the page stay as they were', async () => {
  const { page, done } = await open();
  await page.selectOption('#jurisdiction', 'jiangsu');
  await page.fill('#as-of', '2026-11-22');
  await reveal(page, 'institution.name');
  await page.fill('#input-institution\\.name', '苏州市某诊所');
  await page.fill('#input-institution\\.beds', '30');
  const before = await storedProfile(page);
  const verdict = await page.textContent('#verdict');

  await openSaved(page, { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "dingdian-selfcheck/1", "as_of": ') });
  assert.equal(await page.getAttribute('#file-status', 'role'), 'alert');
  assert.match(await page.textContent('#file-status'), /未能打开「broken\.json」，当前回答未改动：文件不是有效的 JSON/);

  await openSaved(page, savedFile('wrong.json', { jurisdiction: 'jiangsu', institution: { beds: -5 } }, '2026-11-22'));
  assert.match(await page.textContent('#file-status'), /未能打开「wrong\.json」.*「床位数」填写有误：请填写不小于 0 的整数，如 260（现填「-5」）/);

  await openSaved(page, { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"dingdian-profile/1","jurisdiction":"jilin"}') });
  assert.match(await page.textContent('#file-status'), /这不是 dingdian 保存的自查文件。/);
  assert.doesNotMatch(await page.textContent('#file-status'), /format|selfcheck/);

  assert.deepEqual(await storedProfile(page), before);
  assert.equal(await page.inputValue('#input-institution\\.name'), '苏州市某诊所');
  assert.equal(await page.inputValue('#input-institution\\.beds'), '30');
  assert.equal(await page.inputValue('#jurisdiction'), 'jiangsu');
  assert.equal(await page.textContent('#verdict'), verdict);
  await done();
});

test('the summary leads with the verdict and the 整改 list; the details filter by outcome', async () => {
  const { page, done } = await open();
  const clinic = await example('jiangsu-clinic.json');
  clinic.it = { ...clinic.it, connected: false };
  await openSaved(page, savedFile('clinic.json', clinic, '2026-11-22'));
  await page.waitForSelector('#verdict[data-may-apply="no"]');
  assert.equal(await page.getAttribute('#verdict-live', 'role'), 'status');
  assert.match(await page.textContent('#verdict-live'), /暂不能申请/);
  const counts = await page.$$eval('#conclusion .count', (nodes) => nodes.map((n) => n.dataset.outcome));
  assert.deepEqual(counts, ['pass', 'fail', 'not_applicable', 'needs_information', 'needs_review', 'not_covered']);

  // The 整改 list: failing and needing review only, what bars an application first.
  const fixes = await page.$$eval('#fix-list li', (nodes) => nodes.map((n) => [n.dataset.group, n.dataset.outcome, n.dataset.fix]));
  assert.ok(fixes.length >= 2, JSON.stringify(fixes));
  assert.ok(fixes.every(([, outcome]) => ['fail', 'needs_review'].includes(outcome)));
  const order = ['refusal', 'eligibility', 'condition', 'materials'];
  const rank = (group) => (order.includes(group) ? order.indexOf(group) : order.length);
  assert.deepEqual(fixes.map(([g]) => rank(g)), [...fixes.map(([g]) => rank(g))].sort((a, b) => a - b));
  assert.ok(fixes.some(([, , rule]) => rule === 'js.a6.i1.operating-3-months'));
  assert.ok(fixes.some(([, outcome]) => outcome === 'needs_review'));
  await page.setViewportSize({ width: 1280, height: 1300 });
  await page.screenshot({ path: join(artifacts, 'summary.png') });

  // The list leads to the finding in the details.
  await page.click('#fix-list a[href="#finding-js.a6.i1.operating-3-months"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'finding-js.a6.i1.operating-3-months');

  // Filter to 不符合 only.
  const all = (await visibleFindings(page)).length;
  for (const outcome of ['pass', 'not_applicable', 'needs_information', 'needs_review', 'not_covered']) {
    await page.uncheck(`#filter-${outcome}`);
  }
  const shown = await visibleFindings(page);
  assert.ok(shown.length > 0 && shown.length < all, `${shown.length} of ${all}`);
  assert.ok(shown.every((o) => o === 'fail'), shown.join());
  assert.equal(shown.length, await page.locator('#findings .finding[data-outcome="fail"]').count());
  assert.match(await page.textContent('#filter-status'), new RegExp(`显示 ${shown.length} 条，共 ${all} 条`));
  await page.locator('#details').scrollIntoViewIfNeeded();
  await page.locator('#details').screenshot({ path: join(artifacts, 'details-filtered.png') });
  await page.click('#filter-all');
  assert.equal((await visibleFindings(page)).length, all);
  await done();
});

test('the report prints on A4 with a header and page numbers', async () => {
  const { page, done } = await open();
  const profile = await example('nantong-hospital.json');
  await openSaved(page, savedFile('nantong.json', profile, '2026-11-22'));
  await page.waitForSelector('#verdict[data-may-apply="yes"]');
  await page.uncheck('#filter-pass'); // the filter is for the screen; the print has every finding
  const version = await page.textContent('#catalog-version');
  await page.emulateMedia({ media: 'print' });
  const shown = async (selector) => page.$eval(selector, (n) => getComputedStyle(n).display !== 'none');
  assert.equal(await shown('#print-header'), true);
  const header = await page.textContent('#print-header');
  for (const text of ['医保定点申请前预检报告', '南通市某综合医院', '南通（江苏）', '2026-11-22', '江苏省医疗机构医疗保障定点管理实施细则', version]) {
    assert.ok(header.includes(text), `print header lacks ${text}: ${header}`);
  }
  assert.equal(await shown('.questions'), false);
  assert.equal(await shown('.compare'), false);
  assert.equal(await shown('.filters'), false);
  assert.equal(await shown('[data-rule="js.a6.i1.operating-3-months"]'), true);
  const pageRule = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules])
    .filter((r) => r instanceof CSSPageRule).map((r) => r.cssText).join(' '));
  assert.match(pageRule, /size: A4/i);
  assert.match(pageRule, /@bottom-center \{ content: counter\(page\) " \/ " counter\(pages\)/);
  await page.screenshot({ path: join(artifacts, 'print.png'), clip: { x: 0, y: 0, width: 1280, height: 1500 } });
  const pdf = await page.pdf({ path: join(artifacts, 'report.pdf'), format: 'A4' });
  const text = pdf.toString('latin1');
  assert.ok(text.startsWith('%PDF-'));
  assert.match(text, /\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/, 'A4 pages');
  assert.ok((text.match(/\/Type \/Page\b/g) ?? []).length >= 2, 'a report of several pages');
  await page.emulateMedia({ media: 'screen' });
  await done();
});

test('two saved self-checks compare: what was fixed and what is new, with citations', async () => {
  const { page, done } = await open();
  const base = await example('nantong-hospital.json');
  const earlier = structuredClone(base);
  earlier.it.connected = false;
  const later = structuredClone(base);
  later.institution.operating_since = '2026-09-01';
  await page.click('a[href="#compare"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'compare-title');

  await page.click('#compare-run');
  await page.locator('#compare-error').waitFor();
  assert.match(await page.textContent('#compare-error'), /请选择较早的自查文件/);
  await page.setInputFiles('#compare-before', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
  await page.setInputFiles('#compare-after', savedFile('later.json', later, '2026-11-22'));
  await page.click('#compare-run');
  await page.locator('#compare-before-error').waitFor();
  assert.match(await page.textContent('#compare-before-error'), /较早的自查：文件不是有效的 JSON/);
  assert.equal(await page.getAttribute('#compare-before', 'aria-invalid'), 'true');

  await page.setInputFiles('#compare-before', savedFile('earlier.json', earlier, '2026-11-01'));
  await page.click('#compare-run');
  await page.waitForSelector('#compare-result-title');
  assert.equal(await page.isVisible('#compare-error'), false);
  const fixed = page.locator('[data-change-group="fixed"] [data-compare-rule="js.a6.i5.connected"]');
  const added = page.locator('[data-change-group="new"] [data-compare-rule="js.a6.i1.operating-3-months"]');
  assert.match(await fixed.textContent(), /江苏 第六条（五）.*→ 符合/);
  assert.match(await added.textContent(), /江苏 第六条（一）符合 → 不符合|江苏 第六条（一）.*符合 → 不符合/);
  assert.match(await page.textContent('[data-change-group="fixed"] h4'), /^已解决（1）/);
  assert.match(await page.textContent('[data-change-group="new"] h4'), /^新出现的问题（1）/);
  assert.match(await page.textContent('#compare-result .compare-sides'), /earlier\.json · 自查日期 2026-11-01[\s\S]*later\.json · 自查日期 2026-11-22[\s\S]*暂不能申请/);
  await added.locator('button[data-article]').click();
  assert.match(await page.textContent('#article-title'), /第六条/);
  await page.keyboard.press('Escape');
  await page.locator('#compare').screenshot({ path: join(artifacts, 'compare.png') });
  await done();
});

test('the article dialog works by keyboard: focus kept inside, Escape closes and returns focus', async () => {
  const { page, done } = await open();
  await page.selectOption('#jurisdiction', 'jiangsu');
  const opener = page.locator('[data-rule="js.a6.i1.operating-3-months"] button[data-article]');
  await opener.focus();
  await page.keyboard.press('Enter');
  await page.locator('#article-dialog').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article-close');
  assert.equal(await page.evaluate(() => document.getElementById('article-dialog').matches(':modal')), true);
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
    assert.equal(await page.evaluate(() => document.getElementById('article-dialog').contains(document.activeElement)), true);
  }
  await page.keyboard.press('Escape');
  await page.locator('#article-dialog').waitFor({ state: 'hidden' });
  assert.equal(await opener.evaluate((n) => n === document.activeElement), true);
  await done();
});

test('no accessibility violations (axe-core, WCAG 2 A and AA) on the main views', async () => {
  const { page, done } = await open({ bypassCSP: true });
  await page.evaluate(await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const problems = [];
  const check = async (view) => {
    const result = await page.evaluate(() => globalThis.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
    problems.push(...result.violations.map((v) => `${view} ${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0].target})`));
  };
  const clinic = await example('jiangsu-clinic.json');
  await openSaved(page, savedFile('clinic.json', clinic, '2026-11-22'));
  await check('place step + report');
  await page.click('#step-list [data-goto="conditions"]');
  await check('conditions step');
  await reveal(page, 'institution.beds');
  await page.fill('#input-institution\\.beds', '-1');
  await page.locator('[id="q-institution.beds"] .field-error').waitFor();
  await check('an error shown');
  await page.fill('#input-institution\\.beds', '0');
  await page.uncheck('#filter-pass');
  await check('filtered details');
  await page.setInputFiles('#compare-before', savedFile('a.json', clinic, '2026-11-01'));
  await page.setInputFiles('#compare-after', savedFile('b.json', { ...clinic, institution: { ...clinic.institution, operating_since: '2026-01-01' } }, '2026-11-22'));
  await page.click('#compare-run');
  await page.waitForSelector('#compare-result-title');
  await check('compare');
  await page.click('[data-rule="js.a6.i1.operating-3-months"] button[data-article]');
  await check('article dialog');
  assert.deepEqual(problems, []);
  await done();
});

test('the layout fits a laptop (1280×800) and a tablet (768×1024)', async () => {
  for (const [name, viewport] of [['laptop', { width: 1280, height: 800 }], ['tablet', { width: 768, height: 1024 }]]) {
    const { page, done } = await open({ viewport });
    await openSaved(page, savedFile('clinic.json', await example('jiangsu-clinic.json'), '2026-11-22'));
    await page.click('#step-list [data-goto="institution"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${name}: horizontal scrolling`);
    const wizard = await page.locator('#wizard').boundingBox();
    const report = await page.locator('#report').boundingBox();
    if (name === 'laptop') {
      assert.ok(report.x > wizard.x + wizard.width - 1, 'report beside the questions');
      assert.equal(await page.isVisible('#mini-verdict'), false);
    } else {
      assert.ok(report.y > wizard.y + wizard.height - 1, 'report below the questions');
      assert.match(await page.textContent('#mini-verdict'), /当前结论：暂不能申请/);
    }
    for (const button of await page.locator('#step-list button').all()) {
      const box = await button.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, `${name}: a step button off screen`);
    }
    await page.screenshot({ path: join(artifacts, `guided-${name}.png`) });
    await done();
  }
});

test('the page forbids every connection beyond its own files', async () => {
  const { page, done } = await open();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
  const attempt = await page.evaluate(async () => {
    try {
      await fetch('http://127.0.0.1:9/elsewhere');
      return 'fetched';
    } catch {
      return 'blocked';
    }
  });
  assert.equal(attempt, 'blocked');
  // User text stays text.
  await reveal(page, 'institution.name');
  await page.fill('#input-institution\\.name', '<img src=x onerror=alert(1)>某医院');
  await page.waitForFunction(() => document.getElementById('print-name').textContent.includes('<img'));
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.isVisible('#single-file-link'), true);
  assert.equal(await page.getAttribute('#single-file-link', 'href'), 'dingdian-single.html');
  await done();
});
