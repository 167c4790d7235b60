import { CHINESE_NUMERAL, halfwidthDigits, parseChineseNumber } from '../../zh/numerals.js';

/** A serial written in Chinese numerals (〔2025〕七号): the standard asks for Arabic ones. */
const CHINESE_SERIAL = new RegExp(`^${CHINESE_NUMERAL}$`, 'u');

/** A 发文字号 as written, split into its parts so rules can judge each. */
export interface DocumentNumberParts {
  text: string;
  /** Offset in the searched string. */
  start: number;
  end: number;
  agency: string;
  open: string;
  year: string;
  close: string;
  /** "第" before the serial, when written. */
  di: string;
  serial: string;
  /** Whether spaces were found between the parts. */
  spaced: boolean;
}

/**
 * 机关代字〔年份〕序号号, tolerant of the wrong forms a rule should point out.
 * This is the part after the agency code. Searching for it first and reading the
 * agency backwards is linear; a regex that starts with the lazy agency run
 * retries up to 14 characters at every Chinese character of the document.
 */
const NUMBER_TAIL = new RegExp(
  `([ \\u3000]*)([〔\\[【（(［〈〖｛{﹝〘])([ \\u3000]*)([0-9０-９]{2,4})([ \\u3000]*)([〕\\]】）)］〉〗｝}﹞〙])([ \\u3000]*)(第?)([ \\u3000]*)([0-9０-９]+|${CHINESE_NUMERAL})([ \\u3000]*)号`,
  'gu',
);
const CJK_UNIFIED = /[\u4e00-\u9fff]/u;

/** Characters that end an agency code when scanning backwards: punctuation and brackets before it belong to the sentence. */
const NOT_AGENCY = /[的和与及、，。；：“”《》（）\s]/u;

export function findDocumentNumbers(text: string): DocumentNumberParts[] {
  const out: DocumentNumberParts[] = [];
  let consumed = 0;
  for (const m of text.matchAll(NUMBER_TAIL)) {
    const tailStart = m.index!;
    // The agency: up to 14 Chinese characters right before, not reaching into an earlier match.
    let start = tailStart;
    while (start > consumed && tailStart - start < 14 && CJK_UNIFIED.test(text[start - 1])) start--;
    // Sentence words before the code ("印发湘人社规…", "和国办发…"): keep the tail that reads as a code.
    for (let i = tailStart - 1; i >= start; i--) {
      if (NOT_AGENCY.test(text[i])) {
        start = i + 1;
        break;
      }
    }
    const agency = text.slice(start, tailStart);
    if (agency === '') continue;
    const end = tailStart + m[0].length;
    consumed = end;
    out.push({
      text: text.slice(start, end),
      start,
      end,
      agency,
      open: m[2],
      year: m[4],
      close: m[6],
      di: m[8],
      serial: m[10],
      spaced: [m[1], m[3], m[5], m[7], m[9], m[11]].some((s) => s !== ''),
    });
  }
  return out;
}

export interface DocumentNumberProblem {
  code: 'brackets' | 'year' | 'di' | 'zero' | 'spaces' | 'fullwidth' | 'chinese';
  message: string;
}

/** Judge one number against GB/T 9704—2012 7.2.5. */
export function judgeDocumentNumber(n: DocumentNumberParts): DocumentNumberProblem[] {
  const problems: DocumentNumberProblem[] = [];
  if (n.open !== '〔' || n.close !== '〕') problems.push({ code: 'brackets', message: `年份应使用六角括号“〔〕”括入，不应使用“${n.open}${n.close}”` });
  const year = halfwidthDigits(n.year);
  if (year.length !== 4) problems.push({ code: 'year', message: `年份应标全称（4位），不应简写为“${n.year}”` });
  if (n.di) problems.push({ code: 'di', message: '发文顺序号前不加“第”字' });
  const serial = halfwidthDigits(n.serial);
  if (CHINESE_SERIAL.test(serial)) problems.push({ code: 'chinese', message: `发文顺序号应使用阿拉伯数字，不应写作“${n.serial}”` });
  if (/^0/.test(serial)) problems.push({ code: 'zero', message: `发文顺序号不编虚位（即1不编为01），不应写作“${n.serial}”` });
  if (n.spaced) problems.push({ code: 'spaces', message: '发文字号内不应有空格' });
  if (/[０-９]/.test(n.year + n.serial)) problems.push({ code: 'fullwidth', message: '年份和序号应使用半角阿拉伯数字' });
  return problems;
}

/** The standard form: 湘人社规〔2024〕4号. A two-digit year cannot be completed safely and is left as written. */
export function normalizeDocumentNumber(n: DocumentNumberParts): string {
  const year = halfwidthDigits(n.year);
  const digits = halfwidthDigits(n.serial);
  const serial = CHINESE_SERIAL.test(digits) ? String(parseChineseNumber(digits) ?? digits) : String(Number(digits));
  return `${n.agency}〔${year}〕${serial}号`;
}
