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

/** Every character parseChineseNumber reads, by kind, with its value (tests compare against a reference over them). */
export const NUMERAL_TABLES: Readonly<Record<'digits' | 'units' | 'bigUnits' | 'special', Readonly<Record<string, number>>>> = {
  digits: DIGITS,
  units: UNITS,
  bigUnits: BIG_UNITS,
  special: SPECIAL,
};

/** Characters that may appear in a Chinese numeral (for building regexes). */
export const CHINESE_NUMERAL_CHARS = '〇零○一二两三四五六七八九十百千万廿卅壹贰叁肆伍陆柒捌玖拾佰仟';

/** Regex source matching a run of Chinese numeral characters. */
export const CHINESE_NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;

/** Convert fullwidth digits ０-９ to ASCII. */
export function halfwidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Each numeral character by its UTF-16 code unit (all are in the BMP): its
 * value times 4 plus its kind (at most 亿 × 4 + 3, within a small integer). One lookup per character instead of four
 * `in` tests on objects keyed by one-character strings, which V8 must first
 * look up in its string table; this runs for every paragraph's marker and
 * every date of every document.
 */
const KIND_DIGIT = 0;
const KIND_UNIT = 1;
const KIND_BIG = 2;
const KIND_SPECIAL = 3;
const NUMERAL_CODES = new Map<number, number>();
for (const [table, kind] of [
  [DIGITS, KIND_DIGIT],
  [UNITS, KIND_UNIT],
  [BIG_UNITS, KIND_BIG],
  [SPECIAL, KIND_SPECIAL],
] as const) {
  for (const [ch, value] of Object.entries(table)) NUMERAL_CODES.set(ch.charCodeAt(0), value * 4 + kind);
}

/**
 * Parse a Chinese numeral ("一百零五", "十二", "两", "廿三", "二〇二四") or an
 * Arabic one (ASCII or fullwidth). Digit-by-digit forms without units
 * ("二〇二四") are read positionally. Returns undefined when the string is not
 * a numeral.
 */
export function parseChineseNumber(input: string): number | undefined {
  const s = input.trim();
  const length = s.length;
  if (length === 0) return undefined;
  // Arabic digits (ASCII or fullwidth) only: their value. Mixed with Chinese numerals: not a numeral.
  let arabic = 0;
  let fullwidth = false;
  let hasUnit = false;
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) arabic++;
    else if (c >= 0xff10 && c <= 0xff19) {
      arabic++;
      fullwidth = true;
    } else {
      const code = NUMERAL_CODES.get(c);
      if (code === undefined) return undefined;
      if ((code & 3) !== KIND_DIGIT) hasUnit = true;
    }
  }
  if (arabic === length) return Number(fullwidth ? halfwidthDigits(s) : s);
  if (arabic > 0) return undefined;
  if (!hasUnit) {
    // Positional: 二〇二四 → 2024; a single digit → itself.
    let n = 0;
    for (let i = 0; i < length; i++) n = n * 10 + (NUMERAL_CODES.get(s.charCodeAt(i))! >> 2);
    return n;
  }
  let yi = 0; // completed 亿 group, already multiplied
  let wan = 0; // completed 万 group, already multiplied
  let section = 0; // current group below 万
  let digit: number | undefined;
  let lastUnit = Infinity; // last 十/百/千 in the current group
  let lastMagnitude = 1; // place value of the last unit of any kind, for 三百五 = 350
  let zero = false; // a 零 since the last unit: 一百零五 = 105, not 150
  for (let i = 0; i < length; i++) {
    const code = NUMERAL_CODES.get(s.charCodeAt(i))!;
    const kind = code & 3;
    const value = code >> 2;
    if (kind === KIND_DIGIT) {
      if (value === 0) zero = true;
      digit = value;
    } else if (kind === KIND_SPECIAL) {
      // 廿/卅/卌 stand for a whole tens digit: only at the start of a group or after 百/千 (一百廿).
      if (section % 100 !== 0 || digit !== undefined) return undefined;
      section += value;
      digit = undefined;
      lastUnit = 10;
      lastMagnitude = 10;
      zero = false;
    } else if (kind === KIND_UNIT) {
      if (value >= lastUnit && section !== 0) return undefined; // 十百 is not a numeral
      section += (digit ?? 1) * value;
      digit = undefined;
      lastUnit = value;
      lastMagnitude = value;
      zero = false;
    } else {
      const group = section + (digit ?? 0);
      if (value === 10_000) {
        if (wan !== 0) return undefined; // 万万
        wan = (group === 0 ? 1 : group) * value;
      } else {
        const below = yi + wan + group;
        yi = (below === 0 ? 1 : below) * value;
        wan = 0;
      }
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
      lastMagnitude = value;
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
