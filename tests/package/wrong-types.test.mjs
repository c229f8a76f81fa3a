// Every exported function of the built package (dist/pkg, the page's first
// engine, and dist/pkg-full) called with arguments of every wrong type:
// none throws, none returns null; each gives a result, a failure naming the
// argument where it cannot use one (issue 16: 「错误是数据，从不抛出」).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cyclic = {};
cyclic.self = cyclic;
const WRONG = [
  ['undefined', undefined],
  ['null', null],
  ['0', 0],
  ['NaN', NaN],
  ['-1', -1],
  ['true', true],
  ['{}', {}],
  ['[]', []],
  ['Date', new Date('2026-11-22')],
  ['Symbol', Symbol('x')],
  ['BigInt', 10n],
  ['function', () => 'x'],
  ['cyclic object', cyclic],
  ['throwing toJSON', { toJSON() { throw new Error('boom'); } }],
  ['throwing getter', Object.defineProperty({}, 'jurisdiction', { enumerable: true, get() { throw new Error('boom'); } })],
  ['Proxy', new Proxy({}, { ownKeys() { throw new Error('boom'); } })],
  ['String object', new String('2026-11-22')],
  ['Map', new Map([['jurisdiction', 'jilin']])],
];
const GOOD = {
  profile: '{"jurisdiction":"jilin"}',
  asOf: '2026-11-22',
  saved: null, // filled in from save()
  document: 'JS',
  article: '第六条',
  risk: 'nt.a65.t65-2',
  base: '1500',
  nth: '1',
};

// The page's first engine (pkg) leaves these to the full one: they answer
// with a failure saying so (tests/package/api-errors.test.mjs).
const FULL_ONLY = ['calendar', 'findingsCsv', 'save', 'readSaved', 'verify', 'compare'];

for (const dir of ['pkg-full', 'pkg']) {
  const url = new URL(`../../dist/${dir}/`, import.meta.url);
  const engine = await import(new URL('dingdian.js', url));
  engine.initSync({ module: readFileSync(fileURLToPath(new URL('dingdian_bg.wasm', url))) });
  // A saved file from the full engine (the first engine cannot write one).
  if (dir === 'pkg-full') GOOD.saved = engine.save(GOOD.profile, GOOD.asOf).value;

  /** Each export with its good arguments, in order. */
  const CALLS = {
    check: [GOOD.profile, GOOD.asOf],
    calendar: [GOOD.profile, GOOD.asOf],
    findingsCsv: [GOOD.profile, GOOD.asOf],
    save: [GOOD.profile, GOOD.asOf],
    readSaved: [GOOD.saved],
    verify: [GOOD.saved],
    compare: [GOOD.saved, GOOD.saved],
    questionnaire: [GOOD.profile],
    rules: ['jilin'],
    article: [GOOD.document, GOOD.article],
    damages: [GOOD.risk, GOOD.base, GOOD.nth],
    jurisdictions: [],
    labels: [],
    catalogVersion: [],
    hasAudit: [],
  };

  test(`${dir}: every export is covered and works with good arguments`, () => {
    const exported = Object.keys(engine).filter((k) => typeof engine[k] === 'function'
      && !['default', 'initSync'].includes(k) && !k.startsWith('__'));
    assert.deepEqual(exported.sort(), Object.keys(CALLS).sort());
    for (const [name, args] of Object.entries(CALLS)) {
      const result = engine[name](...args);
      assert.notEqual(result, null, name);
      if (dir === 'pkg' && FULL_ONLY.includes(name)) {
        assert.equal(result.type, 'failure', name);
        assert.match(result.errors[0].message, /须使用完整引擎/, name);
      } else if (result && typeof result === 'object' && 'type' in result && !(dir === 'pkg' && name === 'damages')) {
        assert.equal(result.type, 'success', `${name}: ${JSON.stringify(result).slice(0, 200)}`);
      }
    }
  });

  test(`${dir}: no export throws or returns null for an argument of any wrong type`, () => {
    let calls = 0;
    for (const [name, args] of Object.entries(CALLS)) {
      for (let at = 0; at < Math.max(args.length, 1); at += 1) {
        for (const [kind, value] of WRONG) {
          const given = [...args];
          given[at] = value;
          let result;
          assert.doesNotThrow(() => { result = engine[name](...given); }, `${name} argument ${at + 1} = ${kind}`);
          calls += 1;
          assert.notEqual(result, null, `${name}(${kind})`);
          assert.notEqual(result, undefined, `${name}(${kind})`);
          if (result && typeof result === 'object' && 'type' in result) {
            assert.ok(['success', 'failure'].includes(result.type), `${name}(${kind})`);
            if (result.type === 'failure') {
              assert.ok(result.errors.length > 0);
              for (const e of result.errors) assert.match(e.message, /[\u4e00-\u9fff]/, e.message);
            }
          }
        }
      }
      // Missing arguments altogether.
      assert.doesNotThrow(() => engine[name](), `${name}()`);
      assert.notEqual(engine[name](), null, `${name}()`);
    }
    assert.ok(calls > 300, `${calls} calls`);
  });

  test(`${dir}: a wrong argument is named in the failure`, () => {
    const field = (result) => result.errors.map((e) => e.field);
    assert.deepEqual(field(engine.check(GOOD.profile, undefined)), ['as_of']);
    assert.deepEqual(field(engine.check(GOOD.profile, new Date())), ['as_of']);
    assert.deepEqual(field(engine.check(undefined, 5)), ['profile', 'as_of']);
    assert.deepEqual(field(engine.check(cyclic, GOOD.asOf)), ['profile']);
    if (dir === 'pkg') {
      // The first engine answers that these need the full one, whatever the arguments.
      for (const result of [engine.readSaved({}), engine.compare(null, 1)]) {
        assert.deepEqual(field(result), [null]);
        assert.match(result.errors[0].message, /须使用完整引擎/);
      }
    } else {
      assert.deepEqual(field(engine.readSaved({})), ['text']);
      assert.deepEqual(field(engine.compare(null, 1)), ['before', 'after']);
    }
    assert.deepEqual(field(engine.article(1, null)), ['document', 'article']);
    assert.deepEqual(field(engine.rules(7)), ['jurisdiction']);
    assert.equal(engine.rules(undefined).type, 'success');
    assert.equal(engine.rules(null).type, 'success');
    // A date given as a Date object: refused as a date, not thrown.
    assert.match(engine.check(GOOD.profile, new Date()).errors[0].message, /自查日期/);
  });
}
