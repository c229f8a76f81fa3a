// The page renders; Rust decides. Every question, outcome, citation, label,
// date, CSV, calendar and saved file comes from the wasm engine; this
// script only builds the profile from the answers, asks the engine, and
// shows what it says. User text is only ever inserted as text.
//
// scripts/build-single.mjs inlines this file into the single-file build and
// replaces the import below: keep it the only import, on one line.
import init, * as liteEngine from './pkg/dingdian.js';

const STORAGE_KEY = 'dingdian.answers.v1';
// The engine in use: the page loads the build without the compliance
// self-audit (within the page's size budget) and swaps in the full build,
// fetched once, when a designated institution's self-audit is chosen.
let engine = liteEngine;
let fullEngine = null;
const $ = (id) => document.getElementById(id);

// The guided walk. A step shows the questionnaire sections listed here, in
// the engine's order; the sections and their questions come from the
// engine. A section this table does not know gets a step of its own, titled
// by the engine, before the last step.
const STEPS = [
  { id: 'place', title: '地区与日期', sections: ['application'] },
  { id: 'institution', title: '机构信息', sections: ['institution'] },
  { id: 'conditions', title: '申请条件', sections: ['staff', 'systems', 'it', 'pharmacy', 'internet', 'history'] },
  { id: 'materials', title: '申请材料', sections: ['materials'] },
  { id: 'audit', title: '合规自查', sections: ['services', 'obligations', 'conduct', 'indicators'] },
  { id: 'deadlines', title: '办理时限', sections: ['procedure'] },
];
// The 整改 list: which outcomes need action, and which groups come first
// (what bars an application before what it lacks); other groups follow in
// the engine's order.
const FIX_OUTCOMES = ['fail', 'needs_review'];
const FIX_GROUP_ORDER = ['refusal', 'eligibility', 'condition', 'materials'];
// "只看待处理": the outcomes that ask something of the institution.
const OPEN_OUTCOMES = ['fail', 'needs_information', 'needs_review'];

const state = { jurisdiction: 'jiangsu', asOf: todayLocal(), answers: {}, step: 'place' };
const ui = {
  labels: null,
  steps: [],
  questions: new Map(), // id → question as the engine asked it
  questionNodes: new Map(), // id → { signature, node }
  structure: '',
  lastReport: '',
  report: null,
  verdict: '',
  filters: new Set(),
  opener: null,
  beforeOpen: null,
};

function todayLocal() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Makes `parent`'s element children exactly `nodes`, moving as few as possible (keeps focus). */
function syncChildren(parent, nodes) {
  const wanted = new Set(nodes);
  for (const child of [...parent.children]) if (!wanted.has(child)) child.remove();
  nodes.forEach((node, i) => {
    const current = parent.children[i];
    if (current !== node) parent.insertBefore(node, current ?? null);
  });
}

function labelOf(list, value) {
  return ui.labels?.[list]?.find((l) => l.value === value)?.label ?? value;
}

// ------------------------------------------------------------ answers, storage

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
    if (saved && typeof saved === 'object') {
      if (typeof saved.jurisdiction === 'string') state.jurisdiction = saved.jurisdiction;
      if (typeof saved.asOf === 'string') state.asOf = saved.asOf;
      if (typeof saved.step === 'string') state.step = saved.step;
      if (saved.answers && typeof saved.answers === 'object' && !Array.isArray(saved.answers)) state.answers = saved.answers;
    }
  } catch {
    // A damaged store is left as it is and the page starts empty.
  }
}

function store() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage may be unavailable (private mode); the page still works.
  }
}

/** The profile JSON from the answers (each question id is a JSON path), leaving out `without`. */
function buildProfile(without = []) {
  const profile = { jurisdiction: state.jurisdiction };
  for (const [id, value] of Object.entries(state.answers)) {
    if (value === undefined || value === null || value === '' || without.includes(id)) continue;
    // The first build has no self-audit questions; they wait for the full one.
    if (id.startsWith('compliance.') && !engine.hasAudit()) continue;
    const parts = id.split('.');
    let node = profile;
    for (const part of parts.slice(0, -1)) {
      if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
      node = node[part];
    }
    node[parts[parts.length - 1]] = value;
  }
  return profile;
}

/** {question id: value} from a profile object; unanswered (null) fields are left out. */
function flatten(object, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(object)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) continue;
    if (typeof value === 'object' && !Array.isArray(value) && !isMeasure(value)) flatten(value, id, out);
    else out[id] = value;
  }
  return out;
}

/** A measured share as the profile holds it: {numerator, denominator} or {percent}. */
function isMeasure(value) {
  return Object.keys(value).length > 0 && Object.keys(value).every((k) => ['numerator', 'denominator', 'percent'].includes(k));
}

function isAnswered(question) {
  const value = state.answers[question.id];
  if (question.kind.type === 'checkbox') return value === true;
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null && value !== '';
}

// ---------------------------------------------------------------- questionnaire

/**
 * The engine's questionnaire for the answers so far. An answer may make
 * the engine stop asking its own question (a retail pharmacy is no longer
 * asked its institution kind); such a question stays on the page, where the
 * engine would ask it without that answer, so that the answer can be changed.
 */
function questionnaire() {
  let without = [];
  let result = engine.questionnaire(buildProfile());
  // Answers the engine cannot read (shown as errors) must not hide every question.
  for (let i = 0; i < 5 && result.type !== 'success'; i += 1) {
    without = [...without, ...result.errors.map((e) => e.field).filter(Boolean)];
    result = engine.questionnaire(buildProfile(without));
  }
  if (result.type !== 'success') return null;
  const groups = result.value.map((g) => ({ ...g, questions: [...g.questions] }));
  const asked = new Set(groups.flatMap((g) => g.questions.map((q) => q.id)));
  for (const id of Object.keys(state.answers)) {
    if (asked.has(id)) continue;
    const other = engine.questionnaire(buildProfile([...without, id]));
    if (other.type !== 'success') continue;
    other.value.forEach((g, groupIndex) => {
      const index = g.questions.findIndex((q) => q.id === id);
      if (index < 0) return;
      let target = groups.find((x) => x.section === g.section);
      if (!target) {
        target = { section: g.section, title: g.title, questions: [] };
        const next = other.value.slice(groupIndex + 1).find((n) => groups.some((x) => x.section === n.section));
        const at = next ? groups.findIndex((x) => x.section === next.section) : groups.length;
        groups.splice(at, 0, target);
      }
      const previous = g.questions.slice(0, index).reverse().find((q) => target.questions.some((t) => t.id === q.id));
      const at = previous ? target.questions.findIndex((t) => t.id === previous.id) + 1 : 0;
      target.questions.splice(at, 0, g.questions[index]);
      asked.add(id);
    });
  }
  return groups;
}

function deriveSteps(groups) {
  const steps = STEPS.map((s) => ({ id: s.id, title: s.title, groups: [] }));
  const own = [];
  for (const group of groups) {
    const step = steps.find((s) => STEPS.find((d) => d.id === s.id).sections.includes(group.section));
    if (step) step.groups.push(group);
    else own.push({ id: `section-${group.section}`, title: group.title, groups: [group] });
  }
  const last = steps.pop();
  return [...steps, ...own, last].filter((s) => s.id === 'place' || s.groups.length);
}

function describedBy(...ids) {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function fieldFor(question) {
  const id = question.id;
  const helpId = question.help ? `help-${id}` : null;
  const basisId = question.asked_by.length ? `basis-${id}` : null;
  const help = helpId ? el('p', { class: 'help', id: helpId, text: question.help }) : null;
  const basis = basisId ? el('p', { class: 'basis', id: basisId, text: `依据：${question.asked_by.join('；')}` }) : null;
  const value = state.answers[id];
  const kind = question.kind;
  const described = describedBy(helpId, basisId);

  if (kind.type === 'checkbox') {
    return el('div', { class: 'question checkbox', id: `q-${id}`, 'data-id': id },
      el('label', { class: 'choice' },
        el('input', { type: 'checkbox', id: `input-${id}`, 'data-question': id, checked: value === true, 'aria-describedby': described }),
        question.label),
      help, basis);
  }

  if (kind.type === 'multi_choice') {
    const chosen = Array.isArray(value) ? value : [];
    return el('fieldset', { class: 'question', id: `q-${id}`, 'data-id': id, 'aria-describedby': described },
      el('legend', { text: question.label }),
      el('div', { class: 'options' }, kind.options.map((o) => el('label', { class: 'choice' },
        el('input', { type: 'checkbox', name: id, value: o.value, checked: chosen.includes(o.value), 'data-question': id, 'data-multi': 'true' }),
        o.label))),
      help, basis);
  }

  if (kind.type === 'yes_no') {
    const options = [['true', '是'], ['false', '否'], ['', '未答']].map(([v, text]) => {
      const checked = v === '' ? value === undefined : String(value) === v;
      return el('label', { class: 'choice' },
        el('input', { type: 'radio', name: id, value: v, checked, 'data-question': id }),
        text);
    });
    return el('fieldset', { class: 'question', id: `q-${id}`, 'data-id': id, 'aria-describedby': described },
      el('legend', { text: question.label }), el('div', { class: 'options' }, options), help, basis);
  }

  if (kind.type === 'measure') {
    const given = value && typeof value === 'object' ? value : {};
    const part = (name, text) => {
      const input = el('input', {
        id: `input-${id}-${name}`, type: 'text', inputmode: 'decimal', class: 'count',
        'data-question': id, 'data-part': name, autocomplete: 'off', 'aria-describedby': described,
      });
      if (given[name] !== undefined) input.value = String(given[name]);
      return el('label', { class: 'part' }, text, input);
    };
    return el('fieldset', { class: 'question measure', id: `q-${id}`, 'data-id': id, 'aria-describedby': described },
      el('legend', { text: question.label }),
      el('div', { class: 'options' }, part('numerator', '分子'), ' ÷ ', part('denominator', '分母'), ' 或 ', part('percent', '比率（%）')),
      help, basis);
  }

  let input;
  if (kind.type === 'choice') {
    input = el('select', { id: `input-${id}`, 'data-question': id, 'aria-describedby': described },
      el('option', { value: '', text: '（请选择）' }),
      kind.options.map((o) => el('option', { value: o.value, text: o.label, selected: value === o.value })));
  } else {
    // Counts are typed as text so that the engine sees exactly what was typed and can say what is wrong.
    const type = kind.type === 'date' ? 'date' : 'text';
    input = el('input', {
      id: `input-${id}`, type, 'data-question': id, 'aria-describedby': described,
      inputmode: kind.type === 'count' ? 'numeric' : undefined,
      class: kind.type === 'count' ? 'count' : undefined,
      autocomplete: 'off',
    });
    if (value !== undefined) input.value = String(value);
  }
  return el('div', { class: 'question', id: `q-${id}`, 'data-id': id },
    el('label', { for: `input-${id}`, text: question.label }), input, help, basis);
}

/** The node of a question, kept while the engine asks it the same way. */
function questionNode(question) {
  const signature = JSON.stringify(question);
  const cached = ui.questionNodes.get(question.id);
  if (cached && cached.signature === signature) return cached.node;
  const node = fieldFor(question);
  ui.questionNodes.set(question.id, { signature, node });
  return node;
}

function stepPanel(step, index, count) {
  let panel = $(`step-${step.id}`);
  if (!panel) {
    panel = el('section', { class: 'step', id: `step-${step.id}`, 'data-step': step.id, 'aria-labelledby': `step-${step.id}-title` },
      el('h3', { id: `step-${step.id}-title`, tabindex: '-1' }),
      el('p', { class: 'step-progress', id: `step-${step.id}-progress` }));
  }
  panel.querySelector('h3').textContent = `第 ${index + 1} 步（共 ${count} 步）：${step.title}`;
  const children = [panel.querySelector('h3'), panel.querySelector('.step-progress')];
  if (step.id === 'place') children.push($('setup'));
  for (const group of step.groups) {
    let fieldset = $(`section-${group.section}`);
    if (!fieldset) fieldset = el('fieldset', { class: 'section', id: `section-${group.section}` }, el('legend'));
    const legend = fieldset.querySelector('legend');
    legend.textContent = group.title;
    syncChildren(fieldset, [legend, ...group.questions.map(questionNode)]);
    children.push(fieldset);
  }
  syncChildren(panel, children);
  return panel;
}

function navItem(step, index) {
  let item = $(`nav-${step.id}`);
  if (!item) {
    item = el('li', { id: `nav-${step.id}` },
      el('button', { type: 'button', class: 'step-button', 'data-goto': step.id },
        // Read as "第 1 步：地区与日期，已答 0/1"; seen as a numbered box.
        el('span', { class: 'step-no' }, el('span', { class: 'visually-hidden', text: '第 ' }), el('span', { class: 'step-index' }),
          el('span', { class: 'visually-hidden', text: ' 步：' })),
        el('span', { class: 'step-name' }),
        el('span', { class: 'step-count' }, el('span', { class: 'visually-hidden', text: '，' }), el('span', { class: 'step-count-text' }))));
  }
  item.querySelector('.step-index').textContent = String(index + 1);
  item.querySelector('.step-name').textContent = step.title;
  return item;
}

function renderQuestions() {
  const groups = questionnaire();
  if (!groups) return;
  ui.questions = new Map(groups.flatMap((g) => g.questions.map((q) => [q.id, q])));
  // A material's box left unticked means the material is not in hand.
  for (const q of ui.questions.values()) {
    if (q.kind.type === 'checkbox' && !(q.id in state.answers)) state.answers[q.id] = false;
  }
  const structure = JSON.stringify(groups);
  if (structure !== ui.structure) {
    ui.structure = structure;
    ui.steps = deriveSteps(groups);
    syncChildren($('questionnaire'), ui.steps.map((s, i) => stepPanel(s, i, ui.steps.length)));
    syncChildren($('step-list'), ui.steps.map(navItem));
    if (!ui.steps.some((s) => s.id === state.step)) state.step = 'place';
    showStep();
  }
  renderProgress();
}

function stepQuestions(step) {
  return step.groups.flatMap((g) => g.questions);
}

function renderProgress() {
  let answeredAll = 0;
  let askedAll = 0;
  for (const step of ui.steps) {
    const questions = stepQuestions(step);
    const answered = questions.filter(isAnswered).length;
    answeredAll += answered;
    askedAll += questions.length;
    const done = questions.length > 0 && answered === questions.length;
    const item = $(`nav-${step.id}`);
    item.querySelector('.step-count-text').textContent = `已答 ${answered}/${questions.length}`;
    item.classList.toggle('complete', done);
    const progress = $(`step-${step.id}-progress`);
    progress.replaceChildren(`本步已答 ${answered} 问，共 ${questions.length} 问`,
      el('progress', { max: String(Math.max(questions.length, 1)), value: String(answered), 'aria-hidden': 'true' }));
  }
  $('overall-progress').textContent = `全部 ${ui.steps.length} 步共 ${askedAll} 问，已答 ${answeredAll} 问。`;
}

function showStep() {
  const index = Math.max(0, ui.steps.findIndex((s) => s.id === state.step));
  ui.steps.forEach((step, i) => {
    $(`step-${step.id}`).hidden = i !== index;
    const button = $(`nav-${step.id}`).querySelector('button');
    if (i === index) button.setAttribute('aria-current', 'step');
    else button.removeAttribute('aria-current');
  });
  const previous = ui.steps[index - 1];
  const next = ui.steps[index + 1];
  $('prev-step').hidden = !previous;
  $('prev-step').textContent = previous ? `上一步：${previous.title}` : '上一步';
  $('next-step').textContent = next ? `下一步：${next.title}` : '查看自查结论';
}

function goToStep(id, { focus = true } = {}) {
  if (!ui.steps.some((s) => s.id === id)) return;
  state.step = id;
  store();
  showStep();
  if (focus) {
    const heading = $(`step-${id}-title`);
    heading.focus({ preventScroll: true });
    // Keep the steps and their progress in sight when a step begins.
    const nav = document.querySelector('nav.steps');
    if (nav.getBoundingClientRect().top < 0) nav.scrollIntoView({ block: 'start' });
    else heading.scrollIntoView({ block: 'nearest' });
  }
}

/** Shows the step holding a question (or the date) and puts the cursor in it. */
function showQuestion(id) {
  if (id === 'as_of' || id === 'jurisdiction') {
    goToStep('place', { focus: false });
    const input = id === 'as_of' ? $('as-of') : $('jurisdiction');
    input.focus();
    return true;
  }
  const box = questionBox(id);
  const step = box?.closest('[data-step]')?.dataset.step;
  if (!step) return false;
  goToStep(step, { focus: false });
  const input = box.querySelector('input:checked') ?? box.querySelector('input, select') ?? box;
  input.focus();
  box.scrollIntoView({ block: 'center' });
  return true;
}

function readInput(target) {
  const id = target.dataset.question;
  if (!id) return;
  const question = ui.questions.get(id);
  const raw = target.value;
  let value;
  switch (question?.kind.type) {
    case 'checkbox': value = target.checked; break;
    case 'multi_choice':
      value = [...document.querySelectorAll(`input[data-multi][name="${CSS.escape(id)}"]:checked`)].map((n) => n.value);
      break;
    case 'yes_no': value = raw === '' ? undefined : raw === 'true'; break;
    case 'measure': {
      // Numbers as typed, so that the engine says what is wrong with anything else.
      const read = (part) => {
        const text = document.getElementById(`input-${id}-${part}`)?.value.trim() ?? '';
        if (text === '') return undefined;
        return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
      };
      const [numerator, denominator, percent] = ['numerator', 'denominator', 'percent'].map(read);
      if (percent !== undefined) value = { percent };
      else if (numerator !== undefined || denominator !== undefined) value = { numerator, denominator };
      break;
    }
    case 'count': {
      const text = raw.trim();
      value = text === '' ? undefined : (/^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
      break;
    }
    default: value = raw === '' ? undefined : raw;
  }
  if (value === undefined) delete state.answers[id];
  else state.answers[id] = value;
}

// ------------------------------------------------------------------- errors

/** The question box an error's field belongs to (a measure's part belongs to its question). */
function questionBox(field) {
  return document.getElementById(`q-${field}`)
    ?? document.getElementById(`q-${field.replace(/\.(numerator|denominator|percent)$/, '')}`);
}

function showErrors(errors) {
  const box = $('input-error');
  for (const node of document.querySelectorAll('[aria-invalid="true"]')) node.removeAttribute('aria-invalid');
  for (const node of document.querySelectorAll('#questionnaire .field-error')) node.remove();
  for (const node of document.querySelectorAll('[data-error-described]')) {
    node.setAttribute('aria-describedby', node.dataset.errorDescribed);
    if (!node.dataset.errorDescribed) node.removeAttribute('aria-describedby');
    delete node.dataset.errorDescribed;
  }
  $('report-stale').hidden = errors.length === 0;
  $('report').classList.toggle('stale', errors.length > 0);
  if (!errors.length) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.hidden = false;
  box.replaceChildren(el('p', { text: '以下输入无法使用，结论暂未更新：' }),
    el('ul', {}, errors.map((e) => {
      const onPage = e.field && (e.field === 'as_of' || questionBox(e.field));
      let action = null;
      if (onPage) action = el('button', { type: 'button', class: 'link', 'data-show': e.field, text: '转到此项' });
      else if (e.field && e.field in state.answers) action = el('button', { type: 'button', class: 'link', 'data-drop': e.field, text: '删除这一回答（该问题当前不再询问）' });
      return el('li', {}, el('span', { text: e.message }), action ? ' ' : null, action);
    })));
  for (const e of errors) {
    if (!e.field) continue;
    const box = e.field === 'as_of' ? $('setup') : questionBox(e.field);
    if (!box) continue;
    const errorId = `error-${e.field}`;
    box.append(el('p', { class: 'field-error', id: errorId, text: e.message }));
    const target = e.field === 'as_of' ? $('as-of') : (box.querySelector('input:not([type="radio"]):not([type="checkbox"]), select') ?? box);
    if (target.matches('input, select')) target.setAttribute('aria-invalid', 'true');
    target.dataset.errorDescribed = target.getAttribute('aria-describedby') ?? '';
    target.setAttribute('aria-describedby', describedBy(target.dataset.errorDescribed, errorId));
  }
}

// ------------------------------------------------------------------- report

function citationButton(citation) {
  return el('button', {
    type: 'button', class: 'link', 'data-document': citation.document, 'data-article': citation.article,
    'aria-label': `查看原文：${citation.text}`, text: '查看原文',
  });
}

function findingNode(f) {
  const article = el('article', {
    class: `finding outcome-${f.outcome}`, id: `finding-${f.rule_id}`, tabindex: '-1',
    'data-rule': f.rule_id, 'data-outcome': f.outcome, 'aria-labelledby': `finding-${f.rule_id}-title`,
  },
  el('header', {},
    el('span', { class: 'badge', text: labelOf('outcomes', f.outcome) }),
    el('h5', { class: 'finding-title', id: `finding-${f.rule_id}-title`, text: f.title })),
  el('p', { class: 'citation' }, el('span', { text: f.citation.text }), ' ', citationButton(f.citation)),
  el('blockquote', { text: `「${f.quote}」` }),
  el('p', { class: 'detail', text: f.detail }));
  if (f.dates?.length) {
    article.append(el('ul', { class: 'dates' }, f.dates.map((d) => el('li', {},
      `${d.label}：`, el('time', { datetime: d.date, text: d.date }),
      labelOf('date_bases', d.basis),
      d.note ? el('span', { class: 'note', text: ` ${d.note}` }) : null))));
  }
  if (f.missing?.length) {
    article.append(el('p', { class: 'missing' }, '待答：',
      f.missing.map((m, i) => [i ? '、' : '', el('a', { href: `#q-${m.id}`, text: m.label })])));
  }
  if (f.risks?.length) {
    article.append(el('div', { class: 'risks' },
      el('p', { class: 'risks-title', text: '违约风险（依据文件）：' }),
      el('ul', {}, f.risks.map((r, i, all) => el('li', {
        class: `risk severity-${r.severity} grade-${r.grade} ${r.certain ? 'certain' : 'possible'}`, 'data-risk': r.id,
      },
        el('span', { class: 'severity', text: `风险${r.grade_label}` }), ' ',
        r.condition ? el('span', { class: 'condition', text: `${r.condition}：` }) : null,
        el('span', { text: r.label }), ' ',
        el('span', { class: 'citation', text: `（${r.citation.text}）` }),
        r.damages ? el('span', { class: 'damages', text: ` 违约金：${r.damages}` }) : null,
        // Each clause's note once, at its last measure.
        r.note && !all.slice(i + 1).some((x) => x.id === r.id) ? el('span', { class: 'note', text: ` ${r.note}` }) : null,
        r.calculable ? damagesCalculator(f.rule_id, r) : null))),
      f.risk_note ? el('p', { class: 'note', text: f.risk_note }) : null));
  }
  if (f.reading) article.append(el('p', { class: 'reading', text: `读法：${f.reading}` }));
  if (f.draft_note) article.append(el('p', { class: 'draft-note', text: `征求意见稿：${f.draft_note}` }));
  if (!['pass', 'not_applicable'].includes(f.outcome)) {
    article.append(el('p', { class: 'advice', text: `建议：${f.advice}` }));
  }
  return article;
}

/** A small calculator of a consequence's damages: the engine works them out. */
function damagesCalculator(ruleId, risk) {
  const step = `${risk.id}#${risk.step}`;
  const key = `${ruleId}-${risk.id}-${risk.step}`;
  return el('span', { class: 'calculator', 'data-calculator': step },
    el('label', {}, '按金额试算：金额（元）',
      el('input', { type: 'text', inputmode: 'numeric', class: 'count', id: `base-${key}`, 'data-damages-base': risk.id, autocomplete: 'off' })),
    el('label', {}, ' 第几次',
      el('input', { type: 'text', inputmode: 'numeric', class: 'count', id: `nth-${key}`, 'data-damages-nth': risk.id, value: '1', autocomplete: 'off' })),
    ' ', el('output', { 'aria-live': 'polite', id: `damages-${key}` }));
}

/** Works out the damages of the calculator around `input`. */
function calculateDamages(input) {
  const box = input.closest('[data-calculator]');
  const base = box.querySelector('[data-damages-base]').value.trim();
  const nth = box.querySelector('[data-damages-nth]').value.trim() || '1';
  const output = box.querySelector('output');
  if (base === '') { output.textContent = ''; return; }
  const result = engine.damages(box.dataset.calculator, base, nth);
  output.textContent = result.type === 'success'
    ? `${result.value.text}（${result.value.formula}）`
    : result.errors.map((e) => e.message).join(' ');
}

/** The groups in the engine's order, and any group a report has that the labels do not list. */
function groupOrder(findings) {
  const known = ui.labels.groups.map((g) => g.value);
  return [...known, ...new Set(findings.map((f) => f.group).filter((g) => !known.includes(g)))];
}

function documentText(d) {
  return d.note.startsWith(`《${d.title}》`) ? d.note : `《${d.title}》（${d.note}）`;
}

function renderFixList(report) {
  const order = groupOrder(report.findings);
  const rank = (group) => {
    const i = FIX_GROUP_ORDER.indexOf(group);
    return i >= 0 ? i : FIX_GROUP_ORDER.length + order.indexOf(group);
  };
  // Compliance items in the engine's order: gravest risk first.
  const remediation = report.conclusion.audit?.remediation ?? [];
  const byRisk = new Map(remediation.map((r, i) => [r.rule_id, i]));
  const riskOf = (f) => remediation[byRisk.get(f.rule_id)];
  const items = report.findings
    .filter((f) => !f.draft && FIX_OUTCOMES.includes(f.outcome))
    .map((f, i) => ({ f, i: byRisk.has(f.rule_id) ? byRisk.get(f.rule_id) : i }))
    .sort((a, b) => rank(a.f.group) - rank(b.f.group) || a.i - b.i)
    .map(({ f }) => el('li', { class: `fix outcome-${f.outcome}`, 'data-fix': f.rule_id, 'data-group': f.group, 'data-outcome': f.outcome },
      el('div', { class: 'fix-head' },
        el('span', { class: 'badge', text: labelOf('outcomes', f.outcome) }),
        el('a', { href: `#finding-${f.rule_id}`, class: 'fix-title', text: f.title }),
        el('span', { class: 'fix-group', text: `（${labelOf('groups', f.group)}）` })),
      el('p', { class: 'citation' }, el('span', { text: f.citation.text }), ' ', citationButton(f.citation)),
      riskOf(f)?.risk ? el('p', { class: `fix-risk severity-${riskOf(f).severity} grade-${riskOf(f).grade}`, text: `风险${riskOf(f).grade_label}：${riskOf(f).risk}` }) : null,
      el('p', { class: 'advice', text: `建议：${f.advice}` })));
  $('fix-list').replaceChildren(...items);
  $('fix-empty').hidden = items.length > 0;
}

function renderFilters(findings) {
  const box = $('filter-options');
  if (!box.children.length) {
    for (const o of ui.labels.outcomes) {
      ui.filters.add(o.value);
      box.append(el('label', { class: `choice filter outcome-${o.value}` },
        el('input', { type: 'checkbox', id: `filter-${o.value}`, value: o.value, checked: true }),
        el('span', { text: o.label }), el('span', { class: 'filter-count', id: `filter-count-${o.value}` })));
    }
  }
  for (const o of ui.labels.outcomes) {
    $(`filter-count-${o.value}`).textContent = `（${findings.filter((f) => f.outcome === o.value).length}）`;
  }
}

function applyFilters() {
  let shown = 0;
  let total = 0;
  for (const node of document.querySelectorAll('#findings .finding')) {
    const visible = ui.filters.has(node.dataset.outcome);
    node.classList.toggle('filtered-out', !visible);
    total += 1;
    if (visible) shown += 1;
  }
  for (const group of document.querySelectorAll('#findings .group')) {
    group.classList.toggle('filtered-out', !group.querySelector('.finding:not(.filtered-out)'));
  }
  for (const input of document.querySelectorAll('#filter-options input')) input.checked = ui.filters.has(input.value);
  $('filter-status').textContent = shown === total ? `显示全部 ${total} 条。` : `显示 ${shown} 条，共 ${total} 条（已按结果筛选）。`;
}

function renderReport(report) {
  const text = JSON.stringify(report);
  if (text === ui.lastReport) return;
  ui.lastReport = text;
  ui.report = report;
  const c = report.conclusion;

  $('documents').replaceChildren('适用文件：', ...report.documents.flatMap((d, i) => [i ? '；' : '', documentText(d)]));
  $('print-name').textContent = report.institution_name || '（未填写机构名称）';
  $('print-place').textContent = report.jurisdiction.name;
  $('print-date').textContent = report.as_of;
  $('print-documents').replaceChildren(el('ul', {}, report.documents.map((d) => el('li', { text: documentText(d) }))));
  $('print-version').textContent = report.catalog_version;

  const verdictLabel = verdictLabelOf(c);
  const materials = Object.entries(c.materials ?? {}).filter(([, n]) => n > 0);
  $('conclusion').replaceChildren(
    el('p', { class: `verdict verdict-${c.may_apply}`, id: 'verdict', 'data-may-apply': c.may_apply },
      el('strong', { class: 'verdict-label', text: verdictLabel }), el('span', { class: 'verdict-summary', text: c.summary })),
    el('ul', { class: 'counts', 'aria-label': '各结果的条数（不含申请材料与征求意见稿）' },
      ui.labels.outcomes.map((o) => el('li', { class: `count outcome-${o.value}`, 'data-outcome': o.value },
        el('span', { class: 'count-label', text: o.label }), ' ', el('strong', { text: String(c.counts[o.value] ?? 0) })))),
    // (replaceChildren would write a null as the text "null")
    ...(materials.length
      ? [el('p', { class: 'materials-counts', text: `${labelOf('groups', 'materials')}：${materials.map(([o, n]) => `${labelOf('outcomes', o)} ${n}`).join(' · ')}` })]
      : []),
    el('p', { class: 'meta', text: `${report.institution_name ? `${report.institution_name} · ` : ''}${report.jurisdiction.name} · 自查日期 ${report.as_of} · 规则目录 ${report.catalog_version}` }));

  const verdictText = `${verdictLabel}。${c.summary}`;
  if (verdictText !== ui.verdict) {
    ui.verdict = verdictText;
    $('verdict-live').textContent = `自查结论：${verdictText}`;
  }
  $('mini-verdict').replaceChildren('当前结论：',
    el('strong', { class: `verdict-${c.may_apply}`, text: verdictLabel }), ' ',
    el('a', { href: '#report-title', text: '查看结论与整改清单' }));

  renderFixList(report);

  const sections = [];
  for (const group of groupOrder(report.findings)) {
    for (const draft of [false, true]) {
      const findings = report.findings.filter((f) => f.group === group && f.draft === draft);
      if (!findings.length) continue;
      const label = labelOf('groups', group);
      const title = draft ? `${label}（征求意见稿，未生效，不计入结论）` : label;
      sections.push(el('section', { class: `group group-${group}`, 'data-group': group, 'data-draft': String(draft), 'aria-label': title },
        el('h4', { text: title }), findings.map(findingNode)));
    }
  }
  $('findings').replaceChildren(...sections);
  renderFilters(report.findings);
  applyFilters();

  const dates = c.next_dates ?? [];
  $('timeline').hidden = dates.length === 0;
  $('timeline-list').replaceChildren(...dates.map((d) =>
    el('li', { class: `date-${d.kind} basis-${d.basis}` },
      el('time', { datetime: d.date, text: d.date }), ' ',
      el('span', { text: d.label }),
      el('span', { class: 'kind', text: `（${labelOf('date_kinds', d.kind)}）` }),
      el('span', { class: 'basis', text: labelOf('date_bases', d.basis) }))));
  $('print-checklist').hidden = !report.findings.some((f) => f.group === 'materials');
  $('export-ics').hidden = !report.findings.some((f) => !f.draft && f.dates?.length);
}

/** Whether the answers call for the compliance self-audit. */
function needsAudit() {
  return state.answers['application.kind'] === 'designated'
    || Object.keys(state.answers).some((id) => id.startsWith('compliance.'));
}

/** Fetches and starts the full engine, once; the page is updated when it is in. */
function withAudit() {
  if (engine.hasAudit()) return Promise.resolve();
  if (!fullEngine) {
    document.body.dataset.loading = 'audit';
    $('audit-loading').hidden = false;
    fullEngine = import('./pkg-full/dingdian.js')
      .then(async (full) => {
        await full.default();
        engine = full;
      })
      .finally(() => {
        delete document.body.dataset.loading;
        $('audit-loading').hidden = true;
      });
  }
  return fullEngine;
}

/** Loads the full engine first when a saved file holds a self-audit. */
async function engineForFiles(...texts) {
  if (texts.some((t) => /"compliance"|"designated"/.test(t))) await withAudit().catch(() => {});
}

/** The conclusion's label: a self-audit's words when it is one. */
function verdictLabelOf(conclusion) {
  return conclusion?.label ?? '';
}

function update() {
  if (needsAudit() && !engine.hasAudit()) {
    withAudit().then(update, (error) => {
      fullEngine = null;
      showErrors([{ field: null, message: `无法加载定点后合规自查规则：${error?.message ?? error}` }]);
    });
  }
  renderQuestions();
  const result = engine.check(buildProfile(), state.asOf);
  if (result.type === 'success') {
    showErrors([]);
    renderReport(result.value);
  } else {
    showErrors(result.errors);
  }
}

// ------------------------------------------------------------------ dialog

function showArticle(documentCode, label, opener) {
  const result = engine.article(documentCode, label);
  if (result.type !== 'success') return;
  const a = result.value;
  $('article-title').textContent = `《${a.document_title}》${a.label}`;
  $('article-presumed').hidden = !a.presumed;
  $('article-text').textContent = a.text;
  ui.opener = opener;
  $('article-dialog').showModal();
  $('article-close').focus();
}

/** Keeps Tab inside the open dialog (the page behind it is inert already). */
function trapFocus(event) {
  if (event.key !== 'Tab') return;
  const dialog = $('article-dialog');
  const focusable = [...dialog.querySelectorAll('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')]
    .filter((n) => !n.hidden && !n.disabled);
  if (!focusable.length) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (document.activeElement === last || !dialog.contains(document.activeElement))) {
    event.preventDefault();
    first.focus();
  }
}

// ------------------------------------------------------------ files, exports

function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function fileStatus(kind, ...content) {
  const box = $('file-status');
  box.className = `file-status ${kind}`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  box.replaceChildren(...content);
}

function exportOrShow(result, filename, type) {
  if (result.type === 'success') {
    download(filename, result.value, type);
    return true;
  }
  showErrors(result.errors);
  fileStatus('error', el('p', { text: '当前回答有误，无法导出：' }), el('ul', {}, result.errors.map((e) => el('li', { text: e.message }))));
  return false;
}

/** Replaces the answers and date with a saved self-check, or leaves everything as it was. */
async function openFile(file) {
  let text;
  try {
    text = await file.text();
  } catch {
    fileStatus('error', el('p', {}, '无法读取文件「', el('span', { text: file.name }), '」。当前回答未改动。'));
    return;
  }
  await engineForFiles(text);
  const result = engine.readSaved(text);
  if (result.type !== 'success') {
    fileStatus('error',
      el('p', {}, '未能打开「', el('span', { text: file.name }), '」，当前回答未改动：'),
      el('ul', {}, result.errors.map((e) => el('li', { text: e.message }))));
    return;
  }
  const saved = result.value;
  ui.beforeOpen = JSON.parse(JSON.stringify(state));
  const answers = flatten(saved.profile);
  delete answers.format;
  delete answers.jurisdiction;
  state.jurisdiction = saved.profile.jurisdiction;
  state.asOf = saved.as_of;
  state.answers = answers;
  state.step = 'place';
  resetPage();
  fileStatus('ok',
    el('p', {}, '已打开「', el('span', { text: file.name }), `」：${verdictLabelOf(ui.report?.conclusion)}（自查日期 ${saved.as_of}）。原来的回答已被替换。 `,
      el('button', { type: 'button', class: 'link', id: 'undo-open', text: '恢复打开前的回答' })));
}

/** Re-renders everything from `state` (after opening a file, undoing, clearing). */
function resetPage() {
  ui.questionNodes.clear();
  ui.structure = '';
  ui.lastReport = '';
  $('jurisdiction').value = state.jurisdiction;
  $('as-of').value = state.asOf;
  store();
  update();
  showStep();
}

// ----------------------------------------------------------------- compare

async function readChosen(input) {
  const file = input.files?.[0];
  return file ? { name: file.name, text: await file.text() } : null;
}

function changeItem(change) {
  return el('li', { class: `change-item change-${change.change}`, 'data-change': change.change, 'data-compare-rule': change.rule_id },
    el('span', { class: 'change-title', text: change.title }), ' ',
    el('span', { class: 'citation' }, el('span', { text: change.citation.text }), ' ', citationButton(change.citation)),
    el('span', { class: 'change-outcomes' },
      el('span', { class: `badge outcome-${change.before}`, text: change.before ? labelOf('outcomes', change.before) : '—' }),
      el('span', { 'aria-label': '变为', text: ' → ' }),
      el('span', { class: `badge outcome-${change.after}`, text: change.after ? labelOf('outcomes', change.after) : '—' })));
}

async function runCompare() {
  const box = $('compare-result');
  const alert = $('compare-error');
  for (const side of ['before', 'after']) {
    $(`compare-${side}-error`).hidden = true;
    $(`compare-${side}`).removeAttribute('aria-invalid');
  }
  alert.hidden = true;
  const [before, after] = await Promise.all([readChosen($('compare-before')), readChosen($('compare-after'))]);
  const problems = [];
  if (!before) problems.push({ field: 'before', message: '请选择较早的自查文件。' });
  if (!after) problems.push({ field: 'after', message: '请选择较晚的自查文件。' });
  let result = null;
  if (!problems.length) {
    await engineForFiles(before.text, after.text);
    result = engine.compare(before.text, after.text);
    if (result.type !== 'success') problems.push(...result.errors);
  }
  if (problems.length) {
    for (const p of problems) {
      const side = p.field?.startsWith('after') ? 'after' : 'before';
      const note = $(`compare-${side}-error`);
      note.hidden = false;
      note.textContent = p.message;
      $(`compare-${side}`).setAttribute('aria-invalid', 'true');
      $(`compare-${side}`).setAttribute('aria-describedby', `compare-${side}-error`);
    }
    alert.hidden = false;
    alert.replaceChildren(el('p', { text: '无法比较：' }), el('ul', {}, problems.map((p) => el('li', { text: p.message }))));
    box.replaceChildren();
    return;
  }
  const value = result.value;
  const dateOf = (file) => {
    const read = engine.readSaved(file.text);
    return read.type === 'success' ? read.value.as_of : '';
  };
  const side = (title, file, conclusion) => el('div', { class: `compare-side verdict-${conclusion.may_apply}` },
    el('p', { class: 'compare-file' }, `${title}：`, el('span', { text: file.name }), ` · 自查日期 ${dateOf(file)}`),
    el('p', {}, el('strong', { text: verdictLabelOf(conclusion) }), ' ', el('span', { text: conclusion.summary })));
  const groups = ui.labels.changes.map((kind) => {
    const items = value.changes.filter((c) => c.change === kind.value);
    return el('section', { class: `change-group change-group-${kind.value}`, 'data-change-group': kind.value, 'aria-labelledby': `change-${kind.value}-title` },
      el('h4', { id: `change-${kind.value}-title`, text: `${kind.label}（${items.length}）` }),
      items.length ? el('ul', {}, items.map(changeItem)) : el('p', { class: 'hint', text: '无' }));
  });
  box.replaceChildren(
    el('h3', { id: 'compare-result-title', tabindex: '-1', text: '比较结果' }),
    el('div', { class: 'compare-sides' }, side('较早', before, value.before), side('较晚', after, value.after)),
    ...groups);
  $('compare-result-title').focus();
}

// -------------------------------------------------------------------- start

function wire() {
  $('findings').addEventListener('input', (event) => {
    if (event.target.matches('[data-damages-base], [data-damages-nth]')) calculateDamages(event.target);
  });
  const select = $('jurisdiction');
  select.addEventListener('change', () => {
    state.jurisdiction = select.value;
    store();
    update();
  });
  $('as-of').addEventListener('input', (event) => {
    state.asOf = event.target.value;
    store();
    update();
  });
  const form = $('questionnaire');
  const onAnswer = (event) => {
    if (!event.target.dataset.question) return;
    readInput(event.target);
    store();
    update();
  };
  form.addEventListener('input', onAnswer);
  form.addEventListener('change', onAnswer);
  form.addEventListener('submit', (event) => event.preventDefault());

  $('step-list').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-goto]');
    if (button) goToStep(button.dataset.goto);
  });
  $('prev-step').addEventListener('click', () => {
    const index = ui.steps.findIndex((s) => s.id === state.step);
    if (index > 0) goToStep(ui.steps[index - 1].id);
  });
  $('next-step').addEventListener('click', () => {
    const index = ui.steps.findIndex((s) => s.id === state.step);
    if (index < ui.steps.length - 1) goToStep(ui.steps[index + 1].id);
    else {
      $('report-title').focus({ preventScroll: true });
      $('report-title').scrollIntoView({ block: 'start' });
    }
  });

  document.addEventListener('click', (event) => {
    const article = event.target.closest('button[data-article]');
    if (article) {
      showArticle(article.dataset.document, article.dataset.article, article);
      return;
    }
    const show = event.target.closest('[data-show]');
    if (show) {
      showQuestion(show.dataset.show);
      return;
    }
    const drop = event.target.closest('[data-drop]');
    if (drop) {
      delete state.answers[drop.dataset.drop];
      store();
      update();
      return;
    }
    const link = event.target.closest('a[href^="#q-"], a[href^="#finding-"], a[href="#report-title"], a[href="#compare"]');
    if (link) {
      const target = decodeURIComponent(link.getAttribute('href').slice(1));
      if (target.startsWith('q-')) {
        if (showQuestion(target.slice(2))) event.preventDefault();
      } else if (target.startsWith('finding-')) {
        const node = document.getElementById(target);
        if (!node) return;
        event.preventDefault();
        if (node.classList.contains('filtered-out')) {
          ui.filters.add(node.dataset.outcome);
          applyFilters();
        }
        node.focus({ preventScroll: true });
        node.scrollIntoView({ block: 'start' });
      } else {
        event.preventDefault();
        const node = target === 'compare' ? $('compare-title') : $('report-title');
        node.focus({ preventScroll: true });
        node.scrollIntoView({ block: 'start' });
      }
    }
    if (event.target.id === 'undo-open' && ui.beforeOpen) {
      Object.assign(state, ui.beforeOpen);
      ui.beforeOpen = null;
      resetPage();
      fileStatus('ok', el('p', { text: '已恢复打开文件前的回答。' }));
    }
  });

  $('filter-options').addEventListener('change', (event) => {
    if (event.target.checked) ui.filters.add(event.target.value);
    else ui.filters.delete(event.target.value);
    applyFilters();
  });
  $('filter-all').addEventListener('click', () => {
    ui.filters = new Set(ui.labels.outcomes.map((o) => o.value));
    applyFilters();
  });
  $('filter-open').addEventListener('click', () => {
    ui.filters = new Set(OPEN_OUTCOMES);
    applyFilters();
  });

  const dialog = $('article-dialog');
  $('article-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', trapFocus);
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (outside the dialog's box) closes it.
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (event.target === dialog && !inside && event.detail > 0) dialog.close();
  });
  dialog.addEventListener('close', () => {
    if (ui.opener?.isConnected) ui.opener.focus();
    ui.opener = null;
  });

  let armed = null;
  $('clear').addEventListener('click', (event) => {
    const button = event.currentTarget;
    if (!armed) {
      button.textContent = '再次点击以确认清空';
      armed = setTimeout(() => { armed = null; button.textContent = '清空全部回答'; }, 5000);
      return;
    }
    clearTimeout(armed);
    armed = null;
    button.textContent = '清空全部回答';
    state.answers = {};
    state.step = 'place';
    resetPage();
    fileStatus('ok', el('p', { text: '已清空全部回答。' }));
  });

  $('save-file').addEventListener('click', () => {
    const result = engine.save(buildProfile(), state.asOf);
    if (exportOrShow(result, `dingdian-自查-${state.asOf}.json`, 'application/json')) {
      fileStatus('ok', el('p', { text: `已保存自查文件 dingdian-自查-${state.asOf}.json。以后可用“打开自查文件”继续，或用来比较两次自查。` }));
    }
  });
  $('open-file-button').addEventListener('click', () => $('open-file').click());
  $('open-file').addEventListener('change', async (event) => {
    const file = event.target.files?.[0];
    if (file) await openFile(file);
    event.target.value = '';
  });
  $('export-csv').addEventListener('click', () => {
    exportOrShow(engine.findingsCsv(buildProfile(), state.asOf), `dingdian-结论-${state.asOf}.csv`, 'text/csv;charset=utf-8');
  });
  $('export-ics').addEventListener('click', () => {
    exportOrShow(engine.calendar(buildProfile(), state.asOf, { now: new Date().toISOString() }), `dingdian-${state.asOf}.ics`, 'text/calendar;charset=utf-8');
  });
  $('print-report').addEventListener('click', () => window.print());
  $('print-checklist').addEventListener('click', () => {
    document.body.classList.add('print-checklist');
    window.print();
  });
  window.addEventListener('afterprint', () => document.body.classList.remove('print-checklist'));
  $('compare-run').addEventListener('click', runCompare);
}

async function start() {
  await init();
  ui.labels = engine.labels();
  $('catalog-version').textContent = engine.catalogVersion();
  load();
  if (needsAudit()) await withAudit().catch(() => {});

  const jurisdictions = engine.jurisdictions();
  if (!jurisdictions.some((j) => j.code === state.jurisdiction)) state.jurisdiction = jurisdictions[0].code;
  $('jurisdiction').replaceChildren(...jurisdictions.map((j) =>
    el('option', { value: j.code, text: j.name, selected: j.code === state.jurisdiction })));
  $('jurisdiction').value = state.jurisdiction;
  $('as-of').value = state.asOf;

  wire();
  update();
  showStep();
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  const box = $('input-error');
  box.hidden = false;
  box.textContent = `页面无法启动：${error?.message ?? error}`;
});
