/**
 * The cap on the fine added for late payment. 加处罚款的数额不得超出罚款的数额 (行政处罚法
 * 第七十二条第一款第（一）项), and for any money owed under a decision 加处罚款或者滞纳金
 * 的数额不得超出金钱给付义务的数额 (行政强制法第四十五条第二款): at most once the fine.
 * A draft that lets it reach twice the fine (加处罚款的数额累计不超过罚款数额的二倍;
 * 加处罚款的总额以罚款数额的二倍为限) lifts the law's cap; so does one that runs it until the
 * fine is paid (每日按罚款数额的百分之三加处罚款，直至当事人缴清罚款为止) with no cap in the
 * document: after 34 days the surcharge passes the fine.
 *
 * The rate is the law's too (每日按罚款数额的百分之三加处罚款, 行政处罚法第七十二条第一款第（一）项): a draft at another rate
 * (每日按罚款数额的百分之五加处罚款) changes it.
 *
 * Silent on a cap of once the fine or less (不得超出罚款的数额, 以罚款数额为限) and on
 * the surcharge on social insurance contributions (滞纳金 at 万分之五 a day, with no
 * such cap in 社会保险法第八十六条).
 */

import { fullSentences } from '../zh/context.js';
import { halfwidthDigits, parseChineseNumber } from '../zh/numerals.js';

export interface SurchargeCap {
  start: number;
  end: number;
  phrase: string;
  /** 行政处罚法 第七十二条第一款. */
  article: 72;
  clause: 1;
  /** What the draft changes: the cap on the surcharge, or its daily rate. */
  kind: 'cap' | 'rate';
}

/** The daily rate of the surcharge on a fine: 每日按罚款数额的百分之五加处罚款, 按日加处罚款数额的5%. */
const RATE =
  /(?:每日|按日)(?:按照|按|加处)?(?:罚款)?(?:数额|金额|本金)?的?(百分之[零一二两三四五六七八九十点]+|[0-9０-９.]+[%％])(?:的标准)?(?:加处罚款|加处)|(?:每日|按日)加处罚款(?:数额|金额)?的?(百分之[零一二两三四五六七八九十点]+|[0-9０-９.]+[%％])/u;

/** A rate in per cent: 百分之五 → 5, 3% → 3. */
function percent(rate: string): number | undefined {
  if (rate.startsWith('百分之')) return parseChineseNumber(rate.slice(3).replace(/点.*/u, ''));
  return Number(halfwidthDigits(rate.replace(/[%％]$/u, '')));
}

/** The surcharge capped at a multiple of the fine: 加处罚款…不超过罚款数额的二倍, …以罚款数额的二倍为限. */
const CAP =
  /加处(?:的)?罚款[^。；，,]{0,12}?(?:累计|总额|合计|最高)?[^。；，,]{0,6}?(?:不超过|不得超过|不超出|不得超出|以|最高为|最多为)[^。；，,]{0,6}?罚款(?:本金|数额|金额)?的?([0-9０-９.]+|[一二两三四五六七八九十]+)倍/u;

/** The surcharge run until payment: 加处罚款，直至当事人缴清罚款为止, 加处罚款至缴清之日止. */
const UNTIL_PAID =
  /加处(?:的)?罚款[^。；]{0,30}?(?:直至|直到|至)[^。；]{0,16}?(?:缴清|缴纳完毕|缴足|全部缴纳|履行完毕)[^。；]{0,10}?(?:为止|之日止|时止|之日)/u;
/** A cap said anywhere in the document (加处罚款的数额不得超出罚款的数额, 以罚款数额为限, 最高不超过…). */
const ANY_CAP = /加处(?:的)?罚款[^。；]{0,30}?(?:不得超[出过]|不超[出过]|为限|封顶|最高(?:不超过|为))/u;

/** Whether the document caps the surcharge somewhere: then a sentence that runs it until payment is read with that cap. */
export function surchargeCapped(documentText: string): boolean {
  return ANY_CAP.test(documentText);
}

/** Caps on the surcharge above the fine itself, or no cap at all where the document has none (`capped` false). */
export function surchargeCaps(text: string, capped = surchargeCapped(text)): SurchargeCap[] {
  const out: SurchargeCap[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    // Another rate than the law's three per cent a day, on a fine (not a 滞纳金 on contributions).
    const rate = RATE.exec(sentence);
    const pct = rate ? percent(rate[1] ?? rate[2]) : undefined;
    if (rate && pct !== undefined && pct !== 3 && !/滞纳金/u.test(rate[0])) {
      const start = range.start + rate.index;
      out.push({ start, end: start + rate[0].length, phrase: rate[0], article: 72, clause: 1, kind: 'rate' });
      continue;
    }
    const open = capped ? null : UNTIL_PAID.exec(sentence);
    if (open) {
      const start = range.start + open.index;
      out.push({ start, end: start + open[0].length, phrase: open[0], article: 72, clause: 1, kind: 'cap' });
      continue;
    }
    const m = CAP.exec(sentence);
    if (!m) continue;
    const n = /^[0-9０-９.]/u.test(m[1]) ? Number(halfwidthDigits(m[1])) : parseChineseNumber(m[1]);
    if (n === undefined || !(n > 1)) continue;
    const start = range.start + m.index;
    out.push({ start, end: start + m[0].length, phrase: m[0], article: 72, clause: 1, kind: 'cap' });
  }
  return out;
}
