// The published JSON Schemas, checked with a real validator (ajv in strict
// mode, with no set-up: no extra keywords, no format plug-ins): every
// example is valid, and what the engine refuses the schema refuses too.
// (The generative comparison through the built package is
// tests/package/schema-agreement.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(await readFile(join(root, 'schema/dingdian-profile-1.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function engineAccepts(profile) {
  const run = spawnSync(join(root, 'target/debug/dingdian'), ['check', '-', '--as-of', '2026-11-22', '--format', 'json'], {
    input: JSON.stringify(profile),
  });
  return run.status !== 2;
}

test('every example profile is valid against the schema', async () => {
  const names = (await readdir(join(root, 'examples'))).filter((n) => n.endsWith('.json'));
  assert.ok(names.length >= 6);
  for (const name of names) {
    const profile = JSON.parse(await readFile(join(root, 'examples', name), 'utf8'));
    assert.ok(validate(profile), `${name}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('what the engine refuses, the schema refuses, and the other way round', () => {
  const cases = [
    [{ jurisdiction: 'jiangsu' }, true],
    [{ jurisdiction: 'jiangsu', institution: { beds: 120, kind: 'clinic' } }, true],
    [{ jurisdiction: 'jiangsu', application: { kind: 'information_change', changes: ['name', 'bank_account'] } }, true],
    [{}, false],
    [{ jurisdiction: 'shanghai' }, false],
    [{ jurisdiction: 'jiangsu', institution: { bedz: 1 } }, false],
    [{ jurisdiction: 'jiangsu', institution: { beds: -1 } }, false],
    [{ jurisdiction: 'jiangsu', institution: { beds: '12' } }, false],
    [{ jurisdiction: 'jiangsu', institution: { operating_since: '2026/05/01' } }, false],
    [{ jurisdiction: 'jiangsu', materials: { application_form: 'yes' } }, false],
    [{ jurisdiction: 'jiangsu', application: { changes: ['moving'] } }, false],
    [{ jurisdiction: 'jiangsu', format: 'dingdian-profile/2' }, false],
    [{ jurisdiction: 'jiangsu', format: null, institution: { beds: null, name: null, kind: null } }, true],
    [{ jurisdiction: 'jiangsu', institution: { operating_since: '2024-02-29' } }, true],
    [{ jurisdiction: 'jiangsu', institution: { operating_since: '2026-1-5' } }, false],
    [{ jurisdiction: 'jiangsu', institution: { operating_since: '2026-02-29' } }, false],
    [{ jurisdiction: 'jiangsu', institution: null }, false],
  ];
  for (const [profile, valid] of cases) {
    assert.equal(validate(profile), valid, `schema on ${JSON.stringify(profile)}`);
    assert.equal(engineAccepts(profile), valid, `engine on ${JSON.stringify(profile)}`);
  }
});

test('the date pattern takes exactly the days that exist, as the engine does', () => {
  const pattern = new RegExp(schema.$defs.date.pattern, 'u');
  for (const year of [0, 1900, 2000, 2023, 2024, 2100, 9999]) {
    for (let month = 1; month <= 12; month += 1) {
      for (let day = 1; day <= 31; day += 1) {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const date = new Date(Date.UTC(2000, month - 1, day));
        date.setUTCFullYear(year);
        const exists = date.getUTCMonth() === month - 1;
        assert.equal(pattern.test(text), exists, text);
      }
    }
  }
});

test('the saved-file schema compiles in strict mode and holds the profile schema', async () => {
  const saved = JSON.parse(await readFile(join(root, 'schema/dingdian-selfcheck-1.schema.json'), 'utf8'));
  const check = new Ajv2020({ strict: true }).compile(saved);
  assert.deepEqual(saved.$defs.profile.properties, schema.properties);
  assert.ok(check({ format: 'dingdian-selfcheck/1', as_of: '2026-11-22', profile: { jurisdiction: 'jilin' } }));
  assert.ok(!check({ format: 'dingdian-selfcheck/1', as_of: '2026-11-22', profile: { jurisdiction: 'jilin', x: 1 } }));
  assert.ok(!check({ format: 'dingdian-selfcheck/1', profile: { jurisdiction: 'jilin' } }));
});
