import { describe, expect, it } from 'vitest';
import { mapRange, normalizeForMatch, type NormalizeOptions } from '../../src/zh/normalize.js';

/** The first implementation (a regex per character, arrays grown a unit at a time): the reference the fast one must equal. */
function reference(input: string, options: NormalizeOptions = {}): { text: string; map: number[] } {
  const dropSpaces = options.dropSpaces ?? true;
  const foldWidth = options.foldWidth ?? true;
  const SPACE = /[\s\u3000\u00a0\u200b\ufeff]/;
  const FORMAT = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
  const fold = (code: number): number => {
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return code - 0xfee0;
    return ({ 0xff05: 0x25, 0xff0e: 0x2e, 0xff0b: 0x2b, 0xff0d: 0x2d } as Record<number, number>)[code] ?? code;
  };
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (dropSpaces && SPACE.test(input[i])) continue;
    if (FORMAT.test(input[i])) continue;
    text += String.fromCharCode(foldWidth ? fold(code) : code);
    map.push(i);
  }
  map.push(input.length);
  return { text, map };
}

const plain = (n: { text: string; map: Int32Array }): { text: string; map: number[] } => ({ text: n.text, map: [...n.map] });
const OPTIONS: NormalizeOptions[] = [{}, { dropSpaces: false }, { foldWidth: false }, { dropSpaces: false, foldWidth: false }];

describe('normalizeForMatch', () => {
  it('treats every UTF-16 code unit as the reference does (spaces, format characters, fullwidth forms, lone surrogates)', () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    for (const options of OPTIONS) {
      // All units in one string, and each between CJK neighbours, so a unit is judged on its own and in context.
      expect(plain(normalizeForMatch(units.join(''), options))).toEqual(reference(units.join(''), options));
      for (let c = 0; c < 0x10000; c += 97) {
        const s = `第${units[c]}条${units[(c * 7) & 0xffff]}`;
        expect(plain(normalizeForMatch(s, options))).toEqual(reference(s, options));
      }
    }
  });

  it('equals the reference on random text of CJK, astral characters (𠮷), spaces, fullwidth digits and format characters', () => {
    const pieces = [
      '第',
      '条',
      '𠮷',
      '　',
      ' ',
      '\t',
      '\u200b',
      '\ufeff',
      '\u00ad',
      '１',
      '２',
      'Ａ',
      '％',
      '．',
      '，',
      '。',
      'a',
      '5',
      '\n',
      '\u2028',
      '\u202f',
    ];
    let seed = 20261204;
    const rand = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    for (let round = 0; round < 300; round++) {
      const s = Array.from({ length: rand(60) }, () => pieces[rand(pieces.length)]).join('');
      for (const options of OPTIONS) expect(plain(normalizeForMatch(s, options))).toEqual(reference(s, options));
    }
  });

  it('maps a match in the normalised text back to the original, past removed spaces and across 𠮷', () => {
    const original = '按照　第１２条 规定，𠮷祥';
    const n = normalizeForMatch(original);
    expect(n.text).toBe('按照第12条规定，𠮷祥');
    const at = n.text.indexOf('第12条');
    expect(original.slice(...Object.values(mapRange(n, at, at + '第12条'.length)))).toBe('第１２条');
    const astral = n.text.indexOf('𠮷');
    expect(original.slice(...Object.values(mapRange(n, astral, astral + 2)))).toBe('𠮷');
  });

  it('handles text longer than one chunk of the string builder', () => {
    const long = '第一条　'.repeat(9000);
    expect(plain(normalizeForMatch(long))).toEqual(reference(long));
  });
});
