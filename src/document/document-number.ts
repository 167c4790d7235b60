import { halfwidthDigits } from '../zh/numerals.js';

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

/** 机关代字〔年份〕序号号, tolerant of the wrong forms a rule should point out. */
export const DOCUMENT_NUMBER_GLOBAL = /([\u4e00-\u9fff]{1,14}?)([ \u3000]*)([〔\[【（(［〈〖｛{])([ \u3000]*)([0-9０-９]{2,4})([ \u3000]*)([〕\]】）)］〉〗｝}])([ \u3000]*)(第?)([ \u3000]*)([0-9０-９]+)([ \u3000]*)号/gu;

/** Characters that end an agency code when scanning backwards: punctuation and brackets before it belong to the sentence. */
const NOT_AGENCY = /[的和与及、，。；：“”《》（）\s]/u;

export function findDocumentNumbers(text: string): DocumentNumberParts[] {
  const out: DocumentNumberParts[] = [];
  for (const m of text.matchAll(DOCUMENT_NUMBER_GLOBAL)) {
    let agency = m[1];
    let start = m.index!;
    // The lazy agency match may swallow sentence words ("印发湘人社规…"): keep the tail that reads as a code.
    const cut = Math.max(...[...agency].map((c, i) => (NOT_AGENCY.test(c) ? i + 1 : 0)));
    if (cut > 0) {
      start += cut;
      agency = agency.slice(cut);
    }
    if (agency === '') continue;
    // A bare year in round brackets after a title ("办法（2024）") is not a number unless 号 follows a serial — it does here.
    out.push({
      text: text.slice(start, m.index! + m[0].length),
      start,
      end: m.index! + m[0].length,
      agency,
      open: m[3],
      year: m[5],
      close: m[7],
      di: m[9],
      serial: m[11],
      spaced: [m[2], m[4], m[6], m[8], m[10], m[12]].some((s) => s !== ''),
    });
  }
  return out;
}

export interface DocumentNumberProblem {
  code: 'brackets' | 'year' | 'di' | 'zero' | 'spaces' | 'fullwidth';
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
  if (/^0/.test(serial)) problems.push({ code: 'zero', message: `发文顺序号不编虚位（即1不编为01），不应写作“${n.serial}”` });
  if (n.spaced) problems.push({ code: 'spaces', message: '发文字号内不应有空格' });
  if (/[０-９]/.test(n.year + n.serial)) problems.push({ code: 'fullwidth', message: '年份和序号应使用半角阿拉伯数字' });
  return problems;
}

/** The standard form: 湘人社规〔2024〕4号. A two-digit year cannot be completed safely and is left as written. */
export function normalizeDocumentNumber(n: DocumentNumberParts): string {
  const year = halfwidthDigits(n.year);
  const serial = String(Number(halfwidthDigits(n.serial)));
  return `${n.agency}〔${year}〕${serial}号`;
}
