// Pure text helpers of the page (no DOM, no engine), so that node tests can
// run them as they are: plain words for catalog notes, typed numbers read as
// a person means them, CSV cells Excel will not evaluate, file names.
//
// scripts/build-single.mjs inlines this module into the single file: keep
// every export an `export function` or `export const` at the start of a line.

/** Internal references of the rules map (「规则映射 §11 X-20(b)」), which mean nothing to users. */
const ID = String.raw`(?!X-\d)[A-Z]{1,2}(?:-[A-Z]+)?\d*(?:\.\d+)*[A-Za-z]?`;
const CODE = String.raw`(?:规则映射\s*)?(?:§\s*\d+(?:\.\d+)*(?:\s*${ID}(?:\s*[～~]\s*${ID})?)?|X-\d+[a-z]?(?:\([a-z]\))?)`;
const CODES = String.raw`${CODE}(?:\s*[、，,；;和及]?\s*(?:${CODE}|${ID}(?=[、，,；;）)])))*`;

/**
 * Catalog text without the rules map's internal codes: a parenthesis of
 * codes only goes, codes beside words inside one go with their separator,
 * and a clause that only pointed to a code («……的关系见 X-50(c)») goes whole.
 * Only for the catalog's own text (readings, notes, advice), never user text.
 */
export function plain(text) {
  if (!text) return text ?? '';
  let t = String(text);
  // （规则映射 §4.1、§11 X-36） · （X-21） · （§10.1）
  t = t.replace(new RegExp(String.raw`[（(]\s*${CODES}\s*[）)]`, 'g'), '');
  // 「……，见 X-50(d)」: the pointer and what leads to it within its clause.
  t = t.replace(new RegExp(String.raw`[^，；。（）]*见\s*${CODES}`, 'g'), '');
  // （推定，X-24） · （广东均为重大信息；规则映射 §11 X-14）
  t = t.replace(new RegExp(String.raw`\s*[，、；,;]\s*${CODES}(?=\s*[）)])`, 'g'), '');
  // （X-24；以实际签订的协议为准）
  t = t.replace(new RegExp(String.raw`([（(])\s*${CODES}\s*[，、；,;]\s*`, 'g'), '$1');
  // 「，§10.6。」 and any code left standing alone.
  t = t.replace(new RegExp(String.raw`\s*[，、；,;]?\s*${CODES}`, 'g'), '');
  t = t.replace(/规则映射/g, '');
  // Punctuation the removals left behind.
  t = t
    .replace(/[（(]\s*[）)]/g, '')
    .replace(/[，、；,;]\s*(?=[。；）)])/g, '')
    .replace(/[（(]\s*[，、；]/g, '（')
    .replace(/；\s*。/g, '。')
    .replace(/^[，；、\s]+/, '')
    .replace(/\s{2,}/g, ' ');
  return t.trim();
}

/** Whether catalog text still carries an internal code. */
export function hasCode(text) {
  return /§|规则映射|X-\d/.test(String(text ?? ''));
}

/** Units people type after a number: 「260张」, 「3人」, 「2套」. */
const UNITS = '张|床|人|名|位|个|次|套|台|家|年|月|天|日|元|万元|份|项|例|人次';

/**
 * A number as a person types it: full-width digits (２６０), thousands
 * separators (1,200 · 1，200), a unit after it (260张, 3人), a percent sign
 * where `percent` allows one. Returns `{ value, text }` (`text` the number
 * as understood, `value` a Number) or `null` when the text is not a number
 * (the engine then says what is wrong with it).
 */
export function readNumber(raw, { percent = false, signed = false } = {}) {
  if (raw === undefined || raw === null) return null;
  let t = String(raw).normalize('NFKC').trim().replace(/\s+/g, '');
  if (t === '') return null;
  t = t.replace(/[。．]/g, '.');
  t = t.replace(new RegExp(`(?:${UNITS})$`), '');
  if (percent) t = t.replace(/%$/, '');
  if (/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!(signed ? /^[-+]?\d+(?:\.\d+)?$/ : /^\+?\d+(?:\.\d+)?$/).test(t)) return null;
  const text = t.replace(/^\+/, '').replace(/^0+(?=\d)/, '');
  return { value: Number(text), text };
}

/**
 * A CSV cell for Excel: quoted, quotes doubled, and a cell that would start
 * a formula (=, +, -, @, tab, carriage return) led by an apostrophe, as
 * OWASP advises; the text stays readable.
 */
export function csvCell(value) {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** CSV text (UTF-8 with byte-order mark, CRLF) from rows of cells. */
export function csv(rows) {
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name part from an institution's name: no path or control characters, at most 40 characters. */
export function fileNamePart(name) {
  const cleaned = String(name ?? '')
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f-\u009f\\/:*?"<>|]+/g, '')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .slice(0, 40)
    .trim();
  return cleaned || '未命名机构';
}

/** The places the documents are of, as their names appear in help texts. */
export const PLACE_NAMES = {
  jiangsu: ['江苏'],
  nantong: ['南通', '江苏'],
  guangdong: ['广东'],
  jieyang: ['揭阳', '广东'],
  zhongshan: ['中山', '广东'],
  jilin: ['吉林'],
};
const ALL_PLACES = ['江苏', '南通', '广东', '揭阳', '中山', '吉林'];

/**
 * Help text for one place: sentences that speak only of other places go
 * (「吉林按年度执行计划及时受理」 is not shown in Jiangsu); a sentence that
 * names this place too stays. For a pharmacy, sentences about the medical
 * institution's licence go as well.
 */
export function helpFor(help, jurisdiction, { pharmacy = false } = {}) {
  if (!help) return '';
  const own = PLACE_NAMES[jurisdiction] ?? [];
  const sentences = String(help).match(/[^。；]+[。；]?/g) ?? [];
  const kept = sentences.filter((s) => {
    const places = ALL_PLACES.filter((p) => s.includes(p));
    if (places.length && !places.some((p) => own.includes(p))) return false;
    if (pharmacy && /医疗机构执业许可证|诊疗科目|住院/.test(s)) return false;
    return true;
  });
  return plain(kept.join('').replace(/；$/, '。'));
}

/** Percent text without trailing zeros, at most two decimals. */
export function percentText(value) {
  return `${Number(value.toFixed(2))}%`;
}
