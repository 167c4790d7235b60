/**
 * The text as a reader sees it on screen or paper: invisible format
 * characters taken out before the structure pass, with a map back to where
 * they were.
 *
 * A soft hyphen (U+00AD) inside 罚款, a zero-width joiner inside a 发文字号, a
 * word joiner inside 有效期 or a zero-width space inside 第三条 are not shown by
 * Word or a PDF viewer, yet they break every phrase a rule looks for: a
 * drafter could hide a violation, or a copy-paste from a web page invent one.
 * So the structure pass, the profile, the clause analysis and every rule work
 * on the visible text (LegalDocument.text and LegalDocument.source are that
 * copy), and only the places that go back to the file map offsets back:
 * locate() for line/column, annotate for the runs of the .docx. The characters
 * themselves stay on record (LegalDocument.formatCharacters) for the rule
 * that reports bidirectional controls (format/bidi-control).
 *
 * What counts as invisible: Unicode's format characters (general category
 * Cf: soft hyphen, ZWSP/ZWNJ/ZWJ, LRM/RLM, bidi embeddings, overrides and
 * isolates, word joiner, invisible operators, BOM, tags) and the other
 * default-ignorable code points (variation selectors, combining grapheme
 * joiner, Hangul fillers), which renderers also draw as nothing.
 * Traditional characters (罰款) are visible, so they are not folded here: see
 * docs/security.md.
 */
import type { Block, FormatCharacterRun, FormatCharacters, SourceDocument } from './model.js';

/** One invisible character. */
export const FORMAT_CHARACTER = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const FORMAT_RUN = /[\p{Cf}\p{Default_Ignorable_Code_Point}]+/gu;

/** Characters that change the order in which text is displayed. */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

interface Run {
  at: number;
  sourceOffset: number;
  text: string;
}

/** The runs of one block with prefix sums: both directions by binary search. */
class BlockMap {
  /** before[i]: characters removed by runs[0..i). */
  private readonly before: number[] = [0];
  constructor(private readonly runs: readonly Run[]) {
    for (const r of runs) this.before.push(this.before[this.before.length - 1] + r.text.length);
  }

  /** Number of runs for which `test` holds (runs are sorted, so it holds for a prefix). */
  private count(test: (r: Run) => boolean): number {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(this.runs[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  toSource(column: number, edge: 'start' | 'end'): number {
    return column + this.before[this.count((r) => (edge === 'start' ? r.at <= column : r.at < column))];
  }

  toVisible(column: number): number {
    const n = this.count((r) => r.sourceOffset < column);
    if (n === 0) return column;
    const last = this.runs[n - 1];
    return column - this.before[n - 1] - Math.min(last.text.length, column - last.sourceOffset);
  }
}

function strip(text: string): { text: string; runs: Run[] } | undefined {
  if (!FORMAT_CHARACTER.test(text)) return undefined;
  let out = '';
  let last = 0;
  let removed = 0;
  const runs: Run[] = [];
  for (const m of text.matchAll(FORMAT_RUN)) {
    out += text.slice(last, m.index);
    runs.push({ at: m.index - removed, sourceOffset: m.index, text: m[0] });
    removed += m[0].length;
    last = m.index + m[0].length;
  }
  return { text: out + text.slice(last), runs };
}

function visibleBlock(block: Block, stripped: { text: string; runs: Run[] } | undefined): Block {
  const label = block.label !== undefined ? (strip(block.label)?.text ?? block.label) : undefined;
  if (!stripped && label === block.label) return block;
  const out: Block = { ...block, text: stripped?.text ?? block.text };
  if (label !== undefined) out.label = label;
  if (stripped) {
    const map = new BlockMap(stripped.runs);
    const at = (o: number): number => map.toVisible(o);
    if (block.revisions) out.revisions = block.revisions.map((r) => ({ ...r, start: at(r.start), end: at(r.end) }));
    if (block.anchors) out.anchors = block.anchors.map((a) => ({ ...a, start: at(a.start), end: at(a.end) }));
    if (block.source.segments) out.source = { ...block.source, segments: block.source.segments.map((s) => ({ ...s, offset: at(s.offset) })) };
  }
  return out;
}

/**
 * The visible copy of a document, and what was taken out. A document without
 * any format character is returned as it is (the common case costs one
 * regular-expression test per block).
 */
export function hideFormatCharacters(source: SourceDocument): { visible: SourceDocument; hidden?: FormatCharacters } {
  let changed = false;
  const runs: FormatCharacterRun[] = [];
  const blocks = source.blocks.map((b, i) => {
    const stripped = strip(b.text);
    if (stripped) for (const r of stripped.runs) runs.push({ block: i, ...r });
    const v = visibleBlock(b, stripped);
    if (v !== b) changed = true;
    return v;
  });
  const streams = source.streams.map((s) => {
    const stripped = strip(s.text);
    if (!stripped) return s;
    changed = true;
    return { ...s, text: stripped.text };
  });
  if (!changed) return { visible: source };
  return { visible: { ...source, blocks, streams }, hidden: { source, runs } };
}

const indexes = new WeakMap<FormatCharacters, Map<number, BlockMap>>();

function mapOf(hidden: FormatCharacters | undefined, block: number): BlockMap | undefined {
  if (!hidden || hidden.runs.length === 0) return undefined;
  let index = indexes.get(hidden);
  if (!index) {
    const byBlock = new Map<number, Run[]>();
    for (const r of hidden.runs) {
      const list = byBlock.get(r.block);
      if (list) list.push(r);
      else byBlock.set(r.block, [r]);
    }
    index = new Map([...byBlock].map(([b, list]) => [b, new BlockMap(list)]));
    indexes.set(hidden, index);
  }
  return index.get(block);
}

/**
 * Column in the reader's text of a block for a column of its visible text.
 * A start skips the invisible characters in front of the visible one; an end
 * (exclusive) stops before those that follow the last visible one, so a
 * finding on 罚款 written 罚\u00ad款 covers exactly the three source characters.
 */
export function sourceColumn(hidden: FormatCharacters | undefined, block: number, column: number, edge: 'start' | 'end'): number {
  return mapOf(hidden, block)?.toSource(column, edge) ?? column;
}

/** Column of the visible text for a column of the reader's text of a block (inside a run: where the run was). */
export function visibleColumn(hidden: FormatCharacters | undefined, block: number, column: number): number {
  return mapOf(hidden, block)?.toVisible(column) ?? column;
}

const NAMES: Record<string, string> = {
  '\u00ad': '软连字符',
  '\u200b': '零宽空格',
  '\u200c': '零宽不连字',
  '\u200d': '零宽连接符',
  '\u2060': '词连接符',
  '\ufeff': '字节顺序标记',
};

/**
 * A reader's note for the report: how many invisible characters the text
 * held and which, so a reviewer knows the audit saw through them (a soft
 * hyphen inside 罚款 may be an attempt to hide it).
 */
export function formatCharactersNote(hidden: FormatCharacters | undefined): { code: string; message: string } | undefined {
  if (!hidden || hidden.runs.length === 0) return undefined;
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of hidden.runs) {
    for (const c of r.text) {
      counts.set(c, (counts.get(c) ?? 0) + 1);
      total++;
    }
  }
  const kinds = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([c]) => {
      const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      return NAMES[c] ? `${NAMES[c]} ${code}` : code;
    });
  const more = counts.size > 4 ? '等' : '';
  return { code: 'FORMAT_CHARACTERS', message: `文中有 ${total} 个不可见字符（${kinds.join('、')}${more}），审核时按不存在处理，报告中的行、列仍按原文计算。` };
}
