// The single-file build (dist/dingdian-single.html, scripts/build-single.mjs)
// opened from disk: it works with no server and requests nothing but itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, reveal, root, artifacts } from './harness.mjs';

const file = join(root, 'dist/dingdian-single.html');
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('the single file is self-contained and its CSP forbids every connection', async () => {
  const html = await readFile(file, 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /script-src ('sha256-[A-Za-z0-9+/=]+' ){4}'wasm-unsafe-eval'/);
  assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|'self'|data:[^,]*script|blob:/);
  // Nothing refers to another file (the link to download this very file is left out).
  const withoutScripts = html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
  assert.doesNotMatch(withoutScripts, /\s(src|href)="(?!#|data:)/);
  assert.doesNotMatch(html, /id="single-file-link"/);
});

test('opened from disk (file://), it works with no request but the file itself', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => { if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  assert.match(await page.textContent('#verdict'), /尚无法判断|暂不能申请|可以申请/);

  await page.selectOption('#jurisdiction', 'jiangsu');
  await page.fill('#as-of', '2026-11-22');
  await reveal(page, 'institution.kind');
  await page.selectOption('#input-institution\\.kind', 'other');
  await page.waitForSelector('#verdict[data-may-apply="no"]');
  assert.match(await page.textContent('#verdict'), /暂不能申请/);
  await page.click('[data-rule="js.a5.kind-listed"] button[data-article]');
  assert.match(await page.textContent('#article-text'), /可以申请医保定点/);
  await page.keyboard.press('Escape');

  // Files out work from disk as well.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-file')]);
  assert.equal(download.suggestedFilename(), '未命名机构-预检-2026-11-22.json');
  assert.equal(JSON.parse(await readFile(await download.path(), 'utf8')).format, 'dingdian-selfcheck/1');

  // ... and back in: clear, reopen the saved file, same verdict; then print.
  const saved = await download.path();
  await page.setInputFiles('#open-file', saved);
  await page.waitForFunction(() => document.body.textContent.includes('已打开'));
  await page.waitForSelector('#verdict[data-may-apply="no"]');
  assert.equal(await page.inputValue('#jurisdiction'), 'jiangsu');
  assert.match(await page.textContent('#verdict'), /暂不能申请/);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ path: join(artifacts, 'single-file.pdf'), format: 'A4' });
  assert.ok(pdf.length > 10_000, 'a printed report');
  await page.emulateMedia({ media: 'screen' });

  const attempt = await page.evaluate(() => fetch('http://127.0.0.1:9/').then(() => 'fetched', () => 'blocked'));
  assert.equal(attempt, 'blocked');
  await page.screenshot({ path: join(artifacts, 'single-file.png') });
  // From disk, other local files share the storage: nothing is stored without consent, and the page says so.
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  assert.match(await page.textContent('#storage-status'), /回答只保存在本页内存中/);
  await page.click('#storage-consent');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('dingdian.draft.v2.')));
  assert.doesNotMatch(await page.textContent('#storage-status'), /只保存在本页内存中/);
  assert.deepEqual(requests, [url]);
  assert.deepEqual(problems.filter((p) => !p.includes('127.0.0.1:9')), []);
  await context.close();
});
