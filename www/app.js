// The page renders; Rust decides. Every question, outcome, citation and
// label comes from the wasm engine; this script only builds the profile from
// the answers, asks the engine, and shows what it says. User text is only
// ever inserted as text.
import init, * as engine from './pkg/dingdian.js';

const STORAGE_KEY = 'dingdian.answers.v1';
const $ = (id) => document.getElementById(id);

const state = { jurisdiction: 'jiangsu', asOf: todayLocal(), answers: {} };
let labels = null;
let questionIds = '';
let kinds = {};

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
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
    if (saved && typeof saved === 'object') {
      if (typeof saved.jurisdiction === 'string') state.jurisdiction = saved.jurisdiction;
      if (typeof saved.asOf === 'string') state.asOf = saved.asOf;
      if (saved.answers && typeof saved.answers === 'object') state.answers = saved.answers;
    }
  } catch {
    // A damaged store is left as it is and the page starts empty.
  }
}

function save() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage may be unavailable (private mode); the page still works.
  }
}

/** The profile JSON from the answers: each question id is a JSON path. */
function buildProfile() {
  const profile = { jurisdiction: state.jurisdiction };
  for (const [id, value] of Object.entries(state.answers)) {
    if (value === undefined || value === '') continue;
    const parts = id.split('.');
    let node = profile;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part];
    }
    node[parts[parts.length - 1]] = value;
  }
  return profile;
}

function labelOf(list, value) {
  return labels?.[list]?.find((l) => l.value === value)?.label ?? value;
}

// ---------------------------------------------------------------- questions

function fieldFor(question) {
  const id = question.id;
  const helpId = `help-${id}`;
  const describedBy = question.help ? helpId : undefined;
  const help = question.help ? el('p', { class: 'help', id: helpId, text: question.help }) : null;
  const basis = question.asked_by.length
    ? el('p', { class: 'basis', text: `依据：${question.asked_by.join('；')}` })
    : null;
  const value = state.answers[id];
  const kind = question.kind;
  kinds[id] = kind.type;

  if (kind.type === 'checkbox') {
    return el('div', { class: 'question checkbox', id: `q-${id}` },
      el('label', { class: 'choice' },
        el('input', { type: 'checkbox', id: `input-${id}`, 'data-question': id, checked: value === true, 'aria-describedby': describedBy }),
        question.label),
      help, basis);
  }

  if (kind.type === 'multi_choice') {
    const chosen = Array.isArray(value) ? value : [];
    return el('fieldset', { class: 'question', id: `q-${id}`, 'aria-describedby': describedBy },
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
    return el('fieldset', { class: 'question', id: `q-${id}`, 'aria-describedby': describedBy },
      el('legend', { text: question.label }), el('div', { class: 'options' }, options), help, basis);
  }

  let input;
  if (kind.type === 'choice') {
    input = el('select', { id: `input-${id}`, 'data-question': id, 'aria-describedby': describedBy },
      el('option', { value: '', text: '（请选择）' }),
      kind.options.map((o) => el('option', { value: o.value, text: o.label, selected: value === o.value })));
  } else {
    const type = kind.type === 'date' ? 'date' : kind.type === 'count' ? 'number' : 'text';
    input = el('input', {
      id: `input-${id}`, type, 'data-question': id, 'aria-describedby': describedBy,
      min: kind.type === 'count' ? '0' : undefined, step: kind.type === 'count' ? '1' : undefined,
      inputmode: kind.type === 'count' ? 'numeric' : undefined,
    });
    if (value !== undefined) input.value = String(value);
  }
  return el('div', { class: 'question', id: `q-${id}` },
    el('label', { for: `input-${id}`, text: question.label }), input, help, basis);
}

function renderQuestions() {
  const result = engine.questionnaire(buildProfile());
  if (result.type !== 'success') return;
  const groups = result.value;
  const ids = groups.flatMap((g) => g.questions.map((q) => q.id)).join(',');
  if (ids === questionIds) return;
  questionIds = ids;
  // A material's box left unticked means the material is not in hand.
  for (const q of groups.flatMap((g) => g.questions)) {
    if (q.kind.type === 'checkbox' && !(q.id in state.answers)) state.answers[q.id] = false;
  }
  const focused = document.activeElement?.dataset?.question;
  const form = $('questionnaire');
  form.replaceChildren(...groups.map((group) =>
    el('fieldset', { class: 'section', id: `section-${group.section}` },
      el('legend', { text: group.title }),
      group.questions.map(fieldFor))));
  if (focused) form.querySelector(`[data-question="${CSS.escape(focused)}"]`)?.focus();
}

function readInput(target) {
  const id = target.dataset.question;
  if (!id) return;
  const raw = target.value;
  let value;
  switch (kinds[id]) {
    case 'checkbox': value = target.checked; break;
    case 'multi_choice':
      value = [...document.querySelectorAll(`input[data-multi][name="${CSS.escape(id)}"]:checked`)].map((n) => n.value);
      break;
    case 'yes_no': value = raw === '' ? undefined : raw === 'true'; break;
    case 'count': value = raw.trim() === '' ? undefined : (/^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw); break;
    default: value = raw === '' ? undefined : raw;
  }
  if (value === undefined) delete state.answers[id];
  else state.answers[id] = value;
}

// ------------------------------------------------------------------- report

function showErrors(errors) {
  const box = $('input-error');
  for (const node of document.querySelectorAll('[aria-invalid="true"]')) node.removeAttribute('aria-invalid');
  if (!errors.length) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.hidden = false;
  box.replaceChildren(el('p', { text: '以下输入无法使用，结论暂未更新：' }),
    el('ul', {}, errors.map((e) => el('li', { text: e.message }))));
  for (const e of errors) {
    if (!e.field) continue;
    const input = document.querySelector(`[data-question="${CSS.escape(e.field)}"]`);
    input?.setAttribute('aria-invalid', 'true');
    if (e.field === 'as_of') $('as-of').setAttribute('aria-invalid', 'true');
  }
}

function findingNode(f) {
  const article = el('article', { class: `finding outcome-${f.outcome}`, id: `finding-${f.rule_id}`, 'data-rule': f.rule_id, 'data-outcome': f.outcome },
    el('header', {},
      el('span', { class: 'badge', text: labelOf('outcomes', f.outcome) }),
      el('h4', { text: f.title })),
    el('p', { class: 'citation' },
      el('span', { text: f.citation.text }),
      el('button', { type: 'button', class: 'link', 'data-document': f.citation.document, 'data-article': f.citation.article, text: '查看原文' })),
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
  if (f.reading) article.append(el('p', { class: 'reading', text: `读法：${f.reading}` }));
  if (f.draft_note) article.append(el('p', { class: 'draft-note', text: `征求意见稿：${f.draft_note}` }));
  if (!['pass', 'not_applicable'].includes(f.outcome)) {
    article.append(el('p', { class: 'advice', text: `建议：${f.advice}` }));
  }
  return article;
}

function renderReport(report) {
  $('documents').textContent = report.documents
    .map((d) => `${d.role === 'decides' ? '适用' : '征求意见稿（仅供预检）'}：《${d.title}》（${d.note}）`)
    .join('；');
  const c = report.conclusion;
  const counts = labels.outcomes.map((o) => `${o.label} ${c.counts[o.value] ?? 0}`).join(' · ');
  const m = c.materials;
  const hasMaterials = Object.values(m).some((n) => n > 0);
  $('print-checklist').hidden = !hasMaterials;
  $('conclusion').replaceChildren(
    el('p', { class: `verdict verdict-${c.may_apply}`, id: 'verdict', 'data-may-apply': c.may_apply },
      el('strong', { text: labelOf('may_apply', c.may_apply) }), ' ', c.summary),
    el('p', { class: 'counts', text: counts }),
    el('p', { class: 'meta', text: `自查日期 ${report.as_of} · ${report.jurisdiction.name} · 规则目录 ${report.catalog_version}` }));

  const sections = [];
  for (const group of labels.groups) {
    for (const draft of [false, true]) {
      const findings = report.findings.filter((f) => f.group === group.value && f.draft === draft);
      if (!findings.length) continue;
      const title = draft ? `${group.label}（征求意见稿，未生效，不计入结论）` : group.label;
      sections.push(el('section', { class: `group group-${group.value}`, 'data-group': group.value, 'data-draft': String(draft) },
        el('h3', { text: title }), findings.map(findingNode)));
    }
  }
  $('findings').replaceChildren(...sections);
  $('findings').classList.remove('stale');

  const dates = c.next_dates ?? [];
  $('timeline').hidden = dates.length === 0;
  $('export-ics').hidden = !report.findings.some((f) => !f.draft && f.dates?.length);
  $('timeline-list').replaceChildren(...dates.map((d) =>
    el('li', { class: `date-${d.kind} basis-${d.basis}` },
      el('time', { datetime: d.date, text: d.date }), ' ',
      el('span', { text: d.label }),
      el('span', { class: 'kind', text: `（${labelOf('date_kinds', d.kind)}）` }),
      el('span', { class: 'basis', text: labelOf('date_bases', d.basis) }))));
}

function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function update() {
  renderQuestions();
  const result = engine.check(buildProfile(), state.asOf);
  if (result.type === 'success') {
    showErrors([]);
    renderReport(result.value);
  } else {
    showErrors(result.errors);
    $('findings').classList.add('stale');
  }
}

function showArticle(documentCode, label) {
  const result = engine.article(documentCode, label);
  if (result.type !== 'success') return;
  const a = result.value;
  $('article-title').textContent = `《${a.document_title}》${a.label}`;
  $('article-presumed').hidden = !a.presumed;
  $('article-text').textContent = a.text;
  $('article-dialog').showModal();
}

// -------------------------------------------------------------------- start

async function start() {
  await init();
  labels = engine.labels();
  $('catalog-version').textContent = engine.catalogVersion();
  load();

  const select = $('jurisdiction');
  select.replaceChildren(...engine.jurisdictions().map((j) =>
    el('option', { value: j.code, text: j.name, selected: j.code === state.jurisdiction })));
  select.value = state.jurisdiction;
  $('as-of').value = state.asOf;

  select.addEventListener('change', () => {
    state.jurisdiction = select.value;
    save();
    update();
  });
  $('as-of').addEventListener('input', (event) => {
    state.asOf = event.target.value;
    save();
    update();
  });
  const form = $('questionnaire');
  const onAnswer = (event) => {
    readInput(event.target);
    save();
    update();
  };
  form.addEventListener('input', onAnswer);
  form.addEventListener('change', onAnswer);
  form.addEventListener('submit', (event) => event.preventDefault());

  $('findings').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-article]');
    if (button) showArticle(button.dataset.document, button.dataset.article);
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
    questionIds = '';
    save();
    update();
  });

  $('print-checklist').addEventListener('click', () => {
    document.body.classList.add('print-checklist');
    window.print();
  });
  window.addEventListener('afterprint', () => document.body.classList.remove('print-checklist'));
  $('export-ics').addEventListener('click', () => {
    const result = engine.calendar(buildProfile(), state.asOf);
    if (result.type === 'success') download(`dingdian-${state.asOf}.ics`, result.value, 'text/calendar;charset=utf-8');
    else showErrors(result.errors);
  });

  update();
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  const box = $('input-error');
  box.hidden = false;
  box.textContent = `页面无法启动：${error?.message ?? error}`;
});
