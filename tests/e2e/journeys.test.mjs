// The three journeys of issue 15, made on the page as a user makes them,
// counted and photographed: (a) a Nantong 260-bed hospital applying for a
// new designation, (b) a Jilin retail pharmacy applying, (c) a Nantong
// community health centre's self-audit. Screenshots at 1366×768, 768×1024
// and 390×844 and the printed PDFs go to tests/e2e/artifacts/ (gitignored).
// Journey c's figures (questions on screen at once, clicks with the section
// answers, pages of the short print, answer → report time with the CPU
// slowed ×4) are printed for the closing note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, artifacts } from './harness.mjs';
import { counted, journeyA, journeyB, journeyC, settled } from './journeys.mjs';

const VIEWPORTS = [[1366, 768], [768, 1024], [390, 844]];
let server;
let browser;
const saved = {};

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(viewport) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) problems.push(r.url()); });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.evaluate(() => { window.print = () => {}; });
  return { context, page, problems };
}

async function saveFile(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
  return { name: download.suggestedFilename(), buffer: await (await import('node:fs/promises')).readFile(await download.path()) };
}

const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

/** Screens of a journey at one viewport: the first step, a step of questions, the report. */
async function photograph(page, journey, [width, height], step) {
  const name = (what) => join(artifacts, `journey-${journey}-${width}x${height}-${what}.png`);
  await page.click('#step-list [data-goto="place"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: name('1-start') });
  await page.click(`#step-list [data-goto="${step}"]`);
  await page.screenshot({ path: name('2-step') });
  await page.evaluate(() => document.getElementById('report-title').scrollIntoView());
  await page.screenshot({ path: name('3-report') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, `${journey} at ${width}×${height}: horizontal scrolling`);
}

test('journey a: a Nantong 260-bed hospital applies for a new designation', async (t) => {
  const { context, page, problems } = await open({ width: 1366, height: 768 });
  const act = counted(page);
  await journeyA(act);
  assert.match(await page.textContent('#verdict'), /可以申请/);
  assert.equal(await page.textContent('#print-title'), '医保定点申请前预检报告');
  t.diagnostic(`journey a: ${act.counts.screens.size} screens, ${act.counts.clicks} clicks, ${act.counts.typed} fields typed, at most ${act.counts.mostQuestions} questions on screen`);
  saved.a = await saveFile(page);
  await page.click('#print-checklist');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: join(artifacts, 'journey-a-materials.pdf'), format: 'A4' });
  await page.evaluate(() => { document.body.dataset.print = 'report'; });
  await page.pdf({ path: join(artifacts, 'journey-a-report.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('journey b: a Jilin retail pharmacy applies', async (t) => {
  const { context, page, problems } = await open({ width: 1366, height: 768 });
  const act = counted(page);
  await journeyB(act);
  assert.match(await page.textContent('#verdict'), /可以申请|尚无法判断/);
  assert.equal(await page.textContent('#door-title'), '零售药店医保定点自查');
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /医疗机构执业许可证/);
  t.diagnostic(`journey b: ${act.counts.screens.size} screens, ${act.counts.clicks} clicks, ${act.counts.typed} fields typed, at most ${act.counts.mostQuestions} questions on screen`);
  saved.b = await saveFile(page);
  await page.click('#print-short');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: join(artifacts, 'journey-b-short.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('journey c: a Nantong community health centre\'s self-audit, counted; its short print and its speed', async (t) => {
  const { context, page, problems } = await open({ width: 1366, height: 768 });
  const act = counted(page);
  await journeyC(act);
  const { clicks, typed, screens, mostQuestions } = act.counts;
  assert.ok(mostQuestions <= 30, `${mostQuestions} questions on one screen`);
  assert.ok(screens.size >= 10, `${screens.size} screens`);
  assert.ok(clicks < 160, `${clicks} clicks`);
  assert.match(await page.textContent('#verdict'), /存在未落实项/);
  assert.equal(await page.textContent('#print-title'), '定点医疗机构合规自查报告');
  const fixes = await page.$$eval('#fix-list li', (n) => n.map((x) => x.dataset.fix));
  assert.ok(fixes.includes('js.a18.p2.settlement-for-others'), fixes.join());
  assert.ok(fixes.includes('nt.a16.p4.prescription-pass-rate'), fixes.join());
  saved.c = await saveFile(page);

  await page.click('#print-short');
  await page.emulateMedia({ media: 'print' });
  const short = await page.pdf({ path: join(artifacts, 'journey-c-short.pdf'), format: 'A4' });
  // Nothing absent is printed as a word (replaceChildren writes null as "null").
  assert.doesNotMatch(await page.textContent('#short-report'), /null|undefined|NaN/);
  await page.evaluate(() => { document.body.dataset.print = 'report'; });
  const full = await page.pdf({ path: join(artifacts, 'journey-c-report.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  assert.ok(pdfPages(short) <= 2, `short print: ${pdfPages(short)} pages`);

  // Answer → updated report on an audit step, with the CPU slowed four times (Chromium's CPU throttling).
  const step = (await page.$$eval('#step-list button', (n) => n.map((x) => x.dataset.goto))).find((s) => s.startsWith('part-obligations-nt'));
  await page.click(`#step-list [data-goto="${step}"]`);
  await page.evaluate(() => {
    window.answerTimes = [];
    document.addEventListener('change', (e) => { window.answerStart = e.timeStamp; }, true);
    new MutationObserver(() => {
      if (window.answerStart === undefined) return;
      window.answerTimes.push(performance.now() - window.answerStart);
      window.answerStart = undefined;
    }).observe(document.body, { attributes: true, attributeFilter: ['data-updated'] });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const ids = await page.$$eval(`#step-${step} .question[data-kind="yes_no"]`, (n) => n.map((x) => x.dataset.id));
  for (let i = 0; i < 60; i += 1) {
    const radio = `#step-${step} input[name="${ids[i % ids.length]}"][value="${i % 2 ? 'true' : 'false'}"]`;
    if (!(await page.locator(radio).isVisible())) continue; // an answer may hide another question
    await page.check(radio);
    await settled(page);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const times = (await page.evaluate(() => window.answerTimes)).sort((x, y) => x - y);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  const figures = `journey c: ${mostQuestions} questions on screen at most; ${clicks} clicks and ${typed} fields typed with the section answers, over ${screens.size} screens; short print ${pdfPages(short)} page(s), full report ${pdfPages(full)} pages; answer → report with the CPU slowed ×4: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (${times.length} answers)`;
  t.diagnostic(figures);
  console.log(`[journeys] ${figures}`);
  // The goal is a p95 of 50 ms (bench/browser.mjs measures it on a quiet machine); here the median
  // is held to it, and the p95 to a bound that a busy shared machine still keeps.
  assert.ok(at(0.5) <= 50, `median ${at(0.5)} ms`);
  assert.ok(at(0.95) <= 150, `p95 ${at(0.95)} ms`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the three journeys at 1366×768, 768×1024 and 390×844', async () => {
  const steps = { a: 'conditions', b: 'conditions', c: null };
  for (const [journey, file] of Object.entries(saved)) {
    for (const [width, height] of VIEWPORTS) {
      const { context, page, problems } = await open({ width, height });
      await page.setInputFiles('#open-file', { name: file.name, mimeType: 'application/json', buffer: file.buffer });
      await page.waitForSelector('#file-status.ok');
      await settled(page);
      const step = steps[journey] ?? (await page.$$eval('#step-list button', (n) => n.map((x) => x.dataset.goto))).find((s) => s.startsWith('part-conduct'));
      await photograph(page, journey, [width, height], step);
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
  assert.equal(Object.keys(saved).length, 3, 'the journeys ran first');
});
