import { halfwidthDigits, parseChineseNumber } from './numerals.js';

/** A calendar date written in a text, with where it was found. */
export interface DateMatch {
  /** Offsets in the searched string (UTF-16). */
  start: number;
  end: number;
  text: string;
  year: number;
  month: number;
  day: number;
  /** Whether the date exists in the Gregorian calendar. */
  valid: boolean;
  /** YYYY-MM-DD when valid. */
  iso?: string;
  /** Which numeral system the date is written in. */
  numerals: 'arabic' | 'chinese' | 'mixed';
}

const ARABIC = '[0-9０-９]';
const CN_DIGIT = '[〇零○Ｏ一二三四五六七八九]';
const CN_SMALL = '[〇零○一二三四五六七八九十廿卅]';
// The last alternative is a mixed year (二0二五, 二O二五 with a Latin O): GB/T 15835 forbids it, format rules flag it.
const YEAR = `(${ARABIC}{4}|${CN_DIGIT}{4}|${ARABIC}{2}|[0-9０-９〇零○ＯOo一二三四五六七八九]{4})`;
const MONTH = `(${ARABIC}{1,2}|${CN_SMALL}{1,3})`;
const DAY = `(${ARABIC}{1,2}|${CN_SMALL}{1,4})`;

/** Global regex for 年月日 dates in either numeral system (spaces allowed between parts). */
export const DATE_PATTERN = new RegExp(
  `(?<![0-9０-９〇零○Ｏ一二三四五六七八九])${YEAR}[ \\u3000]*年[ \\u3000]*${MONTH}[ \\u3000]*月[ \\u3000]*${DAY}[ \\u3000]*[日号]`,
  'gu',
);

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function numeralKind(s: string): 'arabic' | 'chinese' | 'mixed' {
  const arabic = /[0-9０-９]/.test(s);
  const chinese = /[〇零○Ｏ一二三四五六七八九十廿卅]/.test(s);
  // A Latin O standing in for 〇 is a mix of systems whatever surrounds it.
  if (/[Oo]/.test(s)) return 'mixed';
  return arabic && chinese ? 'mixed' : chinese ? 'chinese' : 'arabic';
}

function parsePart(s: string): number {
  const t = halfwidthDigits(s).replace(/[○ＯOo]/g, '〇');
  if (/^\d+$/.test(t)) return Number(t);
  // Mixed 二0二五: treat each char as a digit.
  if (/^[0-9〇零一二三四五六七八九]+$/.test(t) && /\d/.test(t)) {
    return Number([...t].map((c) => (/\d/.test(c) ? c : String(parseChineseNumber(c) ?? 0))).join(''));
  }
  return parseChineseNumber(t) ?? NaN;
}

/** Find every 年月日 date in a string. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  // Every date has a 年: most paragraphs have none, and the pattern's look-behind is tried at every position.
  if (!text.includes('年')) return out;
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(text); m; m = DATE_PATTERN.exec(text)) {
    let year = parsePart(m[1]);
    if (year < 100) year += 2000; // "25年" abbreviations: GB/T 15835 forbids them, another rule flags them
    const month = parsePart(m[2]);
    const day = parsePart(m[3]);
    const valid = isValidDate(year, month, day);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      year,
      month,
      day,
      valid,
      iso: valid ? toIso(year, month, day) : undefined,
      numerals: numeralKind(m[0]),
    });
  }
  return out;
}

/** Parse a string that is exactly one date (surrounding spaces allowed). */
export function parseDate(text: string): DateMatch | undefined {
  const all = findDates(text);
  if (all.length !== 1) return undefined;
  const d = all[0];
  if (text.slice(0, d.start).trim() !== '' || text.slice(d.end).trim() !== '') return undefined;
  return d;
}

/** Parse ISO YYYY-MM-DD into parts; undefined when malformed or impossible. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** Add months to an ISO date; the day is clamped to the end of the target month. */
export function addMonths(iso: string, months: number): string {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`invalid ISO date: ${iso}`);
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return toIso(year, month, Math.min(p.day, daysInMonth(year, month)));
}

export function addDays(iso: string, days: number): string {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`invalid ISO date: ${iso}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const pa = parseIsoDate(a);
  const pb = parseIsoDate(b);
  if (!pa || !pb) throw new RangeError(`invalid ISO date: ${a} / ${b}`);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

/** Today's date in China (UTC+8) as ISO. */
export function todayInChina(now: Date = new Date()): string {
  const d = new Date(now.getTime() + 8 * 3_600_000);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Format an ISO date the way official documents print it: 2024年3月1日. */
export function formatChineseDate(iso: string): string {
  const p = parseIsoDate(iso);
  if (!p) return iso;
  return `${p.year}年${p.month}月${p.day}日`;
}

/** Add whole years; 29 February falls back to 28 February in common years. */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** The last day of a period of `months` that starts on `iso` (the start day counts): 2025-11-01 + 60 → 2030-10-31. */
export function periodEnd(iso: string, months: number): string {
  return addDays(addMonths(iso, months), -1);
}

/** How a written date departs from GB/T 9704—2012 7.3.5.4 (成文日期: Arabic numerals, full year, no 虚位). */
export type DateStyleProblem = 'chinese-numerals' | 'mixed-numerals' | 'short-year' | 'zero-padded' | 'fullwidth-digits';

const DATE_PARTS = /^(.+?)[ \u3000]*年[ \u3000]*(.+?)[ \u3000]*月[ \u3000]*(.+?)[ \u3000]*[日号]$/u;

/**
 * Style problems of a date written as 年月日 (the text of a DateMatch). An
 * empty list means the GB/T 9704 form: 2024年3月1日.
 */
export function dateStyleProblems(text: string): DateStyleProblem[] {
  const m = DATE_PARTS.exec(text.trim());
  if (!m) return [];
  const problems: DateStyleProblem[] = [];
  const kind = numeralKind(text);
  if (kind === 'chinese') problems.push('chinese-numerals');
  if (kind === 'mixed') problems.push('mixed-numerals');
  const [year, month, day] = [m[1], m[2], m[3]].map(halfwidthDigits);
  if (/^\d{1,3}$/.test(year)) problems.push('short-year');
  if (/^0\d$/.test(month) || /^0\d$/.test(day)) problems.push('zero-padded');
  if (/[０-９]/.test(text)) problems.push('fullwidth-digits');
  return problems;
}

/** A date written with separators instead of 年月日: 2025.5.8, 2025-05-08, 2025/5/8, 2025．5．8. */
export interface SeparatedDate {
  text: string;
  year: number;
  month: number;
  day: number;
  valid: boolean;
  iso?: string;
}

const SEPARATED_RE = /^[ \u3000]*([0-9０-９]{4})[ \u3000]*([.．\-－/／])[ \u3000]*([0-9０-９]{1,2})[ \u3000]*\2[ \u3000]*([0-9０-９]{1,2})[ \u3000]*$/u;

/** Parse a string that is exactly one separated date; undefined otherwise. */
export function parseSeparatedDate(text: string): SeparatedDate | undefined {
  const m = SEPARATED_RE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [m[1], m[3], m[4]].map((x) => Number(halfwidthDigits(x)));
  const valid = isValidDate(year, month, day);
  return { text: text.trim(), year, month, day, valid, iso: valid ? toIso(year, month, day) : undefined };
}
