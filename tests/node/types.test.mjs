// The TypeScript declarations describe the outputs exactly: every golden
// report and every example profile, written as a typed literal, passes tsc
// (literal types, excess-property checks and all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, mkdir, writeFile, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

function typecheck(files) {
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2020', '--module', 'es2020',
    '--moduleResolution', 'bundler', '--exactOptionalPropertyTypes', 'false', ...files], { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`.trim() + (run.status === 0 ? '' : `\n(exit ${run.status})`);
}

test('every golden report and example profile is typed exactly by types/dingdian.d.ts', async () => {
  const dir = join(root, 'target/ts-check');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files = [];
  const golden = (await readdir(join(root, 'tests/golden'))).filter((n) => n.endsWith('.json'));
  for (const name of golden) {
    const json = await readFile(join(root, 'tests/golden', name), 'utf8');
    const file = join(dir, `golden-${name.replace(/\W/g, '_')}.ts`);
    await writeFile(file, `import type { Report } from "../../types/dingdian";\nexport const report: Report = ${json};\n`);
    files.push(file);
  }
  const examples = (await readdir(join(root, 'examples'))).filter((n) => n.endsWith('.json'));
  for (const name of examples) {
    const json = await readFile(join(root, 'examples', name), 'utf8');
    const file = join(dir, `example-${name.replace(/\W/g, '_')}.ts`);
    await writeFile(file, `import type { Profile } from "../../types/dingdian";\nexport const profile: Profile = ${json};\n`);
    files.push(file);
  }
  assert.ok(files.length >= 12);
  assert.equal(typecheck(files), '');
});

test('a report with a wrong field fails the type check', async () => {
  const dir = join(root, 'target/ts-check');
  await mkdir(dir, { recursive: true });
  const json = JSON.parse(await readFile(join(root, 'tests/golden/nantong-hospital.json'), 'utf8'));
  json.findings[0].outcome = 'passed';
  const file = join(dir, 'wrong.ts');
  await writeFile(file, `import type { Report } from "../../types/dingdian";\nexport const report: Report = ${JSON.stringify(json)};\n`);
  assert.match(typecheck([file]), /error TS\d+: Type '"passed"' is not assignable to type 'Outcome'/);
});
