import { describe, expect, it } from 'vitest';
import { isHrssError } from '../../../src/errors.js';
import { addStats, checkTextLayer, emptyStats, formatPages, type TextStats } from '../../../src/document/readers/pdf/text-quality.js';
import { pdfFailure } from '../../../src/document/readers/pdf/failures.js';
import { HrssError } from '../../../src/errors.js';

function stats(...texts: string[]): TextStats {
  const s = emptyStats();
  for (const t of texts) addStats(s, t);
  return s;
}

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isHrssError(e) ? e.code : 'raw';
  }
  return undefined;
}

describe('addStats', () => {
  it('counts CJK (astral ones too), letters and suspicious characters, skipping spaces', () => {
    expect(stats('第一条　𠮷 Ab１２，')).toEqual({ total: 9, ideographs: 4, cjk: 7, letters: 6, suspicious: 0, common: 3 });
    expect(stats('\u0001\u0002¤¦\ue000\ufffd·')).toEqual({ total: 7, ideographs: 0, cjk: 0, letters: 0, suspicious: 6, common: 0 });
    expect(stats('Sécurité ÿþ')).toMatchObject({ letters: 10, suspicious: 0 });
  });

  it('counts as common exactly the 71 frequent ideographs, wherever the others lie', () => {
    // Every ideograph addStats knows, in the BMP and the astral planes (each range's ends included), once.
    let all = '';
    for (let cp = 0x3400; cp <= 0x9fff; cp++) all += String.fromCodePoint(cp);
    for (let cp = 0xf900; cp <= 0xfaff; cp++) all += String.fromCodePoint(cp);
    for (const cp of [0x20000, 0x20bb7, 0x2a6df, 0x3ffff]) all += String.fromCodePoint(cp);
    expect(stats(all)).toMatchObject({ ideographs: 0x9fff - 0x3400 + 1 + 0xfaff - 0xf900 + 1 + 4, common: 71 });
    expect(
      stats('的一是在不了有和人这中大为上个以要时用们到作于出就对成会可发年动同工也能下过产种面而方后定行法所民得经进等部家力理自小本应当规或者及其政门条第')
        .common,
    ).toBe(71);
    // Just outside the table: the last code point before it, and the compatibility ideographs after it.
    expect(stats('\u33ff\ufa0e第').common).toBe(1);
  });
});

describe('checkTextLayer', () => {
  const body = '第一条　为了规范本省工伤保险工作，保障职工合法权益，制定本办法。';

  it('passes an ordinary Chinese text layer without notes', () => {
    expect(checkTextLayer(stats(body.repeat(3)), 2, [])).toEqual([]);
  });

  it('calls fewer than 10 characters a page on average a scan', () => {
    expect(code(() => checkTextLayer(stats('— 1 —', '— 2 —'), 2, [1, 2]))).toBe('E_PDF_NO_TEXT');
    expect(code(() => checkTextLayer(emptyStats(), 3, [1, 2, 3]))).toBe('E_PDF_NO_TEXT');
    expect(code(() => checkTextLayer(stats('甲'.repeat(20)), 2, []))).toBeUndefined();
  });

  it('calls control characters and Latin-1 symbols with hardly any CJK garbled', () => {
    const garbage = "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b#$%&'()*+,-./0123456789ÀÁÂ";
    expect(code(() => checkTextLayer(stats(garbage.repeat(10)), 2, []))).toBe('E_PDF_GARBLED');
  });

  it('calls ideographs with hardly any everyday characters garbled (two-byte codes read as the wrong characters)', () => {
    let seed = 7;
    const random = Array.from({ length: 400 }, () => String.fromCodePoint(0x4e00 + ((seed = (seed * 1103515245 + 12345) >>> 0) % 20000))).join('');
    expect(code(() => checkTextLayer(stats(random), 1, []))).toBe('E_PDF_GARBLED');
    expect(code(() => checkTextLayer(stats(body.repeat(10)), 1, []))).toBeUndefined();
  });

  it('accepts a French text layer, accents included', () => {
    expect(checkTextLayer(stats('Règlement relatif à la sécurité sociale des salariés. Article premier. '.repeat(5)), 1, []).map((n) => n.code)).toEqual([
      'PDF_NO_CJK',
    ]);
  });

  it('accepts an English text layer but says it holds no Chinese', () => {
    const notes = checkTextLayer(stats('Regulations on Work-Related Injury Insurance. Article 1. '.repeat(5)), 1, []);
    expect(notes.map((n) => n.code)).toEqual(['PDF_NO_CJK']);
  });

  it('notes a small share of undecodable characters and the pages without text', () => {
    const notes = checkTextLayer(stats(body.repeat(20), '\u0001\u0002\u0003'.repeat(4)), 4, [3, 4]);
    expect(notes.map((n) => n.code)).toEqual(['PDF_TEXT_PARTLY_GARBLED', 'PDF_PAGES_WITHOUT_TEXT']);
    expect(notes[1].message).toContain('第 3–4 页');
  });
});

describe('formatPages', () => {
  it('writes runs of pages as ranges', () => {
    expect(formatPages([1, 2, 3, 5, 7, 8])).toBe('1–3、5、7–8');
    expect(formatPages([4])).toBe('4');
  });
});

describe('pdfFailure', () => {
  const passwordError = (code: number): object => ({ name: 'PasswordException', message: 'No password given', code });

  it('maps a missing password and a wrong one to E_PDF_ENCRYPTED with different messages', () => {
    const need = pdfFailure(passwordError(1), false);
    expect(need.code).toBe('E_PDF_ENCRYPTED');
    expect(need.message).toContain('需要提供');
    const wrong = pdfFailure(passwordError(2), true);
    expect(wrong.code).toBe('E_PDF_ENCRYPTED');
    expect(wrong.message).toContain('不正确');
  });

  it('maps anything else from pdf.js to E_PDF_CORRUPT, keeping the cause', () => {
    const invalid = { name: 'InvalidPDFException', message: 'Invalid PDF structure.' };
    const e = pdfFailure(invalid, false);
    expect(e.code).toBe('E_PDF_CORRUPT');
    expect(e.cause).toBe(invalid);
    expect(pdfFailure(new TypeError('x is undefined'), false, '第 3 页').message).toContain('第 3 页');
    expect(pdfFailure('a string', false).code).toBe('E_PDF_CORRUPT');
  });

  it('passes an HrssError through unchanged', () => {
    const mine = new HrssError('E_LIMIT_PAGES', '超过页数上限');
    expect(pdfFailure(mine, false)).toBe(mine);
  });
});
