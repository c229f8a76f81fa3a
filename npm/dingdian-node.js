// dingdian for Node.js (the `node` condition of the package's exports):
// the same engine as dingdian.js, started at once from the wasm file beside
// this module, since Node's fetch() cannot read a file: URL. Everything
// dingdian.js exports is exported here; `init()` resolves at once and
// `initSync()` returns the running instance, so code written for the
// browser (`await init()`) runs unchanged.
import { readFileSync } from 'node:fs';
import { initSync } from './dingdian.js';

initSync({ module: readFileSync(new URL('./dingdian_bg.wasm', import.meta.url)) });

export * from './dingdian.js';
export { default } from './dingdian.js';
