/**
 * Is the text layer usable? No extractor raises an error for a scanned PDF
 * (no text at all) or for fonts without a ToUnicode map (glyph ids come out
 * as control characters and Latin-1 symbols, or as arbitrary ideographs when
 * the codes are two bytes wide), so these are recognised here from the
 * characters themselves.
 */
import { HrssError } from '../../../errors.js';
import type { ReaderNote } from '../../model.js';
import { PDF_LAYOUT, type FixedLayoutFormat } from './fixed-layout-format.js';

export interface TextStats {
  /** Non-whitespace characters. */
  total: number;
  /** CJK ideographs. */
  ideographs: number;
  /** CJK ideographs, CJK punctuation and fullwidth forms. */
  cjk: number;
  /** Letters of any script (CJK ideographs included). */
  letters: number;
  /** C0/C1 controls, Latin-1 symbols, private-use characters and U+FFFD: what undecodable glyphs turn into. */
  suspicious: number;
  /** CJK ideographs among the most frequent characters of Chinese (legal) text. */
  common: number;
}

export function emptyStats(): TextStats {
  return { total: 0, ideographs: 0, cjk: 0, letters: 0, suspicious: 0, common: 0 };
}

/** Latin-1 signs that do occur in Chinese documents (· ° ± § ¥ ©); × and ÷ sit among the letters. */
const LATIN1_ALLOWED = new Set([0xb7, 0xb0, 0xb1, 0xa7, 0xa5, 0xa9]);

/** The first code point COMMON_IDEOGRAPHS covers: the start of CJK Extension A, where the ideographs addStats counts begin in the BMP. */
const COMMON_FROM = 0x3400;

/**
 * About 38% of the ideographs of a Chinese normative document (measured on
 * the samples) and well under 1% of ideographs picked at random. One byte
 * per code point of U+3400–U+9FFF, 1 for these: every ideograph of every
 * page is looked up, and a table is cheaper than hashing into a Set.
 */
const COMMON_IDEOGRAPHS = (() => {
  const table = new Uint8Array(0xa000 - COMMON_FROM);
  for (const c of '的一是在不了有和人这中大为上个以要时用们到作于出就对成会可发年动同工也能下过产种面而方后定行法所民得经进等部家力理自小本应当规或者及其政门条第') {
    table[c.charCodeAt(0) - COMMON_FROM] = 1;
  }
  return table;
})();

export function addStats(stats: TextStats, text: string): void {
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i) ?? cp;
      i++;
    }
    if (cp === 0x20 || cp === 0x3000 || cp === 0x09 || cp === 0x0a || cp === 0x0d) continue;
    stats.total++;
    if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff)) {
      stats.ideographs++;
      stats.cjk++;
      stats.letters++;
      // By code unit: text[i] made a new one-character string for every ideograph of every page.
      if (cp <= 0x9fff && COMMON_IDEOGRAPHS[cp - COMMON_FROM] === 1) stats.common++;
    } else if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) {
      stats.cjk++;
    } else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0xff)) {
      // Latin-1 letters count as letters: French or German text is not garbage.
      stats.letters++;
    } else if (
      cp < 0x20 ||
      (cp >= 0x7f && cp <= 0x9f) ||
      (cp >= 0xa0 && cp <= 0xbf && !LATIN1_ALLOWED.has(cp)) ||
      (cp >= 0xe000 && cp <= 0xf8ff) ||
      cp === 0xfffd ||
      cp >= 0xf0000
    ) {
      stats.suspicious++;
    } else if (cp > 0x7f && LETTER.test(String.fromCodePoint(cp))) {
      stats.letters++;
    }
  }
}

const LETTER = /\p{L}/u;

/** Average non-whitespace characters per page below which a PDF is taken as scanned. */
const MIN_CHARS_PER_PAGE = 10;

/**
 * Throws the format's no-text / garbled error (E_PDF_NO_TEXT / E_PDF_GARBLED
 * for PDF); returns notes for layers that are usable but doubtful.
 */
export function checkTextLayer(stats: TextStats, pages: number, emptyPages: number[], format: FixedLayoutFormat = PDF_LAYOUT): ReaderNote[] {
  const { name, notePrefix } = format;
  const perPage = pages > 0 ? stats.total / pages : 0;
  if (pages > 0 && perPage < MIN_CHARS_PER_PAGE) {
    throw new HrssError(
      format.noTextCode,
      `${name} 没有可提取的文字层（共 ${pages} 页，平均每页 ${perPage.toFixed(1)} 个字符），可能是扫描件或纯图片；本工具不做文字识别（OCR）`,
    );
  }
  const badShare = stats.total > 0 ? stats.suspicious / stats.total : 0;
  const cjkShare = stats.letters > 0 ? stats.cjk / stats.letters : 0;
  if (badShare > 0.3 || (badShare > 0.05 && cjkShare < 0.3)) {
    throw new HrssError(
      format.garbledCode,
      `${name} 的文字层无法正确解码：提取出的字符中 ${percent(badShare)} 是控制字符或乱码，汉字仅占文字的 ${percent(cjkShare)}${format.garbledCause}`,
    );
  }
  // Enough ideographs to judge, but hardly any everyday ones: codes mapped to the wrong characters.
  const commonShare = stats.ideographs > 0 ? stats.common / stats.ideographs : 0;
  if (stats.ideographs >= 100 && commonShare < 0.05) {
    throw new HrssError(
      format.garbledCode,
      `${name} 的文字层无法正确解码：提取出的汉字中常用字仅占 ${percent(commonShare)}（正常中文约占三成以上），字体的文字编码映射有误`,
    );
  }
  const notes: ReaderNote[] = [];
  if (badShare > 0.005) {
    notes.push({
      code: `${notePrefix}_TEXT_PARTLY_GARBLED`,
      message: `${name} 文字层中有 ${stats.suspicious} 个字符（${percent(badShare)}）无法正确解码，相关位置的审核结果可能不准确`,
    });
  }
  if (stats.letters > 0 && stats.cjk === 0) {
    notes.push({ code: `${notePrefix}_NO_CJK`, message: `${name} 文字层中没有汉字，请确认文件内容是否为中文文本、文字是否正确解码` });
  }
  if (emptyPages.length > 0) {
    notes.push({
      code: `${notePrefix}_PAGES_WITHOUT_TEXT`,
      message: `第 ${formatPages(emptyPages)} 页没有文字层（可能是扫描图片或空白页），这些页的内容未被审核`,
    });
  }
  return notes;
}

function percent(x: number): string {
  return `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
}

/** 1,2,3,5 → "1–3、5". */
export function formatPages(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length;) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    parts.push(j > i ? `${pages[i]}–${pages[j]}` : String(pages[i]));
    i = j + 1;
  }
  return parts.join('、');
}
