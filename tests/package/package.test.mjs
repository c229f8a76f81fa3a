// The wasm package as a portal developer installs it (pkg/, built by
// scripts/build.sh and scripts/package.mjs): ready to publish, with the
// fields a registry page and a bundler read, the licences, a README made
// for the registry, the schemas and the Web Component; it starts in Node
// as the README says; its TypeScript declarations compile, and an example
// TypeScript consumer type-checks against them. (Bundlers and browsers:
// consumers.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('pkg/ is an npm package naming its module, wasm and types', async () => {
  const pkg = JSON.parse(await readFile(join(root, 'pkg/package.json'), 'utf8'));
  assert.equal(pkg.name, 'dingdian');
  assert.equal(pkg.types, './dingdian.d.ts');
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

test('package.json has what the registry and the bundlers read', async () => {
  const pkg = JSON.parse(await readFile(join(root, 'pkg/package.json'), 'utf8'));
  const cargo = await readFile(join(root, 'Cargo.toml'), 'utf8');
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.match(cargo, /^license = "MIT OR Apache-2.0"$/m);
  assert.equal(pkg.type, 'module');
  assert.match(pkg.repository.url, /^git\+https:\/\/.+\.git$/);
  assert.ok(pkg.homepage.startsWith('https://'));
  assert.ok(pkg.bugs.url.startsWith('https://'));
  assert.ok(pkg.engines.node);
  assert.ok(pkg.keywords.includes('webassembly') && pkg.keywords.includes('医保'));
  assert.deepEqual(pkg.exports['.'], { types: './dingdian.d.ts', node: './dingdian-node.js', default: './dingdian.js' });
  assert.equal(Object.keys(pkg.exports['.'])[0], 'types', 'types first, as TypeScript requires');
  for (const target of ['./dingdian-check.js', './dingdian_bg.wasm', './schema/*', './integrity.json']) {
    assert.ok(Object.values(pkg.exports).some((v) => JSON.stringify(v).includes(target)), target);
  }
  assert.deepEqual(pkg.sideEffects.sort(), ['./dingdian-check.js', './dingdian-node.js']);
});

test('the packed tarball holds the licences, schemas, component and one wasm', () => {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', join(root, 'pkg')], { encoding: 'utf8', cwd: root });
  assert.equal(run.status, 0, run.stderr);
  const [packed] = JSON.parse(run.stdout);
  const files = packed.files.map((f) => f.path).sort();
  for (const file of ['LICENSE-MIT', 'LICENSE-APACHE', 'README.md', 'package.json', 'dingdian.js', 'dingdian-node.js',
    'dingdian.d.ts', 'dingdian_bg.wasm', 'dingdian-check.js', 'dingdian-check.d.ts', 'integrity.json',
    'schema/dingdian-profile-1.schema.json', 'schema/dingdian-selfcheck-1.schema.json']) {
    assert.ok(files.includes(file), `${file} in ${files.join(', ')}`);
  }
  assert.equal(files.filter((f) => f.endsWith('.wasm')).length, 1, 'one wasm for Node and the browser');
  console.log(`[package] ${packed.filename}: ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked, ${files.length} files`);
});

test('the registry README is short, in Chinese, and links only to absolute addresses', async () => {
  const readme = await readFile(join(root, 'pkg/README.md'), 'utf8');
  assert.equal(readme, await readFile(join(root, 'npm/README.md'), 'utf8'));
  assert.ok(readme.length < 20_000, `${readme.length} characters`);
  assert.match(readme, /initSync/);
  for (const [, target] of readme.matchAll(/\]\(([^)]+)\)/g)) {
    assert.match(target, /^(https:\/\/|#)/, `a link the registry page cannot follow: ${target}`);
  }
  for (const licence of ['LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.equal(await readFile(join(root, 'pkg', licence), 'utf8'), await readFile(join(root, licence), 'utf8'));
  }
  assert.match(await readFile(join(root, 'LICENSE-APACHE'), 'utf8'), /Apache License\s+Version 2\.0/);
  assert.match(await readFile(join(root, 'LICENSE-MIT'), 'utf8'), /^MIT License/);
});

test('in Node, `await init()` and `initSync()` both work with the package as it installs', () => {
  const script = `
    import init, { initSync, check, catalogVersion } from 'dingdian';
    await init();
    initSync();
    const r = check({ jurisdiction: 'jilin' }, '2026-11-22');
    console.log(r.type, catalogVersion());
  `;
  // Resolved by name through the exports map, as an installed package is.
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8', cwd: join(root, 'target/consumers/node'),
  });
  if (run.status !== 0 && /Cannot find package 'dingdian'/.test(run.stderr)) {
    // consumers.test.mjs installs the tarball there; run on its own, use pkg/ itself.
    const direct = spawnSync(process.execPath, ['--input-type=module', '-e', script.replace("from 'dingdian'", `from ${JSON.stringify(join(root, 'pkg/dingdian-node.js'))}`)], { encoding: 'utf8' });
    assert.equal(direct.status, 0, direct.stderr);
    assert.match(direct.stdout, /^success \d/);
    return;
  }
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^success \d/);
});

test('tsc resolves the exports map with node16 and bundler resolution, the component\'s types too', async () => {
  const dir = join(root, 'target/types-consumer');
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  await cp(join(root, 'pkg'), join(dir, 'node_modules/dingdian'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{"type":"module"}');
  await writeFile(join(dir, 'main.ts'), `import init, { check, calendar, type Report } from 'dingdian';
import type { DingdianCheckElement } from 'dingdian/dingdian-check.js';
await init();
const result = check({ jurisdiction: 'jilin' }, '2026-11-22');
const report: Report | null = result.type === 'success' ? result.value : null;
const ics = calendar({ jurisdiction: 'jilin' }, '2026-11-22', { now: new Date().toISOString(), includePast: false });
export const use = (el: DingdianCheckElement) => [report, ics, el.report, el.error?.message];
`);
  for (const resolution of [['--module', 'node16', '--moduleResolution', 'node16'], ['--module', 'es2022', '--moduleResolution', 'bundler']]) {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict',
      '--target', 'es2022', '--lib', 'es2022,dom', ...resolution, join(dir, 'main.ts')], { encoding: 'utf8' });
    assert.equal(`${run.stdout}${run.stderr}`.trim(), '', resolution.join(' '));
  }
});
