import { createRequire } from 'node:module';
import { addDays, parseIsoDate } from './dates.js';

/**
 * Working-day calendar of mainland China: weekends, the statutory public
 * holidays and the 调休 days (weekend days that are worked to bridge a
 * holiday), as set each year by the 国务院办公厅's 部分节假日安排的通知.
 *
 * Data: the `chinese-days` package (vsme/chinese-days, MIT), version 1.5.x,
 * file dist/chinese-days.json. Its tables are transcribed from those notices
 * (src/holidays/generate.ts cites each, e.g. 国办发明电〔2024〕12号 for 2025 and
 * https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm for 2026).
 * Coverage: 2004 to 2026 inclusive (check with calendarCoverage()). Days
 * outside it are judged by the weekday alone, which misses holidays: callers
 * that state a result to a user should check isCovered() and say so.
 *
 * We read the package's data file instead of calling its isWorkday(): the
 * package parses dates through its own Date wrapper, and its answers for a
 * Date object change with the machine's time zone. Our arithmetic works on ISO
 * strings in UTC, so a review run in any time zone gives the same days; a test
 * compares every day of the covered years with the package's own answers.
 *
 * Counting follows Chinese procedural law: the start day is not counted
 * (期间开始的日，不计算在期间内), so workdaysBetween(a, addWorkdays(a, n)) === n.
 */

interface HolidayTables {
  /** Days off that would otherwise be workdays, and holiday weekends: ISO → "English,中文,id". */
  holidays: Record<string, string>;
  /** Weekend days that are worked (调休上班): ISO → "English,中文,id". */
  workdays: Record<string, string>;
}

interface Calendar {
  holidays: Set<string>;
  workdays: Set<string>;
  names: Map<string, string>;
  firstYear: number;
  lastYear: number;
}

let calendar: Calendar | undefined;

/** Load the tables on first use: a check that never counts working days never pays for them. */
function load(): Calendar {
  if (calendar) return calendar;
  const require = createRequire(import.meta.url);
  const data = require('chinese-days/dist/chinese-days.json') as HolidayTables;
  const names = new Map<string, string>();
  for (const [iso, label] of [...Object.entries(data.holidays), ...Object.entries(data.workdays)]) names.set(iso, label.split(',')[1] ?? label);
  const years = Object.keys(data.holidays).map((iso) => Number(iso.slice(0, 4)));
  calendar = {
    holidays: new Set(Object.keys(data.holidays)),
    workdays: new Set(Object.keys(data.workdays)),
    names,
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
  };
  return calendar;
}

function checkIso(iso: string): { year: number; month: number; day: number } {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`invalid ISO date: ${iso}`);
  return p;
}

/** Years whose official holiday arrangement the calendar holds, and where the data comes from. */
export function calendarCoverage(): { firstYear: number; lastYear: number; source: string } {
  const c = load();
  return { firstYear: c.firstYear, lastYear: c.lastYear, source: 'chinese-days（据国务院办公厅历年部分节假日安排的通知）' };
}

/** Whether the official arrangement for the year of `iso` is known (otherwise only weekends count as days off). */
export function isCovered(iso: string): boolean {
  const { year } = checkIso(iso);
  const c = load();
  return year >= c.firstYear && year <= c.lastYear;
}

/** Whether a day is a working day: Monday to Friday unless a holiday, or a 调休 weekend day that is worked. */
export function isWorkday(iso: string): boolean {
  const { year, month, day } = checkIso(iso);
  const c = load();
  if (c.workdays.has(iso)) return true;
  if (c.holidays.has(iso)) return false;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** The holiday or 调休 a day belongs to (元旦, 春节, 国庆节…), or undefined for an ordinary day. */
export function holidayName(iso: string): string | undefined {
  checkIso(iso);
  return load().names.get(iso);
}

/**
 * The day n working days after `iso` (before it for negative n); the start
 * day itself is not counted. n = 0 returns `iso` unchanged.
 */
export function addWorkdays(iso: string, n: number): string {
  checkIso(iso);
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let day = iso;
  while (left > 0) {
    day = addDays(day, step);
    if (isWorkday(day)) left--;
  }
  return day;
}

/**
 * Working days from a to b: those after a up to and including b (negative
 * when b is before a). workdaysBetween(a, a) = 0.
 */
export function workdaysBetween(a: string, b: string): number {
  checkIso(a);
  checkIso(b);
  if (b < a) return -workdaysBetween(b, a);
  let count = 0;
  for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) if (isWorkday(day)) count++;
  return count;
}
