import { describe, expect, it } from 'vitest';
import { formatChineseDigits, formatChineseNumber, formatFinancialNumber, parseChineseNumber } from '../../src/zh/numerals.js';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['一百零五', 105], ['一百一十', 110], ['一千零四十', 1040],
    ['一千二百六十', 1260], ['两', 2], ['廿三', 23], ['二〇二四', 2024], ['零', 0], ['〇', 0], ['１２', 12], ['105', 105],
    ['三万零五', 30005], ['壹拾贰', 12],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each(['', '条', '十百', 'abc', '𠮷'])('rejects %j', (input) => {
    expect(parseChineseNumber(input)).toBeUndefined();
  });
});

describe('formatChineseNumber', () => {
  it.each([
    [1, '一'], [10, '十'], [15, '十五'], [20, '二十'], [100, '一百'], [105, '一百零五'], [110, '一百一十'], [1040, '一千零四十'],
    [1260, '一千二百六十'], [10005, '一万零五'], [0, '零'],
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
