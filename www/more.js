// What the page needs only now and then, loaded on demand (www/app.js
// `loadMore`): the indicator charts and the damages calculator of the
// self-audit (loaded with the full engine), the prints (the short report to
// sign, the materials checklist, the indicator sheet), the comparison of two
// self-checks and the CSV of the 整改台账. Kept out of the first load for
// the page's size budget.
//
// scripts/build-single.mjs inlines this module into the single file: keep
// its one export, `install`, and no import.

/** The functions of this module, given the page's own (`app`). */
export function install(app) {
  const {
    $, el, svg, state, ui, labelOf, plain, helpFor, percentText, csv, fileNamePart, chineseDate, readNumber,
    fixItems, ledgerLine, orderedRisks, riskText, reapplyOf, indicatorQuestions, download, citationButton,
    engineForFiles, GRADE_LABEL, GRADE_OF_SEVERITY, KEY, stateFrom, rawGet, rememberCurrent, resetPage, fileStatus,
    loadDraft, renderStorageStatus, store, queueStore, printAs, ledgerFrom, renderFixList, parseJson, newState, admit,
    inferDoor, serial, friendlyMessage, setAsideNotice, isSafeId, isAnswerValue, measureFrom, isMeasure, fullModule,
    stepQuestions, isAnswered, isAuditNow, update,
  } = app;

  /** Replaces `node`'s children, leaving out absent ones (replaceChildren would write a null as the text "null"). */
  const fill = (node, ...children) => node.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));

  /** The indicator's figures from the finding: the value, the threshold, and the arithmetic as the engine wrote it. */
  function figureOf(f) {
    const d = f.detail ?? '';
    const limit = /要求(不低于|不超过) (\d+(?:\.\d+)?)%/.exec(d);
    if (limit) {
      const ratio = /(\d+(?:\.\d+)?) ÷ (\d+(?:\.\d+)?) = [^；]+/.exec(d);
      const given = /填报比率 (\d+(?:\.\d+)?)%/.exec(d);
      let value = null;
      if (ratio && Number(ratio[2]) > 0) value = (Number(ratio[1]) / Number(ratio[2])) * 100;
      else if (given) value = Number(given[1]);
      if (value === null) return null;
      return { value, limit: Number(limit[2]), atLeast: limit[1] === '不低于', unit: '%', arithmetic: (ratio ?? given)[0] };
    }
    const count = /：(\d+) (\S+)；要求不少于 (\d+) \2/.exec(d);
    if (count) return { value: Number(count[1]), limit: Number(count[3]), atLeast: true, unit: count[2], arithmetic: `${count[1]} ${count[2]}` };
    return null;
  }

  /** A small chart of an indicator: its value as a bar against the threshold line, drawn as inline SVG. */
  function chartOf(f, fig) {
    const percent = fig.unit === '%';
    let lo = 0;
    let hi = percent ? 100 : Math.max(fig.limit * 2, fig.value + 1, 2);
    if (percent && fig.atLeast && fig.limit >= 50) lo = Math.max(0, Math.floor((Math.min(fig.value, fig.limit) - 10) / 5) * 5);
    if (percent && !fig.atLeast) hi = Math.min(100, Math.max(fig.limit * 2.5, fig.value * 1.2, 5));
    const W = 300; const L = 8; const R = 292; const clamp = (v) => Math.max(lo, Math.min(hi, v));
    const x = (v) => L + ((clamp(v) - lo) / (hi - lo)) * (R - L);
    const ok = f.outcome === 'pass';
    const fmt = (v) => (percent ? percentText(v) : `${v} ${fig.unit}`);
    const need = `要求${fig.atLeast ? '不低于' : '不超过'} ${fmt(fig.limit)}`;
    const chart = svg('svg', { viewBox: `0 0 ${W} 52`, width: W, height: 52, class: 'chart', role: 'img', 'aria-label': `${fmt(fig.value)}，${need}` },
      svg('rect', { x: L, y: 18, width: R - L, height: 12, class: 'chart-track' }),
      svg('rect', { x: L, y: 18, width: Math.max(1, x(fig.value) - L), height: 12, class: ok ? 'chart-bar ok' : 'chart-bar bad' }),
      svg('line', { x1: x(fig.limit), x2: x(fig.limit), y1: 10, y2: 36, class: 'chart-limit' }),
      svg('text', { x: Math.min(Math.max(x(fig.limit), 40), W - 40), y: 8, 'text-anchor': 'middle', class: 'chart-label' }, need),
      svg('text', { x: L, y: 48, class: 'chart-axis' }, fmt(lo)),
      svg('text', { x: R, y: 48, 'text-anchor': 'end', class: 'chart-axis' }, fmt(hi)),
      svg('text', { x: Math.min(Math.max(x(fig.value), 30), W - 30), y: 48, 'text-anchor': 'middle', class: ok ? 'chart-value ok' : 'chart-value bad' }, fmt(fig.value)));
    const period = /（统计期间：[^）]*）/.exec(f.detail ?? '')?.[0] ?? '';
    return el('figure', { class: 'indicator' }, chart,
      el('figcaption', { text: `${fig.arithmetic}${period}；${need}：${ok ? '符合' : '不符合'}` }));
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
    const read = (selector) => {
      const raw = box.querySelector(selector).value;
      return readNumber(raw)?.text ?? raw.trim();
    };
    const base = read('[data-damages-base]');
    const nth = read('[data-damages-nth]') || '1';
    const output = box.querySelector('output');
    if (base === '') { output.textContent = ''; return; }
    const result = app.engine.damages(box.dataset.calculator, base, nth);
    output.textContent = result.type === 'success'
      ? `${result.value.text}（${result.value.formula}）`
      : result.errors.map((e) => e.message.replace(/（[a-z_.]+）/g, '')).join(' ');
  }

  function table(head, rows, cls) {
    return el('table', { class: cls },
      el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c))))));
  }

  /** The short print: conclusion, the 整改清单 with owners and dates, sign-off lines. */
  function buildShortReport() {
    const report = ui.report;
    if (!report) return;
    const c = report.conclusion;
    const { work, info } = fixItems(report);
    const statuses = new Map((ui.labels.ledger_statuses ?? []).map((s) => [s.value, s.label]));
    const rows = work.map(({ f, risk }, i) => {
      const line = ledgerLine(f.rule_id);
      const grade = risk ? GRADE_LABEL[risk.grade ?? GRADE_OF_SEVERITY[risk.severity]] : (f.outcome === 'needs_review' ? '待定' : '—');
      return [String(i + 1), el('span', {}, f.title, el('br'), el('small', { text: f.citation.text })),
        labelOf('outcomes', f.outcome), grade, line.owner ?? '', line.due ?? '', statuses.get(line.status ?? 'not_started') ?? '未开始'];
    });
    const r = c.may_apply === 'no' && !c.audit ? reapplyOf(report) : null;
    const sign = (label) => el('div', { class: 'sign' }, el('span', { text: label }), el('span', { class: 'line' }));
    fill($('short-report'),
      el('h2', { text: '自查结论' }),
      el('p', { class: `verdict verdict-${c.may_apply}` }, el('strong', { class: 'verdict-label', text: c.label }), ' ', plain(c.summary)),
      r?.date ? el('p', { text: `最早可申请日期：${chineseDate(r.date)}。` }) : null,
      el('p', { class: 'meta', text: ui.labels.outcomes.map((o) => `${o.label} ${c.counts[o.value] ?? 0}`).join(' · ') }),
      el('h2', { text: `整改清单（${work.length} 项）` }),
      work.length ? table(['序号', '事项（依据）', '结果', '风险', '责任人', '完成期限', '状态'], rows, 'short-table') : el('p', { text: '没有需要整改的事项。' }),
      info.length ? el('p', { class: 'meta', text: `另有 ${info.length} 项需补充信息，完整报告中逐项列出。` }) : null,
      el('div', { class: 'signoff' },
        sign('自查人（签字）'), sign('审核人（签字）'), sign('机构负责人（签字）'), sign('机构盖章'), sign('日期')));
  }

  /** What a material's text says of copies, originals and seals. */
  function materialTerms(quote) {
    const t = quote ?? '';
    const copies = /一式([一二两三四五六七八九十\d]+)份/.exec(t)?.[0] ?? /([一二两三四五六七八九十\d]+)份/.exec(t)?.[0] ?? '';
    const form = /原件/.test(t) && /复印件/.test(t) ? (/原件或复印件/.test(t) ? '原件或复印件' : '原件及复印件') : (/复印件/.test(t) ? '复印件' : (/原件/.test(t) ? '原件' : ''));
    const seal = /盖章|公章|加盖/.test(t) ? '须盖章' : '';
    return { copies, form, seal };
  }

  function buildChecklist() {
    const report = ui.report;
    const items = report.findings.filter((f) => f.group === 'materials' && !f.draft);
    const rows = items.map((f, i) => {
      const terms = materialTerms(f.quote);
      const mark = f.outcome === 'pass' ? '☑ 已备' : (f.outcome === 'not_applicable' ? '— 不需' : (f.outcome === 'needs_information' ? '☐ 未核对' : '☐ 缺'));
      return [String(i + 1), el('span', {}, f.title, el('br'), el('small', { text: f.citation.text })), terms.copies || '—', terms.form || '—', terms.seal || '—', mark];
    });
    $('sheet').replaceChildren(el('h2', { text: '申请材料' }),
      table(['序号', '材料', '份数', '原件或复印件', '盖章', '核对'], rows, 'sheet-table'),
      el('p', { class: 'meta', text: '份数、原件或复印件、盖章按文件原文列出；原文未写的以“—”表示，以经办机构的申请指引为准。' }));
  }

  /** The indicator figures to collect before the self-audit: numerator, denominator and the period of each. */
  function buildSheet() {
    const rows = indicatorQuestions().map((q, i) => {
      const help = helpFor(q.help, state.jurisdiction);
      const num = /分子：([^；。]+)/.exec(help)?.[1] ?? '';
      const den = /分母：([^；。]+)/.exec(help)?.[1] ?? '';
      const need = /要求([^。；]+)/.exec(help)?.[0] ?? (/至少[^。；]+|不少于[^。；]+/.exec(help)?.[0] ?? '');
      const what = q.kind.type === 'measure' ? el('span', {}, `分子：${num || '（按口径）'}`, el('br'), `分母：${den || '（按口径）'}`) : '填写数值';
      return [String(i + 1), el('span', {}, q.label, el('br'), el('small', { text: q.asked_by.slice(0, 2).join('；') })), what, need, ''];
    });
    $('sheet').replaceChildren(el('h2', { text: '指标数据采集表' }),
      el('p', { text: '统计期间：____________________（各项指标按同一期间的数据填写）' }),
      table(['序号', '指标', '需要的数据', '要求', '填报数据'], rows, 'sheet-table'));
  }

  async function readChosen(input) {
    const file = input.files?.[0];
    return file ? { name: file.name, text: await file.text() } : null;
  }

  function ledgerText(line) {
    if (!line) return '';
    const statuses = new Map((ui.labels.ledger_statuses ?? []).map((s) => [s.value, s.label]));
    return [line.owner, line.due, statuses.get(line.status)].filter(Boolean).join(' · ');
  }

  function changeItem(change) {
    const line = change.ledger_after ?? change.ledger_before;
    return el('li', { class: `change-item change-${change.change}`, 'data-change': change.change, 'data-compare-rule': change.rule_id },
      el('span', { class: 'change-title', text: change.title }), ' ',
      el('span', { class: 'citation' }, el('span', { text: change.citation.text }), ' ', citationButton(change.citation)),
      el('span', { class: 'change-outcomes' },
        el('span', { class: `badge outcome-${change.before}`, text: change.before ? labelOf('outcomes', change.before) : '—' }),
        el('span', { 'aria-label': '变为', text: ' → ' }),
        el('span', { class: `badge outcome-${change.after}`, text: change.after ? labelOf('outcomes', change.after) : '—' })),
      line ? el('span', { class: 'change-ledger', text: ` 整改台账：${ledgerText(line)}` }) : null);
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
      result = (await fullModule()).compare(before.text, after.text);
      if (result.type !== 'success') problems.push(...result.errors);
    }
    if (problems.length) {
      for (const p of problems) {
        const side = p.field?.startsWith('after') ? 'after' : 'before';
        const note = $(`compare-${side}-error`);
        note.hidden = false;
        note.textContent = p.message.replace(/（[a-z_.]+）/g, '');
        $(`compare-${side}`).setAttribute('aria-invalid', 'true');
        $(`compare-${side}`).setAttribute('aria-describedby', `compare-${side}-error`);
      }
      alert.hidden = false;
      alert.replaceChildren(el('p', { text: '无法比较：' }), el('ul', {}, problems.map((p) => el('li', { text: p.message.replace(/（[a-z_.]+）/g, '') }))));
      box.replaceChildren();
      return;
    }
    const value = result.value;
    const full = await fullModule();
    ui.comparison = { value, before, after };
    const dateOf = (file) => {
      const read = full.readSaved(file.text);
      return read.type === 'success' ? read.value.as_of : '';
    };
    const side = (title, file, conclusion) => el('div', { class: `compare-side verdict-${conclusion.may_apply}` },
      el('p', { class: 'compare-file' }, `${title}：`, el('span', { text: file.name }), ` · 自查日期 ${dateOf(file)}`),
      el('p', {}, el('strong', { text: conclusion.label }), ' ', el('span', { text: plain(conclusion.summary) })));
    const groups = ui.labels.changes.map((kind) => {
      const items = value.changes.filter((c) => c.change === kind.value);
      return el('section', { class: `change-group change-group-${kind.value}`, 'data-change-group': kind.value, 'aria-labelledby': `change-${kind.value}-title` },
        el('h4', { id: `change-${kind.value}-title`, text: `${kind.label}（${items.length}）` }),
        items.length ? el('ul', {}, items.map(changeItem)) : el('p', { class: 'hint', text: '无' }));
    });
    const carried = Object.keys(value.carried ?? {}).length;
    fill(box,
      el('h3', { id: 'compare-result-title', tabindex: '-1', text: '比较结果' }),
      el('div', { class: 'compare-sides' }, side('较早', before, value.before), side('较晚', after, value.after)),
      el('div', { class: 'actions no-print' },
        carried ? el('button', { type: 'button', id: 'compare-carry', text: `把整改台账（${carried} 项）带入当前草稿` }) : null,
        el('button', { type: 'button', id: 'compare-print', text: '打印比较结果' }),
        el('button', { type: 'button', id: 'compare-csv', text: '导出比较结果（CSV）' })),
      ...groups);
    $('compare-result-title').focus();
  }

  function compareCsv() {
    const { value, before, after } = ui.comparison;
    const statuses = new Map((ui.labels.ledger_statuses ?? []).map((s) => [s.value, s.label]));
    const rows = [['变化', '事项', '依据', '较早结果', '较晚结果', '责任人', '完成期限', '状态', '整改证据', '规则编号']];
    for (const c of value.changes) {
      const line = c.ledger_after ?? c.ledger_before ?? {};
      rows.push([labelOf('changes', c.change), c.title, c.citation.text, c.before ? labelOf('outcomes', c.before) : '—',
        c.after ? labelOf('outcomes', c.after) : '—', line.owner ?? '', line.due ?? '', line.status ? statuses.get(line.status) : '', line.note ?? '', c.rule_id]);
    }
    rows.push([], ['较早文件', before.name], ['较晚文件', after.name]);
    return csv(rows);
  }

  /** The 整改台账 as CSV for Excel: one row per item needing work. */
  function ledgerCsv() {
    const { work } = fixItems(ui.report);
    const statuses = new Map((ui.labels.ledger_statuses ?? []).map((s) => [s.value, s.label]));
    const rows = [['序号', '事项', '依据', '结果', '风险等级', '后果', '建议', '责任人', '完成期限', '状态', '整改证据', '规则编号']];
    work.forEach(({ f, risk }, i) => {
      const line = ledgerLine(f.rule_id);
      const grade = risk ? GRADE_LABEL[risk.grade ?? GRADE_OF_SEVERITY[risk.severity]] : '';
      rows.push([String(i + 1), f.title, f.citation.text, labelOf('outcomes', f.outcome), grade,
        orderedRisks(f.risks).map(riskText).join('；'), plain(f.advice), line.owner ?? '', line.due ?? '',
        statuses.get(line.status ?? 'not_started') ?? '未开始', line.note ?? '', f.rule_id]);
    });
    return csv(rows);
  }


  /** {question id: value} from a profile object; unanswered (null) fields are left out; unsafe keys set aside. */
  function flatten(object, prefix, out, setAside) {
    for (const key of Object.keys(object)) {
      const value = object[key];
      const id = prefix ? `${prefix}.${key}` : key;
      if (value === null || value === undefined) continue;
      if (!/^[a-z][a-z0-9_]*$/.test(key)) { setAside.push({ id: null, reason: 'unknown' }); continue; }
      if (typeof value === 'object' && !Array.isArray(value) && !isMeasure(value)) flatten(value, id, out, setAside);
      else if (isSafeId(id) && isAnswerValue(value)) out[id] = Array.isArray(value) ? [...value] : (typeof value === 'object' ? measureFrom(value) : value);
      else setAside.push({ id: isSafeId(id) ? id : null, reason: 'unknown' });
    }
    return out;
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
    const refuse = (errors, answers = Object.create(null)) => fileStatus('error',
      el('p', {}, '未能打开「', el('span', { text: file.name }), '」，当前回答未改动：'),
      el('ul', {}, errors.map((e) => el('li', { text: friendlyMessage(e.field?.startsWith('profile.') ? { ...e, field: e.field.slice(8) } : e, answers) }))));
    const result = (await fullModule()).readSaved(text);
    const setAside = [];
    let saved;
    if (result.type === 'success') {
      saved = { asOf: result.value.as_of, profile: result.value.profile, ledger: result.value.ledger, notices: result.value.notices ?? [] };
    } else {
      // A newer version's answers the engine does not know: set aside, the rest opened.
      const data = parseJson(text);
      const profileErrors = result.errors.filter((e) => e.field?.startsWith('profile.'));
      if (!data || typeof data !== 'object' || !profileErrors.length || profileErrors.length !== result.errors.length
        || typeof data.profile !== 'object' || !data.profile) {
        refuse(result.errors);
        return;
      }
      const notices = [];
      const version = /^dingdian-selfcheck\/(\d+)$/.exec(String(data.format))?.[1];
      if (version && version !== '1') notices.push(`此文件由较新版本保存（自查文件第 ${version} 版），本版本能读的内容已打开。`);
      const extra = Object.keys(data).filter((k) => !['format', 'as_of', 'profile', 'ledger'].includes(k)).length;
      if (extra) notices.push(`文件中有 ${extra} 项本版本不认识的内容（可能由较新版本保存），已略过。`);
      saved = { asOf: data.as_of, profile: data.profile, ledger: data.ledger, notices };
    }
    if (typeof saved.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(saved.asOf)) {
      refuse([{ field: 'as_of', message: '' }]);
      return;
    }
    const { format, jurisdiction: place, ...rest } = saved.profile;
    const answers = flatten(rest, '', Object.create(null), setAside);
    const jurisdiction = typeof place === 'string' && ui.jurisdictions.some((j) => j.code === place) ? place : state.jurisdiction;
    const previous = { jurisdiction: state.jurisdiction, asOf: state.asOf };
    state.jurisdiction = jurisdiction;
    state.asOf = saved.asOf;
    const admitted = admit(answers, setAside, { strict: true });
    if (admitted.errors.length) {
      Object.assign(state, previous);
      refuse(admitted.errors, admitted.answers);
      return;
    }
    Object.assign(state, previous);
    ui.beforeOpen = serial();
    Object.assign(state, newState(jurisdiction));
    state.asOf = saved.asOf;
    state.answers = admitted.answers;
    state.ledger = ledgerFrom(saved.ledger);
    state.setAside = setAside;
    state.door = inferDoor(state.answers);
    ui.rev = 0;
    rememberCurrent();
    resetPage();
    const notes = setAsideNotice(setAside, saved.notices);
    fileStatus('ok',
      el('p', {}, '已打开「', el('span', { text: file.name }), `」：${ui.report?.conclusion.label ?? ''}（自查日期 ${saved.asOf}），存为新的草稿；原来的草稿仍在列表中。 `,
        el('button', { type: 'button', class: 'link', id: 'undo-open', text: '回到打开前的草稿' })),
      notes.length ? el('ul', { class: 'notices' }, notes.map((n) => el('li', { text: n }))) : null);
  }

  /** The handlers of the page's rarer buttons (app.js RARE_ACTIONS). */
  function handle(action) {
    switch (action) {
      case 'undo-open':
        if (ui.beforeOpen) {
          const back = stateFrom({ state: ui.beforeOpen });
          ui.beforeOpen = null;
          if (back) Object.assign(state, back);
          ui.rev = Number((rawGet(KEY.rev(state.id)) ?? '0').split(':')[0]) || 0;
          rememberCurrent();
          resetPage();
          fileStatus('ok', el('p', { text: '已回到打开文件前的草稿；打开的文件仍作为草稿保留在列表中。' }));
        }
        break;
      case 'conflict-load': {
        ui.conflict = false;
        loadDraft(state.id);
        renderStorageStatus();
        resetPage();
        break;
      }
      case 'conflict-keep':
        ui.conflict = false;
        ui.rev = Number((rawGet(KEY.rev(state.id)) ?? '0').split(':')[0]) || 0;
        renderStorageStatus();
        store();
        break;
      case 'storage-consent':
        for (const [k, v] of ui.memory) try { localStorage.setItem(k, v); } catch { /* said on the next save */ }
        ui.persist = true;
        ui.memory.clear();
        renderStorageStatus();
        store();
        fileStatus('ok', el('p', { text: '草稿此后保存在本机浏览器中。' }));
        break;
      case 'set-aside-drop':
        state.setAside = [];
        renderStorageStatus();
        queueStore();
        break;
      case 'print-sheet':
        printAs('sheet');
        break;
      case 'compare-carry': {
        const carried = ledgerFrom(ui.comparison?.value.carried);
        let n = 0;
        for (const id of Object.keys(carried)) {
          if (!state.ledger[id]) { state.ledger[id] = carried[id]; n += 1; }
        }
        ui.fixNodes.clear();
        if (ui.report) renderFixList(ui.report);
        queueStore();
        fileStatus('ok', el('p', { text: `已把 ${n} 项整改台账带入当前草稿（已有的不覆盖）。` }));
        break;
      }
      case 'compare-print':
        printAs('compare');
        break;
      case 'compare-csv':
        download(`${fileNamePart(state.answers['institution.name'])}-两次自查比较-${state.asOf}.csv`, compareCsv(), 'text/csv;charset=utf-8');
        break;
      default:
    }
  }

  /**
   * The total 违约金 a self-audit's failing items may cost, as a range, when
   * the engine does not give it (conclusion.audit.exposure): for each item,
   * the least and the most of its consequences' amounts as the engine works
   * them out (a floor for no amount in breach, a cap for a very large one);
   * items whose text fixes no amount, or sets no cap, are counted as open.
   */
  function exposureOf(report) {
    let min = 0;
    let max = 0;
    let open = 0;
    const huge = '1000000000000';
    for (const f of report.findings) {
      if (f.draft || f.outcome !== 'fail' || !f.risks?.some((r) => r.damages)) continue;
      let low = null;
      let high = null;
      let unbounded = false;
      for (const r of f.risks) {
        if (!r.damages) continue;
        const least = r.calculable ? app.engine.damages(r.id, '0', '1') : null;
        const most = r.calculable ? app.engine.damages(r.id, huge, '1') : null;
        if (least?.type !== 'success' || most?.type !== 'success') { unbounded = true; continue; }
        low = low === null ? least.value.low : Math.min(low, least.value.low);
        if (most.value.high >= 1e11) unbounded = true;
        else high = Math.max(high ?? 0, most.value.high);
      }
      min += low ?? 0;
      max += high ?? 0;
      if (unbounded) open += 1;
    }
    return { min, max, open, estimated: true };
  }

  // Seconds a question of each kind takes to answer, for the time estimate.
  const SECONDS = { yes_no: 12, checkbox: 5, count: 40, measure: 120, text: 20, date: 25, choice: 15, multi_choice: 25 };
  /** The one answer for a whole list of forbidden acts: 「本节所列情形均不存在」, confirmed, each item still changeable. */
  function sectionAnswer(step) {
    const questions = step.groups.flatMap((g) => g.questions).filter((q) => q.forbidden || (q.section === 'conduct' && q.kind.type === 'count'));
    if (!questions.length) return null;
    const id = `none-${step.id}`;
    let box = $(id);
    if (!box) {
      box = el('div', { class: 'section-answer', id, 'data-step': step.id },
        el('p', { class: 'section-answer-text' }),
        el('button', { type: 'button', class: 'primary', 'data-none': step.id, text: '本节所列情形均不存在' }),
        el('div', { class: 'confirm', hidden: true, role: 'group', 'aria-label': '确认' },
          el('p', { class: 'confirm-text' }),
          el('button', { type: 'button', class: 'primary', 'data-none-confirm': step.id, text: '确认：均不存在' }), ' ',
          el('button', { type: 'button', 'data-none-cancel': step.id, text: '取消' })));
    }
    box.querySelector('.section-answer-text').textContent = `本节列出 ${questions.length} 种违规情形，每项回答“存在”或“不存在”。自查期间均不存在的，可一次回答：`;
    return box;
  }

  /** Whether a finding is about a forbidden act (its item asks whether the act occurred). */
  function isForbiddenFinding(f) {
    if (f.group !== 'compliance') return false;
    const asks = ruleAsks().get(f.rule_id) ?? [];
    return asks.some((id) => ui.forbidden.has(id)) && !asks.some((id) => ui.questions.get(id)?.section === 'obligations');
  }

  /** Rule id → the questions it reads, from the engine's catalog (once per engine and place). */
  function ruleAsks() {
    const key = `${app.engine.hasAudit()}|${state.jurisdiction}`;
    if (ui.asks?.key !== key) {
      const result = app.engine.rules(state.jurisdiction);
      ui.asks = { key, map: new Map(result.type === 'success' ? result.value.map((r) => [r.rule_id ?? r.id, r.asks]) : []) };
    }
    return ui.asks.map;
  }

  /** The self-audit's time estimate and the indicator figures to collect, before the first portion. */
  function renderAuditIntro() {
    const box = $('audit-intro');
    const steps = ui.steps.filter((s) => s.audit);
    if (!isAuditNow() || !steps.length) {
      box.hidden = true;
      return;
    }
    const questions = steps.flatMap(stepQuestions);
    const key = questions.map((q) => q.id).join();
    if (box.dataset.key === key) return;
    box.dataset.key = key;
    let seconds = 0;
    for (const q of questions) seconds += q.forbidden ? 4 : (SECONDS[q.kind.type] ?? 15);
    const low = Math.max(5, Math.round((seconds * 0.7) / 300) * 5);
    const high = Math.max(low + 5, Math.round((seconds * 1.3) / 300) * 5);
    const indicators = indicatorQuestions();
    box.hidden = false;
    fill(box,
      el('h4', { text: '开始合规自查之前' }),
      el('p', {}, `共 ${questions.length} 问，分 ${steps.length} 节，每节不超过 30 问；预计用时约 ${low}–${high} 分钟。违规情形每节可一次回答“均不存在”。回答随填随存，可分几次完成。`),
      indicators.length ? el('p', {}, `其中 ${indicators.length} 项指标要用统计数据（分子、分母和统计期间），请先收集：`,
        el('button', { type: 'button', id: 'print-sheet', text: '打印指标数据采集表' })) : null);
  }

  /** The section answer's buttons: 本节所列情形均不存在, its confirmation and cancel. */
  function sectionClick(target) {
    const none = target.closest('[data-none]');
    if (none) {
      const step = ui.steps.find((s) => s.id === none.dataset.none);
      const open = stepQuestions(step).filter((q) => (q.forbidden || (q.section === 'conduct' && q.kind.type === 'count')) && !isAnswered(q));
      const box = $(`none-${step.id}`);
      box.querySelector('.confirm-text').textContent = open.length
        ? `将把本节尚未回答的 ${open.length} 项设为“不存在”（次数填 0）；已回答的不变。之后仍可逐项修改。`
        : '本节各项都已回答，没有要改的。';
      box.querySelector('.confirm').hidden = false;
      box.querySelector('[data-none-confirm]').hidden = !open.length;
      box.querySelector(open.length ? '[data-none-confirm]' : '[data-none-cancel]').focus();
      return;
    }
    const confirm = target.closest('[data-none-confirm]');
    if (confirm) {
      const step = ui.steps.find((s) => s.id === confirm.dataset.noneConfirm);
      let n = 0;
      for (const q of stepQuestions(step)) {
        if (isAnswered(q)) continue;
        if (q.forbidden) {
          state.answers[q.id] = false;
          const radio = document.querySelector(`input[name="${CSS.escape(q.id)}"][value="false"]`);
          if (radio) radio.checked = true;
          n += 1;
        } else if (q.section === 'conduct' && q.kind.type === 'count') {
          state.answers[q.id] = 0;
          const input = document.getElementById(`input-${q.id}`);
          if (input) input.value = '0';
          n += 1;
        }
      }
      const box = $(`none-${step.id}`);
      box.querySelector('.confirm').hidden = true;
      update({ answer: true });
      queueStore();
      $('announce').textContent = `已将 ${n} 项设为“不存在”，仍可逐项修改。`;
      $(`none-${step.id}`)?.querySelector('[data-none]')?.focus();
      return;
    }
    const cancel = target.closest('[data-none-cancel]');
    if (cancel) {
      $(`none-${cancel.dataset.noneCancel}`).querySelector('.confirm').hidden = true;
      return;
    }
  }

  return { sectionAnswer, sectionClick, isForbiddenFinding, renderAuditIntro, exposureOf, handle, openFile, figureOf, chartOf, damagesCalculator, calculateDamages, buildShortReport, buildChecklist, buildSheet, runCompare, compareCsv, ledgerCsv };
}
