/**
 * Rebuilding paragraphs from lines.
 *
 * A PDF only has lines. A line continues the paragraph above it when that
 * line ran to the right edge and nothing says a new paragraph begins: a
 * structural marker (第X条, 一、, （一）…), a first-line indent, a wider gap
 * than the line pitch, a change of font size, a centred line, a table row.
 * Headers and footers must be gone first so that a paragraph can run on
 * across a page break.
 */
import type { Block, SourceSegment } from '../../model.js';
import { isWide, lastCodePoint, type TextLine } from './lines.js';
import { sameSize, type Layout } from './layout.js';

const CN_NUM = '[一二三四五六七八九十百千零〇两0-9０-９]+';
/** Always open a paragraph: numbered units followed by a space, notice outline levels 一、 and （一）. */
const STRONG_MARKER = new RegExp(`^(?:第${CN_NUM}(?:条|章|节|编|部分)(?:\\s|$)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])`);
/**
 * Open a paragraph when the line above ended a sentence: these also occur
 * inside running text after a line wrap ("依照本办法\n第三条规定", "增长\n1.5倍").
 */
const WEAK_MARKER = new RegExp(`^(?:第${CN_NUM}(?:条|章|节|编)|[0-9０-９]{1,2}[.．、](?![0-9０-９])|[（(][0-9０-９]{1,2}[）)]|[①-⑳]|附件|附：|抄送|主送|印发)`);
/** A signature date on a line of its own: 2024年12月31日, 二〇二四年十二月三十一日. */
const DATE_LINE = /^[0-9０-９〇○零一二三四五六七八九十Ｏ]{2,4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日$/;
/** Chinese typesetting never starts a line with closing punctuation nor ends one with an opening bracket or quote. */
const NO_LINE_START = /^[，。、；：！？）》」』”’〕】%,.;:!?)\]]/;
const NO_LINE_END = /[（《「『“‘〔【(\[]$/;
/** Characters a paragraph (or an item) usually ends with; closing quotes and brackets are looked through. */
const SENTENCE_END = /[。！？；：…!?;:]$/;
const CLOSERS = /[”’」』）)】〕\]]+$/;

export interface LineFeatures {
  full: boolean;
  nearlyFull: boolean;
  centred: boolean;
  /** Ends at or a few characters short of the right margin while starting far from the left one (dates, signatures). */
  rightAligned: boolean;
  /** First-line indent in ems of the body size. */
  indent: number;
}

export function lineFeatures(line: TextLine, layout: Layout): LineFeatures {
  const { left, right, bodySize } = layout;
  const leftOff = line.x - left;
  const rightOff = right - line.right;
  const em = line.size;
  const full = rightOff <= 0.5 * em;
  const nearlyFull = rightOff <= 1.5 * em;
  const centred =
    !full &&
    leftOff > 0.5 * em &&
    Math.abs(leftOff - rightOff) <= Math.max(1.2 * em, 0.02 * (right - left)) &&
    (leftOff >= 2.5 * bodySize || line.size > bodySize + 0.75);
  // GB/T 9704 sets the signature and date "右空四字": flush right or a few characters in from the edge.
  const rightAligned = !full && !centred && leftOff >= 4 * bodySize && rightOff <= 6 * em && leftOff > rightOff + 2 * em;
  return { full, nearlyFull, centred, rightAligned, indent: leftOff / bodySize };
}

function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(CLOSERS, ''));
}

export interface ParagraphLine {
  line: TextLine;
  /** 1-based line number among the body lines of its page. */
  lineNo: number;
  features: LineFeatures;
  layout: Layout;
}

/**
 * Whether `cur` opens a new paragraph after `prev`. `prevOpened` tells
 * whether `prev` itself opened its paragraph (a first line).
 */
export function opensParagraph(prevLine: ParagraphLine | undefined, curLine: ParagraphLine, prevOpened: boolean): boolean {
  if (!prevLine) return true;
  const prev = prevLine.line;
  const cur = curLine.line;
  if (cur.page !== prev.page && cur.page !== prev.page + 1) return true;
  if (prev.tabular || cur.tabular) return true;
  const text = cur.text;
  if (STRONG_MARKER.test(text) || DATE_LINE.test(text)) return true;
  if (!sameSize(prev.size, cur.size)) return true;
  const { bodySize, pitch } = curLine.layout;
  const samePage = cur.page === prev.page;
  const gap = cur.y - prev.y;
  // A heading larger than the body runs over several lines, centred or not.
  if (cur.size > bodySize + 0.75) {
    return !(samePage && gap <= 1.8 * cur.size);
  }
  const pf = prevLine.features;
  const cf = curLine.features;
  if (cf.centred || pf.centred || pf.rightAligned || cf.rightAligned) return true;
  // Whatever the line lengths say (a line pushed short by these very rules): the sentence goes on.
  if (NO_LINE_START.test(text) || NO_LINE_END.test(prev.text)) return false;
  if (samePage && gap > 1.4 * pitch * (cur.size / bodySize)) return true;
  if (cf.indent >= 0.8) {
    // A paragraph indented as a whole (a quotation, a list) keeps its lines
    // at one x. After a full first line at the usual first-line indent,
    // though, the same x means the next paragraph.
    const sameX = Math.abs(cur.x - prev.x) < 0.3 * cur.size;
    const usualIndent = Math.abs(cf.indent - curLine.layout.indent) <= 0.5;
    const blockIndented = sameX && pf.full && (!prevOpened || !usualIndent);
    if (!blockIndented) return true;
  }
  const prevEnds = endsSentence(prev.text);
  if (prevEnds && WEAK_MARKER.test(text)) return true;
  if (pf.full) return false;
  // Word pushes a character that may not start a line (，。）) down, leaving the line one em short.
  if (pf.nearlyFull && !prevEnds) return false;
  return true;
}

/** Join two lines of one paragraph: nothing between CJK, a space between Latin words. */
function joiner(before: string, after: string): string {
  const a = lastCodePoint(before);
  const b = after.codePointAt(0) ?? 0;
  if (isWide(a) || isWide(b)) return '';
  const asciiWord = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (before.endsWith('-')) return '';
  return asciiWord(b) && (asciiWord(a) || /[,.;:!?)]/.test(String.fromCodePoint(a))) ? ' ' : '';
}

export function buildBlocks(lines: readonly ParagraphLine[]): Block[] {
  const blocks: Block[] = [];
  let group: ParagraphLine[] = [];
  let prev: ParagraphLine | undefined;
  let prevOpened = true;
  const flush = (): void => {
    if (group.length > 0) blocks.push(makeBlock(group, blocks.length));
    group = [];
  };
  for (const line of lines) {
    const opens = opensParagraph(prev, line, prevOpened);
    if (opens) flush();
    group.push(line);
    prevOpened = opens;
    prev = line;
  }
  flush();
  return blocks;
}

function makeBlock(lines: readonly ParagraphLine[], index: number): Block {
  const first = lines[0];
  let text = '';
  const segments: SourceSegment[] = [];
  for (const { line, lineNo } of lines) {
    if (text.length > 0) text += joiner(text, line.text);
    segments.push({ offset: text.length, page: line.page, line: lineNo });
    text += line.text;
  }
  const f = first.features;
  const size = first.line.size;
  const heading = size > first.layout.bodySize + 0.75;
  const centred = f.centred || (heading && lines.length > 1 && lines[lines.length - 1].features.centred);
  const style: Block['style'] = { fontSize: size };
  if (centred) style.alignment = 'center';
  else if (f.rightAligned) style.alignment = 'right';
  else style.indent = Math.max(0, Math.round(f.indent * 2) / 2);
  const block: Block = {
    index,
    text,
    container: 'body',
    style,
    source: { paragraph: index, page: first.line.page, line: first.lineNo },
  };
  if (segments.length > 1) block.source.segments = segments;
  return block;
}
