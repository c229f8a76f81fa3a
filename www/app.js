// The page renders; Rust decides. Every question, outcome, citation, label,
// date, CSV of findings, calendar and saved file comes from the wasm engine;
// this script builds the profile from the answers, asks the engine, and
// shows what it says. User text is only ever inserted as text; objects keyed
// by anything a user or a file supplies are built without a prototype.
//
// scripts/build-single.mjs inlines this file into the single-file build and
// replaces the two imports below: keep them as they are, one line each.
import init, * as liteEngine from './pkg/dingdian.js';
import { plain, readNumber, csv, fileNamePart, helpFor, percentText } from './text.js';

// The engine in use: the page loads the build without the compliance
// self-audit (within the page's size budget) and swaps in the full build
// when a self-audit is chosen; the full build is fetched while the browser
// is idle after the first report, so that the swap is instant.
let engine = liteEngine;
let fullEngine = null;
const $ = (id) => document.getElementById(id);

// ------------------------------------------------------------------ doors

const DOORS = {
  apply: {
    label: '申请定点前预检',
    note: '新增定点、“互联网+”补充协议、信息变更、续签：申请条件、材料与时限',
    title: '医保定点申请前预检',
    lede: '在向医保经办机构提出申请之前，逐条对照所在地的规定自查：能不能申请、哪些条件尚不具备、材料齐不齐、哪天截止。',
  },
  audit: {
    label: '定点后合规自查',
    note: '已定点的医疗机构：运行期义务、违规情形、考核指标，按季度自查',
    title: '定点后合规自查',
    lede: '已定点的医疗机构对照所在地文件与服务协议逐项自查：义务是否落实、有无违规情形、指标是否达标。每项未落实都列出文件规定的后果，整改清单可分派责任人和期限。',
  },
  pharmacy: {
    label: '零售药店',
    note: '吉林的零售药店：申请定点前预检，或定点后合规自查',
    title: '零售药店医保定点自查',
    lede: '零售药店对照《吉林省医药机构医疗保障协议管理经办规程》自查：申请定点前看能不能申请、材料齐不齐；定点后看协议义务是否落实。',
  },
};
const LEDE_TAIL = '每项结论都注明依据的条款并引用原文。所有计算都在本机浏览器内完成，填写的信息不会发送到任何地方。';

// The guided walk. A step shows the questionnaire sections listed here; the
// self-audit's sections come as the engine's portions, a step each. A
// section this table does not know gets a step of its own, titled by the
// engine, before the last step.
const STEP_SECTIONS = {
  place: ['application'],
  institution: ['institution'],
  conditions: ['staff', 'systems', 'it', 'pharmacy', 'internet', 'history'],
  materials: ['materials'],
  deadlines: ['procedure'],
};
const AUDIT_SECTIONS = ['services', 'obligations', 'conduct', 'indicators'];
// Questions whose answer the walk does not require: a material is ticked
// when in hand; names and periods are for the header; the procedure's dates
// are of steps not yet taken.
const OPTIONAL_KINDS = ['checkbox', 'text'];
const OPTIONAL_SECTIONS = ['procedure', 'materials'];
// "只看待处理": the outcomes that ask something of the institution.
const OPEN_OUTCOMES = ['fail', 'needs_information', 'needs_review'];
const FIX_GROUP_ORDER = ['refusal', 'eligibility', 'condition', 'materials'];
// The grade of a consequence when the engine does not give one.
const GRADE_OF_SEVERITY = {
  termination_and_bar: 'high', termination: 'high', suspension: 'high',
  damages: 'medium', recovery: 'medium', rectification: 'low', unspecified: 'low',
};
const GRADE_LABEL = { high: '高', medium: '中', low: '低' };

const state = newState();
const ui = {
  labels: null,
  jurisdictions: [],
  steps: [],
  questions: new Map(), // id → question as the engine asked it
  questionNodes: new Map(), // id → { signature, node }
  asked: null, // the ids asked at the last render
  structure: '',
  report: null,
  conclusionKey: '',
  findingNodes: new Map(), // rule id → { signature, node }
  fixNodes: new Map(),
  groupNodes: new Map(),
  forbidden: new Set(), // question ids of forbidden acts
  verdict: '',
  filters: new Set(),
  opener: null,
  beforeOpen: null,
  rev: 0,
  conflict: false,
  storageError: false,
  persist: !fromDisk(),
  memory: new Map(),
  answering: false,
  knownIds: null,
};

/** The single file opened from disk: other local files share its storage, so nothing is stored without consent. */
function fromDisk() {
  return location.protocol === 'file:';
}

function newState(jurisdiction = 'jiangsu') {
  return {
    id: draftId(), jurisdiction, asOf: todayLocal(), door: 'apply', answers: Object.create(null),
    ledger: Object.create(null), setAside: [], step: 'place', visited: ['place'],
  };
}

function draftId() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
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

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) node.append(child);
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

const plainCache = new Map();
/** `plain`, remembered: catalog texts repeat on every update. */
function plainText(text) {
  if (!text) return '';
  let out = plainCache.get(text);
  if (out === undefined) {
    out = plain(text);
    plainCache.set(text, out);
  }
  return out;
}

function labelOf(list, value) {
  return ui.labels?.[list]?.find((l) => l.value === value)?.label ?? value;
}

function chineseDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

// ------------------------------------------------------- answers (untrusted)

/** A question id as the engine writes them: dotted lowercase words, so never `__proto__` or `constructor`. */
function isSafeId(id) {
  return typeof id === 'string' && id.length < 120 && /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/.test(id)
    && !id.split('.').some((p) => ['constructor', 'prototype'].includes(p));
}

/** A rule id, as the catalog writes them. */
function isSafeRuleId(id) {
  return typeof id === 'string' && id.length < 120 && /^[a-z][a-z0-9_.-]*$/.test(id) && !id.includes('__');
}

/** An answer value of a kind the page can hold (JSON data, no objects beyond a measure). */
function isAnswerValue(value) {
  if (['boolean', 'string'].includes(typeof value)) return typeof value !== 'string' || value.length < 2000;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.length < 50 && value.every((v) => typeof v === 'string' && v.length < 100);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length > 0 && keys.every((k) => ['numerator', 'denominator', 'percent'].includes(k)
      && ['number', 'string', 'undefined'].includes(typeof value[k]));
  }
  return false;
}

/** Answers from untrusted data: a prototype-free map of safe ids; the rest set aside. */
function answersFrom(data, setAside) {
  const answers = Object.create(null);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return answers;
  for (const id of Object.keys(data)) {
    const value = data[id];
    if (isSafeId(id) && isAnswerValue(value)) {
      answers[id] = Array.isArray(value) ? [...value] : (value && typeof value === 'object' ? measureFrom(value) : value);
    } else if (value !== null && value !== undefined) {
      setAside.push({ id: isSafeId(id) ? id : null, reason: 'unknown' });
    }
  }
  return answers;
}

function measureFrom(value) {
  const out = Object.create(null);
  for (const k of ['numerator', 'denominator', 'percent']) if (value[k] !== undefined) out[k] = value[k];
  return out;
}

/** A 整改台账 from untrusted data: prototype-free, safe rule ids, text fields only. */
function ledgerFrom(data) {
  const ledger = Object.create(null);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return ledger;
  for (const id of Object.keys(data)) {
    const line = data[id];
    if (!isSafeRuleId(id) || !line || typeof line !== 'object') continue;
    const clean = Object.create(null);
    for (const k of ['owner', 'due', 'status', 'note']) {
      if (typeof line[k] === 'string' && line[k].length <= 500) clean[k] = line[k];
    }
    if (!['not_started', 'in_progress', 'done'].includes(clean.status)) clean.status = 'not_started';
    ledger[id] = clean;
  }
  return ledger;
}

/** The profile JSON from the answers (each question id is a JSON path), leaving out `without`. */
function buildProfile(without = [], answers = state.answers) {
  const profile = Object.create(null);
  profile.jurisdiction = state.jurisdiction;
  const full = engine.hasAudit();
  for (const id of Object.keys(answers)) {
    const value = answers[id];
    if (value === undefined || value === null || value === '' || without.includes(id) || !isSafeId(id)) continue;
    // The first build has no self-audit questions; they wait for the full one.
    if (id.startsWith('compliance.') && !full) continue;
    const parts = id.split('.');
    let node = profile;
    for (const part of parts.slice(0, -1)) {
      if (typeof node[part] !== 'object' || node[part] === null || !Object.hasOwn(node, part)) node[part] = Object.create(null);
      node = node[part];
    }
    node[parts[parts.length - 1]] = value;
  }
  return profile;
}


/** A measured share as the profile holds it: {numerator, denominator} or {percent}. */
function isMeasure(value) {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => ['numerator', 'denominator', 'percent'].includes(k));
}

/** Every question id the engine knows (asked by some rule), for telling an old or new answer from a wrong one. */
function knownIds() {
  const key = engine.hasAudit() ? 'full' : 'lite';
  if (ui.knownIds?.key !== key) {
    const ids = new Set(['institution.name', 'institution.kind', 'application.kind']);
    const result = engine.rules();
    if (result.type === 'success') for (const rule of result.value) for (const id of rule.asks) ids.add(id);
    ui.knownIds = { key, ids };
  }
  return ui.knownIds.ids;
}

/**
 * Sets aside the answers the engine cannot use, so that they never lock the
 * page: those of questions it does not know (an older or newer version's),
 * and, unless `strict`, those it refuses. Returns the answers kept; what was
 * set aside is pushed onto `setAside`. With `strict`, a refused answer to a
 * known question is returned as `errors` instead (a file that is wrong).
 */
function admit(answers, setAside, { strict = false } = {}) {
  const known = knownIds();
  const kept = Object.create(null);
  for (const id of Object.keys(answers)) {
    if (known.has(id) || !id.startsWith('compliance.') || engine.hasAudit()) {
      if (known.has(id)) kept[id] = answers[id];
      else setAside.push({ id, reason: 'unknown', value: answers[id] });
    } else {
      kept[id] = answers[id]; // a self-audit answer waits for the full engine
    }
  }
  for (let round = 0; round < 30; round += 1) {
    const result = engine.check(buildProfile([], kept), state.asOf);
    if (result.type === 'success') return { answers: kept, errors: [] };
    const fields = result.errors.map((e) => owner(e.field, kept)).filter(Boolean);
    if (!fields.length) return { answers: kept, errors: result.errors.filter((e) => e.field !== 'as_of') };
    if (strict) return { answers: kept, errors: result.errors };
    for (const id of new Set(fields)) {
      setAside.push({ id, reason: 'refused', value: kept[id] });
      delete kept[id];
    }
  }
  return { answers: kept, errors: [] };
}

/** The answer id an error's field belongs to (a measure's part belongs to its question). */
function owner(field, answers) {
  if (!field) return null;
  if (field in answers) return field;
  const base = field.replace(/\.(numerator|denominator|percent)$/, '');
  return base in answers ? base : null;
}

function isAnswered(question) {
  const value = state.answers[question.id];
  if (question.kind.type === 'checkbox') return value === true;
  if (Array.isArray(value)) return true; // an empty choice of several is an answer ("none of these")
  if (value && typeof value === 'object') return Object.keys(value).length > 0;
  return value !== undefined && value !== null && value !== '';
}

function isOptional(question) {
  return OPTIONAL_KINDS.includes(question.kind.type) || OPTIONAL_SECTIONS.includes(question.section);
}

// ------------------------------------------------------------ drafts, storage

const KEY = {
  index: 'dingdian.drafts.v2',
  draft: (id) => `dingdian.draft.v2.${id}`,
  rev: (id) => `dingdian.rev.v2.${id}`,
  legacy: 'dingdian.answers.v1',
};
const TAB = draftId();

function rawGet(key) {
  if (!ui.persist) return ui.memory.get(key) ?? null;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes to the browser's storage (or, for the single file without consent, to memory); throws when the browser refuses. */
function rawSet(key, value) {
  if (!ui.persist) ui.memory.set(key, value);
  else localStorage.setItem(key, value);
}

function rawRemove(key) {
  if (!ui.persist) ui.memory.delete(key);
  else try { localStorage.removeItem(key); } catch { /* nothing to remove */ }
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The named drafts, newest first; entries that are not ours are ignored. */
function readIndex() {
  const list = parseJson(rawGet(KEY.index) ?? '[]');
  if (!Array.isArray(list)) return [];
  return list.filter((d) => d && /^[a-z0-9]{4,32}$/.test(d.id) && typeof d.name === 'string')
    .map((d) => ({ id: d.id, name: d.name.slice(0, 80), door: DOORS[d.door] ? d.door : 'apply', updated: typeof d.updated === 'string' ? d.updated : '' }))
    .sort((a, b) => b.updated.localeCompare(a.updated));
}

function draftName(s = state) {
  const name = s.answers['institution.name'];
  return typeof name === 'string' && name.trim() ? name.trim() : '未命名自查';
}

/** The state held in a stored draft record, or null. Unknown answers are set aside, never fatal. */
function stateFrom(record) {
  const s = record?.state;
  if (!s || typeof s !== 'object') return null;
  const out = newState();
  out.id = /^[a-z0-9]{4,32}$/.test(s.id) ? s.id : out.id;
  if (typeof s.jurisdiction === 'string') out.jurisdiction = s.jurisdiction;
  if (typeof s.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.asOf)) out.asOf = s.asOf;
  if (typeof s.step === 'string') out.step = s.step;
  if (DOORS[s.door]) out.door = s.door;
  if (Array.isArray(s.visited)) out.visited = s.visited.filter((v) => typeof v === 'string').slice(0, 60);
  out.answers = answersFrom(s.answers, out.setAside);
  out.ledger = ledgerFrom(s.ledger);
  if (Array.isArray(s.setAside)) {
    for (const x of s.setAside.slice(0, 200)) {
      if (x && typeof x === 'object') out.setAside.push({ id: isSafeId(x.id) ? x.id : null, reason: x.reason === 'refused' ? 'refused' : 'unknown', value: isAnswerValue(x.value) ? x.value : undefined });
    }
  }
  return out;
}

function serial() {
  return { ...state, answers: { ...state.answers }, ledger: { ...state.ledger } };
}

/** Loads the draft `id` into `state`; false when there is none. */
function loadDraft(id) {
  const record = parseJson(rawGet(KEY.draft(id)) ?? 'null');
  const loaded = stateFrom(record);
  if (!loaded) return false;
  loaded.id = id;
  Object.assign(state, loaded);
  ui.rev = Number(record.rev) || 0;
  ui.stored = JSON.stringify({ ...serial(), step: null, visited: null });
  ui.conflict = false;
  return true;
}

/** Picks this tab's draft: the one it had, else the newest, else a new one (an old version's answers become a draft). */
function loadInitial() {
  let current = null;
  if (ui.persist) {
    try { current = sessionStorage.getItem('dingdian.current'); } catch { /* no session storage */ }
  }
  const legacy = parseJson(rawGet(KEY.legacy) ?? 'null');
  if (legacy && typeof legacy === 'object' && ui.persist) {
    const migrated = stateFrom({ state: { ...legacy, id: undefined } });
    if (migrated) {
      // The old page wrote false for every unticked material: now unticked means 未核对.
      for (const id of Object.keys(migrated.answers)) if (id.startsWith('materials.') && migrated.answers[id] === false) delete migrated.answers[id];
      Object.assign(state, migrated);
      state.door = inferDoor(state.answers);
      ui.rev = 0;
      store();
      rawRemove(KEY.legacy);
      return;
    }
  }
  const index = readIndex();
  const id = index.some((d) => d.id === current) ? current : index[0]?.id;
  if (!id || !loadDraft(id)) Object.assign(state, newState());
  rememberCurrent();
}

function rememberCurrent() {
  if (!ui.persist) return;
  try { sessionStorage.setItem('dingdian.current', state.id); } catch { /* no session storage */ }
}

let storeTimer = null;
/** Saves soon (after the report is shown): answers never wait for storage. */
function queueStore() {
  if (storeTimer) return;
  document.body.dataset.pending = 'true';
  storeTimer = setTimeout(() => { storeTimer = null; store(); }, 0);
}

/**
 * Saves the draft under its own key. Another tab that changed the same
 * draft since this tab last read or wrote it stops the save and shows a
 * warning, so that neither overwrites the other unseen.
 */
function store() {
  if (storeTimer) { clearTimeout(storeTimer); storeTimer = null; }
  // (Tests wait for this: nothing typed or to be saved is pending.)
  if (!typing) delete document.body.dataset.pending;
  if (ui.conflict) return;
  // Only a change is written: a tab that merely opened or browsed a draft never disturbs another.
  const content = JSON.stringify({ ...serial(), step: null, visited: null });
  if (content === ui.stored) return;
  const stamp = rawGet(KEY.rev(state.id));
  const [rev, writer] = (stamp ?? '0:').split(':');
  if (stamp && Number(rev) !== ui.rev && writer !== TAB) {
    showConflict();
    return;
  }
  const next = Math.max(Number(rev) || 0, ui.rev) + 1;
  const updated = new Date().toISOString();
  try {
    rawSet(KEY.draft(state.id), JSON.stringify({ v: 2, rev: next, writer: TAB, updated, state: serial() }));
    rawSet(KEY.rev(state.id), `${next}:${TAB}`);
    const index = readIndex().filter((d) => d.id !== state.id);
    index.unshift({ id: state.id, name: draftName(), door: state.door, updated });
    rawSet(KEY.index, JSON.stringify(index.slice(0, 50)));
    ui.rev = next;
    ui.stored = content;
    if (ui.storageError) {
      ui.storageError = false;
      renderStorageStatus();
    }
  } catch (error) {
    ui.storageError = error?.name === 'QuotaExceededError' ? 'quota' : 'refused';
    renderStorageStatus();
    fullModule().catch(() => {});
  }
  renderDrafts();
}

function showConflict() {
  ui.conflict = true;
  renderStorageStatus();
}

/** What the page says about where the answers are kept: a conflict, a failed save, the single file's memory, answers set aside. */
function renderStorageStatus() {
  const box = $('storage-status');
  const blocks = [];
  let kind = '';
  if (ui.conflict) {
    kind = 'warning';
    blocks.push(el('p', {}, `另一个标签页修改了这份草稿（「${draftName()}」）。为免互相覆盖，本页已暂停自动保存。`),
      el('p', {}, el('button', { type: 'button', id: 'conflict-load', text: '载入另一标签页的修改' }), ' ',
        el('button', { type: 'button', id: 'conflict-keep', text: '保留本页内容并覆盖' })));
  } else if (ui.storageError) {
    kind = 'error';
    blocks.push(el('p', {}, ui.storageError === 'quota'
      ? '无法保存到本机浏览器：存储空间已满。刚才的回答只在本页中，关闭页面就会丢失。'
      : '无法保存到本机浏览器（浏览器处于隐私模式或禁止网页存储）。刚才的回答只在本页中，关闭页面就会丢失。'),
    el('p', {}, el('button', { type: 'button', class: 'primary', 'data-action': 'save-file', text: '保存自查文件（.json）' })));
  } else if (!ui.persist) {
    kind = 'notice';
    blocks.push(el('p', {}, '从本地磁盘打开的单文件版：回答只保存在本页内存中，关闭或刷新页面就会丢失，请随时“保存自查文件（.json）”。'),
      el('p', {}, el('button', { type: 'button', id: 'storage-consent', text: '在本机浏览器中保存草稿' }),
        el('span', { class: 'hint', text: ' 同意后，草稿存入本机浏览器；同一台电脑上打开的其他本地网页文件也能读取它们。' })));
  }
  if (state.setAside.length) {
    kind ||= 'notice';
    blocks.push(el('div', { id: 'set-aside' }, el('p', { text: '部分保存的回答未使用，其余回答照常：' }),
      el('ul', {}, setAsideNotice(state.setAside).map((l) => el('li', { text: l }))),
      el('button', { type: 'button', id: 'set-aside-drop', class: 'small', text: '删除这些回答' })));
  }
  box.className = `file-status ${kind}`;
  box.setAttribute('role', ['warning', 'error'].includes(kind) ? 'alert' : 'status');
  box.replaceChildren(...blocks);
}

function renderDrafts() {
  const select = $('draft-select');
  const index = readIndex();
  if (!index.some((d) => d.id === state.id)) index.unshift({ id: state.id, name: draftName(), door: state.door, updated: '' });
  const options = index.map((d) => {
    const when = d.updated ? ` · ${d.updated.slice(0, 10)}` : '';
    return el('option', { value: d.id, text: `${d.name} · ${DOORS[d.door].label}${when}`, selected: d.id === state.id });
  });
  select.replaceChildren(...options);
  select.value = state.id;
}

function switchDraft(id) {
  if (id === state.id) return;
  store();
  if (!loadDraft(id)) return;
  rememberCurrent();
  resetPage();
  fileStatus('ok', el('p', { text: `已切换到草稿「${draftName()}」。` }));
}

function newDraft() {
  store();
  const jurisdiction = state.jurisdiction;
  Object.assign(state, newState(jurisdiction));
  ui.rev = 0;
  ui.conflict = false;
  rememberCurrent();
  resetPage();
  fileStatus('ok', el('p', { text: '已新建一份草稿；原来的草稿仍在列表中。' }));
}

function deleteDraft() {
  const gone = draftName();
  rawRemove(KEY.draft(state.id));
  rawRemove(KEY.rev(state.id));
  const index = readIndex().filter((d) => d.id !== state.id);
  try { rawSet(KEY.index, JSON.stringify(index)); } catch { /* the list is rebuilt on the next save */ }
  if (!index[0] || !loadDraft(index[0].id)) Object.assign(state, newState(state.jurisdiction));
  ui.conflict = false;
  rememberCurrent();
  resetPage();
  fileStatus('ok', el('p', { text: `已删除草稿「${gone}」。` }));
}

// ------------------------------------------------------------------- doors

function inferDoor(answers) {
  if (answers['institution.kind'] === 'retail_pharmacy') return 'pharmacy';
  if (answers['application.kind'] === 'designated') return 'audit';
  return 'apply';
}

function jurisdictionInfo() {
  return ui.jurisdictions.find((j) => j.code === state.jurisdiction);
}

/** Whether the place has rules for retail pharmacies (Jilin). */
function pharmacyDoor() {
  return (jurisdictionInfo()?.applications ?? []).some((a) => a.pharmacy && a.rules);
}

function isAuditNow() {
  return state.answers['application.kind'] === 'designated';
}

function chooseDoor(door) {
  state.door = door;
  const a = state.answers;
  if (door === 'audit') {
    a['application.kind'] = 'designated';
    if (a['institution.kind'] === 'retail_pharmacy') delete a['institution.kind'];
  } else if (door === 'apply') {
    if (a['application.kind'] === 'designated') delete a['application.kind'];
    if (a['institution.kind'] === 'retail_pharmacy') delete a['institution.kind'];
  } else {
    a['institution.kind'] = 'retail_pharmacy';
  }
  applyDoor();
}

/** Titles, words and the printed header follow the door. */
function applyDoor() {
  if (state.door === 'pharmacy' && !pharmacyDoor()) chooseDoor('apply');
  const door = DOORS[state.door];
  const audit = isAuditNow();
  document.body.dataset.door = state.door;
  document.body.dataset.audit = String(audit);
  $('door-title').textContent = door.title;
  document.title = `定点 · ${door.title}`;
  $('lede').textContent = `${door.lede}${LEDE_TAIL}`;
  const pharmacy = state.door === 'pharmacy';
  $('print-name-label').textContent = pharmacy ? '药店名称' : '机构名称';
  $('print-type-label').textContent = pharmacy ? '机构类别' : '机构类别';
  for (const input of document.querySelectorAll('#door-options input')) input.checked = input.value === state.door;
  renderDoors();
}

function reportTitle(mode = 'report') {
  const pharmacy = state.door === 'pharmacy';
  const audit = isAuditNow();
  const base = audit
    ? (pharmacy ? '定点零售药店合规自查' : '定点医疗机构合规自查')
    : (pharmacy ? '零售药店医保定点申请前预检' : '医保定点申请前预检');
  return {
    report: `${base}报告`,
    short: `${base}报告（简要）`,
    checklist: pharmacy ? '零售药店医保定点申请材料清单' : '医保定点申请材料清单',
    sheet: '定点后合规自查：指标数据采集表',
    compare: `${audit ? '合规自查' : '定点申请预检'}：两次自查比较`,
  }[mode];
}

function renderDoors() {
  const box = $('door-options');
  const doors = ['apply', 'audit', ...(pharmacyDoor() ? ['pharmacy'] : [])];
  const key = doors.join();
  if (box.dataset.key !== key) {
    box.dataset.key = key;
    box.replaceChildren(...doors.map((d) => el('label', { class: 'door', 'data-door': d },
      el('input', { type: 'radio', name: 'door', value: d, checked: d === state.door }),
      el('span', { class: 'door-label', text: DOORS[d].label }),
      el('span', { class: 'door-note', text: DOORS[d].note }))));
  }
  for (const input of box.querySelectorAll('input')) input.checked = input.value === state.door;
}

/** The door fixes some answers: they are not asked again. */
function hiddenByDoor(question) {
  if (question.id === 'application.kind') return state.door === 'audit';
  if (question.id === 'institution.kind') return state.door === 'pharmacy';
  return false;
}

/** What the catalog has for an application kind here, for the menu. */
function coverageNote(kind) {
  const pharmacy = state.door === 'pharmacy';
  const row = (jurisdictionInfo()?.applications ?? []).find((a) => a.kind === kind && a.pharmacy === pharmacy);
  if (!row || row.rules) return '';
  return row.deadlines ? '（本地区暂无此类别的条件与材料规则，只计算时限）' : '（本地区暂无此类别的规则）';
}

// ---------------------------------------------------------------- questionnaire

/**
 * The engine's questionnaire for the answers so far. An answer may make the
 * engine stop asking its own question (fewer than 100 beds: no department
 * questions); such a question of the application self-check stays on the
 * page, where the engine would ask it without that answer, so that the
 * answer can still be changed.
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
    if (asked.has(id) || id.startsWith('compliance.')) continue;
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
  for (const g of groups) for (const q of g.questions) q.section = g.section;
  return groups;
}

function stepTitle(id) {
  const audit = isAuditNow();
  const pharmacy = state.door === 'pharmacy';
  return {
    place: '地区与类别',
    institution: pharmacy ? '药店信息' : '机构信息',
    conditions: audit ? '基本条件' : '申请条件',
    materials: '申请材料',
    deadlines: audit ? '协议期限与时限' : '办理时限',
  }[id];
}

function groupTitle(group) {
  if (state.door === 'pharmacy' && group.section === 'institution') return '药店基本情况';
  if (state.door === 'pharmacy' && group.section === 'pharmacy') return '药店条件';
  return group.title;
}

function deriveSteps(groups) {
  const steps = ['place', 'institution', 'conditions', 'materials'].map((id) => ({ id, title: stepTitle(id), groups: [] }));
  const last = { id: 'deadlines', title: stepTitle('deadlines'), groups: [] };
  const audit = [];
  const own = [];
  for (const g of groups) {
    const questions = g.questions.filter((q) => !hiddenByDoor(q));
    if (AUDIT_SECTIONS.includes(g.section)) {
      const parts = g.parts?.length ? g.parts : [{ id: `${g.section}-all`, title: g.title, questions: questions.map((q) => q.id) }];
      for (const part of parts) {
        const ids = new Set(part.questions);
        const inPart = questions.filter((q) => ids.has(q.id));
        if (inPart.length) {
          audit.push({
            id: `part-${part.id}`, title: part.title, articles: part.articles ?? '', audit: true, section: g.section,
            groups: [{ section: g.section, key: `part-${part.id}`, title: part.title, questions: inPart }],
          });
        }
      }
      continue;
    }
    const group = { ...g, key: `section-${g.section}`, title: groupTitle(g), questions };
    const step = g.section === 'procedure' ? last : steps.find((s) => STEP_SECTIONS[s.id].includes(g.section));
    if (step) step.groups.push(group);
    else own.push({ id: `section-${g.section}`, title: g.title, groups: [group] });
  }
  return [...steps, ...audit, ...own, last].filter((s) => s.id === 'place' || s.groups.some((g) => g.questions.length));
}

function describedBy(...ids) {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function questionHelp(question) {
  if (question.id === 'institution.kind' && state.door === 'pharmacy') return '零售药店按《药品经营许可证》登记。';
  return helpFor(question.help, state.jurisdiction, { pharmacy: state.door === 'pharmacy' });
}

function basisText(question) {
  const cites = question.asked_by;
  if (!cites.length) return '';
  const shown = cites.slice(0, 3).join('；');
  return cites.length > 3 ? `依据：${shown} 等 ${cites.length} 处` : `依据：${shown}`;
}

function fieldFor(question) {
  const id = question.id;
  const helpText = questionHelp(question);
  const helpId = helpText ? `help-${id}` : null;
  const basisText_ = basisText(question);
  const basisId = basisText_ ? `basis-${id}` : null;
  const help = helpId ? el('p', { class: 'help', id: helpId, text: helpText }) : null;
  const basis = basisId ? el('p', { class: 'basis', id: basisId, text: basisText_ }) : null;
  const value = state.answers[id];
  const kind = question.kind;
  const described = describedBy(helpId, basisId);
  const box = (tag, cls, ...children) => el(tag, {
    class: `question ${cls}`, id: `q-${id}`, 'data-id': id, 'data-kind': kind.type,
    'data-optional': isOptional(question) ? 'true' : undefined, 'data-forbidden': question.forbidden ? 'true' : undefined,
    'aria-describedby': tag === 'fieldset' ? described : undefined,
  }, ...children);

  if (kind.type === 'checkbox') {
    return box('div', 'checkbox',
      el('label', { class: 'choice' },
        el('input', { type: 'checkbox', id: `input-${id}`, 'data-question': id, checked: value === true, 'aria-describedby': described }),
        question.label),
      help, basis);
  }

  if (kind.type === 'multi_choice') {
    const chosen = Array.isArray(value) ? value : [];
    return box('fieldset', '',
      el('legend', { text: question.label }),
      el('div', { class: 'options' }, kind.options.map((o) => el('label', { class: 'choice' },
        el('input', { type: 'checkbox', name: id, value: o.value, checked: chosen.includes(o.value), 'data-question': id, 'data-multi': 'true' }),
        o.label))),
      help, basis);
  }

  if (kind.type === 'yes_no') {
    // A forbidden act is answered 存在 / 不存在: "是" must not flip its meaning between sections.
    const words = question.forbidden ? [['true', '存在'], ['false', '不存在']] : [['true', '是'], ['false', '否']];
    const options = [...words, ['', '未答']].map(([v, text]) => {
      const checked = v === '' ? value === undefined : String(value) === v;
      return el('label', { class: `choice${v === 'true' && question.forbidden ? ' present' : ''}` },
        el('input', { type: 'radio', name: id, value: v, checked, 'data-question': id }),
        text);
    });
    return box('fieldset', question.forbidden ? 'forbidden' : '',
      el('legend', { text: question.label }), el('div', { class: 'options' }, options), help, basis);
  }

  if (kind.type === 'measure') {
    const given = value && typeof value === 'object' ? value : {};
    const part = (name, text) => {
      const input = el('input', {
        id: `input-${id}-${name}`, type: 'text', inputmode: 'decimal', class: 'count',
        'data-question': id, 'data-part': name, autocomplete: 'off', 'aria-describedby': describedBy(described, `understood-${id}`),
      });
      if (given[name] !== undefined) input.value = String(given[name]);
      return el('label', { class: 'part' }, text, input);
    };
    return box('fieldset', 'measure',
      el('legend', { text: question.label }),
      el('div', { class: 'options' }, part('numerator', '分子'), ' ÷ ', part('denominator', '分母'), ' 或 ', part('percent', '比率（%）')),
      el('p', { class: 'understood', id: `understood-${id}`, 'aria-live': 'polite' }),
      help, basis);
  }

  // A few short options read best side by side: one click each, as 是/否 are.
  if (kind.type === 'choice' && kind.options.length <= 4 && id !== 'application.kind'
    && kind.options.every((o) => o.label.length <= 20)) {
    const options = [...kind.options.map((o) => [o.value, o.label]), ['', '未答']].map(([v, text]) => el('label', { class: 'choice' },
      el('input', { type: 'radio', name: id, value: v, checked: v === '' ? value === undefined : value === v, 'data-question': id }),
      text));
    return box('fieldset', '', el('legend', { text: question.label }), el('div', { class: 'options' }, options), help, basis);
  }

  let input;
  if (kind.type === 'choice') {
    const options = kind.options.filter((o) => !(id === 'application.kind' && o.value === 'designated' && state.door === 'apply'));
    input = el('select', { id: `input-${id}`, 'data-question': id, 'aria-describedby': described },
      el('option', { value: '', text: '（请选择）' }),
      options.map((o) => el('option', {
        value: o.value, selected: value === o.value,
        text: id === 'application.kind' ? `${o.label}${coverageNote(o.value)}` : o.label,
      })));
  } else {
    // Counts are typed as text, so that 「260张」 or 「２６０」 can be read as meant and shown as understood.
    const type = kind.type === 'date' ? 'date' : 'text';
    input = el('input', {
      id: `input-${id}`, type, 'data-question': id,
      'aria-describedby': kind.type === 'count' ? describedBy(described, `understood-${id}`) : described,
      inputmode: kind.type === 'count' ? 'numeric' : undefined,
      class: kind.type === 'count' ? 'count' : undefined,
      autocomplete: 'off',
    });
    if (value !== undefined) input.value = String(value);
  }
  return box('div', '',
    el('label', { for: `input-${id}`, text: question.label }), input,
    kind.type === 'count' ? el('span', { class: 'understood', id: `understood-${id}`, 'aria-live': 'polite' }) : null,
    help, basis);
}

/** The node of a question, kept while the engine asks it the same way. */
function questionNode(question) {
  const signature = `${JSON.stringify(question)}|${state.door}|${state.jurisdiction}|${question.id === 'application.kind' ? JSON.stringify(jurisdictionInfo()?.applications) : ''}`;
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
      el('p', { class: 'step-articles' }),
      el('p', { class: 'step-progress', id: `step-${step.id}-progress` }));
  }
  panel.querySelector('h3').textContent = `第 ${index + 1} 步（共 ${count} 步）：${step.title}`;
  const articles = panel.querySelector('.step-articles');
  articles.textContent = step.articles ? `本节问题出自：${step.articles}` : '';
  articles.hidden = !step.articles;
  const children = [panel.querySelector('h3'), articles, panel.querySelector('.step-progress')];
  if (step.id === 'place') children.push($('setup'));
  const none = step.audit && more ? more.sectionAnswer(step) : null;
  if (none) children.push(none);
  for (const group of step.groups) {
    if (!group.questions.length) continue;
    let fieldset = $(`group-${group.key}`);
    if (!fieldset) fieldset = el('fieldset', { class: 'section', id: `group-${group.key}` }, el('legend'));
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
        // Read as "第 1 步：地区与类别，已答 0/1"; seen as a numbered box.
        el('span', { class: 'step-no' }, el('span', { class: 'visually-hidden', text: '第 ' }), el('span', { class: 'step-index' }),
          el('span', { class: 'visually-hidden', text: ' 步：' })),
        el('span', { class: 'step-name' }),
        el('span', { class: 'step-count' }, el('span', { class: 'visually-hidden', text: '，' }), el('span', { class: 'step-count-text' }))));
  }
  item.className = step.audit ? 'audit-step' : '';
  item.querySelector('.step-index').textContent = String(index + 1);
  item.querySelector('.step-name').textContent = step.title;
  return item;
}

function renderQuestions() {
  const groups = questionnaire();
  if (!groups) return;
  ui.questions = new Map(groups.flatMap((g) => g.questions.map((q) => [q.id, q])));
  for (const q of ui.questions.values()) if (q.forbidden) ui.forbidden.add(q.id);
  // What decides the steps: the questions asked, where, and by how many rules (labels and help are fixed per question).
  const structure = `${state.door}|${state.jurisdiction}|${groups.map((g) => `${g.section}:${(g.parts ?? []).map((p) => `${p.id}=${p.questions.length}`).join()}:${g.questions.map((q) => `${q.id}/${q.asked_by.length}`).join()}`).join('|')}`;
  if (structure !== ui.structure) {
    ui.structure = structure;
    ui.steps = deriveSteps(groups);
    syncChildren($('questionnaire'), ui.steps.map((s, i) => stepPanel(s, i, ui.steps.length)));
    syncChildren($('step-list'), ui.steps.map(navItem));
    if (!ui.steps.some((s) => s.id === state.step)) {
      const focused = document.activeElement?.closest?.('[data-step]')?.dataset.step;
      state.step = ui.steps.some((s) => s.id === focused) ? focused : 'place';
    }
    showStep();
    announceNew();
  } else if (ui.answering) {
    $('new-questions').hidden = true;
  }
  renderProgress();
  if (more) more.renderAuditIntro();
  else $('audit-intro').hidden = true;
}

/** New questions an answer brought: marked on the page and read out. */
function announceNew() {
  const now = new Set(ui.steps.flatMap((s) => stepQuestions(s).map((q) => q.id)));
  const before = ui.asked;
  ui.asked = now;
  for (const node of document.querySelectorAll('.question.new-question')) node.classList.remove('new-question');
  const box = $('new-questions');
  if (!before || !ui.answering) {
    box.hidden = true;
    return;
  }
  const added = [...now].filter((id) => !before.has(id));
  if (!added.length) {
    box.hidden = true;
    return;
  }
  for (const id of added) document.getElementById(`q-${id}`)?.classList.add('new-question');
  const where = new Map();
  for (const id of added) {
    const step = ui.steps.find((s) => stepQuestions(s).some((q) => q.id === id));
    if (step) where.set(step.title, (where.get(step.title) ?? 0) + 1);
  }
  const places = [...where].map(([title, n]) => `「${title}」${n} 问`).join('、');
  const text = `因刚才的回答，新增 ${added.length} 个问题：${places}。`;
  box.hidden = false;
  box.replaceChildren(el('span', { text }), ' ', el('button', { type: 'button', class: 'link', 'data-show': added[0], text: '转到第一个新问题' }));
  $('announce').textContent = `${text}第一个是：${ui.questions.get(added[0])?.label ?? ''}`;
}

function stepQuestions(step) {
  return step.groups.flatMap((g) => g.questions);
}

function stepCounts(step) {
  const questions = stepQuestions(step);
  const required = questions.filter((q) => !isOptional(q));
  const answered = questions.filter(isAnswered).length;
  const requiredAnswered = required.filter(isAnswered).length;
  const complete = requiredAnswered === required.length && (required.length > 0 || state.visited.includes(step.id) || answered > 0);
  return { total: questions.length, answered, required: required.length, complete };
}

function renderProgress() {
  let answeredAll = 0;
  let askedAll = 0;
  for (const step of ui.steps) {
    const c = stepCounts(step);
    answeredAll += c.answered;
    askedAll += c.total;
    const item = $(`nav-${step.id}`);
    item.querySelector('.step-count-text').textContent = c.total ? `已答 ${c.answered}/${c.total}${c.required === 0 ? '（均可不答）' : ''}` : '已选定';
    item.classList.toggle('complete', c.complete);
    const progress = $(`step-${step.id}-progress`);
    const optional = c.total - c.required;
    const text = `本步已答 ${c.answered} 问，共 ${c.total} 问${optional ? `（其中 ${optional} 问可不答）` : ''}`;
    if (progress.dataset.text !== text) {
      progress.dataset.text = text;
      progress.replaceChildren(text,
        el('progress', { max: String(Math.max(c.total, 1)), value: String(c.answered), 'aria-hidden': 'true' }));
    }
    for (const q of stepQuestions(step)) document.getElementById(`q-${q.id}`)?.classList.toggle('answered', isAnswered(q));
  }
  $('overall-progress').textContent = `全部 ${ui.steps.length} 步共 ${askedAll} 问，已答 ${answeredAll} 问。`;
  renderStepBar();
}

function renderStepBar() {
  const index = Math.max(0, ui.steps.findIndex((s) => s.id === state.step));
  const step = ui.steps[index];
  if (!step) return;
  const c = stepCounts(step);
  $('step-bar-title').textContent = `第 ${index + 1}/${ui.steps.length} 步：${step.title}`;
  $('step-bar-count').textContent = `已答 ${c.answered}/${c.total}`;
  $('bar-prev').disabled = index === 0;
  $('bar-next').textContent = index < ui.steps.length - 1 ? '下一步' : '查看结论';
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
  renderStepBar();
}

function goToStep(id, { focus = true } = {}) {
  if (!ui.steps.some((s) => s.id === id)) return;
  state.step = id;
  if (!state.visited.includes(id)) state.visited.push(id);
  queueStore();
  showStep();
  renderProgress();
  if (focus) {
    const heading = $(`step-${id}-title`);
    heading.focus({ preventScroll: true });
    // Keep the steps and their progress in sight when a step begins.
    const bar = $('step-bar');
    if (bar.getBoundingClientRect().top <= 1 || heading.getBoundingClientRect().top < 0) $(`step-${id}`).scrollIntoView({ block: 'start' });
    else heading.scrollIntoView({ block: 'nearest' });
  }
}

function stepDelta(delta) {
  const index = ui.steps.findIndex((s) => s.id === state.step);
  const target = ui.steps[index + delta];
  if (target) goToStep(target.id);
  else if (delta > 0) {
    $('report-title').focus({ preventScroll: true });
    $('report-title').scrollIntoView({ block: 'start' });
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
  input.focus({ preventScroll: true });
  box.scrollIntoView({ block: 'center' });
  return true;
}

/** 「下一个未答」: the next question without an answer after the cursor, in this step and then the steps after it. */
function nextOpen() {
  const order = ui.steps.flatMap((s) => stepQuestions(s).map((q) => ({ step: s.id, q })));
  const here = document.activeElement?.closest?.('.question')?.dataset.id;
  let start = order.findIndex((x) => x.q.id === here);
  if (start < 0) start = order.findIndex((x) => x.step === state.step) - 1;
  const open = (x) => !isAnswered(x.q) && !isOptional(x.q);
  const next = order.slice(start + 1).find(open) ?? order.slice(0, start + 1).find(open);
  if (next) showQuestion(next.q.id);
  else $('announce').textContent = '全部必答问题都已回答。';
}

// ------------------------------------------------------------------- input

/** Reads a number as typed and says what was understood, next to the field. */
function understood(id, parts) {
  const note = document.getElementById(`understood-${id}`);
  if (!note) return;
  const shown = parts.filter((p) => p.read && p.read.text !== p.raw.trim()).map((p) => `${p.name ? `${p.name} ` : ''}${p.read.text}`);
  note.textContent = shown.length ? `按 ${shown.join('、')} 理解` : '';
}

function readInput(target) {
  const id = target.dataset.question;
  if (!id) return;
  const question = ui.questions.get(id);
  const raw = target.value;
  let value;
  switch (question?.kind.type) {
    case 'checkbox': value = target.checked ? true : undefined; break;
    case 'multi_choice':
      value = [...document.querySelectorAll(`input[data-multi][name="${CSS.escape(id)}"]:checked`)].map((n) => n.value);
      break;
    case 'yes_no': value = raw === '' ? undefined : raw === 'true'; break;
    case 'measure': {
      const parts = [['numerator', '分子'], ['denominator', '分母'], ['percent', '比率']].map(([part, name]) => {
        const text = document.getElementById(`input-${id}-${part}`)?.value ?? '';
        return { part, name, raw: text, read: readNumber(text, { percent: part === 'percent' }) };
      });
      understood(id, parts);
      // A part that is not a number goes to the engine as typed, so that it says what is wrong.
      const v = (p) => (p.raw.trim() === '' ? undefined : (p.read ? p.read.value : p.raw.trim()));
      const [numerator, denominator, percent] = parts.map(v);
      if (percent !== undefined) value = { percent };
      else if (numerator !== undefined || denominator !== undefined) value = { numerator, denominator };
      break;
    }
    case 'count': {
      const read = readNumber(raw, { signed: true });
      understood(id, [{ raw, read }]);
      value = raw.trim() === '' ? undefined : (read ? read.value : raw.trim());
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

const EXPECTED = {
  count: '请填写不小于 0 的整数，如 260',
  measure: '请填写不小于 0 的数（最多 4 位小数）：分子和分母都填，或只填比率',
  date: '请填写有效的日期',
  text: '文字中不能有换行、制表符等控制字符',
  choice: '请从列表中选择',
  multi_choice: '请从列表中选择',
  yes_no: '请选择一项',
  checkbox: '请勾选或不勾选',
};

/**
 * An error in plain Chinese for the page: the question's own words and what
 * it takes, with what was typed; never a field path or a type name (the
 * engine's message keeps those, for developers).
 */
function friendlyMessage(error, answers = state.answers) {
  const field = error.field ?? '';
  if (field === 'as_of') return '自查日期无效：请选择一个有效的日期。';
  const part = /\.(numerator|denominator|percent)$/.exec(field)?.[1];
  const id = ui.questions.has(field) ? field : field.replace(/\.(numerator|denominator|percent)$/, '');
  const question = ui.questions.get(id);
  if (!question) {
    // Not a question on the page (a file's own fields): the engine's words, without paths and names.
    const text = error.message.replace(/（[^）]*[A-Za-z_][^）]*）/g, '').replace(/字段「[^」]*」/g, '这一项').replace(/「[A-Za-z_.]+」/g, '');
    return /\b(?!dingdian\b|JSON\b)[A-Za-z]{3,}/.test(text) ? '有一项内容无法使用，请检查后重填。' : text;
  }
  const partName = part ? { numerator: '分子', denominator: '分母', percent: '比率' }[part] : '';
  const value = answers[id];
  const typed = part && value && typeof value === 'object' ? value[part] : value;
  const shown = typed === undefined || typed === null || typeof typed === 'object' ? '' : `（现填「${String(typed).slice(0, 40)}」）`;
  let expected = EXPECTED[question.kind.type] ?? '请检查这一项';
  if (question.kind.type === 'measure' && /分母为 0/.test(error.message)) expected = '分母为 0，无法计算比率';
  return `「${question.label}」${partName ? `的${partName}` : ''}填写有误：${expected}${shown}。`;
}

function showErrors(errors) {
  if (!errors.length && !ui.hadErrors) return;
  ui.hadErrors = errors.length > 0;
  const box = $('input-error');
  for (const node of document.querySelectorAll('[aria-invalid="true"]')) node.removeAttribute('aria-invalid');
  for (const node of document.querySelectorAll('#questionnaire .field-error, #setup .field-error')) node.remove();
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
      else if (owner(e.field, state.answers)) action = el('button', { type: 'button', class: 'link', 'data-drop': owner(e.field, state.answers), text: '删除这一回答（该问题当前不再询问）' });
      return el('li', { 'data-field': e.field ?? '' }, el('span', { text: friendlyMessage(e) }), action ? ' ' : null, action);
    })));
  for (const e of errors) {
    if (!e.field) continue;
    const target = e.field === 'as_of' ? $('setup') : questionBox(e.field);
    if (!target) continue;
    const errorId = `error-${e.field}`;
    target.append(el('p', { class: 'field-error', id: errorId, text: friendlyMessage(e) }));
    const input = e.field === 'as_of' ? $('as-of') : (target.querySelector('input:not([type="radio"]):not([type="checkbox"]), select') ?? target);
    if (input.matches('input, select')) input.setAttribute('aria-invalid', 'true');
    input.dataset.errorDescribed = input.getAttribute('aria-describedby') ?? '';
    input.setAttribute('aria-describedby', describedBy(input.dataset.errorDescribed, errorId));
  }
}

// ------------------------------------------------------------------- report

function citationButton(citation) {
  return el('button', {
    type: 'button', class: 'link', 'data-document': citation.document, 'data-article': citation.article,
    'aria-label': `查看原文：${citation.text}`, text: '查看原文',
  });
}



/** The badge of a finding: the outcome, in the words that fit what was asked. */
function badgeText(f, forbidden) {
  if (forbidden && f.outcome === 'pass') return '未发现';
  if (forbidden && f.outcome === 'fail') return '存在';
  if (f.group === 'materials' && f.outcome === 'needs_information') return '未核对';
  return labelOf('outcomes', f.outcome);
}

function gradeOf(risk) {
  return risk?.grade ?? GRADE_OF_SEVERITY[risk?.severity] ?? 'low';
}

/** The risks, the certain consequence first, then by gravity. */
function orderedRisks(risks) {
  const rank = { high: 0, medium: 1, low: 2 };
  return [...(risks ?? [])].map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.certain === false) - (b.r.certain === false) || rank[gradeOf(a.r)] - rank[gradeOf(b.r)] || a.i - b.i)
    .map(({ r }) => r);
}

/** A risk in words: its condition (if any) before the consequence. */
function riskText(r) {
  const when = r.certain === false && r.condition ? `${plainText(r.condition)}：` : '';
  return `${when}${plainText(r.label)}`;
}

/** The readings, explained once: text → number, in the order findings show them. */
function buildGlossary(findings) {
  const map = new Map();
  const add = (text) => {
    const clean = plainText(text);
    if (clean && !map.has(clean)) map.set(clean, map.size + 1);
    return clean ? map.get(clean) : null;
  };
  for (const f of findings) {
    if (f.reading) add(f.reading);
    for (const r of f.risks ?? []) if (r.note) add(r.note);
  }
  return { map, number: (text) => (text ? map.get(plainText(text)) ?? null : null) };
}

function glossaryButton(n) {
  return el('button', { type: 'button', class: 'link glossary-ref', 'data-glossary': String(n), 'aria-label': `读法说明第 ${n} 条`, text: `读法说明 ${n}` });
}



/** What a finding shows that changes with the answers (the rest is the catalog's and fixed per rule). */
function findingSignature(f, extra) {
  return `${f.outcome}|${f.detail}|${(f.missing ?? []).map((m) => m.id).join()}|${(f.dates ?? []).map((d) => `${d.date}${d.label}${d.basis}`).join()}|${f.draft}|${extra}`;
}

function findingNode(f, forbidden, glossary) {
  const article = el('article', {
    class: `finding outcome-${f.outcome}${forbidden ? ' forbidden' : ''}`, id: `finding-${f.rule_id}`, tabindex: '-1',
    'data-rule': f.rule_id, 'data-outcome': f.outcome, 'aria-labelledby': `finding-${f.rule_id}-title`,
  },
  el('header', {},
    el('span', { class: 'badge', text: badgeText(f, forbidden) }),
    el('h5', { class: 'finding-title', id: `finding-${f.rule_id}-title` },
      forbidden ? el('span', { class: 'kind-note', text: '违规情形：' }) : null, f.title)),
  el('p', { class: 'citation' }, el('span', { text: f.citation.text }), ' ', citationButton(f.citation)),
  el('blockquote', { text: `「${f.quote}」` }));
  const fig = more && ['pass', 'fail'].includes(f.outcome) ? more.figureOf(f) : null;
  if (fig) article.append(more.chartOf(f, fig));
  else {
    // A forbidden act's answer in the words it was asked in.
    const detail = forbidden ? f.detail.replace(/回答“是”/g, '回答“存在”').replace(/回答“否”/g, '回答“不存在”') : f.detail;
    article.append(el('p', { class: 'detail', text: detail }));
  }
  if (f.dates?.length) {
    article.append(el('ul', { class: 'dates' }, f.dates.map((d) => el('li', {},
      `${d.label}：`, el('time', { datetime: d.date, text: d.date }),
      labelOf('date_bases', d.basis),
      d.note ? el('span', { class: 'note', text: ` ${plainText(d.note)}` }) : null))));
  }
  if (f.missing?.length) {
    article.append(el('p', { class: 'missing' }, '待答：',
      f.missing.map((m, i) => [i ? '、' : '', el('a', { href: `#q-${m.id}`, text: m.label })])));
  }
  if (f.risks?.length && f.outcome !== 'pass' && f.outcome !== 'not_applicable') {
    article.append(el('div', { class: 'risks' },
      el('p', { class: 'risks-title', text: '违约后果（依据文件，确定的在前）：' }),
      el('ul', {}, orderedRisks(f.risks).map((r) => {
        const n = glossary.number(r.note);
        const grade = gradeOf(r);
        return el('li', { class: `risk severity-${r.severity}`, 'data-grade': grade, 'data-risk': r.id },
          el('span', { class: `grade grade-${grade}`, text: r.grade_label ?? GRADE_LABEL[grade] }), ' ',
          el('span', { class: 'severity', text: r.severity_label }), ' ',
          el('span', { text: riskText(r) }), ' ',
          el('span', { class: 'citation', text: `（${r.citation.text}）` }),
          r.damages ? el('span', { class: 'damages', text: ` 违约金：${plainText(r.damages)}` }) : null,
          n ? [' ', glossaryButton(n)] : null,
          r.calculable && more ? more.damagesCalculator(f.rule_id, r) : null);
      })),
      f.risk_note ? el('p', { class: 'note', text: plainText(f.risk_note) }) : null));
  }
  const reading = glossary.number(f.reading);
  if (reading) article.append(el('p', { class: 'reading' }, '本项按文件未写明之处的一种读法判断：', glossaryButton(reading)));
  if (f.draft_note) article.append(el('p', { class: 'draft-note', text: `征求意见稿：${plainText(f.draft_note)}` }));
  if (!['pass', 'not_applicable'].includes(f.outcome)) {
    article.append(el('p', { class: 'advice', text: `建议：${plainText(f.advice)}` }));
  }
  return article;
}



/** The groups in the engine's order, and any group a report has that the labels do not list. */
function groupOrder(findings) {
  const known = ui.labels.groups.map((g) => g.value);
  return [...known, ...new Set(findings.map((f) => f.group).filter((g) => !known.includes(g)))];
}

function documentText(d) {
  return d.note.startsWith(`《${d.title}》`) ? d.note : `《${d.title}》（${d.note}）`;
}

/** The findings that need work, in order: what bars an application first; self-audit items by risk. */
function fixItems(report) {
  const order = groupOrder(report.findings);
  const rank = (group) => {
    const i = FIX_GROUP_ORDER.indexOf(group);
    return i >= 0 ? i : FIX_GROUP_ORDER.length + order.indexOf(group);
  };
  const remediation = report.conclusion.audit?.remediation ?? [];
  const byRisk = new Map(remediation.map((r, i) => [r.rule_id, i]));
  const sorted = (outcomes) => report.findings
    .filter((f) => !f.draft && outcomes.includes(f.outcome)
      && !(['materials', 'deadline'].includes(f.group) && f.outcome === 'needs_information'))
    .map((f, i) => ({ f, i: byRisk.has(f.rule_id) ? byRisk.get(f.rule_id) : 1000 + i }))
    .sort((a, b) => rank(a.f.group) - rank(b.f.group) || a.i - b.i)
    .map(({ f }) => ({ f, risk: remediation[byRisk.get(f.rule_id)] }));
  return { work: sorted(['fail', 'needs_review']), info: sorted(['needs_information']) };
}

function ledgerLine(ruleId) {
  return state.ledger[ruleId] ?? { status: 'not_started' };
}

function ledgerControls(f) {
  const line = ledgerLine(f.rule_id);
  const id = (part) => `ledger-${f.rule_id}-${part}`;
  const statuses = ui.labels.ledger_statuses ?? [{ value: 'not_started', label: '未开始' }, { value: 'in_progress', label: '整改中' }, { value: 'done', label: '已完成' }];
  return el('div', { class: 'ledger', 'data-ledger-rule': f.rule_id, role: 'group', 'aria-label': `整改台账：${f.title}` },
    el('label', { for: id('owner') }, '责任人'),
    el('input', { type: 'text', id: id('owner'), 'data-ledger': 'owner', value: line.owner ?? '', autocomplete: 'off', maxlength: '500' }),
    el('label', { for: id('due') }, '完成期限'),
    el('input', { type: 'date', id: id('due'), 'data-ledger': 'due', value: line.due ?? '' }),
    el('label', { for: id('status') }, '状态'),
    el('select', { id: id('status'), 'data-ledger': 'status' },
      statuses.map((s) => el('option', { value: s.value, text: s.label, selected: (line.status ?? 'not_started') === s.value }))),
    el('label', { for: id('note') }, '整改证据'),
    el('input', { type: 'text', id: id('note'), 'data-ledger': 'note', value: line.note ?? '', autocomplete: 'off', maxlength: '500', class: 'wide' }));
}

function fixNode({ f, risk }, withLedger) {
  const grade = risk ? (risk.grade ?? GRADE_OF_SEVERITY[risk.severity]) : null;
  const risks = orderedRisks(f.risks);
  const node = el('li', { class: `fix outcome-${f.outcome}`, 'data-fix': f.rule_id, 'data-group': f.group, 'data-outcome': f.outcome },
    el('div', { class: 'fix-head' },
      el('span', { class: 'badge', text: labelOf('outcomes', f.outcome) }),
      grade ? el('span', { class: `grade grade-${grade}`, title: '风险等级', text: `${risk.grade_label ?? GRADE_LABEL[grade]}风险` }) : null,
      el('a', { href: `#finding-${f.rule_id}`, class: 'fix-title', text: f.title }),
      el('span', { class: 'fix-group', text: `（${labelOf('groups', f.group)}）` })),
    el('p', { class: 'citation' }, el('span', { text: f.citation.text }), ' ', citationButton(f.citation)),
    risks.length ? el('p', { class: `fix-risk severity-${risk?.severity ?? risks[0].severity}` },
      `后果：${risks.slice(0, 3).map(riskText).join('；')}${risks.length > 3 ? ` 等 ${risks.length} 项` : ''}`) : null,
    f.outcome === 'needs_information' && f.missing?.length
      ? el('p', { class: 'missing' }, '待答：', f.missing.map((m, i) => [i ? '、' : '', el('a', { href: `#q-${m.id}`, text: m.label })]))
      : el('p', { class: 'advice', text: `建议：${plainText(f.advice)}` }),
    withLedger ? ledgerControls(f) : null);
  return node;
}

function renderFixList(report) {
  const { work, info } = fixItems(report);
  const nodes = work.map((item) => {
    const signature = `${findingSignature(item.f, '')}|${item.risk?.severity}`;
    const cached = ui.fixNodes.get(item.f.rule_id);
    if (cached && cached.signature === signature) return cached.node;
    const node = fixNode(item, true);
    ui.fixNodes.set(item.f.rule_id, { signature, node });
    return node;
  });
  syncChildren($('fix-list'), nodes);
  $('fix-empty').hidden = work.length + info.length > 0;
  const details = $('fix-info');
  details.hidden = info.length === 0;
  $('fix-info-summary').textContent = `需补充信息的事项（${info.length} 项）：回答所缺的问题后即有结论`;
  ui.fixInfo = info;
  if (details.open) renderFixInfo();
  else $('fix-info-list').replaceChildren();
}

/** The items needing information, drawn when their list is opened (there may be a hundred). */
function renderFixInfo() {
  $('fix-info-list').replaceChildren(...(ui.fixInfo ?? []).map((item) => fixNode(item, false)));
}

function renderFilters(findings) {
  const box = $('filter-options');
  if (!box.children.length) {
    for (const o of ui.labels.outcomes) {
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

/** 暂不能申请: the earliest day every barrier is gone, or why no day can be given. */
function reapplyOf(report) {
  const c = report.conclusion;
  if (c.reapply) return { date: c.reapply.date ?? null, note: c.reapply.note ?? '', blocking: [] };
  const failing = report.findings.filter((f) => !f.draft && f.outcome === 'fail' && f.group !== 'materials');
  if (!failing.length) return null;
  const dated = failing.map((f) => ({ f, date: (f.dates ?? []).filter((d) => d.kind === 'earliest_date').map((d) => d.date).sort().at(-1) }));
  const undated = dated.filter((x) => !x.date).map((x) => x.f);
  if (undated.length) return { date: null, note: `其中 ${undated.length} 项要整改后才消除，消除之日取决于整改，无法给出日期：`, blocking: undated };
  const last = dated.sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  return { date: last.date, note: `各项障碍中最晚消除的是「${last.f.title}」。`, blocking: [] };
}

/** 尚无法判断: the answers still missing, each linked to its question. */
function missingOf(report) {
  const seen = new Map();
  for (const f of report.findings) {
    if (f.draft || f.outcome !== 'needs_information' || f.group === 'materials' || f.group === 'deadline') continue;
    for (const m of f.missing ?? []) if (!seen.has(m.id)) seen.set(m.id, m.label);
  }
  return [...seen];
}

function linkList(items, limit = 8) {
  const links = items.map(([id, label]) => el('li', {}, el('a', { href: `#q-${id}`, text: label })));
  if (links.length <= limit) return el('ul', { class: 'missing-list' }, links);
  return [el('ul', { class: 'missing-list' }, links.slice(0, limit)),
    el('details', {}, el('summary', { text: `另有 ${links.length - limit} 问` }), el('ul', { class: 'missing-list' }, links.slice(limit)))];
}

function yuan(n) {
  return n >= 10000 && n % 1000 === 0 ? `${n / 10000}万元` : `${n.toLocaleString('zh-CN')}元`;
}

function renderConclusion(report) {
  const c = report.conclusion;
  const materials = Object.entries(c.materials ?? {}).filter(([, n]) => n > 0);
  const drafts = report.findings.filter((f) => f.draft).length;
  const key = `${JSON.stringify(c)}|${state.door}|${drafts}|${report.institution_name}`;
  if (key === ui.conclusionKey) return;
  ui.conclusionKey = key;
  const audit = c.audit;
  const extra = [];
  if (c.may_apply === 'no' && !audit) {
    const r = reapplyOf(report);
    if (r?.date) {
      extra.push(el('p', { class: 'reapply', id: 'reapply' }, '最早可申请日期：', el('strong', {}, el('time', { datetime: r.date, text: chineseDate(r.date) })), `（届时各项障碍都已消除）。${plainText(r.note)}`));
    } else if (r) {
      extra.push(el('div', { class: 'reapply', id: 'reapply' }, el('p', { text: `无法给出最早可申请日期：${plainText(r.note)}` }),
        r.blocking.length ? el('ul', {}, r.blocking.map((f) => el('li', {}, el('a', { href: `#finding-${f.rule_id}`, text: f.title })))) : null));
    }
  }
  if (c.may_apply === 'undetermined') {
    const missing = missingOf(report);
    const review = report.findings.filter((f) => !f.draft && f.outcome === 'needs_review').length;
    extra.push(el('div', { class: 'undetermined', id: 'undetermined' },
      missing.length ? [el('p', { text: `还缺 ${missing.length} 个回答：` }), linkList(missing)] : null,
      review ? el('p', {}, `另有 ${review} 项需人工复核（文件未写明，须向经办机构确认），见`, el('a', { href: '#fix-title', text: '整改清单' }), '。') : null));
  }
  if (audit) {
    const grades = { high: 0, medium: 0, low: 0 };
    for (const r of audit.remediation ?? []) grades[r.grade ?? GRADE_OF_SEVERITY[r.severity]] += 1;
    const parts = Object.entries(grades).filter(([, n]) => n).map(([g, n]) => `${GRADE_LABEL[g]}风险 ${n} 项`);
    const exposure = audit.exposure ?? (more && c.counts.fail ? more.exposureOf(report) : null);
    extra.push(el('div', { class: 'exposure', id: 'exposure' },
      parts.length ? el('p', { text: `整改事项按风险：${parts.join('，')}。` }) : null,
      exposure ? el('p', {}, '违约金合计可能为 ', el('strong', { text: exposure.min === exposure.max ? yuan(exposure.min) : `${yuan(exposure.min)}～${yuan(exposure.max)}` }),
        exposure.open ? `，另有 ${exposure.open} 项按违规费用计、不设上限或原文未定金额` : '',
        exposure.estimated ? '（按各项文件规定的定额、下限与上限估算，同一行为列于几份文件的各计一次）' : '', '。') : null));
  }
  const deadlines = report.findings.filter((f) => !f.draft && f.group === 'deadline').length;
  const excluded = [materials.length ? `申请材料 ${materials.reduce((s, [, n]) => s + n, 0)} 条` : '',
    deadlines ? `时限 ${deadlines} 条` : '', drafts ? `征求意见稿 ${drafts} 条` : ''].filter(Boolean);
  $('conclusion').replaceChildren(
    el('p', { class: `verdict verdict-${c.may_apply}`, id: 'verdict', 'data-may-apply': c.may_apply },
      el('strong', { class: 'verdict-label', text: c.label ?? labelOf('may_apply', c.may_apply) }), el('span', { class: 'verdict-summary', text: plainText(c.summary) })),
    ...extra,
    el('ul', { class: 'counts', 'aria-label': '各结果的条数' },
      ui.labels.outcomes.map((o) => el('li', { class: `count outcome-${o.value}`, 'data-outcome': o.value },
        el('span', { class: 'count-label', text: o.label }), ' ', el('strong', { text: String(c.counts[o.value] ?? 0) })))),
    ...(excluded.length ? [el('p', { class: 'counts-note', id: 'counts-note', text: `以上计数不含${excluded.join('、')}；逐条结论的筛选计数包括它们。` })] : []),
    // (replaceChildren would write a null as the text "null")
    ...(materials.length
      ? [el('p', { class: 'materials-counts', text: `${labelOf('groups', 'materials')}：${materials.map(([o, n]) => `${o === 'needs_information' ? '未核对' : labelOf('outcomes', o)} ${n}`).join(' · ')}` })]
      : []),
    el('p', { class: 'meta', text: `${report.institution_name ? `${report.institution_name} · ` : ''}${report.jurisdiction.name} · 自查日期 ${report.as_of} · 规则目录 ${report.catalog_version}` }));
  const verdictText = `${c.label}。${plainText(c.summary)}`;
  if (verdictText !== ui.verdict) {
    ui.verdict = verdictText;
    $('verdict-live').textContent = `自查结论：${verdictText}`;
  }
  $('mini-verdict').replaceChildren('当前结论：',
    el('strong', { class: `verdict-${c.may_apply}`, text: c.label }), ' ',
    el('a', { href: '#report-title', text: '查看结论与整改清单' }));
}

function renderFindings(report) {
  const glossary = buildGlossary(report.findings);
  ui.glossary = glossary;
  const sections = [];
  for (const group of groupOrder(report.findings)) {
    for (const draft of [false, true]) {
      const findings = report.findings.filter((f) => f.group === group && f.draft === draft);
      if (!findings.length) continue;
      const key = `${group}-${draft}`;
      let section = ui.groupNodes.get(key);
      const label = labelOf('groups', group);
      const title = draft ? `${label}（征求意见稿，未生效，不计入结论）` : label;
      if (!section) {
        section = el('section', { class: `group group-${group}`, 'data-group': group, 'data-draft': String(draft) }, el('h4'));
        ui.groupNodes.set(key, section);
      }
      section.setAttribute('aria-label', title);
      section.querySelector('h4').textContent = title;
      const nodes = findings.map((f) => {
        const forbidden = f.group === 'compliance' && more ? more.isForbiddenFinding(f) : false;
        const refs = `${glossary.number(f.reading)}-${(f.risks ?? []).map((r) => glossary.number(r.note)).join()}`;
        const signature = findingSignature(f, `${forbidden}|${refs}`);
        const cached = ui.findingNodes.get(f.rule_id);
        if (cached && cached.signature === signature) return cached.node;
        const node = findingNode(f, forbidden, glossary);
        ui.findingNodes.set(f.rule_id, { signature, node });
        return node;
      });
      syncChildren(section, [section.querySelector('h4'), ...nodes]);
      sections.push(section);
    }
  }
  syncChildren($('findings'), sections);
  const entries = [...glossary.map];
  const key = entries.map(([t]) => t).join('\n');
  if (key !== ui.glossaryKey) {
    ui.glossaryKey = key;
    $('glossary').hidden = entries.length === 0;
    $('glossary-list').replaceChildren(...entries.map(([text, n]) => el('li', { id: `glossary-${n}`, value: String(n), text })));
  }
}

function renderReport(report) {
  ui.report = report;
  const c = report.conclusion;
  const documents = report.documents.map(documentText).join('；');
  if (documents !== ui.documentsText) {
    ui.documentsText = documents;
    $('documents').textContent = `适用文件：${documents}`;
  }
  renderPrintHeader(report);
  renderConclusion(report);
  renderFixList(report);
  renderFindings(report);
  // A long report (a self-audit's two hundred items) opens on what needs work; the rest is a click away.
  if (!ui.longDefaulted && report.findings.length > 60) {
    ui.filters = new Set(OPEN_OUTCOMES);
    ui.longDefaulted = true;
  }
  renderFilters(report.findings);
  applyFilters();
  const dates = c.next_dates ?? [];
  $('timeline').hidden = dates.length === 0;
  const timelineKey = JSON.stringify(dates);
  if (timelineKey !== ui.timelineKey) {
    ui.timelineKey = timelineKey;
    $('timeline-list').replaceChildren(...dates.map((d) =>
      el('li', { class: `date-${d.kind} basis-${d.basis}` },
        el('time', { datetime: d.date, text: d.date }), ' ',
        el('span', { text: d.label }),
        el('span', { class: 'kind', text: `（${labelOf('date_kinds', d.kind)}）` }),
        el('span', { class: 'basis', text: labelOf('date_bases', d.basis) }))));
  }
  $('print-checklist').hidden = !report.findings.some((f) => f.group === 'materials');
  $('export-ics').hidden = !report.findings.some((f) => !f.draft && f.dates?.length);
  $('export-ledger').hidden = $('fix-list').children.length === 0;
}

function renderPrintHeader(report) {
  $('print-title').textContent = reportTitle(document.body.dataset.print || 'report');
  $('print-name').textContent = report.institution_name || (state.door === 'pharmacy' ? '（未填写药店名称）' : '（未填写机构名称）');
  $('print-place').textContent = report.jurisdiction.name;
  $('print-date').textContent = report.as_of;
  $('print-kind').textContent = kindLabel('application.kind') || '（未选择）';
  $('print-type').textContent = kindLabel('institution.kind') || '（未选择）';
  const docs = JSON.stringify(report.documents);
  if (docs !== ui.printDocs) {
    ui.printDocs = docs;
    $('print-documents').replaceChildren(el('ul', {}, report.documents.map((d) => el('li', { text: documentText(d) }))));
  }
  $('print-version').textContent = report.catalog_version;
}

/** The label of a choice answer, e.g. 申请类别 → 新增定点（申请医保定点）. */
function kindLabel(id) {
  const value = state.answers[id];
  const options = ui.questions.get(id)?.kind.options ?? ui.kindOptions?.[id];
  return options?.find((o) => o.value === value)?.label ?? '';
}

/** Whether the answers call for the compliance self-audit. */
function needsAudit() {
  return state.answers['application.kind'] === 'designated'
    || Object.keys(state.answers).some((id) => id.startsWith('compliance.'));
}

/** Fetches and starts the full engine, once; `use` makes it the engine in use. */
function withAudit({ use = true } = {}) {
  // (The single file's engine is the full one: only the occasional parts are to load.)
  if (engine.hasAudit()) return loadMore().then(() => engine);
  if (!fullEngine) {
    fullEngine = Promise.all([import('./pkg-full/dingdian.js'), loadMore()])
      .then(async ([full]) => {
        await full.default();
        return full;
      });
  }
  if (!use) return fullEngine;
  document.body.dataset.loading = 'audit';
  $('audit-loading').hidden = false;
  return fullEngine.then((full) => {
    engine = full;
    ui.asks = null;
  }).finally(() => {
    delete document.body.dataset.loading;
    $('audit-loading').hidden = true;
  });
}

/**
 * The engine for files and exports (save, open, compare, CSV, calendar):
 * the full one, since the first engine leaves them out for the page's size
 * budget. Usually in already: it is fetched while the browser is idle.
 */
function fullModule() {
  return engine.hasAudit() ? Promise.resolve(engine) : withAudit({ use: false });
}

/** Preloads the full engine while the browser is idle, after the first report. */
function preloadAudit() {
  if (engine.hasAudit() || fullEngine) return;
  const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 200));
  idle(() => { withAudit({ use: false }).catch(() => { fullEngine = null; }); }, { timeout: 3000 });
}

/** Loads the full engine first when a saved file holds a self-audit. */
async function engineForFiles(...texts) {
  if (texts.some((t) => /"compliance"|"designated"/.test(t))) await withAudit().catch(() => {});
}


function indicatorQuestions() {
  return ui.steps.filter((s) => s.audit && s.section === 'indicators').flatMap(stepQuestions).filter((q) => q.kind.type === 'measure' || q.kind.type === 'count');
}

// ------------------------------------------------------------- on demand

/** Buttons whose handlers live in www/more.js. */
const RARE_ACTIONS = ['undo-open', 'conflict-load', 'conflict-keep', 'storage-consent', 'set-aside-drop', 'print-sheet',
  'compare-carry', 'compare-print', 'compare-csv'];

let more = null;
let moreLoading = null;
/** The page's occasional parts (www/more.js): charts, prints, comparison, ledger CSV. */
function loadMore() {
  moreLoading ??= import('./more.js').then((m) => {
    more = m.install({
      $, el, svg, state, ui, labelOf, plain: plainText, helpFor, percentText, csv, fileNamePart, chineseDate, readNumber,
      fixItems, ledgerLine, orderedRisks, riskText, reapplyOf, indicatorQuestions, download, citationButton,
      engineForFiles, GRADE_LABEL, GRADE_OF_SEVERITY, KEY, stepQuestions, isAnswered, isAuditNow, update, stateFrom, rawGet, rememberCurrent, resetPage, fileStatus,
      loadDraft, renderStorageStatus, store, queueStore, printAs, ledgerFrom, renderFixList, parseJson, newState, admit,
      inferDoor, serial, friendlyMessage, setAsideNotice, isSafeId, isAnswerValue, measureFrom, isMeasure, fullModule,
      get engine() { return engine; },
    });
    return more;
  }, (error) => {
    moreLoading = null;
    throw error;
  });
  return moreLoading;
}

// ------------------------------------------------------------------- update

/**
 * Brings the page up to date with the answers. After an answer the report
 * comes first and the questionnaire (which questions the answer adds or
 * removes, and the progress) follows a moment later, in its own task: the
 * result of a click is never kept waiting.
 */
function update({ answer = false } = {}) {
  if (needsAudit() && !engine.hasAudit()) {
    withAudit().then(() => {
      ui.structure = ''; // the audit's steps get their section answers now
      update();
    }, (error) => {
      fullEngine = null;
      showErrors([{ field: null, message: `无法加载定点后合规自查规则：${error?.message ?? error}` }]);
    });
  }
  applyDoor();
  if (!answer) renderQuestions();
  const result = engine.check(buildProfile(), state.asOf);
  if (result.type === 'success') {
    showErrors([]);
    renderReport(result.value);
  } else {
    showErrors(result.errors);
  }
  document.body.dataset.updated = String((Number(document.body.dataset.updated) || 0) + 1);
  if (answer) {
    clearTimeout(ui.questionsLater);
    ui.questionsLater = setTimeout(() => {
      ui.answering = true;
      renderQuestions();
      // An answer the engine refuses is shown beside its question, which may only now be on the page.
      if (result.type !== 'success') showErrors(result.errors);
      ui.answering = false;
    }, 0);
  }
}

let typing = null;
/** Typing waits for a pause (150 ms); anything else (a click, a choice, leaving the field) is shown at once. */
function onAnswer(event) {
  const target = event.target;
  if (!target.dataset.question) return;
  const text = target.matches('input[type="text"]');
  // A click fires both events: its change is the one to act on.
  if (event.type === 'input' && !text) return;
  // Leaving a text field after the pause: already shown.
  if (event.type === 'change' && text && !typing) return;
  readInput(target);
  const typed = event.type === 'input';
  clearTimeout(typing);
  document.body.dataset.pending = 'true';
  const run = () => {
    typing = null;
    update({ answer: true });
    queueStore();
  };
  if (typed) typing = setTimeout(run, 150);
  else run();
}

// ------------------------------------------------------------------ dialog

function showDialog(title, text, opener, presumed = false) {
  $('article-title').textContent = title;
  $('article-presumed').hidden = !presumed;
  $('article-text').textContent = text;
  ui.opener = opener;
  $('article-dialog').showModal();
  $('article-close').focus();
}

function showArticle(documentCode, label, opener) {
  const result = engine.article(documentCode, label);
  if (result.type !== 'success') return;
  const a = result.value;
  showDialog(`《${a.document_title}》${a.label}`, a.text, opener, a.presumed);
}

function showGlossary(n, opener) {
  const text = [...(ui.glossary?.map ?? [])].find(([, k]) => k === n)?.[0];
  if (text) showDialog(`读法说明 ${n}`, text, opener);
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

/** A file name after the institution and the date, e.g. 南通市某医院-合规自查-2026-11-22.json. */
function fileName(what, extension) {
  const kind = isAuditNow() ? '合规自查' : '预检';
  return `${fileNamePart(state.answers['institution.name'])}-${what || kind}-${state.asOf}.${extension}`;
}

function fileStatus(kind, ...content) {
  const box = $('file-status');
  box.className = `file-status ${kind}`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  // (replaceChildren would write a null as the text "null")
  box.replaceChildren(...content.filter((c) => c !== null && c !== undefined));
}

function exportOrShow(result, filename, type) {
  if (result.type === 'success') {
    download(filename, result.value, type);
    return true;
  }
  showErrors(result.errors);
  fileStatus('error', el('p', { text: '当前回答有误，无法导出：' }), el('ul', {}, result.errors.map((e) => el('li', { text: friendlyMessage(e) }))));
  return false;
}

/** The ledger lines worth saving: those with anything filled in. */
function ledgerForSave() {
  const out = Object.create(null);
  for (const id of Object.keys(state.ledger)) {
    const line = state.ledger[id];
    const clean = Object.create(null);
    for (const k of ['owner', 'due', 'note']) if (line[k]) clean[k] = line[k];
    clean.status = line.status ?? 'not_started';
    if (clean.owner || clean.due || clean.note || clean.status !== 'not_started') out[id] = clean;
  }
  return out;
}

async function saveFile() {
  const name = fileName('', 'json');
  const full = await fullModule();
  const result = full.save(buildProfile(), state.asOf, ledgerForSave());
  if (exportOrShow(result, name, 'application/json')) {
    fileStatus('ok', el('p', { text: `已保存自查文件「${name}」。以后可用“打开自查文件”继续，或用来比较两次自查。` }));
  }
}

function setAsideNotice(setAside, notices = []) {
  const refused = setAside.filter((x) => x.reason === 'refused');
  const unknown = setAside.length - refused.length;
  const lines = [...notices];
  if (unknown) lines.push(`${unknown} 项回答属于本版本没有的问题（可能由较旧或较新的版本保存），已放在一旁。`);
  if (refused.length) {
    const labels = refused.map((x) => ui.questions.get(x.id)?.label).filter(Boolean);
    lines.push(`${refused.length} 项回答本版本无法使用，已放在一旁，请重新填写${labels.length ? `：${labels.map((l) => `「${l}」`).join('、')}` : ''}。`);
  }
  return lines;
}


/** Re-renders everything from `state` (after opening a file, undoing, switching drafts). */
function resetPage() {
  ui.questionNodes.clear();
  ui.findingNodes.clear();
  ui.fixNodes.clear();
  ui.groupNodes.clear();
  ui.structure = '';
  ui.conclusionKey = '';
  ui.glossaryKey = null;
  ui.asked = null;
  ui.longDefaulted = false;
  $('jurisdiction').value = state.jurisdiction;
  $('as-of').value = state.asOf;
  renderDrafts();
  update();
  showStep();
  store();
  renderStorageStatus();
}


// ------------------------------------------------------------------ printing

/** Prints one of the page's prints: the full report, the short one to sign, a checklist, a sheet, a comparison. */
async function printAs(mode) {
  const m = await loadMore();
  if (mode === 'short') m.buildShortReport();
  if (mode === 'checklist') m.buildChecklist();
  if (mode === 'sheet') m.buildSheet();
  document.body.dataset.print = mode;
  if (ui.report) renderPrintHeader(ui.report);
  window.print();
}






// ----------------------------------------------------------------- compare






// -------------------------------------------------------------------- start

function wire() {
  $('findings').addEventListener('input', (event) => {
    if (event.target.matches('[data-damages-base], [data-damages-nth]')) more?.calculateDamages(event.target);
  });
  $('jurisdiction').addEventListener('change', () => {
    state.jurisdiction = $('jurisdiction').value;
    ui.answering = false;
    update();
    queueStore();
  });
  $('as-of').addEventListener('input', (event) => {
    state.asOf = event.target.value;
    update();
    queueStore();
  });
  $('door-options').addEventListener('change', (event) => {
    if (event.target.name !== 'door') return;
    chooseDoor(event.target.value);
    update();
    queueStore();
  });
  const form = $('questionnaire');
  form.addEventListener('input', onAnswer);
  form.addEventListener('change', onAnswer);
  form.addEventListener('submit', (event) => event.preventDefault());
  $('only-open').addEventListener('change', (event) => form.classList.toggle('only-open', event.target.checked));
  $('next-open').addEventListener('click', nextOpen);
  $('bar-prev').addEventListener('click', () => stepDelta(-1));
  $('bar-next').addEventListener('click', () => stepDelta(1));
  $('step-list').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-goto]');
    if (button) goToStep(button.dataset.goto);
  });
  $('prev-step').addEventListener('click', () => stepDelta(-1));
  $('next-step').addEventListener('click', () => stepDelta(1));

  // The 整改台账: kept with the draft as typed; the report does not change.
  const onLedger = (event) => {
    const field = event.target.dataset.ledger;
    const rule = event.target.closest('[data-ledger-rule]')?.dataset.ledgerRule;
    if (!field || !isSafeRuleId(rule)) return;
    const line = state.ledger[rule] ?? Object.assign(Object.create(null), { status: 'not_started' });
    const value = event.target.value.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 500);
    if (value) line[field] = value;
    else delete line[field];
    state.ledger[rule] = line;
    queueStore();
  };
  $('fix-section').addEventListener('input', onLedger);
  $('fix-section').addEventListener('change', onLedger);
  $('fix-info').addEventListener('toggle', () => { if ($('fix-info').open) renderFixInfo(); });

  document.addEventListener('click', (event) => {
    const target = event.target;
    const article = target.closest('button[data-article]');
    if (article) {
      showArticle(article.dataset.document, article.dataset.article, article);
      return;
    }
    const glossary = target.closest('button[data-glossary]');
    if (glossary) {
      showGlossary(Number(glossary.dataset.glossary), glossary);
      return;
    }
    const show = target.closest('[data-show]');
    if (show) {
      showQuestion(show.dataset.show);
      return;
    }
    const drop = target.closest('[data-drop]');
    if (drop) {
      delete state.answers[drop.dataset.drop];
      update();
      queueStore();
      return;
    }
    if (target.closest('[data-none], [data-none-confirm], [data-none-cancel]')) {
      more?.sectionClick(target);
      return;
    }
    if (target.closest('[data-action="save-file"]')) {
      saveFile();
      return;
    }
    const link = target.closest('a[href^="#q-"], a[href^="#finding-"], a[href="#report-title"], a[href="#compare"], a[href="#fix-title"]');
    if (link) {
      const id = decodeURIComponent(link.getAttribute('href').slice(1));
      if (id.startsWith('q-')) {
        if (showQuestion(id.slice(2))) event.preventDefault();
      } else if (id.startsWith('finding-')) {
        const node = document.getElementById(id);
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
        const node = { compare: 'compare-title', 'fix-title': 'fix-title' }[id] ?? 'report-title';
        $(node).setAttribute('tabindex', '-1');
        $(node).focus({ preventScroll: true });
        $(node).scrollIntoView({ block: 'start' });
      }
    }
    if (target.id && RARE_ACTIONS.includes(target.id)) loadMore().then((m) => m.handle(target.id));
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

  $('draft-select').addEventListener('change', (event) => switchDraft(event.target.value));
  $('draft-new').addEventListener('click', newDraft);
  let armed = null;
  $('draft-delete').addEventListener('click', (event) => {
    const button = event.currentTarget;
    if (!armed) {
      button.textContent = '再次点击以确认删除';
      armed = setTimeout(() => { armed = null; button.textContent = '删除此草稿'; }, 5000);
      return;
    }
    clearTimeout(armed);
    armed = null;
    button.textContent = '删除此草稿';
    deleteDraft();
  });
  window.addEventListener('storage', (event) => {
    if (!ui.persist) return;
    if (event.key === KEY.rev(state.id) && event.newValue && !event.newValue.endsWith(`:${TAB}`)) showConflict();
    if (event.key === KEY.index) renderDrafts();
  });
  window.addEventListener('pagehide', () => { if (storeTimer) store(); });

  $('save-file').addEventListener('click', saveFile);
  $('open-file-button').addEventListener('click', () => $('open-file').click());
  $('open-file').addEventListener('change', async (event) => {
    const file = event.target.files?.[0];
    if (file) await (await loadMore()).openFile(file);
    event.target.value = '';
  });
  $('export-csv').addEventListener('click', async () => {
    const full = await fullModule();
    exportOrShow(full.findingsCsv(buildProfile(), state.asOf), fileName('逐条结论', 'csv'), 'text/csv;charset=utf-8');
  });
  $('export-ledger').addEventListener('click', () => {
    if (ui.report) loadMore().then((m) => download(fileName('整改台账', 'csv'), m.ledgerCsv(), 'text/csv;charset=utf-8'));
  });
  $('export-ics').addEventListener('click', async () => {
    const full = await fullModule();
    exportOrShow(full.calendar(buildProfile(), state.asOf, { now: new Date().toISOString() }), fileName('时限', 'ics'), 'text/calendar;charset=utf-8');
  });
  $('print-report').addEventListener('click', () => printAs('report'));
  $('print-short').addEventListener('click', () => printAs('short'));
  $('print-checklist').addEventListener('click', () => printAs('checklist'));
  window.addEventListener('afterprint', () => {
    delete document.body.dataset.print;
    if (ui.report) renderPrintHeader(ui.report);
  });
  $('compare-run').addEventListener('click', () => loadMore().then((m) => m.runCompare()));
}

async function start() {
  await init();
  ui.labels = engine.labels();
  ui.filters = new Set(ui.labels.outcomes.map((o) => o.value));
  $('catalog-version').textContent = engine.catalogVersion();
  ui.jurisdictions = engine.jurisdictions();
  loadInitial();
  if (!state.door || !DOORS[state.door]) state.door = inferDoor(state.answers);
  if (needsAudit()) await withAudit().catch(() => {});
  // Stored answers an older or newer version wrote are set aside, never fatal.
  const kept = admit(state.answers, state.setAside);
  state.answers = kept.answers;

  if (!ui.jurisdictions.some((j) => j.code === state.jurisdiction)) state.jurisdiction = ui.jurisdictions[0].code;
  $('jurisdiction').replaceChildren(...ui.jurisdictions.map((j) =>
    el('option', { value: j.code, text: j.name, selected: j.code === state.jurisdiction })));
  $('jurisdiction').value = state.jurisdiction;
  $('as-of').value = state.asOf;

  wire();
  renderStorageStatus();
  renderDrafts();
  update();
  showStep();
  renderStorageStatus();
  queueStore();
  window.dingdianReadyAt = performance.now();
  document.body.dataset.ready = 'true';
  preloadAudit();
}

start().catch((error) => {
  const box = $('input-error');
  box.hidden = false;
  box.textContent = `页面无法启动：${error?.message ?? error}`;
});
