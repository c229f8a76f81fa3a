// Shared set-up for the browser tests: a static server for dist/ that
// records every request it gets, and headless Debian Chromium driven by
// playwright-core (never a downloaded browser).
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const artifacts = join(root, 'tests/e2e/artifacts');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/** Serves dist/ on 127.0.0.1 at a free port; `requests` lists the paths asked for. */
export async function serve() {
  const dist = join(root, 'dist');
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  await mkdir(artifacts, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
}

/** Flattens a profile into {question id: value}, the page's own answer map. */
export function flatten(profile, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(profile)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, id, out);
    else out[id] = value;
  }
  return out;
}

/** Shows the step of the guided walk that holds question `id`, as a user would by clicking the step. */
export async function reveal(page, id) {
  const box = page.locator(`[id="q-${id}"]`);
  if (await box.isVisible()) return;
  const step = await box.evaluate((n) => n.closest('[data-step]').dataset.step);
  await page.click(`#step-list [data-goto="${step}"]`);
  await box.waitFor({ state: 'visible' });
}

/** Answers every question on the page the answers cover, step by step as a user would, until no new question appears. */
export async function answer(page, answers) {
  const done = new Set();
  for (let round = 0; round < 10; round += 1) {
    const asked = await page.$$eval('[id^="q-"]', (nodes) => nodes.map((n) => n.id.slice(2)));
    const todo = asked.filter((id) => id in answers && !done.has(id));
    if (!todo.length) return;
    for (const id of todo) {
      if (!(await page.locator(`[id="q-${id}"]`).count())) continue; // no longer asked
      await reveal(page, id);
      const value = answers[id];
      const radio = page.locator(`input[type="radio"][name="${id}"][value="${String(value)}"]`);
      const input = page.locator(`[id="input-${id}"]`);
      if (await radio.count()) {
        await radio.check();
      } else if ((await input.getAttribute('type')) === 'checkbox') {
        await input.setChecked(value === true);
      } else if ((await input.evaluate((n) => n.tagName)) === 'SELECT') {
        await input.selectOption(String(value));
      } else {
        await input.fill(String(value));
      }
      done.add(id);
    }
  }
}
