/**
 * Raw paragraphs of document.xml → model Blocks, in four passes over the
 * paragraphs in XML order:
 *
 * 1. Merge: a tracked deletion of a paragraph mark means the paragraph runs
 *    on into the next one of the same container once changes are accepted.
 *    The merged paragraph keeps the properties (style, numbering, paraId)
 *    of the first paragraph unless that one has no visible text left, in
 *    which case the next one's are used: a wholly deleted paragraph should
 *    not lend its heading style or article number to the text that follows.
 * 2. Numbering: labels from the numbering engine, in XML order (counted
 *    also for paragraphs later dropped as empty, as Word does).
 * 3. Pages: only when the document has page markers. When Word has laid the
 *    file out it writes w:lastRenderedPageBreak wherever a page began, and
 *    those alone are used (explicit breaks are usually followed by one, so
 *    counting both would double them). Otherwise explicit page breaks,
 *    pageBreakBefore and page-starting section breaks give a lower bound.
 * 4. Split: a paragraph with manual line breaks becomes one block per
 *    line; lines with no visible text are dropped, as are empty paragraphs
 *    (a numbered one is kept with empty text: Word still shows its number).
 *    The label goes to the first kept line. All offsets are clipped and
 *    shifted into each block's text.
 */
import { HrssError } from '../../../errors.js';
import type { Anchor, Block, BlockStyle, Revision, ReaderNote, SourceSegment } from '../../model.js';
import type { RawParagraph } from './body-walker.js';
import type { IndentProps } from './properties.js';
import { NumberingCounter, type NumberingDefinitions } from './numbering.js';
import type { StyleSheet, ResolvedParagraphStyle } from './styles.js';

/** Where a block came from in the .docx, for writers that go back to the file (comments, highlights). */
export interface DocxRunOrigin {
  /** UTF-16 range in block.text. */
  start: number;
  end: number;
  /**
   * UTF-16 range of the <w:r>…</w:r> element in the decoded part. Always
   * the run itself, never a wrapping <w:ins>, <w:hyperlink> or <w:sdt>
   * (comment range marks may legally sit inside those wrappers, next to
   * the run); for nested runs (w:ruby) the innermost one, which holds the
   * w:t. A run holding a manual line break appears in both blocks.
   */
  xmlStart: number;
  xmlEnd: number;
}

export interface DocxOrigin {
  /** Part name in the zip, normally 'word/document.xml'. */
  part: string;
  /**
   * UTF-16 range of the <w:p>…</w:p> element in the decoded part (see
   * decodeXml). For paragraphs merged by an accepted paragraph-mark
   * deletion it spans from the first paragraph's start to the last one's end.
   */
  xmlStart: number;
  xmlEnd: number;
  /** Runs that contribute text to the block, in order. */
  runs: DocxRunOrigin[];
}

export interface AssembleOptions {
  styles: StyleSheet;
  numbering: NumberingDefinitions;
  part: string;
  sectionTypes: Array<string | undefined>;
  sawRenderedBreaks: boolean;
  /** Most text (paragraph text plus rendered labels) the document may yield: limits.maxTextChars. */
  maxTextChars?: number;
}

export interface AssembleResult {
  blocks: Block[];
  pages?: number;
  notes: ReaderNote[];
  counts: { insert: number; delete: number; format: number; merged: number };
}

export function assembleBlocks(raw: RawParagraph[], options: AssembleOptions): AssembleResult {
  const { styles } = options;
  const sorted = raw.slice().sort((a, b) => a.index - b.index);
  const paragraphs = mergeDeletedMarks(sorted);
  const resolved = paragraphs.map((p) => styles.paragraph(p.props.styleId));

  const counter = new NumberingCounter(options.numbering, styles);
  const levelIndents = new Map<RawParagraph, IndentProps>();
  // Labels are the one place a .docx multiplies text: one lvlText of millions of characters, repeated on every
  // numbered paragraph, would exhaust memory long before the document is audited. Count as they are made.
  const maxText = options.maxTextChars ?? Infinity;
  let textChars = 0;
  for (const p of paragraphs) textChars += p.text.length;
  if (textChars > maxText) throw textLimit(maxText);
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const ps = resolved[i];
    const numId = p.props.numId ?? ps.numId;
    if (numId === undefined || numId <= 0) continue;
    const ilvl = p.props.ilvl ?? ps.ilvl ?? counter.levelForStyle(numId, ps.chain) ?? 0;
    const label = counter.next(numId, ilvl);
    if (label !== undefined) {
      textChars += label.length;
      if (textChars > maxText) throw textLimit(maxText);
      p.label = label;
    }
    const levelInd = counter.level(numId, ilvl)?.ind;
    if (levelInd) levelIndents.set(p, levelInd);
  }

  const pages = assignPages(paragraphs, resolved, options.sectionTypes, options.sawRenderedBreaks);

  const counts = { insert: 0, delete: 0, format: 0, merged: 0 };
  for (const p of paragraphs) {
    counts.merged += p.merged;
    if (p.revisions) for (const r of p.revisions) counts[r.type]++;
  }

  const blocks: Block[] = [];
  const notes: ReaderNote[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const first = blocks.length;
    splitIntoBlocks(p, resolved[i], levelIndents.get(p), options.part, blocks);
    if (p.merged > 0) {
      const note: ReaderNote = {
        code: 'PARAGRAPH_MERGED',
        message:
          p.merged === 1
            ? '此段与下一段之间的段落标记已被修订删除，已按“接受全部修订”合并为一段。'
            : `此段后的 ${p.merged} 个段落标记已被修订删除，已按“接受全部修订”合并为一段。`,
      };
      if (blocks.length > first) note.block = first;
      notes.push(note);
    }
  }
  const result: AssembleResult = { blocks, notes, counts };
  if (pages !== undefined) result.pages = pages;
  return result;
}

function textLimit(max: number): HrssError {
  return new HrssError('E_LIMIT_TEXT', `.docx 的正文和自动编号合计超过 ${max} 个字符（配置项 limits.maxTextChars），疑似自动编号被设成极长的文字，已停止读取`);
}

function hasVisibleText(text: string): boolean {
  return /\S/.test(text);
}

function mergeDeletedMarks(sorted: RawParagraph[]): RawParagraph[] {
  if (!sorted.some((p) => p.markDeleted)) return sorted;
  const out: RawParagraph[] = [];
  const pending = new Map<number, RawParagraph>();
  // Whether a pending paragraph has visible text, tracked as it grows: re-testing the
  // merged text at each step would be quadratic on a long chain of deleted marks.
  const visible = new Map<RawParagraph, boolean>();
  for (let p of sorted) {
    const before = pending.get(p.containerKey);
    if (before) {
      pending.delete(p.containerKey);
      const beforeVisible = visible.get(before) ?? hasVisibleText(before.text);
      const pVisible = hasVisibleText(p.text);
      mergeInto(before, p, beforeVisible);
      visible.set(before, beforeVisible || pVisible);
      p = before;
    }
    if (p.markDeleted) pending.set(p.containerKey, p);
    else out.push(p);
  }
  // A deleted mark with nothing after it in its container (end of a cell or text box) has nothing to merge with.
  for (const p of pending.values()) out.push(p);
  return out.sort((a, b) => a.index - b.index);
}

/** Append paragraph b to a, as accepting the deletion of a's paragraph mark does. */
function mergeInto(a: RawParagraph, b: RawParagraph, aVisible: boolean): void {
  const shift = a.text.length;
  if (!aVisible) {
    a.props = b.props;
    a.paraId = b.paraId;
    a.markSize = b.markSize;
    a.markBold = b.markBold;
  }
  a.text += b.text;
  for (const r of b.runs) a.runs.push({ ...r, start: r.start + shift, end: r.end + shift });
  if (b.revisions) for (const r of b.revisions) (a.revisions ??= []).push({ ...r, start: r.start + shift, end: r.end + shift });
  if (b.anchors) for (const x of b.anchors) (a.anchors ??= []).push({ ...x, start: x.start + shift, end: x.end + shift });
  if (b.pageBreaks) for (const o of b.pageBreaks) (a.pageBreaks ??= []).push(o + shift);
  if (b.renderedBreaks) for (const o of b.renderedBreaks) (a.renderedBreaks ??= []).push(o + shift);
  a.xmlEnd = b.xmlEnd;
  a.markDeleted = b.markDeleted;
  a.sectionEnd = b.sectionEnd;
  a.boldChars += b.boldChars;
  a.measuredChars += b.measuredChars;
  a.merged += b.merged + 1;
  for (let i = 0; i < b.sizes.length; i++) {
    const j = a.sizes.indexOf(b.sizes[i]);
    if (j === -1) {
      a.sizes.push(b.sizes[i]);
      a.sizeChars.push(b.sizeChars[i]);
    } else {
      a.sizeChars[j] += b.sizeChars[i];
    }
  }
}

function breaksPage(sectionType: string | undefined): boolean {
  return sectionType === undefined || sectionType === 'nextPage' || sectionType === 'oddPage' || sectionType === 'evenPage';
}

/** Sets page/pageChanges on each paragraph and returns the page count, or undefined when the file has no page markers. */
function assignPages(
  paragraphs: RawParagraph[],
  resolved: ResolvedParagraphStyle[],
  sectionTypes: Array<string | undefined>,
  rendered: boolean,
): number | undefined {
  const pageBreakBefore = (i: number): boolean => paragraphs[i].props.pageBreakBefore ?? resolved[i].pageBreakBefore ?? false;
  const sectionBreakAfter = (p: RawParagraph): boolean =>
    p.sectionEnd >= 0 && p.sectionEnd + 1 < sectionTypes.length && breaksPage(sectionTypes[p.sectionEnd + 1]);
  if (!rendered && !paragraphs.some((p, i) => p.pageBreaks !== undefined || (i > 0 && pageBreakBefore(i)) || sectionBreakAfter(p))) return undefined;
  let page = 1;
  let pendingBreak = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const len = p.text.length;
    const breaks = rendered ? p.renderedBreaks : p.pageBreaks;
    if (!rendered) {
      if (pendingBreak) page++;
      pendingBreak = false;
      if (i > 0 && pageBreakBefore(i)) page++;
    }
    let start = page;
    if (breaks) {
      for (const o of breaks) {
        page++;
        if (o === 0) start = page;
        else if (o < len) (p.pageChanges ??= []).push({ offset: o, page });
        else if (!rendered) {
          // A break at the very end: what follows starts the new page.
          page--;
          pendingBreak = true;
        }
      }
    }
    if (!rendered && sectionBreakAfter(p)) pendingBreak = true;
    p.page = start;
  }
  return page;
}

/** Page at an offset: the last page change at or before it (changes are sorted), else the paragraph's first page. */
function pageAt(p: RawParagraph, offset: number): number | undefined {
  const changes = p.pageChanges;
  if (!changes || changes.length === 0 || changes[0].offset > offset) return p.page;
  let lo = 0;
  let hi = changes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (changes[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return changes[lo].page;
}

/** Paragraph properties win over the numbering level's, which win over the style's (Word's order). */
function blockStyle(p: RawParagraph, ps: ResolvedParagraphStyle, levelInd: IndentProps | undefined): BlockStyle {
  const style: BlockStyle = {};
  if (ps.name !== undefined) style.name = ps.name;
  const outline = p.props.outlineLvl ?? ps.outlineLvl;
  if (outline !== undefined) {
    // Level 9 is "body text": explicitly not a heading, whatever the style name says.
    if (outline >= 0 && outline <= 8) style.headingLevel = outline + 1;
  } else if (ps.nameHeadingLevel !== undefined) {
    style.headingLevel = ps.nameHeadingLevel;
  }
  const jc = p.props.jc ?? ps.jc;
  const alignment = jc === undefined ? undefined : ALIGNMENTS[jc];
  if (alignment !== undefined) style.alignment = alignment;
  let halfPoints: number | undefined;
  let best = -1;
  for (let i = 0; i < p.sizes.length; i++) {
    if (p.sizeChars[i] > best) {
      best = p.sizeChars[i];
      halfPoints = p.sizes[i];
    }
  }
  halfPoints ??= p.markSize ?? ps.sz;
  if (halfPoints !== undefined) style.fontSize = halfPoints / 2;
  style.bold = p.measuredChars > 0 ? p.boldChars === p.measuredChars : (p.markBold ?? ps.b ?? false);
  const ind = p.props.ind ?? levelInd ?? ps.ind;
  if (ind) {
    let chars: number | undefined;
    if (ind.firstLineChars !== undefined && (ind.firstLineChars !== 0 || ind.firstLine === undefined)) chars = ind.firstLineChars / 100;
    else if (ind.hangingChars !== undefined && (ind.hangingChars !== 0 || ind.hanging === undefined)) chars = -ind.hangingChars / 100;
    else if (style.fontSize !== undefined && ind.firstLine !== undefined) chars = ind.firstLine / (style.fontSize * 20);
    else if (style.fontSize !== undefined && ind.hanging !== undefined) chars = -ind.hanging / (style.fontSize * 20);
    // `+ 0` turns -0 (a zero hanging indent) into 0.
    if (chars !== undefined && Number.isFinite(chars)) style.indent = Math.round(chars * 10) / 10 + 0;
  }
  return style;
}

const ALIGNMENTS: Record<string, BlockStyle['alignment']> = {
  left: 'left',
  start: 'left',
  right: 'right',
  end: 'right',
  center: 'center',
  both: 'justify',
  distribute: 'justify',
  thaiDistribute: 'justify',
  highKashida: 'justify',
  mediumKashida: 'justify',
  lowKashida: 'justify',
};

function splitIntoBlocks(p: RawParagraph, ps: ResolvedParagraphStyle, levelInd: IndentProps | undefined, part: string, blocks: Block[]): void {
  const text = p.text;
  let lines: Line[];
  if (text.indexOf('\n') === -1) {
    lines = hasVisibleText(text) ? [[0, text.length]] : [];
  } else {
    lines = [];
    let a = 0;
    for (;;) {
      const nl = text.indexOf('\n', a);
      const e = nl === -1 ? text.length : nl;
      if (hasVisibleText(text.slice(a, e))) lines.push([a, e]);
      if (nl === -1) break;
      a = nl + 1;
    }
  }
  // A numbered paragraph with no text still shows its number in Word: keep it, without its (blank) text.
  if (lines.length === 0) {
    if (p.label === undefined) return;
    lines = [[0, 0]];
  }
  const style = blockStyle(p, ps, levelInd);
  const whole = lines.length === 1 && lines[0][0] === 0 && lines[0][1] === text.length;
  // The common case reuses the paragraph's arrays (RawRun has exactly the DocxRunOrigin shape).
  const runs: DocxRunOrigin[][] = whole ? [p.runs] : distribute(p.runs, lines, clipRange);
  const revisions = p.revisions && (whole ? [p.revisions] : distribute(p.revisions, lines, clipRevision));
  const anchors = p.anchors && (whole ? [p.anchors] : distribute(p.anchors, lines, clipAnchor));
  const pageChanges =
    p.pageChanges &&
    distribute(
      p.pageChanges.map((c) => ({ start: c.offset, end: c.offset, page: c.page })),
      lines,
      clipInside,
    );
  let label = p.label;
  lines.forEach(([s, e], i) => {
    const block: Block = {
      index: blocks.length,
      text: whole ? text : text.slice(s, e),
      container: p.container,
      style: lines.length === 1 ? style : { ...style },
      source: { paragraph: p.index },
    };
    if (label !== undefined) {
      block.label = label;
      label = undefined;
    }
    if (p.paraId !== undefined) block.source.id = p.paraId;
    if (p.page !== undefined) {
      const page = pageAt(p, s);
      if (page !== undefined) block.source.page = page;
      const inside = pageChanges?.[i] ?? [];
      if (page !== undefined && inside.length > 0) {
        const segments: SourceSegment[] = [{ offset: 0, page }];
        for (const c of inside) segments.push({ offset: c.start, page: c.page });
        block.source.segments = segments;
      }
    }
    if (revisions && revisions[i].length > 0) {
      block.revisions = whole ? revisions[i] : revisions[i].map((r) => (r.type === 'delete' ? r : { ...r, text: block.text.slice(r.start, r.end) }));
    }
    if (anchors && anchors[i].length > 0) block.anchors = anchors[i];
    const origin: DocxOrigin = { part, xmlStart: p.xmlStart, xmlEnd: p.xmlEnd, runs: runs[i] };
    block.origin = origin;
    blocks.push(block);
  });
}

/** A kept line of a paragraph: [start, end) in its raw text. */
type Line = [number, number];

/** Clip an item to a line and shift it into the line's coordinates; undefined when nothing is left. */
type Clip<T> = (item: T, s: number, e: number) => T | undefined;

/**
 * Give each line the pieces of the items that fall in it. Items are sorted
 * by start; each is located by binary search and visits only the lines it
 * covers, so a paragraph with many line breaks and many runs stays linear
 * in the size of the result.
 */
function distribute<T extends { start: number; end: number }>(items: T[], lines: Line[], clip: Clip<T>): T[][] {
  const out: T[][] = lines.map(() => []);
  for (const item of items) {
    // First line whose end is at or after the item's start.
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid][1] < item.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < lines.length && lines[i][0] <= item.end; i++) {
      const piece = clip(item, lines[i][0], lines[i][1]);
      if (piece !== undefined) out[i].push(piece);
      if (item.start === item.end) break;
    }
  }
  return out;
}

function clipRange<T extends { start: number; end: number }>(item: T, s: number, e: number): T | undefined {
  const start = Math.max(item.start, s);
  const end = Math.min(item.end, e);
  return end > start ? { ...item, start: start - s, end: end - s } : undefined;
}

/** A zero-length item (deletion, reference mark) belongs to the line whose range [s, e] holds its position. */
function clipPoint<T extends { start: number; end: number }>(item: T, s: number, e: number): T | undefined {
  return item.start >= s && item.start <= e ? { ...item, start: item.start - s, end: item.start - s } : undefined;
}

function clipRevision(r: Revision, s: number, e: number): Revision | undefined {
  return r.type === 'delete' ? clipPoint(r, s, e) : clipRange(r, s, e);
}

function clipAnchor(a: Anchor, s: number, e: number): Anchor | undefined {
  return a.start === a.end ? clipPoint(a, s, e) : clipRange(a, s, e);
}

/** Page changes strictly inside a line (one at its start is the line's own page). */
function clipInside<T extends { start: number; end: number }>(c: T, s: number, e: number): T | undefined {
  return c.start > s && c.start < e ? { ...c, start: c.start - s, end: c.start - s } : undefined;
}
