// The published JSON Schema, checked with a real validator (ajv): every
// example is valid, and what the engine refuses the schema refuses too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(await readFile(join(root, 'schema/dingdian-profile-1.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
ajv.addKeyword('x-labels');
addFormats(ajv);
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
  ];
  for (const [profile, valid] of cases) {
    assert.equal(validate(profile), valid, `schema on ${JSON.stringify(profile)}`);
    assert.equal(engineAccepts(profile), valid, `engine on ${JSON.stringify(profile)}`);
  }
});
