// Whatever storage or a file holds stays data (issue 16, items 3 and 5):
// keys such as `__proto__` planted in the page's storage or in a saved file
// never reach Object.prototype, and the page keeps working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, reveal } from './harness.mjs';
import { settled } from './journeys.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const polluted = (page) => page.evaluate(() => [
  ({}).polluted, Object.prototype.polluted, ({}).isAdmin, Object.prototype.x, Object.keys(Object.prototype).length,
]);
const CLEAN = [undefined, undefined, undefined, undefined, 0];

test('__proto__ keys planted in storage never pollute Object.prototype, and the page still opens the draft', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  // An old version's store, tampered with (the page of before read it into a plain object: polluted).
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
    localStorage.setItem('dingdian.answers.v1', '{"jurisdiction":"jiangsu","answers":{"__proto__.polluted":true,"__proto__":{"polluted":true},"institution.name":"旧版医院"},"__proto__":{"isAdmin":true}}');
  });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await polluted(page), CLEAN);
  await reveal(page, 'institution.name');
  assert.equal(await page.inputValue('#input-institution\\.name'), '旧版医院');

  // This version's drafts, tampered with.
  await page.evaluate(() => {
    // Written as raw JSON text: JSON.parse makes "__proto__" an own key, as a tampered store would.
    localStorage.clear();
    localStorage.setItem('dingdian.drafts.v2', '[{"id":"aaaa1111","name":"x","door":"apply","updated":"2026-11-22","__proto__":{"polluted":true}},{"id":"__proto__","name":"y"}]');
    localStorage.setItem('dingdian.draft.v2.aaaa1111', '{"v":2,"rev":1,"writer":"w","state":{"id":"aaaa1111","jurisdiction":"jiangsu","asOf":"2026-11-22",'
      + '"answers":{"__proto__.polluted":true,"constructor.prototype.polluted":true,"__proto__":{"polluted":true},"prototype.x":1,"institution.name":"安全医院"},'
      + '"ledger":{"__proto__":{"owner":"x","polluted":true},"constructor":{"owner":"y"}},"setAside":[{"id":"__proto__.x","value":{"__proto__":{"isAdmin":true}}}],'
      + '"__proto__":{"isAdmin":true}}}');
    localStorage.setItem('dingdian.rev.v2.aaaa1111', '1:w');
    sessionStorage.setItem('dingdian.current', 'aaaa1111');
  });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await polluted(page), CLEAN);
  await reveal(page, 'institution.name');
  assert.equal(await page.inputValue('#input-institution\\.name'), '安全医院');
  assert.match(await page.textContent('#set-aside'), /本版本没有的问题/);
  // Working with the draft (answering, saving, building the profile) keeps it clean.
  await page.fill('#input-institution\\.beds', '30');
  await settled(page);
  assert.deepEqual(await polluted(page), CLEAN);
  const stored = await page.evaluate(() => localStorage.getItem('dingdian.draft.v2.aaaa1111'));
  assert.doesNotMatch(stored, /"__proto__\.polluted"|"constructor\.prototype/);

  assert.deepEqual(errors, []);
  await context.close();
});

test('__proto__ keys in a saved file never pollute Object.prototype', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  const text = '{"format":"dingdian-selfcheck/1","as_of":"2026-11-22","__proto__":{"polluted":true},'
    + '"profile":{"jurisdiction":"jiangsu","__proto__":{"polluted":true},"institution":{"name":"文件医院","__proto__":{"isAdmin":true}}},'
    + '"ledger":{"__proto__":{"owner":"x"}}}';
  await page.setInputFiles('#open-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForSelector('#file-status.ok, #file-status.error');
  await settled(page);
  assert.deepEqual(await polluted(page), CLEAN);
  if (await page.$('#file-status.ok')) {
    await reveal(page, 'institution.name');
    assert.equal(await page.inputValue('#input-institution\\.name'), '文件医院');
  }
  // Compared as well.
  await page.setInputFiles('#compare-before', { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.setInputFiles('#compare-after', { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.click('#compare-run');
  await page.waitForSelector('#compare-result-title, #compare-error:not([hidden])');
  assert.deepEqual(await polluted(page), CLEAN);
  assert.deepEqual(errors, []);
  await context.close();
});
