// The page's pure text helpers (www/text.js), run in node: the catalog's
// internal codes never survive `plain`, typed numbers are read as meant, CSV
// cells cannot become formulas, file names stay names, help stays local.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';
import { plain, hasCode, readNumber, csvCell, csv, fileNamePart, helpFor } from '../../www/text.js';

async function engine() {
  const m = await import(join(root, 'pkg/dingdian.js'));
  m.initSync({ module: readFileSync(join(root, 'pkg/dingdian_bg.wasm')) });
  return m;
}

test('no catalog text keeps an internal code after plain(), and none is left broken', async () => {
  const e = await engine();
  const texts = new Set();
  for (const rule of e.rules().value) {
    for (const t of [rule.title, rule.advice, rule.reading]) if (t) texts.add(t);
    for (const r of rule.risks ?? []) for (const t of [r.label, r.note, r.damages]) if (t) texts.add(t);
  }
  let coded = 0;
  for (const text of texts) {
    if (hasCode(text)) coded += 1;
    const out = plain(text);
    assert.equal(hasCode(out), false, out);
    assert.doesNotMatch(out, /（\s*）|\(\s*\)|[，、；]\s*[。）]|[，；（]\s*见\s*[。；，）]|^[，；]/, out);
    if (!hasCode(text)) assert.equal(out, text.trim(), 'text without codes is left as it is');
  }
  // The engine resolves the catalog's reading marks (catalog::readings):
  // no text it gives carries a code; plain() stays as a second guard.
  assert.equal(coded, 0, `${coded} catalog texts carried codes`);
});

test('plain() removes codes in every place they stand', () => {
  assert.equal(plain('判为需人工复核（规则映射 §11 X-4）。'), '判为需人工复核。');
  assert.equal(plain('按协议解除生效日起算（推定，规则映射 §11 X-8）；当日不计入。'), '按协议解除生效日起算（推定）；当日不计入。');
  assert.equal(plain('（广东均为重大信息；规则映射 §11 X-14）'), '（广东均为重大信息）');
  assert.equal(plain('判定（规则映射 §3.2 C5.1、§11 X-2）。'), '判定。');
  assert.equal(plain('另一读法，§10.6。'), '另一读法。');
  assert.equal(plain('本工具只按被中止者处理，整改期间是否也须申请见 X-50(d)。'), '本工具只按被中止者处理。');
  assert.equal(plain('按第五十九条适用（X-20(a)）。'), '按第五十九条适用。');
  assert.equal(plain('默认读法(a)：上传'), '默认读法(a)：上传', 'a reading\'s own label stays');
  assert.equal(plain(''), '');
});

test('typed numbers are read as a person means them', () => {
  const value = (raw, options) => readNumber(raw, options)?.value ?? null;
  assert.equal(value('２６０'), 260);
  assert.equal(value('260张'), 260);
  assert.equal(value('260 张'), 260);
  assert.equal(value('1,200'), 1200);
  assert.equal(value('1，200'), 1200);
  assert.equal(value('12,345,678'), 12345678);
  assert.equal(value('3人'), 3);
  assert.equal(value('0260'), 260);
  assert.equal(value('12.5%', { percent: true }), 12.5);
  assert.equal(value('１２．５', { percent: true }), 12.5);
  assert.equal(value('-3', { signed: true }), -3);
  // Not numbers: left for the engine to name what is wrong.
  for (const raw of ['-3', '1,20', '1,2000', '12.5%', '三', 'abc', '', '   ', '3人次多', '2.5.1', null]) assert.equal(value(raw), null, String(raw));
  assert.equal(readNumber('1,200').text, '1200');
});

test('CSV cells never start a formula, and stay readable', () => {
  for (const lead of ['=', '+', '-', '@', '\t', '\r']) assert.equal(csvCell(`${lead}1+1`), `"'${lead}1+1"`);
  assert.equal(csvCell('他说"好"'), '"他说""好"""');
  assert.equal(csvCell('张三'), '"张三"');
  assert.equal(csvCell(null), '""');
  assert.equal(csv([['a', 'b'], ['=x', 'y']]), '\ufeff"a","b"\r\n"\'=x","y"\r\n');
});

test('file names keep the institution\'s name and nothing a file system refuses', () => {
  assert.equal(fileNamePart('南通市某医院'), '南通市某医院');
  assert.equal(fileNamePart('a/b\\c:d*e?f"g<h>i|j'), 'abcdefghij');
  assert.equal(fileNamePart('  ..医院\u0000\u001f名  '), '医院名');
  assert.equal(fileNamePart(''), '未命名机构');
  assert.equal(fileNamePart(undefined), '未命名机构');
  assert.equal(fileNamePart('长'.repeat(60)).length, 40);
});

test('help meant for another place is not shown, nor a hospital\'s licence to a pharmacy', () => {
  const help = '江苏、广东、中山为即时受理，通常即收到材料之日；吉林按年度执行计划及时受理。';
  assert.equal(helpFor(help, 'jiangsu'), '江苏、广东、中山为即时受理，通常即收到材料之日。');
  assert.equal(helpFor(help, 'jilin'), '吉林按年度执行计划及时受理。');
  assert.equal(helpFor(help, 'nantong'), '江苏、广东、中山为即时受理，通常即收到材料之日。', 'Nantong applies the Jiangsu rules');
  assert.equal(helpFor('有核定床位的选“是”。只对住院服务适用（南通协议第七十五条第5款）。', 'guangdong'), '有核定床位的选“是”。');
  assert.equal(helpFor('按医疗机构执业许可证登记的类别选择。', 'jilin', { pharmacy: true }), '');
  assert.equal(helpFor('以成文制度文本为准。', 'jilin', { pharmacy: true }), '以成文制度文本为准。');
});
