// <dingdian-check>: the guided self-check as a Web Component, for agency
// portals. Drop it in a page (or an iframe), set `jurisdiction` (and
// optionally `as-of` and `application`), style it with CSS custom
// properties, and listen for `dingdian-report` events. The engine decides
// everything; this element only renders what it returns.
//
//   <script type="module" src="/any/path/dingdian-check.js"></script>
//   <dingdian-check jurisdiction="nantong"></dingdian-check>
//   el.addEventListener('dingdian-report', (e) => console.log(e.detail.report));
//
// Everything it loads is found beside this file (`import.meta.url`): the
// engine's glue `dingdian.js` and its wasm `dingdian_bg.wasm`; its styles
// are part of this file. So the three files can be served from any path,
// and a bundler that follows `new URL(…, import.meta.url)` ships the wasm.
//
// Attributes: jurisdiction (code, required), as-of (YYYY-MM-DD, default
// today), application (application kind, default new_designation),
// parent-origin (the portal's origin, for the postMessage bridge of an
// iframe-embedded check).
// Properties: profile (read/write the answers as a profile object), report
// (the last report), error (why it could not start or check, or null).
// Events: dingdian-report {report}; dingdian-error {message, errors}.
// Styling: the --dingdian-* custom properties (README.md, 嵌入门户).
import initEngine, * as engine from './dingdian.js';

/** The wasm's SRI hash, written in by the package build (scripts/package.mjs); empty in www/. */
const WASM_INTEGRITY = '';

const wasmUrl = new URL('./dingdian_bg.wasm', import.meta.url);

/** Names an untrusted object may use as keys: none that reaches a prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const KEY = /^[a-z][a-z0-9_]*$/;

const STYLE = `
:host {
  all: initial;
  display: block;
  container-type: inline-size;
  --dd-accent: var(--dingdian-accent, #0b5cad);
  --dd-ink: var(--dingdian-ink, #1d2430);
  --dd-muted: var(--dingdian-muted, #4a5568);
  --dd-line: var(--dingdian-line, #cbd2dc);
  --dd-field-line: var(--dingdian-field-line, #8a94a3);
  --dd-paper: var(--dingdian-paper, #ffffff);
  --dd-field-paper: var(--dingdian-field-paper, #ffffff);
  --dd-verdict-paper: var(--dingdian-verdict-paper, #f4f6f9);
  --dd-pass: var(--dingdian-pass, #1f6f3a);
  --dd-fail: var(--dingdian-fail, #a4161a);
  font-family: var(--dingdian-font, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif);
  font-size: var(--dingdian-font-size, 16px);
  line-height: 1.5;
  color: var(--dd-ink);
  background: var(--dd-paper);
  text-align: start;
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
.frame { display: grid; grid-template-columns: minmax(16em, 1fr) minmax(16em, 1fr); gap: 1em; }
@container (max-width: 720px) { .frame { grid-template-columns: 1fr; } }
fieldset { border: 1px solid var(--dd-line); border-radius: 4px; margin: 0 0 .75em; padding: .5em .75em; min-width: 0; }
legend { font-weight: bold; padding: 0 .25em; }
.question { display: grid; gap: .2em; margin: .4em 0; font-size: .92em; }
input, select { font: inherit; color: var(--dd-ink); background: var(--dd-field-paper); padding: .25em .4em; border: 1px solid var(--dd-field-line); border-radius: 3px; max-width: 100%; }
:focus-visible { outline: 3px solid var(--dd-accent); outline-offset: 2px; }
p, ul { margin: 0 0 .75em; }
.verdict { padding: .5em .7em; border-radius: 4px; border-left: 5px solid var(--dd-accent); background: var(--dd-verdict-paper); }
.verdict-yes { border-left-color: var(--dd-pass); }
.verdict-no { border-left-color: var(--dd-fail); }
.badge { font-size: .8em; font-weight: bold; }
.outcome-fail { color: var(--dd-fail); }
.open { padding-left: 1.1em; font-size: .9em; }
.meta, .note { color: var(--dd-muted); font-size: .85em; }
.error { color: var(--dd-fail); }
`;

/**
 * The styles as a constructed stylesheet: part of this module, so no
 * second file to find and no inline <style>, which a strict style-src
 * would refuse; a <style> element where constructed sheets are missing.
 */
function adoptStyles(root) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }
}

let starting;
/** Starts the engine once for every element; the wasm is checked against its SRI hash when known. */
function start() {
  starting ??= (async () => {
    try {
      engine.catalogVersion();
      return; // the host page has started it already
    } catch {
      // not started yet
    }
    const response = fetch(wasmUrl, WASM_INTEGRITY ? { integrity: WASM_INTEGRITY } : {});
    await initEngine({ module_or_path: response });
  })();
  starting.catch(() => { starting = undefined; });
  return starting;
}

/** Why the engine could not start, in words for the portal's staff. */
function startupMessage(error) {
  const text = String(error?.message ?? error ?? '');
  if (error instanceof WebAssembly.CompileError || /wasm-unsafe-eval|Content Security Policy|WebAssembly/i.test(text)) {
    return '定点自查无法启动：页面的内容安全策略（CSP）不允许运行 WebAssembly。请在 script-src 中加入 \'wasm-unsafe-eval\'。';
  }
  return '定点自查无法启动：未能加载自查引擎文件 dingdian_bg.wasm。请检查该文件能否访问、内容安全策略的 connect-src 是否允许它所在的地址、'
    + '完整性校验值是否与文件一致；放在沙箱 iframe 中（未允许 allow-same-origin）时，组件文件须带 Access-Control-Allow-Origin 响应头。';
}

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

/** A plain copy of an answer (JSON's own data only), or undefined for what JSON cannot carry. */
function copyValue(value) {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

/** The first key of `value` (at any depth) that could reach a prototype, as a path; or null. */
function forbiddenKey(value, path = '') {
  if (!value || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const inner = forbiddenKey(value[key], here);
    if (inner) return inner;
  }
  return null;
}

class DingdianCheck extends HTMLElement {
  static observedAttributes = ['jurisdiction', 'as-of', 'application'];

  /** Answers by question id (`section.field`): a Map, never an object keyed by untrusted text. */
  #answers = new Map();
  #root;
  #labels = null;
  #report = null;
  #error = null;
  #questionIds = '';
  #onMessage = (event) => this.#receive(event);

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#root);
    this.#root.append(
      el('div', { class: 'frame', part: 'frame' },
        el('form', { class: 'questions', part: 'questions', novalidate: true }),
        el('section', { class: 'report', part: 'report', 'aria-live': 'polite' })),
    );
    this.#root.querySelector('form').addEventListener('change', (event) => this.#onAnswer(event.target));
  }

  async connectedCallback() {
    window.addEventListener('message', this.#onMessage);
    if (this.#labels) return;
    try {
      await start();
    } catch (error) {
      this.#fail(startupMessage(error), [], error);
      return;
    }
    this.#labels = engine.labels();
    this.#update();
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.#onMessage);
  }

  attributeChangedCallback() {
    if (this.#labels) this.#update();
  }

  /** The answers as a profile object (the documented profile format). */
  get profile() {
    const profile = { jurisdiction: this.getAttribute('jurisdiction') ?? '' };
    const application = this.getAttribute('application');
    if (application) profile.application = { kind: application };
    for (const [id, value] of this.#answers) {
      const [section, field] = id.split('.');
      if (!Object.hasOwn(profile, section)) profile[section] = {};
      profile[section][field] = copyValue(value);
    }
    return profile;
  }

  /**
   * Replaces every answer with those of `profile` and shows them. A profile
   * with a key that could reach a prototype (`__proto__`, `constructor`,
   * `prototype`) or a key the format cannot have is refused whole, with a
   * `dingdian-error` event; the answers stay as they were.
   */
  set profile(profile) {
    if (!profile || typeof profile !== 'object' || Array.isArray(profile)) {
      this.#fail('机构信息应为一个对象（{ … }）。');
      return;
    }
    const bad = forbiddenKey(profile);
    if (bad) {
      this.#fail(`机构信息中的字段名「${bad}」不允许使用，未读取这份机构信息。`, [{ field: bad, message: '不允许的字段名' }]);
      return;
    }
    const answers = new Map();
    let jurisdiction = null;
    for (const [section, fields] of Object.entries(profile)) {
      if (section === 'jurisdiction') {
        jurisdiction = fields;
        continue;
      }
      if (section === 'format') continue;
      if (!KEY.test(section) || !fields || typeof fields !== 'object' || Array.isArray(fields)) {
        this.#fail(`机构信息中的「${section}」应为一组回答（{ … }），未读取这份机构信息。`, [{ field: section, message: '应为对象' }]);
        return;
      }
      for (const [field, value] of Object.entries(fields)) {
        if (!KEY.test(field)) {
          this.#fail(`机构信息中的字段名「${section}.${field}」不是本格式的字段，未读取这份机构信息。`, [{ field: `${section}.${field}`, message: '未知字段' }]);
          return;
        }
        const copy = copyValue(value);
        if (copy !== undefined && copy !== null) answers.set(`${section}.${field}`, copy);
      }
    }
    this.#answers = answers;
    this.#questionIds = ''; // show the new values even when the questions stay the same
    if (typeof jurisdiction === 'string' && jurisdiction && jurisdiction !== this.getAttribute('jurisdiction')) {
      this.setAttribute('jurisdiction', jurisdiction);
    } else if (this.#labels) {
      this.#update();
    }
  }

  /** The last report, or null. */
  get report() {
    return this.#report;
  }

  /** Why the element could not start or check (`{message, errors}`), or null. */
  get error() {
    return this.#error;
  }

  #asOf() {
    return this.getAttribute('as-of') || todayLocal();
  }

  /** The portal's origin for the postMessage bridge, when this check runs in its iframe. */
  #parentOrigin() {
    const origin = this.getAttribute('parent-origin');
    if (!origin || origin === '*' || window.parent === window) return null;
    return origin;
  }

  #post(message) {
    const origin = this.#parentOrigin();
    if (origin) window.parent.postMessage({ source: 'dingdian', version: 1, ...message }, origin);
  }

  /** A profile sent by the portal: only from the parent window, only from `parent-origin`. */
  #receive(event) {
    const origin = this.#parentOrigin();
    if (!origin || event.source !== window.parent || event.origin !== origin) return;
    const data = event.data;
    if (!data || data.source !== 'dingdian' || data.type !== 'profile') return;
    this.profile = data.profile;
  }

  #fail(message, errors = [], cause = undefined) {
    this.#error = { message, errors: errors.length ? errors : [{ field: null, message }] };
    if (!this.#labels) {
      this.#root.querySelector('.report').replaceChildren(el('p', { class: 'error', role: 'alert', text: message }));
    }
    this.dispatchEvent(new CustomEvent('dingdian-error', {
      detail: { ...this.#error, cause }, bubbles: true, composed: true,
    }));
    this.#post({ type: 'error', message, errors: this.#error.errors });
  }

  #onAnswer(target) {
    const id = target.dataset.question;
    if (!id) return;
    let value;
    if (target.type === 'checkbox') value = target.checked;
    else if (target.dataset.kind === 'yes_no') value = target.value === '' ? undefined : target.value === 'true';
    else if (target.dataset.kind === 'count') value = /^\d+$/.test(target.value.trim()) ? Number(target.value.trim()) : (target.value || undefined);
    else value = target.value || undefined;
    if (value === undefined) this.#answers.delete(id);
    else this.#answers.set(id, value);
    this.#update();
  }

  #field(question) {
    const id = question.id;
    const kind = question.kind.type;
    const value = this.#answers.get(id);
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
      if (value !== undefined && (typeof value !== 'object')) input.value = String(value);
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
      const message = result.errors.map((e) => e.message).join('；');
      section.replaceChildren(el('p', { class: 'error', role: 'alert', text: message }));
      this.#fail(message, result.errors);
      return;
    }
    this.#error = null;
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
    this.#post({ type: 'report', report });
  }
}

if (!customElements.get('dingdian-check')) customElements.define('dingdian-check', DingdianCheck);
