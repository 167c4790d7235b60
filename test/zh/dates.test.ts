import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  dateStyleProblems,
  daysBetween,
  findDates,
  formatChineseDate,
  parseDate,
  parseSeparatedDate,
  periodEnd,
  todayInChina,
} from '../../src/zh/dates.js';

describe('findDates', () => {
  it.each([
    ['2024年3月12日', '2024-03-12', 'arabic'],
    ['二〇二四年三月十二日', '2024-03-12', 'chinese'],
    ['二○二四年十二月三十一日', '2024-12-31', 'chinese'], // ○ WHITE CIRCLE instead of 〇
    ['二零二四年三月十二号', '2024-03-12', 'chinese'],
    ['二〇二五年二月廿三日', '2025-02-23', 'chinese'],
    ['２０２４年３月１日', '2024-03-01', 'arabic'],
    ['2024年03月08日', '2024-03-08', 'arabic'],
    ['24年3月8日', '2024-03-08', 'arabic'],
    ['二0二四年三月一日', '2024-03-01', 'mixed'],
    ['二O二四年三月一日', '2024-03-01', 'mixed'], // Latin O for 〇
    ['2024 年 3 月 1 日', '2024-03-01', 'arabic'],
  ])('%s → %s (%s)', (text, iso, numerals) => {
    const [d] = findDates(text);
    expect(d).toMatchObject({ start: 0, end: text.length, iso, valid: true, numerals });
  });

  it('reports impossible dates as invalid, with the parts as written', () => {
    expect(findDates('2025年2月29日')[0]).toMatchObject({ year: 2025, month: 2, day: 29, valid: false, iso: undefined });
    expect(findDates('2024年2月29日')[0]).toMatchObject({ valid: true, iso: '2024-02-29' });
    expect(findDates('2025年2月30日')[0].valid).toBe(false);
    expect(findDates('2024年13月1日')[0].valid).toBe(false);
    expect(findDates('二〇二五年四月三十一日')[0].valid).toBe(false);
  });

  it('gives UTF-16 offsets after astral characters', () => {
    const text = '𠮷𠮷于2024年2月29日印发，自二〇二四年六月一日起施行';
    const found = findDates(text);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['2024年2月29日', '二〇二四年六月一日']);
    expect(found[0].start).toBe(5);
  });

  it('does not start a date inside a longer number or skip a month', () => {
    expect(findDates('12024年3月1日')).toEqual([]);
    expect(findDates('二〇二五年廿三日')).toEqual([]);
    expect(findDates('2024年3月1日至2025年12月31日').map((d) => d.iso)).toEqual(['2024-03-01', '2025-12-31']);
  });

  it('parseDate accepts exactly one date, surrounding spaces allowed', () => {
    expect(parseDate('　2024年5月6日 ')?.iso).toBe('2024-05-06');
    expect(parseDate('于2024年5月6日')).toBeUndefined();
    expect(parseDate('2024年5月6日、2024年5月7日')).toBeUndefined();
  });
});

describe('dateStyleProblems (GB/T 9704—2012 7.3.5.4)', () => {
  it.each([
    ['2024年3月12日', []],
    ['二〇二四年三月十二日', ['chinese-numerals']],
    ['二0二四年三月十二日', ['mixed-numerals']],
    ['2024年03月08日', ['zero-padded']],
    ['2024年3月08日', ['zero-padded']],
    ['24年3月8日', ['short-year']],
    ['２０２４年３月１日', ['fullwidth-digits']],
    ['2024年10月10日', []],
  ])('%s → %j', (text, problems) => {
    expect(dateStyleProblems(text)).toEqual(problems);
  });
});

describe('parseSeparatedDate', () => {
  it.each([
    ['2025.5.8', '2025-05-08'],
    ['2025-05-08', '2025-05-08'],
    ['2025/5/8', '2025-05-08'],
    ['2025．5．8', '2025-05-08'],
    ['２０２５.５.８', '2025-05-08'],
  ])('%s → %s', (text, iso) => {
    expect(parseSeparatedDate(text)).toMatchObject({ iso, valid: true });
  });

  it('rejects mixed separators, other text and impossible dates', () => {
    expect(parseSeparatedDate('2025.5-8')).toBeUndefined();
    expect(parseSeparatedDate('见2025.5.8')).toBeUndefined();
    expect(parseSeparatedDate('1.5.8')).toBeUndefined();
    expect(parseSeparatedDate('2025.2.30')).toMatchObject({ valid: false, iso: undefined });
  });
});

describe('date arithmetic', () => {
  it('adds months and years, clamping to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-06-01', 5)).toBe('2029-06-01');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
  });

  it('computes the last day of a period that counts its first day', () => {
    expect(periodEnd('2025-11-01', 60)).toBe('2030-10-31');
    expect(periodEnd('2024-06-01', 36)).toBe('2027-05-31');
    expect(periodEnd('2024-01-01', 24)).toBe('2025-12-31');
  });

  it('adds days and counts days across leap years and month ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-05-06', '2024-06-01')).toBe(26);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-06-01', '2025-05-01')).toBe(-31);
  });

  it('rejects malformed ISO dates', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2025-1-1', '2025-01-02')).toThrow(RangeError);
  });

  it('formats dates the official way and knows the date in China', () => {
    expect(formatChineseDate('2024-03-01')).toBe('2024年3月1日');
    expect(todayInChina(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
    expect(todayInChina(new Date('2026-11-26T15:59:00Z'))).toBe('2026-11-26');
  });
});
