/**
 * List tables ([MS-DOC] 2.9.147 PlfLst, 2.9.149 PlfLfo) → the .docx
 * reader's numbering definitions: an LST (list definition, with one or nine
 * LVLs) is an abstract numbering, an LFO (list format override) is a
 * numbering instance with its level overrides, and a paragraph's sprmPIlfo
 * is the 1-based LFO index, like w:numId. This is where Word keeps the
 * 第%1条 of automatic article numbers, which a text-only extraction loses.
 */
import { NumberingDefinitions, type AbstractNum, type LevelDef, type LevelOverride, type NumInstance } from '../docx/numbering.js';
import { Bytes } from './bytes.js';
import { paraProps } from './properties.js';

/** MSONFC number formats ([MS-DOC] 2.9.158) by value, as ST_NumberFormat names. */
const NFC: Record<number, string> = {
  0: 'decimal',
  1: 'upperRoman',
  2: 'lowerRoman',
  3: 'upperLetter',
  4: 'lowerLetter',
  5: 'ordinal',
  6: 'cardinalText',
  7: 'ordinalText',
  8: 'hex',
  9: 'chicago',
  10: 'ideographDigital',
  11: 'japaneseCounting',
  12: 'aiueo',
  13: 'iroha',
  14: 'decimalFullWidth',
  15: 'decimalHalfWidth',
  16: 'japaneseLegal',
  17: 'japaneseDigitalTenThousand',
  18: 'decimalEnclosedCircle',
  19: 'decimalFullWidth2',
  20: 'aiueoFullWidth',
  21: 'irohaFullWidth',
  22: 'decimalZero',
  23: 'bullet',
  24: 'ganada',
  25: 'chosung',
  26: 'decimalEnclosedFullstop',
  27: 'decimalEnclosedParen',
  28: 'decimalEnclosedCircleChinese',
  29: 'ideographEnclosedCircle',
  30: 'ideographTraditional',
  31: 'ideographZodiac',
  32: 'ideographZodiacTraditional',
  33: 'taiwaneseCounting',
  34: 'ideographLegalTraditional',
  35: 'taiwaneseCountingThousand',
  36: 'taiwaneseDigital',
  37: 'chineseCounting',
  38: 'chineseLegalSimplified',
  39: 'chineseCountingThousand',
  40: 'koreanDigital',
  41: 'koreanCounting',
  42: 'koreanLegal',
  43: 'koreanDigital2',
  44: 'vietnameseCounting',
  45: 'russianLower',
  46: 'russianUpper',
  47: 'none',
  48: 'numberInDash',
  49: 'hebrew1',
  50: 'hebrew2',
  51: 'arabicAlpha',
  52: 'arabicAbjad',
  53: 'hindiVowels',
  54: 'hindiConsonants',
  55: 'hindiNumbers',
  56: 'hindiCounting',
  57: 'thaiLetters',
  58: 'thaiNumbers',
  59: 'thaiCounting',
  255: 'none',
};

export function numberFormat(nfc: number): string {
  return NFC[nfc] ?? 'decimal';
}

const LSTF_SIZE = 28;
const LFO_SIZE = 16;
const LVLF_SIZE = 28;
const ISTD_NIL = 0x0fff;
const SUFFIXES = ['tab', 'space', 'nothing'];
const MAX_LISTS = 10_000;

interface ReadLevel {
  level: LevelDef;
  /** Offset just past the LVL. */
  end: number;
}

/** One LVL: its LVLF, paragraph and character properties, and the number text with level placeholders. */
function readLevel(table: Bytes, at: number): ReadLevel {
  const start = table.i32(at);
  const nfc = table.u8(at + 4);
  const flags = table.u8(at + 5);
  const placeholders: number[] = [];
  for (let i = 0; i < 9; i++) {
    const pos = table.u8(at + 6 + i);
    if (pos === 0) break;
    placeholders.push(pos);
  }
  const follow = table.u8(at + 15);
  const cbChpx = table.u8(at + 24);
  const cbPapx = table.u8(at + 25);
  const restartLimit = table.u8(at + 26);
  const papxAt = at + LVLF_SIZE;
  const papx = table.slice(papxAt, cbPapx, '编号段落属性');
  const xstAt = papxAt + cbPapx + cbChpx;
  const cch = table.u16(xstAt);
  const xst = table.utf16(xstAt + 2, cch, '编号文字');
  // rgbxchNums holds the 1-based positions of the level placeholders in the number text, in order.
  let lvlText = '';
  for (let i = 0; i < xst.length; i++) {
    const code = xst.charCodeAt(i);
    lvlText += placeholders.includes(i + 1) && code < 9 ? `%${code + 1}` : xst[i];
  }
  const level: LevelDef = { start, numFmt: numberFormat(nfc), lvlText, isLgl: (flags & 0x04) !== 0 };
  // fNoRestart: the level restarts only after levels more significant than ilvlRestartLim.
  if (flags & 0x08) level.restart = restartLimit;
  const suff = SUFFIXES[follow];
  if (suff !== undefined) level.suff = suff;
  const props = paraProps(papx);
  if (props.ind) level.ind = props.ind;
  return { level, end: xstAt + 2 + cch * 2 };
}

export function readLists(table: Bytes, lst: { fc: number; lcb: number } | undefined, lfo: { fc: number; lcb: number } | undefined): NumberingDefinitions {
  if (!lst || !lfo) return NumberingDefinitions.empty();
  const abstracts = readLst(table, lst.fc);
  const nums = readLfo(table, lfo.fc, lfo.lcb);
  return NumberingDefinitions.fromDefinitions(abstracts, nums);
}

function readLst(table: Bytes, fc: number): AbstractNum[] {
  const count = table.i16(fc);
  if (count < 0 || count > MAX_LISTS) return [];
  const lists: Array<{ abs: AbstractNum; levels: number; styles: number[] }> = [];
  for (let i = 0; i < count; i++) {
    const at = fc + 2 + i * LSTF_SIZE;
    const simple = (table.u8(at + 26) & 0x01) !== 0;
    // rgistdPara: the paragraph style linked to each level (heading numbering), or nil.
    const styles: number[] = [];
    for (let l = 0; l < 9; l++) styles.push(table.u16(at + 8 + l * 2));
    lists.push({ abs: { id: String(table.i32(at)), levels: [] }, levels: simple ? 1 : 9, styles });
  }
  // The LVLs of every list follow the PlfLst, in list order.
  let p = fc + 2 + count * LSTF_SIZE;
  for (const { abs, levels, styles } of lists) {
    for (let l = 0; l < levels; l++) {
      const { level, end } = readLevel(table, p);
      const istd = styles[l];
      if (istd !== undefined && istd !== ISTD_NIL) level.pStyle = String(istd);
      abs.levels[l] = level;
      p = end;
    }
  }
  return lists.map((l) => l.abs);
}

function readLfo(table: Bytes, fc: number, lcb: number): NumInstance[] {
  const count = table.i32(fc);
  if (count < 0 || count > MAX_LISTS || 4 + count * LFO_SIZE > lcb) return [];
  const nums: NumInstance[] = [];
  const levelCounts: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = fc + 4 + i * LFO_SIZE;
    nums.push({ numId: i + 1, abstractId: String(table.i32(at)), overrides: new Map() });
    levelCounts.push(table.u8(at + 12));
  }
  // LFOData for each LFO: a CP, then one LFOLVL per overridden level (each followed by an LVL when it reformats).
  let p = fc + 4 + count * LFO_SIZE;
  for (let i = 0; i < count; i++) {
    p += 4;
    for (let k = 0; k < levelCounts[i]; k++) {
      const startAt = table.i32(p);
      const flags = table.u32(p + 4);
      p += 8;
      const ilvl = flags & 0x0f;
      const override: LevelOverride = {};
      if (flags & 0x10) override.start = startAt;
      if (flags & 0x20) {
        const { level, end } = readLevel(table, p);
        override.level = level;
        p = end;
      }
      if (ilvl < 9) nums[i].overrides.set(ilvl, override);
    }
  }
  return nums;
}
