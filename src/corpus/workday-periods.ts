/**
 * Laws that count some of their periods in working days. Several laws say so
 * once, in a provision of their own, instead of writing 工作日 at each period:
 * 行政许可法 第八十二条 (本法规定的…期限以工作日计算), 行政强制法 第六十九条
 * (十日以内期限的规定是指工作日), 行政处罚法 第八十五条 and 行政复议法
 * (“三日”“五日”“七日”…的规定是指工作日). A draft that writes 二十个工作日
 * for such a law's 二十日 says the same thing, not a longer period.
 */
import { parseChineseNumber } from '../zh/numerals.js';

export interface WorkdayCounting {
  /** Every period in days is in working days. */
  all: boolean;
  /** Periods of at most this many days are in working days. */
  upTo: number | null;
  /** These numbers of days are in working days. */
  values: number[];
}

const NUMBER = '[零〇一二两三四五六七八九十百0-9０-９]+';
const ALL = /本法[^。；]{0,30}?期限以工作日计算/u;
const UP_TO = new RegExp(`本法中?(${NUMBER})日以内(?:的)?期限的规定是指工作日`, 'u');
const LISTED = new RegExp(`本法(?:中|关于)[^。；“”"]{0,20}?((?:[“"]${NUMBER}日[”"][、，,]?)+)的规定是指工作日`, 'u');

function number(text: string): number | undefined {
  return /^[0-9０-９]+$/u.test(text) ? Number(text.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10))) : parseChineseNumber(text);
}

/** What a law's own provisions say about counting its periods in working days, or null when they say nothing. */
export function workdayCountingOf(provisionTexts: readonly string[]): WorkdayCounting | null {
  let all = false;
  let upTo: number | null = null;
  const values = new Set<number>();
  for (const text of provisionTexts) {
    if (ALL.test(text)) all = true;
    const within = UP_TO.exec(text);
    const n = within ? number(within[1]) : undefined;
    if (n !== undefined) upTo = Math.max(upTo ?? 0, n);
    const listed = LISTED.exec(text);
    if (listed)
      for (const m of listed[1].matchAll(new RegExp(`(${NUMBER})日`, 'gu'))) {
        const v = number(m[1]);
        if (v !== undefined) values.add(v);
      }
  }
  return all || upTo !== null || values.size > 0 ? { all, upTo, values: [...values].sort((a, b) => a - b) } : null;
}

/** Whether a period of `days` days in the law is a period of working days. */
export function countsInWorkdays(counting: WorkdayCounting | null, days: number): boolean {
  if (!counting) return false;
  return counting.all || (counting.upTo !== null && days <= counting.upTo) || counting.values.includes(days);
}
