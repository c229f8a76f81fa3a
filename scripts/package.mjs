// Makes pkg/ (what wasm-pack built) the npm package `dingdian`: its
// package.json (exports with a `node` condition, repository, engines, …),
// the Node entry, the Web Component, the JSON Schemas, the licences, a
// README for the registry page, and integrity.json (the SRI hashes for
// self-hosting). Run by scripts/build.sh after wasm-pack; everything it
// writes is generated, so pkg/ is never edited by hand.
//
//   node scripts/package.mjs [pkg]
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = resolve(process.argv[2] ?? join(root, 'pkg'));

const built = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
const cargoField = (name) => cargo.match(new RegExp(`^${name} = "([^"]*)"`, 'm'))?.[1];
const repository = cargoField('repository');
const homepage = cargoField('homepage');
if (!repository || !homepage) throw new Error('Cargo.toml needs repository and homepage');

/** The SRI value (sha384, base64) of a file's bytes. */
function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

// The Node entry and the component's declarations, as written in npm/.
for (const file of ['dingdian-node.js', 'dingdian-check.d.ts', 'README.md']) {
  copyFileSync(join(root, 'npm', file), join(pkg, file));
}
for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(join(root, file), join(pkg, file));
mkdirSync(join(pkg, 'schema'), { recursive: true });
const schemas = readdirSync(join(root, 'schema')).filter((n) => n.endsWith('.schema.json')).sort();
for (const file of schemas) copyFileSync(join(root, 'schema', file), join(pkg, 'schema', file));

// The component, with the wasm's hash written in: fetch() checks the engine
// it loads, so the component's own hash covers the engine too.
const wasmHash = integrity(readFileSync(join(pkg, 'dingdian_bg.wasm')));
const source = readFileSync(join(root, 'www/embed/dingdian-check.js'), 'utf8');
const marker = "const WASM_INTEGRITY = '';";
if (!source.includes(marker)) throw new Error(`www/embed/dingdian-check.js lacks ${marker}`);
writeFileSync(join(pkg, 'dingdian-check.js'), source.replace(marker, `const WASM_INTEGRITY = '${wasmHash}';`));

const runtime = ['dingdian-check.js', 'dingdian.js', 'dingdian_bg.wasm'];
const hashes = Object.fromEntries(runtime.map((file) => [file, integrity(readFileSync(join(pkg, file)))]));
writeFileSync(join(pkg, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);

const types = './dingdian.d.ts';
const manifest = {
  name: built.name,
  version: built.version,
  description: '医保定点申请与定点后合规自查：规则以 Rust 编写、编译为 WebAssembly，在浏览器与 Node.js 中本机运行；结论逐条引用文件原文。',
  keywords: ['医保', '医保定点', '定点医疗机构', '合规自查', 'medical-insurance', 'healthcare', 'china', 'compliance', 'webassembly', 'wasm', 'web-component'],
  license: built.license,
  homepage,
  repository: { type: 'git', url: `git+${repository}.git` },
  bugs: { url: `${repository}/issues` },
  type: 'module',
  engines: { node: '>=18' },
  main: './dingdian.js',
  module: './dingdian.js',
  types,
  exports: {
    '.': { types, node: './dingdian-node.js', default: './dingdian.js' },
    './web': { types, default: './dingdian.js' },
    './dingdian-check.js': { types: './dingdian-check.d.ts', default: './dingdian-check.js' },
    './dingdian_bg.wasm': './dingdian_bg.wasm',
    './schema/*': './schema/*',
    './integrity.json': './integrity.json',
    './package.json': './package.json',
  },
  files: [
    'dingdian.js', 'dingdian.d.ts', 'dingdian_bg.wasm', 'dingdian_bg.wasm.d.ts', 'dingdian-node.js',
    'dingdian-check.js', 'dingdian-check.d.ts', 'integrity.json', 'schema/', 'LICENSE-MIT', 'LICENSE-APACHE', 'README.md',
  ],
  // Importing these runs code: the Node entry starts the engine, the
  // component defines <dingdian-check>. Bundlers must keep them.
  sideEffects: ['./dingdian-node.js', './dingdian-check.js'],
};
writeFileSync(join(pkg, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
