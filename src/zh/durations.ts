import { CHINESE_NUMERAL_CHARS, halfwidthDigits, parseChineseNumber } from './numerals.js';

export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'workday' | 'hour';

export interface Duration {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: DurationUnit;
}

const NUM = `([0-9０-９]+(?:\\.[0-9]+)?|[${CHINESE_NUMERAL_CHARS}]+|半)`;
/** Durations: 五年, 3年, 六个月, 三十日, 十五个工作日, 两周, 24小时, 半年, 一年半, 两个半月. */
export const DURATION_PATTERN = new RegExp(`${NUM}[ \\u3000]*(个)?(半)?[ \\u3000]*(周年|年|个月|月|周|星期|工作日|日|天|小时)(半(?![年月日天]))?`, 'gu');

const UNIT_OF: Record<string, DurationUnit> = {
  周年: 'year',
  年: 'year',
  个月: 'month',
  月: 'month',
  周: 'week',
  星期: 'week',
  工作日: 'workday',
  日: 'day',
  天: 'day',
  小时: 'hour',
};

function parseValue(s: string): number | undefined {
  if (s === '半') return 0.5;
  const t = halfwidthDigits(s);
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumber(t);
}

/**
 * Find durations in a string. "月" alone counts only when preceded by 个 or a
 * number directly ("三月" is usually March and is left out unless written 三个月).
 */
export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  for (const m of text.matchAll(DURATION_PATTERN)) {
    let value = parseValue(m[1]);
    if (value === undefined) continue;
    let unitText = m[4];
    if (m[2] === '个' && unitText === '月') unitText = '个月';
    if (unitText === '月' && m[2] !== '个') continue; // a month name, not a duration
    const start = m.index!;
    const end = start + m[0].length;
    // 两个半月 (半 before the unit) and 一年半 (after it) add half a unit; 半 only goes with whole numbers.
    if (m[3] || m[5]) {
      if (m[1] === '半' || (m[3] && unitText !== '个月') || (m[5] && unitText !== '年' && unitText !== '小时')) continue;
      value += 0.5;
    }
    // Ordinals (第三年) are not durations.
    if (text[start - 1] === '第') continue;
    if (unitText === '年') {
      // Dates: 2024年3月 — a year number followed by 月; a calendar year (2024年, 二〇二四年) is not a period.
      if (/^[ \u3000]*[0-9０-９一二三四五六七八九十]{1,2}[ \u3000]*月/.test(text.slice(end))) continue;
      if (/^([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})$/.test(m[1])) continue;
    }
    if (unitText === '日' && /月[ \u3000]*$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    out.push({ start, end, text: m[0], value, unit: UNIT_OF[unitText] });
  }
  return out;
}

/** Months in a duration of years or months; undefined for other units. */
export function toMonths(d: Pick<Duration, 'value' | 'unit'>): number | undefined {
  if (d.unit === 'year') return d.value * 12;
  if (d.unit === 'month') return d.value;
  return undefined;
}

/** Approximate days in a duration (calendar days; work days not converted). */
export function toDays(d: Pick<Duration, 'value' | 'unit'>): number | undefined {
  switch (d.unit) {
    case 'day':
      return d.value;
    case 'week':
      return d.value * 7;
    case 'month':
      return d.value * 30;
    case 'year':
      return d.value * 365;
    default:
      return undefined;
  }
}

/** Describe a number of months the way a document would: 60 → "5年", 18 → "18个月". */
export function describeMonths(months: number): string {
  if (months % 12 === 0) return `${months / 12}年`;
  return `${months}个月`;
}
