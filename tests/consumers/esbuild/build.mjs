// esbuild: bundles for the browser and for Node. esbuild does not follow
// `new URL('…', import.meta.url)`, so the one line it needs is copying the
// wasm beside the bundle; for Node the package stays external (as usual).
import { build } from 'esbuild';
import { copyFileSync } from 'node:fs';

await build({ entryPoints: ['src/browser.js'], bundle: true, format: 'esm', outfile: 'dist/main.js', logLevel: 'warning' });
copyFileSync('node_modules/dingdian/dingdian_bg.wasm', 'dist/dingdian_bg.wasm');
copyFileSync('src/index.html', 'dist/index.html');
await build({
  entryPoints: ['src/node.js'], bundle: true, platform: 'node', format: 'esm', packages: 'external',
  outfile: 'dist-node/main.js', logLevel: 'warning',
});
