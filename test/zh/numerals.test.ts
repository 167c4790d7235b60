import { describe, expect, it } from 'vitest';
import { formatChineseDigits, formatChineseNumber, formatFinancialNumber, halfwidthDigits, NUMERAL_TABLES, parseChineseNumber } from '../../src/zh/numerals.js';

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

/**
 * parseChineseNumber's first implementation (before it looked characters up
 * by code unit): the reference the current one must agree with on every input.
 */
const { digits: REF_DIGITS, units: REF_UNITS, bigUnits: REF_BIG_UNITS, special: REF_SPECIAL } = NUMERAL_TABLES;

function referenceParse(input: string): number | undefined {
  const s = halfwidthDigits(input.trim());
  if (s === '') return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  for (const ch of s) {
    if (!(ch in REF_DIGITS) && !(ch in REF_UNITS) && !(ch in REF_BIG_UNITS) && !(ch in REF_SPECIAL)) return undefined;
  }
  const hasUnit = [...s].some((ch) => ch in REF_UNITS || ch in REF_BIG_UNITS || ch in REF_SPECIAL);
  if (!hasUnit) {
    // Positional: 二〇二四 → 2024; a single digit → itself.
    let n = 0;
    for (const ch of s) n = n * 10 + REF_DIGITS[ch];
    return n;
  }
  let yi = 0; // completed 亿 group, already multiplied
  let wan = 0; // completed 万 group, already multiplied
  let section = 0; // current group below 万
  let digit: number | undefined;
  let lastUnit = Infinity; // last 十/百/千 in the current group
  let lastMagnitude = 1; // place value of the last unit of any kind, for 三百五 = 350
  let zero = false; // a 零 since the last unit: 一百零五 = 105, not 150
  for (const ch of s) {
    if (ch in REF_DIGITS) {
      if (REF_DIGITS[ch] === 0) zero = true;
      digit = REF_DIGITS[ch];
    } else if (ch in REF_SPECIAL) {
      // 廿/卅/卌 stand for a whole tens digit: only at the start of a group or after 百/千 (一百廿).
      if (section % 100 !== 0 || digit !== undefined) return undefined;
      section += REF_SPECIAL[ch];
      digit = undefined;
      lastUnit = 10;
      lastMagnitude = 10;
      zero = false;
    } else if (ch in REF_UNITS) {
      const unit = REF_UNITS[ch];
      if (unit >= lastUnit && section !== 0) return undefined; // 十百 is not a numeral
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
      lastMagnitude = unit;
      zero = false;
    } else {
      const big = REF_BIG_UNITS[ch];
      const group = section + (digit ?? 0);
      if (big === 10_000) {
        if (wan !== 0) return undefined; // 万万
        wan = (group === 0 ? 1 : group) * big;
      } else {
        const below = yi + wan + group;
        yi = (below === 0 ? 1 : below) * big;
        wan = 0;
      }
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
      lastMagnitude = big;
      zero = false;
    }
  }
  // A digit right after a unit of a hundred or more, with no 零 between, is the
  // next lower place (三百五 = 350, 一万二 = 12000); after 十 or a 零 it is the ones place.
  if (digit !== undefined) section += !zero && lastMagnitude >= 100 ? digit * (lastMagnitude / 10) : digit;
  return yi + wan + section;
}

describe('parseChineseNumber against its first implementation', () => {
  // Every numeral character, ASCII and fullwidth digits, spaces, a letter, punctuation and an astral character.
  const ALPHABET = [...Object.values(NUMERAL_TABLES).flatMap((table) => Object.keys(table)), ...['0', '7', '０', '９', ' ', '\u3000', 'a', '、', '条', '𠮷']];
  it('agrees on every string of up to three characters', () => {
    let compared = 0;
    const check = (s: string): void => {
      expect(parseChineseNumber(s), s).toBe(referenceParse(s));
      compared++;
    };
    check('');
    for (const a of ALPHABET) {
      check(a);
      for (const b of ALPHABET) {
        check(a + b);
        for (const c of ALPHABET) check(a + b + c);
      }
    }
    expect(compared).toBe(1 + ALPHABET.length + ALPHABET.length ** 2 + ALPHABET.length ** 3);
  });

  it('agrees on random numerals of up to twelve characters', () => {
    let seed = 20261204;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let numbers = 0;
    for (let i = 0; i < 50_000; i++) {
      let s = '';
      for (let k = 1 + next(12); k > 0; k--) s += ALPHABET[next(ALPHABET.length)];
      const expected = referenceParse(s);
      expect(parseChineseNumber(s), s).toBe(expected);
      if (expected !== undefined) numbers++;
    }
    // Not only rejections: enough of the strings are numerals for the comparison to mean something.
    expect(numbers).toBeGreaterThan(1000);
  });
});
