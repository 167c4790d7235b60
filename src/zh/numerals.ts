/**
 * Chinese numerals ↔ numbers. Handles 〇/零, 两, 廿/卅, 百/千/万, legal-style
 * 一百一十 and colloquial 百一十, fullwidth digits, and financial 壹贰叁.
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const UNITS: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

const BIG_UNITS: Record<string, number> = {
  万: 10_000,
  萬: 10_000,
  亿: 100_000_000,
  億: 100_000_000,
};

const SPECIAL: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };

/** Characters that may appear in a Chinese numeral (for building regexes). */
export const CHINESE_NUMERAL_CHARS = '〇零○一二两三四五六七八九十百千万廿卅壹贰叁肆伍陆柒捌玖拾佰仟';

/** Regex source matching a run of Chinese numeral characters. */
export const CHINESE_NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;

/** Convert fullwidth digits ０-９ to ASCII. */
export function halfwidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Parse a Chinese numeral ("一百零五", "十二", "两", "廿三", "二〇二四") or an
 * Arabic one (ASCII or fullwidth). Digit-by-digit forms without units
 * ("二〇二四") are read positionally. Returns undefined when the string is not
 * a numeral.
 */
export function parseChineseNumber(input: string): number | undefined {
  const s = halfwidthDigits(input.trim());
  if (s === '') return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  for (const ch of s) {
    if (!(ch in DIGITS) && !(ch in UNITS) && !(ch in BIG_UNITS) && !(ch in SPECIAL)) return undefined;
  }
  const hasUnit = [...s].some((ch) => ch in UNITS || ch in BIG_UNITS || ch in SPECIAL);
  if (!hasUnit) {
    // Positional: 二〇二四 → 2024; a single digit → itself.
    let n = 0;
    for (const ch of s) n = n * 10 + DIGITS[ch];
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
    if (ch in DIGITS) {
      if (DIGITS[ch] === 0) zero = true;
      digit = DIGITS[ch];
    } else if (ch in SPECIAL) {
      // 廿/卅/卌 stand for a whole tens digit: only at the start of a group or after 百/千 (一百廿).
      if (section % 100 !== 0 || digit !== undefined) return undefined;
      section += SPECIAL[ch];
      digit = undefined;
      lastUnit = 10;
      lastMagnitude = 10;
      zero = false;
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit >= lastUnit && section !== 0) return undefined; // 十百 is not a numeral
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
      lastMagnitude = unit;
      zero = false;
    } else {
      const big = BIG_UNITS[ch];
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

const LOWER = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Format a non-negative integer as a Chinese counting numeral, legal style:
 * 10 → 十, 15 → 十五, 105 → 一百零五, 110 → 一百一十, 1040 → 一千零四十.
 */
export function formatChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n === 0) return '零';
  if (n >= 100_000_000) {
    const high = Math.floor(n / 100_000_000);
    const low = n % 100_000_000;
    return formatChineseNumber(high) + '亿' + (low === 0 ? '' : (low < 10_000_000 ? '零' : '') + formatBelowYi(low, true));
  }
  return formatBelowYi(n, false);
}

function formatBelowYi(n: number, inner: boolean): string {
  if (n >= 10_000) {
    const high = Math.floor(n / 10_000);
    const low = n % 10_000;
    return formatBelowWan(high, inner) + '万' + (low === 0 ? '' : (low < 1000 ? '零' : '') + formatBelowWan(low, true));
  }
  return formatBelowWan(n, inner);
}

function formatBelowWan(n: number, inner: boolean): string {
  const digits = [Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const units = ['千', '百', '十', ''];
  let out = '';
  let pendingZero = false;
  let started = false;
  for (let i = 0; i < 4; i++) {
    const d = digits[i];
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十五 rather than 一十五 only at the very start of the whole number.
    if (!(i === 2 && d === 1 && !started && !inner)) out += LOWER[d];
    out += units[i];
    started = true;
  }
  return out;
}

/** Digit-by-digit Chinese rendering, as used for years: 2024 → 二〇二四. */
export function formatChineseDigits(n: number | string): string {
  return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]);
}

const FINANCIAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/** Financial numerals (chineseLegalSimplified): 12 → 壹拾贰. */
export function formatFinancialNumber(n: number): string {
  const plain = formatChineseNumber(n);
  const map: Record<string, string> = { 十: '拾', 百: '佰', 千: '仟', 万: '万', 亿: '亿' };
  let out = '';
  for (const ch of plain) {
    const i = LOWER.indexOf(ch);
    out += i >= 0 ? FINANCIAL[i] : (map[ch] ?? ch);
  }
  // Financial style always writes the leading 壹 before 拾.
  return out.startsWith('拾') ? '壹' + out : out;
}
