import { CHINESE_NUMERAL, parseChineseNumber } from '../../zh/numerals.js';
import type { OutlineLevel } from '../model.js';

/**
 * Recognisers for the numbering marks at the start of a paragraph. They run
 * on the automatic label (docx) or on the start of the text; both produce the
 * same result so that a typed 第一条 and a Word-generated one look alike.
 */

export type UnitKind = 'part' | 'chapter' | 'section' | 'article';

export interface UnitMarker {
  kind: UnitKind;
  number: number;
  /** Length of the marker in the string it was found in (UTF-16). */
  length: number;
  /** Length including following spaces (where the body text starts). */
  bodyOffset: number;
  label: string;
}

const UNIT_CHAR: Record<string, UnitKind> = { 编: 'part', 章: 'chapter', 节: 'section', 条: 'article' };
const UNIT_RE = new RegExp(`^第[ \\u3000]*(${CHINESE_NUMERAL}|[0-9０-９]+)[ \\u3000]*([编章节条])`, 'u');
const SPACE_RUN = /^[ \t\u3000\u00a0]*/;
/** After 第X条 these characters mean a reference ("第三条规定的"), not an article heading. */
const ARTICLE_REFERENCE_FOLLOWERS = /^(规定|所称|所列|所述|的|之|、|，|,|和|或|至|中|第|款|项)/;

/** Invisible characters some sources leave before a marker (a U+200B line in 行政复议法 2023); they must not hide it. */
const INVISIBLE_LEAD = /^[\u200b-\u200d\u2060\ufeff]+/;

function skipInvisible<T extends { length: number; bodyOffset: number }>(s: string, match: (t: string) => T | undefined): T | undefined {
  const lead = INVISIBLE_LEAD.exec(s)?.[0].length ?? 0;
  if (lead === 0) return match(s);
  const m = match(s.slice(lead));
  return m && { ...m, length: m.length + lead, bodyOffset: m.bodyOffset + lead };
}

export function matchUnit(s: string): UnitMarker | undefined {
  return skipInvisible(s, matchUnitAt);
}

function matchUnitAt(s: string): UnitMarker | undefined {
  const m = UNIT_RE.exec(s);
  if (!m) return undefined;
  const number = parseChineseNumber(m[1]);
  if (number === undefined || number <= 0) return undefined;
  const kind = UNIT_CHAR[m[2]];
  const rest = s.slice(m[0].length);
  const spaces = SPACE_RUN.exec(rest)![0].length;
  if (kind === 'article' && spaces === 0 && ARTICLE_REFERENCE_FOLLOWERS.test(rest)) return undefined;
  return { kind, number, length: m[0].length, bodyOffset: m[0].length + spaces, label: m[0].replace(/[ \u3000]/g, '') };
}

export interface OutlineMarker {
  level: OutlineLevel;
  number: number;
  marker: string;
  standard: boolean;
  length: number;
  bodyOffset: number;
}

const CN = `[一二三四五六七八九十百〇零]+`;
const L1 = new RegExp(`^(${CN})([、.．,，])`, 'u');
const L2 = new RegExp(`^([（(])[ \\u3000]*(${CN})[ \\u3000]*([）)])([、.．,，]?)`, 'u');
const L3 = /^([0-9０-９]{1,3})([.．、,，])(?![0-9０-９])/u;
const L4 = /^([（(])[ \u3000]*([0-9０-９]{1,3})[ \u3000]*([）)])([、.．,，]?)/u;

function finish(level: OutlineLevel, number: number | undefined, raw: string, standard: boolean, s: string): OutlineMarker | undefined {
  if (number === undefined || number <= 0) return undefined;
  const rest = s.slice(raw.length);
  const spaces = SPACE_RUN.exec(rest)![0].length;
  return { level, number, marker: raw, standard, length: raw.length, bodyOffset: raw.length + spaces };
}

/**
 * Notice-style heading markers (GB/T 9704 7.3.3): 一、 （一） 1. （1）.
 * Non-standard punctuation (一. （一）、 1、) is recognised and marked.
 */
export function matchOutline(s: string): OutlineMarker | undefined {
  return skipInvisible(s, matchOutlineAt);
}

function matchOutlineAt(s: string): OutlineMarker | undefined {
  let m = L2.exec(s);
  if (m) {
    const standard = m[1] === '（' && m[3] === '）' && m[4] === '';
    return finish(2, parseChineseNumber(m[2]), m[0], standard, s);
  }
  m = L4.exec(s);
  if (m) {
    const standard = m[1] === '（' && m[3] === '）' && m[4] === '';
    return finish(4, parseChineseNumber(m[2]), m[0], standard, s);
  }
  m = L1.exec(s);
  if (m) {
    // "十、" is a heading; "一般" is not (no punctuation follows), so the regex needs the mark.
    return finish(1, parseChineseNumber(m[1]), m[0], m[2] === '、', s);
  }
  m = L3.exec(s);
  if (m) {
    const rest = s.slice(m[0].length);
    // "1.5倍" is a number, "2024、2025年" is a list of years: not headings.
    if (/^[0-9０-９]/.test(rest)) return undefined;
    if (m[2] === '、' && /^[0-9０-９]{4}$/.test(m[1])) return undefined;
    return finish(3, parseChineseNumber(m[1]), m[0], m[2] === '.' || m[2] === '．', s);
  }
  return undefined;
}

/** The standard written form of an outline marker. */
export function standardMarker(level: OutlineLevel, number: number, toChinese: (n: number) => string): string {
  switch (level) {
    case 1:
      return `${toChinese(number)}、`;
    case 2:
      return `（${toChinese(number)}）`;
    case 3:
      return `${number}.`;
    case 4:
      return `（${number}）`;
  }
}
