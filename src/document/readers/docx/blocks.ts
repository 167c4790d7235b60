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
 *    line; lines with no visible text are dropped, as are empty paragraphs.
 *    The label goes to the first kept line. All offsets are clipped and
 *    shifted into each block's text.
 */
import type { Anchor, Block, BlockStyle, Revision, ReaderNote, SourceSegment } from '../../model.js';
import type { RawParagraph, RawRun } from './body-walker.js';
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
   * the run). A run holding a manual line break appears in both blocks.
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
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const ps = resolved[i];
    const numId = p.props.numId ?? ps.numId;
    if (numId === undefined || numId <= 0) continue;
    const ilvl = p.props.ilvl ?? ps.ilvl ?? counter.levelForStyle(numId, ps.chain) ?? 0;
    const label = counter.next(numId, ilvl);
    if (label !== undefined) p.label = label;
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
        message: p.merged === 1 ? '此段与下一段之间的段落标记已被修订删除，已按“接受全部修订”合并为一段。' : `此段后的 ${p.merged} 个段落标记已被修订删除，已按“接受全部修订”合并为一段。`,
      };
      if (blocks.length > first) note.block = first;
      notes.push(note);
    }
  }
  const result: AssembleResult = { blocks, notes, counts };
  if (pages !== undefined) result.pages = pages;
  return result;
}

function hasVisibleText(text: string): boolean {
  return /\S/.test(text);
}

function mergeDeletedMarks(sorted: RawParagraph[]): RawParagraph[] {
  if (!sorted.some((p) => p.markDeleted)) return sorted;
  const out: RawParagraph[] = [];
  const pending = new Map<number, RawParagraph>();
  for (let p of sorted) {
    const before = pending.get(p.containerKey);
    if (before) {
      pending.delete(p.containerKey);
      mergeInto(before, p);
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
function mergeInto(a: RawParagraph, b: RawParagraph): void {
  const shift = a.text.length;
  if (!hasVisibleText(a.text)) {
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
function assignPages(paragraphs: RawParagraph[], resolved: ResolvedParagraphStyle[], sectionTypes: Array<string | undefined>, rendered: boolean): number | undefined {
  const pageBreakBefore = (i: number): boolean => paragraphs[i].props.pageBreakBefore ?? resolved[i].pageBreakBefore ?? false;
  const sectionBreakAfter = (p: RawParagraph): boolean => p.sectionEnd >= 0 && p.sectionEnd + 1 < sectionTypes.length && breaksPage(sectionTypes[p.sectionEnd + 1]);
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

function pageAt(p: RawParagraph, offset: number): number | undefined {
  let page = p.page;
  if (p.pageChanges) for (const c of p.pageChanges) if (c.offset <= offset) page = c.page;
  return page;
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
  let lines: Array<[number, number]>;
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
  let label = p.label;
  for (const [s, e] of lines) {
    const whole = s === 0 && e === text.length;
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
      const inside = (p.pageChanges ?? []).filter((c) => c.offset > s && c.offset < e);
      if (inside.length > 0) {
        const segments: SourceSegment[] = [{ offset: 0, page: page! }];
        for (const c of inside) segments.push({ offset: c.offset - s, page: c.page });
        block.source.segments = segments;
      }
    }
    if (p.revisions) {
      const revisions = whole ? p.revisions : clipRevisions(p.revisions, s, e, block.text);
      if (revisions.length > 0) block.revisions = revisions;
    }
    if (p.anchors) {
      const anchors = whole ? p.anchors : clipAnchors(p.anchors, s, e);
      if (anchors.length > 0) block.anchors = anchors;
    }
    // RawRun has exactly the DocxRunOrigin shape, so a whole paragraph reuses its run list.
    const origin: DocxOrigin = { part, xmlStart: p.xmlStart, xmlEnd: p.xmlEnd, runs: whole ? p.runs : clipRuns(p.runs, s, e) };
    block.origin = origin;
    blocks.push(block);
  }
}

function clipRuns(runs: RawRun[], s: number, e: number): DocxRunOrigin[] {
  const out: DocxRunOrigin[] = [];
  for (const r of runs) {
    const start = Math.max(r.start, s);
    const end = Math.min(r.end, e);
    if (end > start) out.push({ start: start - s, end: end - s, xmlStart: r.xmlStart, xmlEnd: r.xmlEnd });
  }
  return out;
}

function clipRevisions(revisions: Revision[], s: number, e: number, text: string): Revision[] {
  const out: Revision[] = [];
  for (const r of revisions) {
    if (r.type === 'delete') {
      if (r.start >= s && r.start <= e) out.push({ ...r, start: r.start - s, end: r.start - s });
      continue;
    }
    const start = Math.max(r.start, s);
    const end = Math.min(r.end, e);
    if (end > start) out.push({ ...r, start: start - s, end: end - s, text: text.slice(start - s, end - s) });
  }
  return out;
}

function clipAnchors(anchors: Anchor[], s: number, e: number): Anchor[] {
  const out: Anchor[] = [];
  for (const x of anchors) {
    if (x.start === x.end) {
      if (x.start >= s && x.start <= e) out.push({ ...x, start: x.start - s, end: x.end - s });
      continue;
    }
    const start = Math.max(x.start, s);
    const end = Math.min(x.end, e);
    if (end > start) out.push({ ...x, start: start - s, end: end - s });
  }
  return out;
}
