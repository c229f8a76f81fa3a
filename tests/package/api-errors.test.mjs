// Every error a portal (or the page, opening a saved file) can meet through
// the JavaScript API of the full release module in dist/pkg-full (the npm
// package's; the page's first engine in dist/pkg leaves files and exports
// to it, tested last): each comes back as
// data ({type: "failure", errors: [{field, message}]}), never thrown, and
// its message says in Chinese which field is wrong and why. Also: the
// module's own allocator keeps its memory steady over many checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/pkg-full/', import.meta.url));
const engine = await import(new URL('../../dist/pkg-full/dingdian.js', import.meta.url));
const exports = engine.initSync({ module: readFileSync(`${dist}dingdian_bg.wasm`) });
const example = (name) => readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8');

/** Fields the messages name by their Chinese name. */
const CHINESE_NAMES = { jurisdiction: '地区', document: '文件代码', article: '条' };

/** The errors of a failure, each checked to name its field in Chinese. */
function errors(result) {
  assert.equal(result.type, 'failure', JSON.stringify(result).slice(0, 300));
  assert.ok(result.errors.length > 0);
  for (const e of result.errors) {
    assert.match(e.message, /[\u4e00-\u9fff]/, e.message);
    if (e.field === 'as_of' || e.field?.endsWith('.as_of')) assert.match(e.message, /自查日期/);
    else if (e.field) {
      const leaf = e.field.replace(/^(before|after|profile)\./, '').replace(/^profile\./, '');
      const chinese = CHINESE_NAMES[e.field];
      assert.ok(
        e.message.includes(leaf) || e.message.includes(e.field) || (chinese && e.message.includes(chinese)),
        `${e.field}: ${e.message}`,
      );
    } else assert.match(e.message, /JSON/, e.message);
  }
  return result.errors.map((e) => e.field);
}

const bad = '{"jurisdiction":"jiangsu","institution":{"beds":"很多"}}';

test('check, calendar, findingsCsv, save and questionnaire name the wrong field', () => {
  for (const call of [
    (p) => engine.check(p, '2026-11-22'),
    (p) => engine.calendar(p, '2026-11-22'),
    (p) => engine.findingsCsv(p, '2026-11-22'),
    (p) => engine.save(p, '2026-11-22'),
    (p) => engine.questionnaire(p),
  ]) {
    assert.deepEqual(errors(call(bad)), ['institution.beds']);
    assert.deepEqual(errors(call(JSON.parse(bad))), ['institution.beds']);
    assert.deepEqual(errors(call('{"jurisdiction":"jiangsu",')), [null]);
    assert.deepEqual(errors(call('{"jurisdiction":"jiangsu","staf":{}}')), ['staf']);
    assert.deepEqual(errors(call('{}')), ['jurisdiction']);
    assert.deepEqual(errors(call('{"jurisdiction":"shanghai"}')), ['jurisdiction']);
    assert.deepEqual(errors(call(5)), [null]);
    assert.deepEqual(errors(call(undefined)), ['profile']);
  }
  const both = errors(engine.check(bad, '2026-02-30'));
  assert.deepEqual(both, ['institution.beds', 'as_of']);
  for (const date of ['', '2026/11/22', '22-11-2026', 'today', '2026-11-22T00:00']) {
    assert.deepEqual(errors(engine.check('{"jurisdiction":"jilin"}', date)), ['as_of']);
  }
});

test('every kind of wrong answer is refused with its field named', () => {
  const cases = [
    ['{"jurisdiction":"jilin","institution":{"beds":-1}}', 'institution.beds', /不小于 0 的整数，收到的是 integer `-1`/],
    ['{"jurisdiction":"jilin","institution":{"beds":1.5}}', 'institution.beds', /floating point `1.5`/],
    ['{"jurisdiction":"jilin","institution":{"beds":4294967296}}', 'institution.beds', /integer `4294967296`/],
    ['{"jurisdiction":"jilin","institution":{"operating_since":"2026-02-30"}}', 'institution.operating_since', /YYYY-MM-DD/],
    ['{"jurisdiction":"jilin","institution":{"kind":"spa"}}', 'institution.kind', /收到的是 "spa"/],
    ['{"jurisdiction":"jilin","institution":{"kind":7}}', 'institution.kind', /收到的是 integer `7`/],
    ['{"jurisdiction":"jilin","institution":{"name":7}}', 'institution.name', /应为文字/],
    ['{"jurisdiction":"jilin","staff":{"insurance_department":"是"}}', 'staff.insurance_department', /true（是）或 false（否）/],
    ['{"jurisdiction":"jilin","application":{"changes":["name","x"]}}', 'application.changes', /第 2 项/],
    ['{"jurisdiction":"jilin","institution":[]}', 'institution', /应为一个对象/],
    ['{"jurisdiction":"jilin","institution":{"beds":1,"beds":2}}', 'institution.beds', /两次/],
    ['{"jurisdiction":"jilin","format":"dingdian-profile/9"}', 'format', /dingdian-profile\/1/],
    ['{"jurisdiction":"jilin","institution":{"bedz":1}}', 'institution.bedz', /可用的字段有/],
  ];
  for (const [profile, field, reason] of cases) {
    const result = engine.check(profile, '2026-11-22');
    assert.deepEqual(errors(result), [field], profile);
    assert.match(result.errors[0].message, reason, profile);
  }
});

test('a saved file that cannot be opened says which part is wrong', () => {
  const saved = engine.save(example('jilin-pharmacy.json'), '2026-11-22');
  assert.equal(saved.type, 'success');
  const file = JSON.parse(saved.value);
  const variant = (change) => JSON.stringify({ ...file, ...change });
  const cases = [
    ['not json', null],
    ['[1]', null],
    [variant({ format: 'other' }), 'format'],
    [variant({ ledger: { 'js.a5.kind-listed': { status: 'later' } } }), 'ledger.js.a5.kind-listed.status'],
    [variant({ as_of: '11/22' }), 'as_of'],
    [JSON.stringify({ format: file.format, profile: file.profile }), 'as_of'],
    [JSON.stringify({ format: file.format, as_of: file.as_of }), 'profile'],
    [variant({ profile: { ...file.profile, institution: { beds: 'x' } } }), 'profile.institution.beds'],
    [variant({ profile: [] }), 'profile'],
  ];
  for (const [text, field] of cases) {
    assert.deepEqual(errors(engine.readSaved(text)), [field], text.slice(0, 80));
  }
  // A newer version's extra field is passed over, with a notice.
  const newer = engine.readSaved(variant({ extra: 1 }));
  assert.equal(newer.type, 'success');
  assert.match(newer.value.notices[0], /1 项本版本不认识的内容/);
  const compared = engine.compare(saved.value, variant({ format: 'other' }));
  assert.deepEqual(errors(compared), ['after.format']);
  assert.match(compared.errors[0].message, /较晚的自查/);
});

test('the rule list and articles name a wrong jurisdiction, document or article', () => {
  assert.deepEqual(errors(engine.rules('shanghai')), ['jurisdiction']);
  assert.deepEqual(errors(engine.article('XX', '第六条')), ['document']);
  assert.deepEqual(errors(engine.article('JS', '第九十九条')), ['article']);
});

test('the memory of the module stays steady over a thousand checks', () => {
  const profiles = ['nantong-hospital.json', 'jilin-pharmacy.json', 'zhongshan-clinic.json'].map(example);
  const run = (n) => {
    for (let i = 0; i < n; i += 1) {
      const result = engine.check(profiles[i % profiles.length], '2026-11-22');
      assert.equal(result.type, 'success');
    }
  };
  run(100);
  const after100 = exports.memory.buffer.byteLength;
  run(1000);
  const after1100 = exports.memory.buffer.byteLength;
  assert.ok(after1100 <= after100 * 1.25, `memory grew from ${after100} to ${after1100} bytes`);
  assert.deepEqual(
    engine.check(profiles[0], '2026-11-22').value,
    JSON.parse(readFileSync(fileURLToPath(new URL('../golden/nantong-hospital.json', import.meta.url)), 'utf8')),
  );
});

test('the page\'s first engine leaves files and exports to the full one, saying so as data', async () => {
  const lite = await import(new URL('../../dist/pkg/dingdian.js?lite', import.meta.url));
  lite.initSync({ module: readFileSync(fileURLToPath(new URL('../../dist/pkg/dingdian_bg.wasm', import.meta.url))) });
  const profile = '{"jurisdiction":"jiangsu"}';
  for (const result of [lite.save(profile, '2026-11-22'), lite.readSaved('{}'), lite.compare('{}', '{}'),
    lite.findingsCsv(profile, '2026-11-22'), lite.calendar(profile, '2026-11-22'),
    lite.calendar(profile, '2026-11-22', { now: '2026-11-22T08:00:00Z' }), lite.verify('{}')]) {
    assert.equal(result.type, 'failure');
    assert.match(result.errors[0].message, /须使用完整引擎/);
  }
  assert.equal(lite.check(profile, '2026-11-22').type, 'success');
});
