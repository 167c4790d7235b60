/**
 * Rendering of one level's counter in a w:numFmt (ST_NumberFormat).
 *
 * Chinese counting formats all use the legal style of src/zh/numerals.ts
 * (一百零五, 一百一十), which is how LibreOffice renders them and how
 * Chinese legal texts write article numbers. Word's own rendering of plain
 * chineseCounting above 99 has not been verified against a Word-made file.
 * Enclosed forms fall back to plain digits past the glyphs Unicode has
 * (①…⑳), as Word does.
 */
import { formatChineseDigits, formatChineseNumber, formatFinancialNumber } from '../../../zh/numerals.js';

const FULLWIDTH_OFFSET = 0xff10 - 0x30;
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Formats with no visible number at all. */
export function isInvisibleFormat(fmt: string): boolean {
  return fmt === 'bullet' || fmt === 'none';
}

export function formatNumber(n: number, fmt: string, custom?: string): string {
  switch (fmt) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULLWIDTH_OFFSET));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCharCode(0x3280 + n - 1) : formatChineseNumber(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseCountingTenThousand':
    case 'japaneseCounting':
      return formatChineseNumber(n);
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return formatChineseNumber(n).replace(/万/g, '萬').replace(/亿/g, '億');
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return formatChineseDigits(n);
    case 'chineseLegalSimplified':
    case 'japaneseLegal':
      return formatFinancialNumber(n);
    case 'ideographLegalTraditional':
      return formatFinancialNumber(n).replace(/贰/g, '貳').replace(/叁/g, '參').replace(/陆/g, '陸').replace(/万/g, '萬').replace(/亿/g, '億');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1] : String(n);
    case 'ideographZodiacTraditional':
      return n >= 1 && n <= 60 ? HEAVENLY_STEMS[(n - 1) % 10] + EARTHLY_BRANCHES[(n - 1) % 12] : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'ordinal':
      return ordinal(n);
    case 'hex':
      return n.toString(16).toUpperCase();
    case 'chicago':
      return chicago(n);
    case 'numberInDash':
      return `- ${n} -`;
    case 'custom':
      return customFormat(n, custom);
    case 'none':
    case 'bullet':
      return '';
    default:
      // cardinalText, ordinalText, dollarText, the Korean, Hebrew, Arabic,
      // Thai and Hindi families: not used in Chinese official documents.
      // Plain digits keep the counter visible rather than inventing text.
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Word's letter numbering repeats the letter: Z, AA, BB, … (not base 26). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function chicago(n: number): string {
  if (n <= 0) return String(n);
  const symbols = ['*', '†', '‡', '§'];
  return symbols[(n - 1) % 4].repeat(Math.floor((n - 1) / 4) + 1);
}

/** Word 2010 custom formats: only the zero-padded ones ("01, 02, 03, ...") are known. */
export function isSupportedCustomFormat(format: string | undefined): boolean {
  return format !== undefined && /^0+1\s*,/.test(format.trim());
}

function customFormat(n: number, format: string | undefined): string {
  if (format && isSupportedCustomFormat(format)) {
    const width = format.trim().indexOf('1') + 1;
    return String(n).padStart(width, '0');
  }
  return String(n);
}
