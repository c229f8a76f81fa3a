// The wasm package as a portal developer installs it (pkg/, built by
// scripts/build.sh): ready to publish, its TypeScript declarations compile,
// and an example TypeScript consumer type-checks against them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('pkg/ is an npm package naming its module, wasm and types', async () => {
  const pkg = JSON.parse(await readFile(join(root, 'pkg/package.json'), 'utf8'));
  assert.equal(pkg.name, 'dingdian');
  assert.equal(pkg.types, 'dingdian.d.ts');
  assert.ok(pkg.files.includes('dingdian_bg.wasm'));
  const dts = await readFile(join(root, 'pkg/dingdian.d.ts'), 'utf8');
  // Any argument is accepted (a wrong one comes back as a failure, never thrown).
  assert.match(dts, /export function check\(profile: Profile \| string \| unknown, asOf: string \| unknown\): Result<Report>;/);
  assert.match(dts, /export interface Report \{/);
  const api = dts.split('\n').filter((line) => line.startsWith('export function'));
  assert.ok(api.length >= 12, api.join('\n'));
  for (const line of api) assert.doesNotMatch(line, /\bany\b/, `typed any: ${line}`);
});

test('tsc passes over the shipped types and the example TypeScript consumer', () => {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict',
    '--target', 'es2020', '--module', 'es2020', '--moduleResolution', 'bundler',
    join(root, 'examples/typescript/consumer.ts')], { encoding: 'utf8' });
  assert.equal(`${run.stdout}${run.stderr}`.trim(), '');
  assert.equal(run.status, 0);
});
