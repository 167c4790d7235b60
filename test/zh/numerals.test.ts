import { describe, expect, it } from 'vitest';
import { formatChineseDigits, formatChineseNumber, formatFinancialNumber, parseChineseNumber } from '../../src/zh/numerals.js';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一千零四十', 1040],
    ['一千二百六十', 1260],
    ['两', 2],
    ['廿三', 23],
    ['二〇二四', 2024],
    ['零', 0],
    ['〇', 0],
    ['１２', 12],
    ['105', 105],
    ['三万零五', 30005],
    ['壹拾贰', 12],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each(['', '条', '十百', 'abc', '𠮷'])('rejects %j', (input) => {
    expect(parseChineseNumber(input)).toBeUndefined();
  });

  it.each([
    // 两 in every position, 〇 and 零 as zero, fullwidth digits.
    ['两百', 200],
    ['两千零二十四', 2024],
    ['两万', 20000],
    ['一〇五', 105],
    ['〇五', 5],
    ['零零七', 7],
    ['２０２４', 2024],
    // 廿/卅 as whole tens.
    ['廿', 20],
    ['卅一', 31],
    ['一百廿', 120],
    // Big units keep their groups apart: 三亿五千万 is 350 000 000, not (3亿 + 5000) × 万.
    ['三亿五千万', 350_000_000],
    ['一亿零五', 100_000_005],
    ['一百二十三万四千五百六十七', 1_234_567],
    ['十万零一', 100_001],
    ['五十万零三百', 500_300],
    // A digit after 百/千/万 with no 零 is the next lower place, as spoken: 三百五 = 350, 一万二 = 12 000.
    ['三百五', 350],
    ['三千五', 3500],
    ['一万二', 12_000],
    ['一百一', 110],
    ['一百零五', 105],
  ])('edge case %s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each(['万万', '廿廿', '二十廿', '十廿', '１２三', '一𠮷', '𠮷一'])('rejects the malformed %j', (input) => {
    expect(parseChineseNumber(input)).toBeUndefined();
  });
});

describe('formatChineseNumber', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1040, '一千零四十'],
    [1260, '一千二百六十'],
    [10005, '一万零五'],
    [0, '零'],
  ])('%d → %s', (n, expected) => {
    expect(formatChineseNumber(n)).toBe(expected);
  });

  it('round-trips 0..3000', () => {
    for (let n = 0; n <= 3000; n++) expect(parseChineseNumber(formatChineseNumber(n))).toBe(n);
  });

  it('formats digits and financial numerals', () => {
    expect(formatChineseDigits(2024)).toBe('二〇二四');
    expect(formatFinancialNumber(12)).toBe('壹拾贰');
    expect(formatFinancialNumber(3)).toBe('叁');
  });
});
