// The JSON Schema and the engine accept and refuse the same profiles: a
// generative test. Profiles are written as JSON text (so that number forms
// such as `100.0`, `1e2` and `94.12345` reach the engine as written), from
// the schema's own list of fields, with right and wrong values of every
// kind, nulls, dates in other forms, unknown fields and wrong containers.
// ajv (strict mode, no set-up) judges JSON.parse(text); the engine judges
// the text, through the built package in Node (pkg/dingdian-node.js). The
// exceptions the schema documents are checked as such: duplicate keys and
// more than four decimal places in a measure are refused by the engine,
// naming the field, and cannot be seen by the schema. Every profile the
// engine accepts is saved, and the saved file passes the saved-file schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { check, save } from '../../pkg/dingdian-node.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const profileSchema = JSON.parse(readFileSync(join(root, 'pkg/schema/dingdian-profile-1.schema.json'), 'utf8'));
const savedSchema = JSON.parse(readFileSync(join(root, 'pkg/schema/dingdian-selfcheck-1.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: true }).compile(profileSchema);
const validateSaved = new Ajv2020({ strict: true }).compile(savedSchema);
const CASES = Number(process.env.SCHEMA_CASES ?? 1500);

/** A small seeded generator (mulberry32), so that a failure can be replayed with SCHEMA_SEED. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] };
}

/** The engine refuses control characters in text once issue 16's reader change is in (helper cli). */
const refusesControls = check('{"jurisdiction":"jilin","institution":{"name":"a\\u0007"}}', '2026-11-22').type === 'failure';

const kindOf = (property) => {
  if (property.$ref) return property.$ref.split('/').pop();
  if (property.oneOf) return 'measure';
  if (property.type?.[0] === 'array') return 'multi';
  if (property.enum) return 'choice';
  throw new Error(`unknown property ${JSON.stringify(property)}`);
};

const sections = Object.entries(profileSchema.properties)
  .filter(([, p]) => p.properties)
  .map(([name, p]) => ({ name, fields: Object.entries(p.properties).map(([field, f]) => ({ field, kind: kindOf(f), property: f })) }));

/** A value as JSON text, and whether it is one of the documented exceptions. */
function value(g, field) {
  const exception = (text) => ({ text, exception: true });
  const plain = (text) => ({ text, exception: false });
  switch (field.kind) {
    case 'yes_no':
      return plain(g.pick(['true', 'false', 'null', '0', '1', '"true"', '[]', '{}']));
    case 'count':
      return plain(g.pick([
        String(g.int(500)), '0', '100', '100.0', '1e2', '1.5e1', '12.50e1', '-0', '-0.0', '4294967295', '4294967295.0',
        '4294967296', '42949672950e-1', '1.5', '-1', '1e30', '1e-2', 'null', '"5"', 'true',
      ]));
    case 'date': {
      const y = String(g.pick([0, 1, 1900, 2000, 2023, 2024, 2026, 9999, g.int(10000)])).padStart(4, '0');
      const m = String(1 + g.int(13)).padStart(2, '0');
      const d = String(1 + g.int(31)).padStart(2, '0');
      return plain(g.pick([
        `"${y}-${m}-${d}"`, `"${y}-${m}-${d}"`, '"2026-01-05"', '"2024-02-29"', '"2026-02-29"', '"2026-1-5"', '"2026-01-5"',
        '"+2026-01-05"', '" 2026-01-05"', '"2026-01-05 "', '"02026-01-05"', '"2026-01-05T00:00"', '"２０２６-01-05"',
        '"2026/01/05"', '""', 'null', '20260105',
      ]));
    }
    case 'text': {
      const texts = ['""', '"南通市某医院"', '"a\\"b\\\\c"', '"\\ud83d\\ude00"', '"\\ud800"', '"\\udc00x"', 'null', '1', '[]',
        JSON.stringify(String.fromCodePoint(0x20 + g.int(0x2000)).repeat(1 + g.int(4)))];
      if (refusesControls) texts.push('"a\\u0007b"', '"line\\nbreak"', '"\\u009f"', '"\\u007f"', '"\\u001b[8m"');
      return plain(g.pick(texts));
    }
    case 'choice': {
      const options = field.property.enum.filter((v) => v !== null);
      return plain(g.pick([JSON.stringify(g.pick(options)), JSON.stringify(g.pick(options)), 'null', '"nope"', '1', '[]']));
    }
    case 'multi': {
      const options = field.property.items.enum;
      const some = () => Array.from({ length: g.int(4) }, () => g.pick(options));
      return plain(g.pick([JSON.stringify(some()), JSON.stringify(some()), '[]', 'null', '["nope"]', '"x"', '[1]']));
    }
    case 'measure': {
      const forms = ['0', '12', '94.9', '94.1234', '1e2', '9.5e1', '1.5e-2', '1e-4', '-0', '1000000000000', '1000000000000.9999',
        '1000000000001', '1e30', '-1', 'null', '"1"'];
      const numberText = () => {
        if (g.int(6) === 0) return exception(g.pick(['94.12345', '0.00001', '1e-5', '12.000001']));
        return plain(g.pick(forms));
      };
      const shape = g.int(7);
      if (shape === 5) return plain(g.pick(['null', '{}', '[]', '5', '{"numerator":1}', '{"percent":1,"numerator":1,"denominator":2}', '{"ratio":1}']));
      const parts = shape === 6 ? ['percent'] : shape % 2 ? ['percent'] : ['numerator', 'denominator'];
      const numbers = parts.map(() => numberText());
      return {
        text: `{${parts.map((p, i) => `"${p}":${numbers[i].text}`).join(',')}}`,
        exception: numbers.some((n) => n.exception),
      };
    }
    default:
      throw new Error(field.kind);
  }
}

/** A profile as JSON text, with what kind of exception (if any) it holds. */
function profile(g) {
  const members = [];
  let exception = null;
  const jurisdictions = profileSchema.properties.jurisdiction.enum;
  if (g.int(20)) members.push(`"jurisdiction":${g.int(25) ? JSON.stringify(g.pick(jurisdictions)) : g.pick(['"shanghai"', 'null', '1'])}`);
  if (!g.int(6)) members.push(`"format":${g.pick(['"dingdian-profile/1"', 'null', '"dingdian-profile/2"', '1'])}`);
  const chosen = new Set();
  for (let s = 0, count = g.int(5); s < count; s += 1) {
    // Distinct sections (a repeat is a duplicate key, made on purpose below);
    // the self-audit's, with the measures, often.
    const section = g.int(3) ? g.pick(sections) : sections.find((x) => x.name === 'compliance');
    if (chosen.has(section.name)) continue;
    chosen.add(section.name);
    if (!g.int(25)) { members.push(`"${section.name}":${g.pick(['null', '[]', '1', '"x"'])}`); continue; }
    const fields = [];
    const measures = section.fields.filter((f) => f.kind === 'measure');
    const used = new Set();
    for (let f = 0, n = 1 + g.int(4); f < n; f += 1) {
      const field = measures.length && g.int(2) ? g.pick(measures) : g.pick(section.fields);
      if (used.has(field.field)) continue;
      used.add(field.field);
      const v = value(g, field);
      if (v.exception) exception ??= 'decimals';
      fields.push(`"${field.field}":${v.text}`);
    }
    if (!g.int(30)) fields.push('"not_a_field":true');
    if (!g.int(40)) fields.push(fields[0]);
    const keys = fields.map((f) => f.slice(0, f.indexOf(':')));
    if (new Set(keys).size !== keys.length) exception = 'duplicate';
    members.push(`"${section.name}":{${fields.join(',')}}`);
  }
  if (!g.int(40)) members.push('"unknown_section":{}');
  // A section given twice is a duplicate key too.
  const names = members.map((m) => m.slice(0, m.indexOf(':')));
  if (new Set(names).size !== names.length) exception = 'duplicate';
  return { text: `{${members.join(',')}}`, exception };
}

test('ajv and the engine accept and refuse the same generated profiles', () => {
  const seed = Number(process.env.SCHEMA_SEED ?? 20261122);
  const g = generator(seed);
  const tally = { agree: 0, accepted: 0, decimals: 0, duplicate: 0 };
  for (let i = 0; i < CASES; i += 1) {
    const { text, exception } = profile(g);
    const schemaSays = validate(JSON.parse(text));
    const result = check(text, '2026-11-22');
    const engineSays = result.type === 'success';
    const where = `case ${i} (SCHEMA_SEED=${seed}): ${text}\nschema: ${ajvErrors()}\nengine: ${result.errors?.map((e) => `${e.field}: ${e.message}`).join(' | ')}`;
    if (exception === 'duplicate') {
      // JSON.parse keeps the last of two equal keys; the engine refuses the
      // profile (at the first wrong member it meets, or at the repeat).
      assert.equal(engineSays, false, where);
      tally.duplicate += 1;
      continue;
    }
    if (exception === 'decimals' && schemaSays && !engineSays && /最多 4 位小数/.test(result.errors[0].message)) {
      // More than four decimals: refused by the engine, naming the field; the schema cannot see it.
      tally.decimals += 1;
      continue;
    }
    assert.equal(engineSays, schemaSays, where);
    tally.agree += 1;
    if (engineSays) {
      tally.accepted += 1;
      const saved = save(text, '2026-11-22');
      assert.equal(saved.type, 'success', where);
      const file = JSON.parse(saved.value);
      assert.ok(validateSaved(file), `${where}\nsaved: ${JSON.stringify(validateSaved.errors)}`);
      assert.ok(validate(file.profile), `${where}\nsaved profile: ${ajvErrors()}`);
    }
  }
  console.log(`[schema] ${CASES} profiles: ${tally.agree} judged alike (${tally.accepted} accepted and saved), `
    + `documented exceptions: ${tally.decimals} with more than 4 decimals, ${tally.duplicate} with a duplicate key`);
  // The generator reaches both sides and both exceptions.
  assert.ok(tally.accepted > CASES / 10 && tally.accepted < CASES * 0.9, JSON.stringify(tally));
  assert.ok(tally.decimals > 0 && tally.duplicate > 0, JSON.stringify(tally));
});

function ajvErrors() {
  return JSON.stringify(validate.errors?.slice(0, 3) ?? null);
}

test('the exceptions, one by one: what the schema cannot see, the engine refuses naming the field', () => {
  const cases = [
    ['{"jurisdiction":"jilin","jurisdiction":"jilin"}', 'jurisdiction'],
    ['{"jurisdiction":"jilin","institution":{"beds":1,"beds":1}}', 'institution.beds'],
    ['{"jurisdiction":"nantong","compliance":{"nt_outpatient_upload_match_rate":{"percent":94.12345}}}',
      'compliance.nt_outpatient_upload_match_rate.percent'],
  ];
  for (const [text, field] of cases) {
    assert.ok(validate(JSON.parse(text)), text);
    const result = check(text, '2026-11-22');
    assert.equal(result.type, 'failure', text);
    assert.equal(result.errors[0].field, field, text);
  }
});

test('number forms, nulls and dates: the cases of issue 17, on both sides', () => {
  const cases = [
    ['{"jurisdiction":"jilin","institution":{"beds":100.0}}', true],
    ['{"jurisdiction":"jilin","institution":{"beds":1e2}}', true],
    ['{"jurisdiction":"jilin","institution":{"beds":1e30}}', false],
    ['{"jurisdiction":"jilin","institution":{"beds":null,"name":null,"kind":null,"operating_since":null}}', true],
    ['{"jurisdiction":"jilin","format":null}', true],
    ['{"jurisdiction":"jilin","institution":{"operating_since":"2026-1-5"}}', false],
    ['{"jurisdiction":"jilin","institution":{"operating_since":"2026-01-05"}}', true],
    ['{"jurisdiction":"jilin","institution":{"bedz":1}}', false],
    ['{"jurisdiction":"nantong","compliance":{"nt_outpatient_upload_match_rate":{"percent":1e30}}}', false],
    ['{"jurisdiction":"nantong","compliance":{"nt_outpatient_upload_match_rate":{"percent":9.5e1}}}', true],
    ['{"jurisdiction":"nantong","compliance":{"nt_outpatient_upload_match_rate":null}}', true],
  ];
  for (const [text, valid] of cases) {
    assert.equal(validate(JSON.parse(text)), valid, `schema: ${text}`);
    assert.equal(check(text, '2026-11-22').type === 'success', valid, `engine: ${text}`);
  }
});
