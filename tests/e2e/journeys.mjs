// The three journeys of issue 15, as a user makes them on the page, with
// every action counted: a Nantong 260-bed hospital applying for a new
// designation (a), a Jilin retail pharmacy applying (b), and a Nantong
// community health centre's quarterly self-audit (c).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root, flatten } from './harness.mjs';

/** A page whose actions are counted: clicks (and choices) and fields typed into; screens are the steps shown. */
export function counted(page) {
  const counts = { clicks: 0, typed: 0, screens: new Set(), mostQuestions: 0 };
  const seen = async () => {
    const step = await page.getAttribute('#step-list [aria-current="step"]', 'data-goto');
    counts.screens.add(step);
    const n = await page.locator(`#step-${step} .question`).count();
    counts.mostQuestions = Math.max(counts.mostQuestions, n);
  };
  return {
    counts,
    page,
    async click(selector) { counts.clicks += 1; await page.click(selector); },
    async check(selector) { counts.clicks += 1; await page.check(selector); },
    async select(selector, value) { counts.clicks += 1; await page.selectOption(selector, value); },
    async fill(selector, value) { counts.typed += 1; await page.fill(selector, value); },
    async step(id) {
      const current = await page.getAttribute('#step-list [aria-current="step"]', 'data-goto');
      if (current !== id) { counts.clicks += 1; await page.click(`#step-list [data-goto="${id}"]`); }
      await seen();
    },
    async next() { counts.clicks += 1; await page.click('#bar-next'); await seen(); },
  };
}

export async function example(name) {
  return JSON.parse(await readFile(join(root, 'examples', name), 'utf8'));
}

/** Waits until nothing typed is waiting for its pause, nothing is unsaved, and no engine is loading. */
export async function settled(page) {
  await page.waitForSelector('body:not([data-pending]):not([data-loading])', { state: 'attached' });
}

const esc = (id) => id.replace(/\./g, '\\.');

/** Answers the questions of the current step from `answers` (the page's own answer map). */
async function answerStep(act, answers) {
  const { page } = act;
  const step = await page.getAttribute('#step-list [aria-current="step"]', 'data-goto');
  const ids = await page.$$eval(`#step-${step} .question`, (n) => n.map((x) => x.dataset.id));
  for (const id of ids) {
    if (!(id in answers)) continue;
    if (!(await page.locator(`[id="q-${id}"]`).count())) continue;
    const value = answers[id];
    const kind = await page.getAttribute(`[id="q-${id}"]`, 'data-kind');
    if (kind === 'yes_no') await act.check(`input[name="${id}"][value="${String(value)}"]`);
    else if (kind === 'checkbox') { if (value === true) await act.check(`#input-${esc(id)}`); }
    else if (kind === 'choice') {
      const radio = `input[name="${id}"][value="${String(value)}"]`;
      if (await page.locator(radio).count()) await act.check(radio);
      else await act.select(`#input-${esc(id)}`, String(value));
    }
    else if (kind === 'multi_choice') { for (const v of value) await act.check(`input[name="${id}"][value="${v}"]`); }
    else if (kind === 'measure') {
      await act.fill(`#input-${esc(id)}-numerator`, String(value.numerator));
      await act.fill(`#input-${esc(id)}-denominator`, String(value.denominator));
    } else await act.fill(`#input-${esc(id)}`, String(value));
  }
  await settled(page);
}

/** Walks every step in order with 「下一步」, answering what `answers` covers. */
async function walk(act, answers) {
  const { page } = act;
  await act.step('place');
  for (let guard = 0; guard < 40; guard += 1) {
    await answerStep(act, answers);
    // An answer can add questions to this step: answer those too.
    await answerStep(act, answers);
    const last = (await page.textContent('#bar-next')) === '查看结论';
    if (last) break;
    await act.next();
  }
}

async function setPlace(act, jurisdiction) {
  await act.select('#jurisdiction', jurisdiction);
  await act.fill('#as-of', '2026-11-22');
}

/** Journey a: a Nantong 260-bed hospital, new designation. */
export async function journeyA(act) {
  const profile = await example('nantong-hospital.json');
  const answers = flatten(profile);
  await setPlace(act, 'nantong');
  await walk(act, answers);
  await act.page.waitForSelector('#verdict[data-may-apply="yes"]');
}

/** Journey b: a Jilin retail pharmacy, new designation. */
export async function journeyB(act) {
  const profile = await example('jilin-pharmacy.json');
  const answers = { ...flatten(profile), 'application.kind': 'new_designation' };
  await setPlace(act, 'jilin');
  await act.check('input[name="door"][value="pharmacy"]');
  await walk(act, answers);
  await settled(act.page);
}

/**
 * The answers of journey c: every obligation kept but two, the forbidden
 * acts absent by section but one, indicators measured (one short of its
 * threshold), as a community health centre without inpatients would answer.
 */
function centreAnswer(question) {
  const { id, kind, help, forbidden } = question;
  const fixed = {
    'institution.name': '南通市某社区卫生服务中心', 'institution.kind': 'community_health_centre', 'institution.ownership': 'public',
    'compliance.inpatient_service': false, 'compliance.maternity_licence': false, 'compliance.level': 'primary',
    'compliance.video_management': false, 'compliance.price_reform': true, 'compliance.services': ['cross_region', 'extension'],
    'compliance.sign_displayed': true, 'compliance.period': '2026年第三季度',
    'compliance.nt_prescription_pass_rate': { numerator: 949, denominator: 1000 },
    'compliance.nt_station_inspections_per_quarter': 0,
    'compliance.nt_renewal_state': 'not_expired',
  };
  if (id in fixed) return fixed[id];
  if (forbidden) return undefined; // answered by section
  if (kind === 'yes_no') return true;
  if (kind === 'choice') return id === 'it.interface_standard' ? 'in_place' : 'not_arisen';
  if (kind === 'count') {
    const least = /(?:至少|不少于|保存)\s*(\d+)/.exec(help)?.[1];
    return least ? Number(least) : 0;
  }
  if (kind === 'measure') return /以内|不超过|不高于/.test(help) ? { numerator: 1, denominator: 100 } : { numerator: 99, denominator: 100 };
  return undefined;
}

/** Journey c: a Nantong community health centre's self-audit, with the section answers. */
export async function journeyC(act) {
  const { page } = act;
  await act.step('place');
  await setPlace(act, 'nantong');
  await act.check('input[name="door"][value="audit"]');
  await page.waitForSelector('#findings [data-group="compliance"]');
  for (let guard = 0; guard < 40; guard += 1) {
    const step = await page.getAttribute('#step-list [aria-current="step"]', 'data-goto');
    // The forbidden acts of a section: one answer, confirmed; then the one act that did occur.
    if (await page.locator(`#none-${step}`).count()) {
      await act.click(`#none-${step} [data-none]`);
      await act.click(`#none-${step} [data-none-confirm]`);
      if (await page.locator('input[name="compliance.js_settlement_for_others"]').count()
        && await page.isVisible('input[name="compliance.js_settlement_for_others"]')) {
        await act.check('input[name="compliance.js_settlement_for_others"][value="true"]');
      }
      await settled(page);
    }
    for (let round = 0; round < 3; round += 1) {
      const questions = await page.$$eval(`#step-${step} .question`, (n) => n.map((x) => ({
        id: x.dataset.id, kind: x.dataset.kind, forbidden: x.dataset.forbidden === 'true',
        help: x.querySelector('.help')?.textContent ?? '', answered: x.classList.contains('answered'),
      })));
      const answers = {};
      for (const q of questions) {
        const value = centreAnswer(q);
        if (value !== undefined && !q.answered) answers[q.id] = value;
      }
      if (!Object.keys(answers).length) break;
      await answerStep(act, answers);
    }
    if ((await page.textContent('#bar-next')) === '查看结论') break;
    await act.next();
  }
  await settled(page);
  await page.waitForSelector('#verdict[data-may-apply="no"]');
}
