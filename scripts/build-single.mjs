// Builds dist/dingdian-single.html: the whole page in ONE file that works
// when opened from disk (file://) with no network at all.
//
// Chromium refuses module scripts loaded from file:// (origin "null"), so
// nothing may be loaded: the stylesheet, the wasm-bindgen glue, the app and
// the wasm itself are all inlined.
//
//   <style>            www/style.css
//   <script module> 1  the glue with its `export`s turned into one frozen
//                      object on globalThis.dingdianEngine, plus the wasm as
//                      base64; its `default` (init) decodes the bytes and
//                      calls initSync({ module: bytes }), so no fetch is made
//   <script module> 2  www/text.js (the page's pure text helpers) with its
//                      `export`s turned into globalThis.dingdianText
//   <script module> 3  www/more.js (what the served page loads on demand)
//                      with its `install` on globalThis.dingdianMore
//   <script module> 4  www/app.js with its imports of the glue and of
//                      text.js, and its dynamic import of more.js, replaced
//                      by reads of those objects (module scripts run in
//                      document order, so 1–3 have run when 4 starts)
//
// The file's Content-Security-Policy allows exactly these five inline
// blocks by their SHA-256 hashes (no 'unsafe-inline'), wasm compilation
// ('wasm-unsafe-eval'), the empty data: favicon, and nothing else: no
// connection of any kind (default-src 'none', connect-src 'none').
//
// Node only, no dependencies. Run after dist/ is assembled (scripts/build.sh).
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const read = (path) => readFile(join(dist, path), 'utf8');

function fail(message) {
  console.error(`[build-single] ${message}`);
  process.exit(1);
}

/** Replaces exactly one occurrence of `pattern` in `text`, or fails. */
function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));
  if (!matches || matches.length !== 1) fail(`expected exactly one ${what}, found ${matches?.length ?? 0}`);
  return text.replace(pattern, () => replacement);
}

/** Text that is safe inside a <script> or <style> element as it stands. */
function assertInlineable(text, tag, what) {
  for (const bad of [`</${tag}`, '<!--', '<script']) {
    if (text.toLowerCase().includes(bad)) fail(`${what} contains "${bad}" and cannot be inlined`);
  }
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// ------------------------------------------------------------------ inputs
// Line ends as the HTML parser will see them, so that the hashes match.
const lf = (text) => text.replace(/\r\n?/g, '\n');
const [html, css, app, helpers, occasional, glue, wasm] = await Promise.all([
  // The full engine (with the compliance self-audit): one file, no fetch.
  read('index.html'), read('style.css').then(lf), read('app.js').then(lf), read('text.js').then(lf), read('more.js').then(lf),
  read('pkg-full/dingdian.js').then(lf), readFile(join(dist, 'pkg-full/dingdian_bg.wasm')),
]);

// ------------------------------------------------------------- the engine
// wasm-bindgen's `--target web` glue: `export function name(` for each
// function and one `export { initSync, __wbg_init as default };` at the end.
const names = [];
let engine = glue.replace(/^export function (\w+)\(/gm, (_, name) => {
  names.push([name, name]);
  return `function ${name}(`;
});
engine = replaceOnce(engine, /^export \{([^}]*)\};?[ \t]*$/m, '', 'export list in the glue');
for (const item of glue.match(/^export \{([^}]*)\}/m)[1].split(',')) {
  const [local, exported = local] = item.trim().split(/\s+as\s+/);
  names.push([exported, local]);
}
if (/^\s*(export|import)\b/m.test(engine)) fail('the glue has an import or export this script does not know');
for (const needed of ['check', 'questionnaire', 'labels', 'initSync', 'default']) {
  if (!names.some(([exported]) => exported === needed)) fail(`the glue does not export ${needed}`);
}
const members = names
  .map(([exported, local]) => (exported === 'default' ? null : `${exported}: ${local}`))
  .filter(Boolean);
engine += `
// ---- added by scripts/build-single.mjs: the wasm inlined, no fetch ----
const dingdianWasmBase64 = "${wasm.toString('base64')}";
function dingdianWasmBytes() {
  const text = atob(dingdianWasmBase64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}
globalThis.dingdianEngine = Object.freeze({
  ${members.join(',\n  ')},
  default: async () => initSync({ module: dingdianWasmBytes() }),
});
`;
assertInlineable(engine, 'script', 'the engine script');

// ------------------------------------------------------------ the helpers
const helperNames = [];
let text = helpers.replace(/^export (function|const) (\w+)/gm, (_, kind, name) => {
  helperNames.push(name);
  return `${kind} ${name}`;
});
if (/^\s*(export|import)\b/m.test(text)) fail('text.js has an import or export this script does not know');
text += `\nglobalThis.dingdianText = Object.freeze({ ${helperNames.join(', ')} });\n`;
assertInlineable(text, 'script', 'text.js');

// ------------------------------------------------------ the occasional parts
const moreModule = replaceOnce(occasional, /^export function install\(/m, 'function install(', "export of install in more.js")
  + '\nglobalThis.dingdianMore = Object.freeze({ install });\n';
if (/^\s*(export|import)\b/m.test(moreModule)) fail('more.js has an import or export this script does not know');
assertInlineable(moreModule, 'script', 'more.js');

// ---------------------------------------------------------------- the app
let page = replaceOnce(app,
  /^import init, \* as liteEngine from '\.\/pkg\/dingdian\.js';$/m,
  "const liteEngine = globalThis.dingdianEngine; // inlined by scripts/build-single.mjs (the full engine)\nconst init = liteEngine.default;",
  "import of './pkg/dingdian.js' in app.js");
const helperImport = /^import \{([^}]*)\} from '\.\/text\.js';$/m;
const imported = page.match(helperImport)?.[1] ?? fail("app.js does not import './text.js'");
page = replaceOnce(page, helperImport,
  `const {${imported}} = globalThis.dingdianText; // inlined by scripts/build-single.mjs`,
  "import of './text.js' in app.js");
page = replaceOnce(page, /import\('\.\/more\.js'\)/, 'Promise.resolve(globalThis.dingdianMore)', "import('./more.js') in app.js");
if (/^\s*import\b/m.test(page)) fail('app.js has another import; the single file cannot load it');
assertInlineable(page, 'script', 'app.js');
assertInlineable(css, 'style', 'style.css');

// ---------------------------------------------------------------- the page
const csp = [
  "default-src 'none'",
  `script-src ${sha256(engine)} ${sha256(text)} ${sha256(moreModule)} ${sha256(page)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(css)}`,
  'img-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let out = html;
out = replaceOnce(out, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
  `<meta http-equiv="Content-Security-Policy" content="${csp}">`, 'CSP meta in index.html');
out = replaceOnce(out, /<link rel="stylesheet" href="style\.css">/, `<style>${css}</style>`, 'stylesheet link');
out = replaceOnce(out, /<script type="module" src="app\.js"><\/script>/,
  [engine, text, moreModule, page].map((s) => `<script type="module">${s}</script>`).join('\n  '), 'app.js script tag');
// What only makes sense on the served page (e.g. the link to this file).
out = out.replace(/<!-- online-only -->[\s\S]*?<!-- \/online-only -->/g, '');
if (/\s(src|href)="(?!#|data:)[^"]*"/.test(out.replace(/<script type="module">[\s\S]*?<\/script>/g, ''))) {
  fail('index.html still refers to another file');
}
out = out.replace('<html lang="zh-CN">', '<html lang="zh-CN" data-single-file="true">');

await writeFile(join(dist, 'dingdian-single.html'), out);
console.log(`[build-single] dist/dingdian-single.html ready: ${(Buffer.byteLength(out) / 1024).toFixed(0)} KB`);
