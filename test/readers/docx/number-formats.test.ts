import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/document/readers/docx/number-formats.js';

describe('formatNumber', () => {
  it.each([
    // Chinese counting formats, legal style past 99.
    ['chineseCounting', 1, '一'],
    ['chineseCounting', 10, '十'],
    ['chineseCounting', 15, '十五'],
    ['chineseCountingThousand', 105, '一百零五'],
    ['chineseCountingThousand', 110, '一百一十'],
    ['chineseCountingThousand', 1040, '一千零四十'],
    ['chineseCountingThousand', 10001, '一万零一'],
    ['taiwaneseCountingThousand', 21, '二十一'],
    ['taiwaneseCounting', 20000, '二萬'],
    ['japaneseCounting', 105, '一百零五'],
    ['ideographDigital', 2024, '二〇二四'],
    ['taiwaneseDigital', 10, '一〇'],
    ['chineseLegalSimplified', 3, '叁'],
    ['chineseLegalSimplified', 12, '壹拾贰'],
    ['ideographLegalTraditional', 26, '貳拾陸'],
    ['ideographTraditional', 1, '甲'],
    ['ideographTraditional', 10, '癸'],
    ['ideographTraditional', 11, '11'],
    ['ideographZodiac', 12, '亥'],
    ['ideographZodiacTraditional', 1, '甲子'],
    ['ideographZodiacTraditional', 60, '癸亥'],
    ['ideographEnclosedCircle', 3, '㊂'],
    // Decimal variants.
    ['decimal', 42, '42'],
    ['decimalZero', 5, '05'],
    ['decimalZero', 12, '12'],
    ['decimalFullWidth', 105, '１０５'],
    ['decimalFullWidth2', 7, '７'],
    ['decimalHalfWidth', 7, '7'],
    ['decimalEnclosedCircle', 1, '①'],
    ['decimalEnclosedCircle', 20, '⑳'],
    ['decimalEnclosedCircle', 21, '21'],
    ['decimalEnclosedCircleChinese', 10, '⑩'],
    ['decimalEnclosedParen', 1, '⑴'],
    ['decimalEnclosedParen', 25, '(25)'],
    ['decimalEnclosedFullstop', 20, '⒛'],
    ['decimalEnclosedFullstop', 21, '21.'],
    // Latin.
    ['upperRoman', 1994, 'MCMXCIV'],
    ['lowerRoman', 4, 'iv'],
    ['upperLetter', 1, 'A'],
    ['upperLetter', 26, 'Z'],
    ['upperLetter', 27, 'AA'],
    ['lowerLetter', 53, 'aaa'],
    ['ordinal', 11, '11th'],
    ['ordinal', 22, '22nd'],
    ['ordinal', 103, '103rd'],
    ['hex', 255, 'FF'],
    ['chicago', 5, '**'],
    ['numberInDash', 3, '- 3 -'],
    // No visible number.
    ['none', 3, ''],
    ['bullet', 3, ''],
    // Unknown and text formats fall back to digits.
    ['cardinalText', 3, '3'],
    ['koreanCounting', 7, '7'],
  ])('%s(%i) = %s', (fmt, n, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });

  it('renders the zero-padded custom formats of Word 2010', () => {
    expect(formatNumber(7, 'custom', '001, 002, 003, ...')).toBe('007');
    expect(formatNumber(12, 'custom', '01, 02, 03, ...')).toBe('12');
    expect(formatNumber(7, 'custom', 'α, β, γ, ...')).toBe('7');
  });
});
