// <dingdian-check>: the guided self-check as a Web Component, for agency
// portals. Drop it in a page (or an iframe), set `jurisdiction` (and
// optionally `as-of` and `application`), style it with CSS custom
// properties, and listen for `dingdian-report` events. The engine decides
// everything; this element only renders what it returns. It needs no special
// HTTP headers (no COOP/COEP) — only a CSP that allows 'wasm-unsafe-eval'.
//
//   <script type="module" src="/dingdian/embed/dingdian-check.js"></script>
//   <dingdian-check jurisdiction="nantong"></dingdian-check>
//   el.addEventListener('dingdian-report', (e) => console.log(e.detail.report));
//
// Attributes: jurisdiction (code, required), as-of (YYYY-MM-DD, default
// today), application (application kind, default new_designation).
// Properties: profile (read/write the answers as a profile object), report.
// Styling: --dingdian-accent, --dingdian-ink, --dingdian-muted,
// --dingdian-line, --dingdian-paper, --dingdian-pass, --dingdian-fail,
// --dingdian-font.
import init, * as engine from '../pkg-full/dingdian.js';

const ready = init();
const stylesheet = new URL('./dingdian-check.css', import.meta.url).href;

function todayLocal() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

class DingdianCheck extends HTMLElement {
  static observedAttributes = ['jurisdiction', 'as-of', 'application'];

  #answers = {};
  #root;
  #labels = null;
  #report = null;
  #questionIds = '';

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.append(
      el('link', { rel: 'stylesheet', href: stylesheet }),
      el('div', { class: 'frame', part: 'frame' },
        el('form', { class: 'questions', part: 'questions', novalidate: true }),
        el('section', { class: 'report', part: 'report', 'aria-live': 'polite' })),
    );
    this.#root.querySelector('form').addEventListener('change', (event) => this.#onAnswer(event.target));
  }

  async connectedCallback() {
    await ready;
    this.#labels = engine.labels();
    this.#update();
  }

  attributeChangedCallback() {
    if (this.#labels) this.#update();
  }

  /** The answers as a profile object (the documented profile format). */
  get profile() {
    const profile = { jurisdiction: this.getAttribute('jurisdiction') ?? '' };
    const application = this.getAttribute('application');
    if (application) profile.application = { kind: application };
    for (const [id, value] of Object.entries(this.#answers)) {
      const [section, field] = id.split('.');
      profile[section] ??= {};
      profile[section][field] = value;
    }
    return profile;
  }

  set profile(profile) {
    this.#answers = {};
    for (const [section, fields] of Object.entries(profile ?? {})) {
      if (!fields || typeof fields !== 'object' || Array.isArray(fields)) continue;
      for (const [field, value] of Object.entries(fields)) this.#answers[`${section}.${field}`] = value;
    }
    if (profile?.jurisdiction) this.setAttribute('jurisdiction', profile.jurisdiction);
    else if (this.#labels) this.#update();
  }

  /** The last report, or null. */
  get report() {
    return this.#report;
  }

  #asOf() {
    return this.getAttribute('as-of') || todayLocal();
  }

  #onAnswer(target) {
    const id = target.dataset.question;
    if (!id) return;
    let value;
    if (target.type === 'checkbox') value = target.checked;
    else if (target.dataset.kind === 'yes_no') value = target.value === '' ? undefined : target.value === 'true';
    else if (target.dataset.kind === 'count') value = /^\d+$/.test(target.value.trim()) ? Number(target.value.trim()) : (target.value || undefined);
    else value = target.value || undefined;
    if (value === undefined) delete this.#answers[id];
    else this.#answers[id] = value;
    this.#update();
  }

  #field(question) {
    const id = question.id;
    const kind = question.kind.type;
    const value = this.#answers[id];
    const label = `${question.label}`;
    let input;
    if (kind === 'yes_no') {
      input = el('select', { 'data-question': id, 'data-kind': kind, 'aria-label': label },
        [['', '（未答）'], ['true', '是'], ['false', '否']].map(([v, t]) =>
          el('option', { value: v, text: t, selected: String(value ?? '') === v })));
    } else if (kind === 'checkbox') {
      input = el('input', { type: 'checkbox', 'data-question': id, 'aria-label': label, checked: value === true });
    } else if (kind === 'choice') {
      input = el('select', { 'data-question': id, 'data-kind': kind, 'aria-label': label },
        el('option', { value: '', text: '（请选择）' }),
        question.kind.options.map((o) => el('option', { value: o.value, text: o.label, selected: value === o.value })));
    } else if (kind === 'multi_choice') {
      return el('p', { class: 'note', text: `${label}：请在完整页面中填写（多选）。` });
    } else {
      input = el('input', {
        type: kind === 'date' ? 'date' : kind === 'count' ? 'number' : 'text',
        'data-question': id, 'data-kind': kind, 'aria-label': label, min: kind === 'count' ? '0' : undefined,
      });
      if (value !== undefined) input.value = String(value);
    }
    return el('label', { class: 'question', part: 'question' }, el('span', { text: label }), input);
  }

  #update() {
    const profile = this.profile;
    const groups = engine.questionnaire(profile);
    if (groups.type === 'success') {
      const ids = groups.value.flatMap((g) => g.questions.map((q) => q.id)).join(',');
      if (ids !== this.#questionIds) {
        this.#questionIds = ids;
        this.#root.querySelector('form').replaceChildren(...groups.value.map((g) =>
          el('fieldset', {}, el('legend', { text: g.title }), g.questions.map((q) => this.#field(q)))));
      }
    }
    const result = engine.check(profile, this.#asOf());
    const section = this.#root.querySelector('.report');
    if (result.type !== 'success') {
      section.replaceChildren(el('p', { class: 'error', role: 'alert', text: result.errors.map((e) => e.message).join('；') }));
      this.dispatchEvent(new CustomEvent('dingdian-error', { detail: { errors: result.errors }, bubbles: true, composed: true }));
      return;
    }
    const report = result.value;
    this.#report = report;
    const label = (list, value) => this.#labels[list].find((l) => l.value === value)?.label ?? value;
    const open = report.findings.filter((f) => !f.draft && ['fail', 'needs_review', 'needs_information'].includes(f.outcome));
    section.replaceChildren(
      el('p', { class: `verdict verdict-${report.conclusion.may_apply}`, part: 'verdict' },
        el('strong', { text: report.conclusion.label }), ' ', report.conclusion.summary),
      el('ul', { class: 'open' }, open.slice(0, 12).map((f) =>
        el('li', {}, el('span', { class: `badge outcome-${f.outcome}`, text: label('outcomes', f.outcome) }), ' ',
          f.title, '（', f.citation.text, '）'))),
      el('p', { class: 'meta', text: `规则目录 ${report.catalog_version} · ${report.rules_hash}` }),
    );
    this.dispatchEvent(new CustomEvent('dingdian-report', { detail: { report }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('dingdian-check')) customElements.define('dingdian-check', DingdianCheck);
