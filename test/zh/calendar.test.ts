import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addWorkdays, calendarCoverage, holidayName, isCovered, isWorkday, workdaysBetween } from '../../src/zh/calendar.js';
import { addDays } from '../../src/zh/dates.js';

describe('working-day calendar', () => {
  it('covers the years of the chinese-days tables', () => {
    const c = calendarCoverage();
    expect(c.firstYear).toBe(2004);
    expect(c.lastYear).toBeGreaterThanOrEqual(2026);
    expect(isCovered('2026-12-31')).toBe(true);
    expect(isCovered('2003-12-31')).toBe(false);
  });

  it('knows the 2025 National Day holiday and its adjusted workdays (国办发明电〔2024〕12号)', () => {
    for (let d = 1; d <= 8; d++) expect(isWorkday(`2025-10-0${d}`), `2025-10-0${d}`).toBe(false);
    expect(isWorkday('2025-09-28')).toBe(true); // Sunday, worked
    expect(isWorkday('2025-10-11')).toBe(true); // Saturday, worked
    expect(isWorkday('2025-10-09')).toBe(true);
    expect(holidayName('2025-10-03')).toBe('国庆节');
    expect(holidayName('2025-09-28')).toBe('国庆节');
    expect(holidayName('2025-10-09')).toBeUndefined();
  });

  it('knows the 2026 Spring Festival (nine days) and New Year', () => {
    expect(isWorkday('2026-02-14')).toBe(true); // Saturday, worked
    for (const d of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23']) expect(isWorkday(d), d).toBe(false);
    expect(isWorkday('2026-02-24')).toBe(true);
    expect(isWorkday('2026-02-28')).toBe(true); // Saturday, worked
    expect(isWorkday('2026-01-02')).toBe(false); // Friday, holiday
    expect(isWorkday('2026-01-04')).toBe(true); // Sunday, worked
  });

  it('treats ordinary weekends as days off and weekdays as workdays', () => {
    expect(isWorkday('2025-11-15')).toBe(false); // Saturday
    expect(isWorkday('2025-11-17')).toBe(true); // Monday
  });

  it('adds working days without counting the start day, skipping holidays', () => {
    expect(addWorkdays('2025-09-26', 1)).toBe('2025-09-28'); // Friday → the worked Sunday
    expect(addWorkdays('2025-09-30', 1)).toBe('2025-10-09');
    expect(addWorkdays('2025-09-30', 2)).toBe('2025-10-10');
    expect(addWorkdays('2025-09-30', 3)).toBe('2025-10-11');
    expect(addWorkdays('2025-10-09', -1)).toBe('2025-09-30');
    expect(addWorkdays('2025-10-05', 0)).toBe('2025-10-05');
    // A 7-working-day comment period opened on 2025-09-25 (Thursday) ends on Saturday 2025-10-11, a worked day, not on 2025-10-06.
    expect(addWorkdays('2025-09-25', 7)).toBe('2025-10-11');
  });

  it('counts working days between two dates, the start excluded and the end included', () => {
    expect(workdaysBetween('2025-09-30', '2025-10-09')).toBe(1);
    expect(workdaysBetween('2025-09-25', '2025-10-10')).toBe(6);
    expect(workdaysBetween('2025-09-25', '2025-10-11')).toBe(7);
    expect(workdaysBetween('2025-10-11', '2025-09-25')).toBe(-7);
    expect(workdaysBetween('2025-10-01', '2025-10-01')).toBe(0);
    for (const [start, n] of [
      ['2026-02-10', 10],
      ['2025-12-30', 5],
      ['2026-09-18', 15],
    ] as const) {
      expect(workdaysBetween(start, addWorkdays(start, n))).toBe(n);
    }
  });

  it('rejects malformed dates and fractional counts', () => {
    expect(() => isWorkday('2025-02-30')).toThrow(RangeError);
    expect(() => addWorkdays('2025-10-01', 1.5)).toThrow(RangeError);
    expect(() => workdaysBetween('2025/10/01', '2025-10-02')).toThrow(RangeError);
  });

  it('agrees with the chinese-days package on every day it covers from 2024 to 2026', () => {
    const require = createRequire(import.meta.url);
    const pkg = require('chinese-days') as { isWorkday(d: string): boolean };
    for (let d = '2024-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      if (isWorkday(d) !== pkg.isWorkday(d)) expect.fail(`${d}: ours ${isWorkday(d)}, chinese-days ${pkg.isWorkday(d)}`);
    }
  });
});
