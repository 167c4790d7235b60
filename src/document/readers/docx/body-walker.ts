/**
 * Walks a WordprocessingML part (document, footnotes, comments, header,
 * footer) and produces its paragraphs in XML order with everything the
 * block builder needs: accepted text, runs with their XML ranges,
 * revisions, anchors and page markers.
 *
 * Reading decisions:
 * - Text comes from w:t only (never w:instrText, so field codes are not
 *   read but cached field results are); w:tab/w:ptab → '\t'; w:sym → the
 *   code point it names (symbol-font glyphs such as Wingdings stay in the
 *   private-use area, as Word stores them); w:noBreakHyphen → '-';
 *   w:softHyphen → nothing (it is only visible at a line end). Newlines
 *   inside w:t become spaces. Hidden text (w:vanish) is read like any other.
 * - w:br (text wrapping or column) and w:cr are kept as '\n' in the raw
 *   text; the block builder splits the paragraph there, so a manual line
 *   break never glues a heading to what follows. A page break (w:br
 *   w:type="page") adds no text and is recorded as a page marker.
 * - Text boxes (w:txbxContent) nest whole paragraphs inside a run of the
 *   anchoring paragraph; paragraphs form a stack (each knows its parent),
 *   so the anchor keeps its own text and the box's paragraphs are separate.
 * - mc:AlternateContent: the first mc:Choice is read and mc:Fallback is
 *   skipped (it repeats the same content, e.g. a VML copy of a DrawingML
 *   text box); a Fallback is read only when there was no Choice.
 * - Tracked changes are read as if accepted: w:ins/w:moveTo text is kept
 *   and recorded, w:delText (and anything inside w:del/w:moveFrom) is left
 *   out and recorded with its position.
 */
import type { Anchor, BlockContainer, Revision } from '../../model.js';
import { CLOSE, END, OPEN, TEXT, type XmlTokenizer } from './xml-tokenizer.js';
import { changeInfo, readParaProp, readRunProp, type ChangeInfo, type ParaProps, type RunProps } from './properties.js';
import type { ResolvedParagraphStyle, StyleSheet } from './styles.js';

export interface RawRun {
  /** Range in the paragraph's raw text. */
  start: number;
  end: number;
  /** Range of the <w:r> element in the part's decoded XML. */
  xmlStart: number;
  xmlEnd: number;
}

/** The enclosing footnote/endnote/comment of a paragraph in those parts. */
export interface Story {
  element: string;
  id?: string;
  type?: string;
  author?: string;
}

/**
 * One w:p as read. A class so every paragraph shares one shape; the block
 * builder fills the last few fields in place rather than copying.
 */
export class RawParagraph {
  /** Order of the w:p's start tag among all paragraphs read in the part. */
  readonly index: number;
  story: Story | undefined;
  container: BlockContainer;
  /** Identifies the paragraph sequence it belongs to (body, one table cell, one text box). */
  containerKey: number;
  xmlStart: number;
  xmlEnd: number;
  paraId: string | undefined = undefined;
  /** Accepted text; '\n' marks a manual line break. */
  text = '';
  runs: RawRun[] = [];
  revisions: Revision[] | undefined = undefined;
  anchors: Anchor[] | undefined = undefined;
  props: ParaProps = {};
  /** The paragraph mark is a tracked deletion: on accept it merges with the next paragraph. */
  markDeleted = false;
  markSize: number | undefined = undefined;
  markBold: boolean | undefined = undefined;
  /** Offsets of explicit page breaks (w:br w:type="page"). */
  pageBreaks: number[] | undefined = undefined;
  /** Offsets of w:lastRenderedPageBreak markers. */
  renderedBreaks: number[] | undefined = undefined;
  /** Ordinal of the section this paragraph ends (its pPr holds a w:sectPr), or -1. */
  sectionEnd = -1;
  /** Characters per effective font size (half-points), parallel arrays. */
  sizes: number[] = [];
  sizeChars: number[] = [];
  boldChars = 0;
  measuredChars = 0;
  formatChange: ChangeInfo | undefined = undefined;

  // Filled by the block builder.
  /** Paragraph marks merged into this one. */
  merged = 0;
  label: string | undefined = undefined;
  /** Page at offset 0, when pages are known. */
  page: number | undefined = undefined;
  /** Page changes inside the text. */
  pageChanges: Array<{ offset: number; page: number }> | undefined = undefined;

  constructor(index: number, container: BlockContainer, containerKey: number, xmlStart: number, story: Story | undefined) {
    this.index = index;
    this.container = container;
    this.containerKey = containerKey;
    this.xmlStart = xmlStart;
    this.xmlEnd = xmlStart;
    this.story = story;
  }
}

/** Per open paragraph: the paragraph plus the state of the run being read in it. */
class ParagraphFrame {
  readonly p: RawParagraph;
  readonly parent: ParagraphFrame | null;
  inRun = false;
  runStart = 0;
  runXmlStart = 0;
  run: RunProps = {};
  runChange: ChangeInfo | undefined = undefined;
  /** The paragraph's resolved style, looked up once (w:pPr always comes before the runs). */
  paraStyle: ResolvedParagraphStyle | undefined = undefined;
  constructor(p: RawParagraph, parent: ParagraphFrame | null) {
    this.p = p;
    this.parent = parent;
  }
}

interface RevisionContext {
  author?: string;
  date?: string;
}

/** A comment range as marked by commentRangeStart/commentRangeEnd. */
interface CommentSpan {
  id: string;
  /** Paragraph (index) where the range starts, and the offset there. A start between paragraphs is offset 0 of the next one. */
  startIndex: number;
  startOffset: number;
  /** Where it ends; -1 while open. An end between paragraphs is the end of the last paragraph begun. */
  endIndex: number;
  endOffset: number;
}

/**
 * Most comment-range anchors one part may produce. A range covering n
 * paragraphs anchors in each of them; a hostile file with many long
 * ranges could otherwise multiply paragraphs by comments. Past the cap a
 * range is anchored only where it starts and where it ends.
 */
const MAX_COMMENT_ANCHORS = 100_000;

export interface WalkOptions {
  styles: StyleSheet;
  /** Elements that delimit stories in the part (w:footnote, w:endnote, w:comment). */
  storyElements?: ReadonlySet<string>;
}

export interface WalkResult {
  /** In the order the paragraphs closed; sort by index for reading order. */
  paragraphs: RawParagraph[];
  /** w:type of each section's w:sectPr, in order; the last one is the body's own. */
  sectionTypes: Array<string | undefined>;
  /** The part contains w:lastRenderedPageBreak markers (it was laid out by Word). */
  sawRenderedBreaks: boolean;
}

export function walkPart(tok: XmlTokenizer, options: WalkOptions): WalkResult {
  return new BodyWalker(tok, options).walk();
}

class BodyWalker {
  private readonly tok: XmlTokenizer;
  private readonly styles: StyleSheet;
  private readonly storyElements?: ReadonlySet<string>;
  private readonly out: RawParagraph[] = [];
  private readonly sectionTypes: Array<string | undefined> = [];
  private sawRenderedBreaks = false;

  /** The innermost open paragraph; its parent is the paragraph a text box sits in. */
  private cur: ParagraphFrame | null = null;
  private paragraphCount = 0;
  private tableDepth = 0;
  private readonly tableDepthStack: number[] = [];
  private textboxDepth = 0;
  private readonly containerKeys: number[] = [0];
  private nextContainerKey = 1;
  private readonly insStack: RevisionContext[] = [];
  private readonly delStack: RevisionContext[] = [];
  /** For each open mc:AlternateContent: whether a Choice has been read. */
  private readonly alternateContent: boolean[] = [];
  private readonly openComments = new Map<string, CommentSpan>();
  private readonly commentSpans: CommentSpan[] = [];
  private readonly rangedComments = new Set<string>();
  private story: Story | undefined;
  private storyDepth = -1;
  private sawDeletedMark = false;

  constructor(tok: XmlTokenizer, options: WalkOptions) {
    this.tok = tok;
    this.styles = options.styles;
    this.storyElements = options.storyElements;
  }

  walk(): WalkResult {
    const tok = this.tok;
    while (tok.next() !== END) {
      if (tok.kind === OPEN) this.open();
      else if (tok.kind === CLOSE) this.close();
    }
    this.anchorComments();
    return { paragraphs: this.out, sectionTypes: this.sectionTypes, sawRenderedBreaks: this.sawRenderedBreaks };
  }

  /** The current paragraph when text may be added to it (not inside a deletion). */
  private liveParagraph(): RawParagraph | null {
    return this.cur !== null && this.delStack.length === 0 ? this.cur.p : null;
  }

  private open(): void {
    const tok = this.tok;
    const frame = this.cur;
    switch (tok.name) {
      case 'w:p':
        this.openParagraph();
        return;
      case 'w:pPr':
        if (frame) this.readParagraphProps(frame.p);
        else tok.skip();
        return;
      case 'w:r':
        if (frame && !tok.selfClosing) {
          frame.inRun = true;
          frame.runStart = frame.p.text.length;
          frame.runXmlStart = tok.start;
          frame.run = {};
          frame.runChange = undefined;
        }
        return;
      case 'w:rPr':
        if (frame && frame.inRun) this.readRunProps(frame);
        else tok.skip();
        return;
      case 'w:t':
        this.readText(false);
        return;
      case 'w:delText':
        this.readText(true);
        return;
      case 'w:tab':
      case 'w:ptab':
        this.appendText('\t');
        return;
      case 'w:br': {
        if (tok.attr('w:type') === 'page') {
          const p = this.liveParagraph();
          if (p) (p.pageBreaks ??= []).push(p.text.length);
        } else {
          this.appendBreak();
        }
        return;
      }
      case 'w:cr':
        this.appendBreak();
        return;
      case 'w:sym':
        this.appendSymbol();
        return;
      case 'w:noBreakHyphen':
        this.appendText('-');
        return;
      case 'w:lastRenderedPageBreak': {
        const p = this.liveParagraph();
        if (p) {
          (p.renderedBreaks ??= []).push(p.text.length);
          this.sawRenderedBreaks = true;
        }
        return;
      }
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const p = this.liveParagraph();
        if (p) {
          const at = p.text.length;
          (p.anchors ??= []).push({ kind: tok.name === 'w:footnoteReference' ? 'footnote' : 'endnote', id: tok.attr('w:id') ?? '', start: at, end: at });
        }
        tok.skip();
        return;
      }
      case 'w:commentRangeStart':
        this.commentStart(tok.attr('w:id') ?? '');
        tok.skip();
        return;
      case 'w:commentRangeEnd':
        this.commentEnd(tok.attr('w:id') ?? '');
        tok.skip();
        return;
      case 'w:commentReference':
        this.commentReference(tok.attr('w:id') ?? '');
        tok.skip();
        return;
      case 'w:ins':
      case 'w:moveTo':
        if (!tok.selfClosing) this.insStack.push(changeInfo(tok));
        return;
      case 'w:del':
      case 'w:moveFrom':
        if (!tok.selfClosing) this.delStack.push(changeInfo(tok));
        return;
      case 'w:tbl':
        if (!tok.selfClosing) this.tableDepth++;
        return;
      case 'w:tc':
        if (!tok.selfClosing) this.containerKeys.push(this.nextContainerKey++);
        return;
      case 'w:txbxContent':
        if (!tok.selfClosing) {
          this.tableDepthStack.push(this.tableDepth);
          this.tableDepth = 0;
          this.textboxDepth++;
          this.containerKeys.push(this.nextContainerKey++);
        }
        return;
      case 'mc:AlternateContent':
        if (!tok.selfClosing) this.alternateContent.push(false);
        return;
      case 'mc:Choice': {
        const n = this.alternateContent.length;
        if (n === 0) return;
        if (this.alternateContent[n - 1]) tok.skip();
        else this.alternateContent[n - 1] = true;
        return;
      }
      case 'mc:Fallback': {
        const n = this.alternateContent.length;
        if (n > 0 && this.alternateContent[n - 1]) tok.skip();
        return;
      }
      case 'w:sectPr':
        // The body's own sectPr (section properties inside w:pPr are read there).
        if (!frame) this.sectionTypes.push(this.readSectionType());
        else tok.skip();
        return;
      case 'w:instrText':
      case 'w:delInstrText':
      case 'w:sdtPr':
      case 'w:rt':
      case 'w:tblPr':
      case 'w:tblGrid':
      case 'w:trPr':
      case 'w:tcPr':
      case 'w:fldData':
      case 'w:pPrChange':
      case 'w:rPrChange':
      case 'w:tblPrEx':
        tok.skip();
        return;
      default:
        if (this.storyElements !== undefined && !tok.selfClosing && this.storyElements.has(tok.name)) {
          const story: Story = { element: tok.name };
          const id = tok.attr('w:id');
          const type = tok.attr('w:type');
          const author = tok.attr('w:author');
          if (id !== undefined) story.id = id;
          if (type !== undefined) story.type = type;
          if (author !== undefined) story.author = author;
          this.story = story;
          this.storyDepth = tok.depth - 1;
        }
    }
  }

  private close(): void {
    const tok = this.tok;
    switch (tok.name) {
      case 'w:p':
        this.closeParagraph(tok.end);
        return;
      case 'w:r':
        if (this.cur) this.endRun(this.cur, tok.end);
        return;
      case 'w:ins':
      case 'w:moveTo':
        this.insStack.pop();
        return;
      case 'w:del':
      case 'w:moveFrom':
        this.delStack.pop();
        return;
      case 'w:tbl':
        if (this.tableDepth > 0) this.tableDepth--;
        return;
      case 'w:tc':
        if (this.containerKeys.length > 1) this.containerKeys.pop();
        return;
      case 'w:txbxContent':
        this.tableDepth = this.tableDepthStack.pop() ?? 0;
        if (this.textboxDepth > 0) this.textboxDepth--;
        if (this.containerKeys.length > 1) this.containerKeys.pop();
        return;
      case 'mc:AlternateContent':
        this.alternateContent.pop();
        return;
      default:
        if (this.story !== undefined && tok.depth === this.storyDepth && tok.name === this.story.element) {
          this.story = undefined;
          this.storyDepth = -1;
        }
    }
  }

  private openParagraph(): void {
    const tok = this.tok;
    const container: BlockContainer = this.textboxDepth > 0 ? 'textbox' : this.tableDepth > 0 ? 'table' : 'body';
    const p = new RawParagraph(this.paragraphCount++, container, this.containerKeys[this.containerKeys.length - 1], tok.start, this.story);
    const paraId = tok.attr('w14:paraId');
    if (paraId !== undefined) p.paraId = paraId;
    this.cur = new ParagraphFrame(p, this.cur);
    if (tok.selfClosing) this.closeParagraph(tok.end);
  }

  private closeParagraph(xmlEnd: number): void {
    const frame = this.cur;
    if (!frame) return;
    const p = frame.p;
    if (frame.inRun) this.endRun(frame, xmlEnd);
    p.xmlEnd = xmlEnd;
    const len = p.text.length;
    if (p.formatChange) pushRevision(p, 'format', 0, len, p.text, p.formatChange);
    if (p.revisions && p.revisions.length > 1) p.revisions.sort((a, b) => a.start - b.start);
    this.cur = frame.parent;
    if (p.markDeleted) this.sawDeletedMark = true;
    if (!this.inert(p)) this.out.push(p);
  }

  /**
   * An empty paragraph that cannot show a number, carry a page or section
   * break, or take part in a merge is dropped right away: it only counts in
   * the paragraph indexes (already done). Documents spaced with empty
   * paragraphs, or floods of them, then cost no memory.
   */
  private inert(p: RawParagraph): boolean {
    if (p.text !== '' || p.sectionEnd >= 0 || p.markDeleted || this.sawDeletedMark) return false;
    if (p.anchors || p.revisions || p.pageBreaks || p.renderedBreaks || p.props.pageBreakBefore || p.props.numId !== undefined) return false;
    const ps = this.styles.paragraph(p.props.styleId);
    return ps.numId === undefined && ps.pageBreakBefore !== true;
  }

  private readParagraphProps(p: RawParagraph): void {
    const tok = this.tok;
    if (tok.selfClosing) return;
    const stop = tok.depth - 1;
    while (tok.next() !== END) {
      if (tok.kind === CLOSE && tok.depth === stop) return;
      if (tok.kind !== OPEN) continue;
      if (readParaProp(tok, p.props)) continue;
      switch (tok.name) {
        case 'w:rPr':
          this.readParagraphMark(p);
          break;
        case 'w:sectPr':
          p.sectionEnd = this.sectionTypes.length;
          this.sectionTypes.push(this.readSectionType());
          break;
        case 'w:pPrChange':
          p.formatChange = changeInfo(tok);
          tok.skip();
          break;
        default:
          tok.skip();
      }
    }
  }

  /** w:pPr/w:rPr: the paragraph mark's run properties, including its own tracked deletion. */
  private readParagraphMark(p: RawParagraph): void {
    const tok = this.tok;
    if (tok.selfClosing) return;
    const stop = tok.depth - 1;
    const props: RunProps = {};
    while (tok.next() !== END) {
      if (tok.kind === CLOSE && tok.depth === stop) break;
      if (tok.kind !== OPEN) continue;
      if (readRunProp(tok, props)) continue;
      if (tok.name === 'w:del' || tok.name === 'w:moveFrom') p.markDeleted = true;
      tok.skip();
    }
    if (props.sz !== undefined) p.markSize = props.sz;
    if (props.b !== undefined) p.markBold = props.b;
  }

  private readRunProps(frame: ParagraphFrame): void {
    const tok = this.tok;
    if (tok.selfClosing) return;
    const stop = tok.depth - 1;
    while (tok.next() !== END) {
      if (tok.kind === CLOSE && tok.depth === stop) return;
      if (tok.kind !== OPEN) continue;
      if (readRunProp(tok, frame.run)) continue;
      if (tok.name === 'w:rPrChange') frame.runChange = changeInfo(tok);
      tok.skip();
    }
  }

  private readSectionType(): string | undefined {
    const tok = this.tok;
    if (tok.selfClosing) return undefined;
    const stop = tok.depth - 1;
    let type: string | undefined;
    while (tok.next() !== END) {
      if (tok.kind === CLOSE && tok.depth === stop) break;
      if (tok.kind !== OPEN) continue;
      if (tok.name === 'w:type') type = tok.attr('w:val');
      tok.skip();
    }
    return type;
  }

  private endRun(frame: ParagraphFrame, xmlEnd: number): void {
    // Runs can nest (w:ruby holds runs inside a run): only the innermost one, which holds the w:t, is recorded.
    if (!frame.inRun) return;
    frame.inRun = false;
    const p = frame.p;
    const start = frame.runStart;
    const end = p.text.length;
    if (end <= start) return;
    p.runs.push({ start, end, xmlStart: frame.runXmlStart, xmlEnd });
    if (frame.runChange) pushRevision(p, 'format', start, end, p.text.slice(start, end), frame.runChange);
    // Font statistics: direct formatting, then the character style, then the paragraph style.
    const run = frame.run;
    let sz = run.sz;
    let b = run.b;
    if ((sz === undefined || b === undefined) && run.rStyle !== undefined) {
      const cs = this.styles.character(run.rStyle);
      sz ??= cs.sz;
      b ??= cs.b;
    }
    if (sz === undefined || b === undefined) {
      const ps = (frame.paraStyle ??= this.styles.paragraph(p.props.styleId));
      sz ??= ps.sz;
      b ??= ps.b;
    }
    const chars = end - start;
    p.measuredChars += chars;
    if (b) p.boldChars += chars;
    if (sz !== undefined) {
      const i = p.sizes.indexOf(sz);
      if (i === -1) {
        // A handful of sizes is normal; the cap keeps a hostile paragraph from making this quadratic.
        if (p.sizes.length >= 32) return;
        p.sizes.push(sz);
        p.sizeChars.push(chars);
      } else {
        p.sizeChars[i] += chars;
      }
    }
  }

  private readText(deleted: boolean): void {
    const tok = this.tok;
    if (tok.selfClosing) return;
    const stop = tok.depth - 1;
    let str = '';
    while (tok.next() !== END) {
      if (tok.kind === TEXT) str += tok.text();
      else if (tok.kind === CLOSE && tok.depth === stop) break;
      else if (tok.kind === OPEN) tok.skip();
    }
    if (str === '') return;
    if (str.indexOf('\n') !== -1 || str.indexOf('\r') !== -1) str = str.replace(/\r\n?|\n/g, ' ');
    if (deleted) this.appendDeleted(str);
    else this.appendText(str);
  }

  private appendText(str: string): void {
    if (!this.cur) return;
    if (this.delStack.length > 0) {
      this.appendDeleted(str);
      return;
    }
    const p = this.cur.p;
    const start = p.text.length;
    p.text += str;
    const ins = this.insStack.length;
    if (ins > 0) pushRevision(p, 'insert', start, p.text.length, str, this.insStack[ins - 1]);
  }

  private appendDeleted(str: string): void {
    if (!this.cur) return;
    const p = this.cur.p;
    const del = this.delStack.length;
    const at = p.text.length;
    pushRevision(p, 'delete', at, at, str, del > 0 ? this.delStack[del - 1] : {});
  }

  private appendBreak(): void {
    const p = this.liveParagraph();
    // Not recorded as an insertion: a line break is structure, not wording.
    if (p) p.text += '\n';
  }

  private appendSymbol(): void {
    const tok = this.tok;
    const code = tok.attr('w:char');
    tok.skip();
    if (code === undefined || !/^[0-9a-fA-F]{1,6}$/.test(code)) return;
    const cp = parseInt(code, 16);
    if (cp === 0 || cp > 0x10ffff) return;
    this.appendText(String.fromCodePoint(cp));
  }

  private commentStart(id: string): void {
    const p = this.cur ? this.cur.p : null;
    const span: CommentSpan = { id, startIndex: p ? p.index : this.paragraphCount, startOffset: p ? p.text.length : 0, endIndex: -1, endOffset: 0 };
    this.openComments.set(id, span);
    this.commentSpans.push(span);
    this.rangedComments.add(id);
  }

  private commentEnd(id: string): void {
    const span = this.openComments.get(id);
    if (!span) return;
    this.openComments.delete(id);
    if (this.cur) {
      span.endIndex = this.cur.p.index;
      span.endOffset = this.cur.p.text.length;
    } else {
      // Between paragraphs: the range covers the last paragraph begun, to its end.
      span.endIndex = this.paragraphCount - 1;
      span.endOffset = Number.POSITIVE_INFINITY;
    }
  }

  /** A comment with no range is anchored where its reference mark is. */
  private commentReference(id: string): void {
    if (!this.cur || this.rangedComments.has(id)) return;
    const p = this.cur.p;
    const at = p.text.length;
    (p.anchors ??= []).push({ kind: 'comment', id, start: at, end: at });
  }

  /** Turn comment spans into per-paragraph anchors, once every paragraph's text is final. */
  private anchorComments(): void {
    if (this.commentSpans.length === 0) return;
    const byIndex: Array<RawParagraph | undefined> = [];
    for (const p of this.out) byIndex[p.index] = p;
    let budget = MAX_COMMENT_ANCHORS;
    const anchor = (index: number, start: number, end: number, id: string): void => {
      const p = byIndex[index];
      if (!p) return;
      const len = p.text.length;
      (p.anchors ??= []).push({ kind: 'comment', id, start: Math.min(start, len), end: Math.min(end, len) });
      budget--;
    };
    for (const c of this.commentSpans) {
      // A range that never ends is anchored in its first paragraph only.
      const last = c.endIndex < 0 ? c.startIndex : c.endIndex;
      if (last < c.startIndex) continue;
      if (last === c.startIndex) {
        anchor(c.startIndex, c.startOffset, c.endIndex < 0 ? Number.POSITIVE_INFINITY : c.endOffset, c.id);
        continue;
      }
      anchor(c.startIndex, c.startOffset, Number.POSITIVE_INFINITY, c.id);
      if (budget > last - c.startIndex) for (let i = c.startIndex + 1; i < last; i++) anchor(i, 0, Number.POSITIVE_INFINITY, c.id);
      anchor(last, 0, c.endOffset, c.id);
    }
    for (const p of this.out) if (p.anchors && p.anchors.length > 1) p.anchors.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

function pushRevision(p: RawParagraph, type: Revision['type'], start: number, end: number, text: string, info: RevisionContext): void {
  const revisions = (p.revisions ??= []);
  const last = revisions[revisions.length - 1];
  // Word writes one w:ins/w:del (or rPrChange) per run; contiguous pieces of the same change are one revision.
  if (last && last.type === type && last.author === info.author && last.date === info.date) {
    if (type === 'delete' && last.start === start) {
      last.text += text;
      return;
    }
    if (type !== 'delete' && last.end === start) {
      last.end = end;
      last.text += text;
      return;
    }
  }
  const rev: Revision = { type, start, end, text };
  if (info.author !== undefined) rev.author = info.author;
  if (info.date !== undefined) rev.date = info.date;
  revisions.push(rev);
}
