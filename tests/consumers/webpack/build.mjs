// webpack 5 with no rules of its own: a web bundle and a Node bundle.
import webpack from 'webpack';
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

function compile(config) {
  return new Promise((done, fail) => webpack(config, (error, stats) => {
    if (error) fail(error);
    else if (stats.hasErrors()) fail(new Error(stats.toString('errors-only')));
    else done();
  }));
}

await compile({ mode: 'production', entry: './src/browser.js', output: { path: resolve('dist'), filename: 'main.js' } });
mkdirSync('dist', { recursive: true });
copyFileSync('src/index.html', 'dist/index.html');
await compile({
  mode: 'production', target: 'node', entry: './src/node.js',
  experiments: { outputModule: true }, output: { path: resolve('dist-node'), filename: 'main.js', module: true },
});
