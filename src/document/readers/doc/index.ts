/**
 * The Word 97–2003 binary reader (.doc, and .wps files WPS saves in that
 * format): SheetJS cfb opens the OLE container; the FIB, piece table,
 * paragraph and character properties, style sheet and list tables are read
 * here and translated into the .docx reader's paragraph model, so the same
 * block builder and numbering engine render automatic numbers (第一条) as
 * labels, accept tracked changes and estimate pages from explicit breaks.
 */
import { HrssError, isHrssError } from '../../../errors.js';
import type { Anchor, ReaderNote, SideStream, SourceDocument } from '../../model.js';
import { assembleBlocks } from '../docx/blocks.js';
import type { RawParagraph } from '../docx/body-walker.js';
import type { Reader, ReadOptions } from '../reader.js';
import { Bytes, docCorrupt } from './bytes.js';
import { notWordDocument, openCompoundFile } from './container.js';
import { FC, readFib, type Fib } from './fib.js';
import { readChpxRuns, readPapxRuns } from './fkp.js';
import { readLists } from './lists.js';
import { readPieceTable } from './pieces.js';
import { operandU8, SPRM, sprms } from './sprm.js';
import { walkStory, type StoryContext } from './story.js';
import { readStyles } from './stylesheet.js';

export const readDoc: Reader = async (data: Uint8Array, options: ReadOptions): Promise<SourceDocument> => readDocSync(data, options);

export function readDocSync(data: Uint8Array, options: ReadOptions): SourceDocument {
  try {
    return read(data, options);
  } catch (e) {
    if (isHrssError(e)) throw e;
    if (e instanceof RangeError) throw new HrssError('E_OUT_OF_MEMORY', '处理该 Word 97-2003 文件时内存不足或数据过大', { cause: e });
    throw new HrssError('E_INTERNAL', '读取 Word 97-2003 文件时发生内部错误', { cause: e });
  }
}

function read(data: Uint8Array, options: ReadOptions): SourceDocument {
  const file = openCompoundFile(data);
  const word = file.stream('WordDocument');
  if (!word) throw notWordDocument(file, extensionOf(options.path));
  const fib = readFib(word);
  const table = file.stream(fib.tableStream);
  if (!table) throw docCorrupt(`缺少表格流 ${fib.tableStream}`);
  const clx = fib.table(FC.clx);
  if (!clx) throw docCorrupt('缺少片段表（Clx）');
  const { pieces, grpprls } = readPieceTable(table, clx.fc, clx.lcb, word);
  const { ccp } = fib;
  const storyEnd = pieces.length > 0 ? pieces[pieces.length - 1].cpEnd : 0;
  if (ccp.text > storyEnd) throw docCorrupt('正文长度超出片段表的范围');

  const papxAt = fib.table(FC.plcfBtePapx);
  const chpxAt = fib.table(FC.plcfBteChpx);
  const styles = readStyles(table, fib.table(FC.stshf));
  const notes: ReaderNote[] = [];
  let numbering;
  try {
    numbering = readLists(table, fib.table(FC.plfLst), fib.table(FC.plfLfo));
  } catch (e) {
    if (!isHrssError(e) || e.code !== 'E_DOC_CORRUPT') throw e;
    notes.push({ code: 'PART_DAMAGED', message: '文档中的列表定义（自动编号“第X条”“一、”等）已损坏，已跳过，自动编号无法还原，正文照常审核。' });
    numbering = readLists(table, undefined, undefined);
  }
  const sections = readSections(table, word, fib);
  const ctx: StoryContext = {
    word,
    pieces,
    pieceGrpprls: grpprls,
    papx: papxAt ? readPapxRuns(table, papxAt.fc, papxAt.lcb, word) : [],
    chpx: chpxAt ? readChpxRuns(table, chpxAt.fc, chpxAt.lcb, word) : [],
    styles,
    authors: readRevisionAuthors(table, fib),
    sectionMarks: sections.marks,
    references: readReferences(table, fib),
  };

  const paragraphs = placeTextBoxes(walkStory(ctx, 0, ccp.text), readTextBoxes(ctx, table, fib));
  const assembled = assembleBlocks(paragraphs, { styles, numbering, part: 'WordDocument', sectionTypes: sections.types, sawRenderedBreaks: false });
  // Block origins point into OOXML for the .docx writer; a .doc has none to offer.
  for (const b of assembled.blocks) delete b.origin;

  const c = assembled.counts;
  if (c.insert + c.delete + c.format + c.merged > 0) {
    let detail = `插入 ${c.insert} 处、删除 ${c.delete} 处`;
    if (c.merged > 0) detail += `、段落合并 ${c.merged} 处`;
    notes.unshift({ code: 'TRACKED_CHANGES', message: `文档含有修订痕迹（${detail}），已按“接受全部修订”后的文本审核。` });
  }
  notes.push(...assembled.notes);

  const doc: SourceDocument = { format: 'doc', blocks: assembled.blocks, streams: readSideStreams(ctx, table, fib), notes };
  if (assembled.pages !== undefined) doc.pages = assembled.pages;
  return doc;
}

interface TextBox {
  /** CP of the shape's anchor in the main text. */
  anchor: number;
  paragraphs: RawParagraph[];
}

/**
 * Text boxes live in their own story; each is tied to a shape (FTXBXS.lid =
 * FSPA.spid) anchored at a CP of the main text. Their paragraphs go after
 * the paragraph holding the anchor, as the .docx reader places a box's
 * paragraphs after the paragraph whose run contains it.
 */
function readTextBoxes(ctx: StoryContext, table: Bytes, fib: Fib): TextBox[] {
  const { ccp } = fib;
  if (ccp.txbx === 0) return [];
  const base = ccp.text + ccp.ftn + ccp.hdd + ccp.atn + ccp.edn;
  const stories = readPlc(table, fib.table(FC.plcftxbxTxt), 22);
  const shapes = readPlc(table, fib.table(FC.plcSpaMom), 26);
  const anchorOf = new Map<number, number>();
  shapes.data.forEach((at, i) => anchorOf.set(table.i32(at), shapes.cps[i]));
  const boxes: TextBox[] = [];
  for (let i = 0; i + 1 < stories.cps.length && i < stories.data.length; i++) {
    const anchor = anchorOf.get(table.i32(stories.data[i] + 14));
    const start = base + stories.cps[i];
    const end = base + Math.min(stories.cps[i + 1], ccp.txbx);
    if (anchor === undefined || end <= start) continue;
    const paragraphs = walkStory(ctx, start, end).filter((p) => /\S/.test(p.text));
    for (const p of paragraphs) {
      p.container = 'textbox';
      p.containerKey = -1 - i;
    }
    if (paragraphs.length > 0) boxes.push({ anchor, paragraphs });
  }
  return boxes;
}

function placeTextBoxes(main: RawParagraph[], boxes: TextBox[]): RawParagraph[] {
  if (boxes.length === 0) return main;
  const out: RawParagraph[] = [];
  let b = 0;
  const sorted = [...boxes].sort((x, y) => x.anchor - y.anchor);
  for (const p of main) {
    out.push(p);
    while (b < sorted.length && sorted[b].anchor < p.xmlEnd) out.push(...sorted[b++].paragraphs);
  }
  while (b < sorted.length) out.push(...sorted[b++].paragraphs);
  // Paragraph numbers follow reading order, as in the .docx reader.
  out.forEach((p, i) => Object.assign(p, { index: i }));
  return out;
}

function extensionOf(path: string | undefined): string {
  const m = /\.[^./\\]+$/.exec(path ?? '');
  return m ? m[0].toLowerCase() : '';
}

/** A PLC ([MS-DOC] 2.2.2): n+1 CPs then n data items of a fixed size. */
function readPlc(table: Bytes, at: { fc: number; lcb: number } | undefined, dataSize: number): { cps: number[]; data: number[] } {
  if (!at || at.lcb < 4 || (at.lcb - 4) % (4 + dataSize) !== 0) return { cps: [], data: [] };
  table.check(at.fc, at.lcb, '索引表');
  const n = (at.lcb - 4) / (4 + dataSize);
  const cps: number[] = [];
  for (let i = 0; i <= n; i++) cps.push(table.u32(at.fc + i * 4));
  const data: number[] = [];
  for (let i = 0; i < n; i++) data.push(at.fc + (n + 1) * 4 + i * dataSize);
  return { cps, data };
}

const BREAK_TYPES = ['continuous', 'nextColumn', 'nextPage', 'evenPage', 'oddPage'];

/** Section boundaries (the CP of each section mark) and how each section starts (sprmSBkc; a new page by default). */
function readSections(table: Bytes, word: Bytes, fib: Fib): { marks: Map<number, number>; types: Array<string | undefined> } {
  const { cps, data } = readPlc(table, fib.table(FC.plcfSed), 12);
  const marks = new Map<number, number>();
  const types: Array<string | undefined> = [];
  for (let i = 0; i < data.length; i++) {
    if (i < data.length - 1) marks.set(cps[i + 1] - 1, i);
    let type = 'nextPage';
    const fcSepx = table.i32(data[i] + 2);
    if (fcSepx >= 0 && word.has(fcSepx, 2)) {
      const cb = word.i16(fcSepx);
      if (cb > 0 && word.has(fcSepx + 2, cb)) {
        const grpprl = word.slice(fcSepx + 2, cb, '节属性');
        for (const s of sprms(grpprl)) if (s.sprm === SPRM.S_BKC) type = BREAK_TYPES[operandU8(grpprl, s)] ?? 'nextPage';
      }
    }
    types.push(type);
  }
  return { marks, types };
}

/** An STTB of strings ([MS-DOC] 2.2.4), extra data skipped. */
function readSttb(table: Bytes, at: { fc: number; lcb: number } | undefined): string[] {
  if (!at || !table.has(at.fc, at.lcb) || at.lcb < 6) return [];
  const extended = table.u16(at.fc) === 0xffff;
  if (!extended) return [];
  const count = table.u16(at.fc + 2);
  const cbExtra = table.u16(at.fc + 4);
  const out: string[] = [];
  let p = at.fc + 6;
  const end = at.fc + at.lcb;
  for (let i = 0; i < count && p + 2 <= end; i++) {
    const cch = table.u16(p);
    if (p + 2 + cch * 2 > end) break;
    out.push(table.utf16(p + 2, cch, '字符串表'));
    p += 2 + cch * 2 + cbExtra;
  }
  return out;
}

function readRevisionAuthors(table: Bytes, fib: Fib): string[] {
  return readSttb(table, fib.table(FC.sttbfRMark));
}

/** Reference marks of footnotes, endnotes and comments in the main text, as anchors numbered like their notes. */
function readReferences(table: Bytes, fib: Fib): Map<number, Omit<Anchor, 'start' | 'end'>> {
  const refs = new Map<number, Omit<Anchor, 'start' | 'end'>>();
  const add = (index: number, size: number, kind: Anchor['kind']): void => {
    const { cps, data } = readPlc(table, fib.table(index), size);
    for (let i = 0; i < data.length; i++) if (!refs.has(cps[i])) refs.set(cps[i], { kind, id: String(i + 1) });
  };
  add(FC.plcffndRef, 2, 'footnote');
  add(FC.plcfendRef, 2, 'endnote');
  add(FC.plcfandRef, 30, 'comment');
  return refs;
}

/** Header story kinds, after the six separator stories: even/odd header, even/odd footer, first header/footer. */
const HEADER_KINDS: Array<'header' | 'footer'> = ['header', 'header', 'footer', 'footer', 'header', 'footer'];

function readSideStreams(ctx: StoryContext, table: Bytes, fib: Fib): SideStream[] {
  const { ccp } = fib;
  const streams: SideStream[] = [];
  const storyText = (start: number, end: number): string =>
    walkStory(ctx, start, end)
      .map((p) => p.text)
      .filter((t) => /\S/.test(t))
      .join('\n')
      .trim();
  const notesOf = (index: number, base: number, length: number, kind: SideStream['kind'], authorOf?: (i: number) => string | undefined): void => {
    const { cps } = readPlc(table, fib.table(index), 0);
    for (let i = 0; i + 1 < cps.length; i++) {
      const start = base + cps[i];
      const end = base + Math.min(cps[i + 1], length);
      if (end <= start) continue;
      const text = storyText(start, end);
      if (text === '') continue;
      const stream: SideStream = { kind, id: String(i + 1), text };
      const author = authorOf?.(i);
      if (author) stream.author = author;
      streams.push(stream);
    }
  };
  const ftnBase = ccp.text;
  const hddBase = ftnBase + ccp.ftn;
  const atnBase = hddBase + ccp.hdd;
  const ednBase = atnBase + ccp.atn;

  const hdd = readPlc(table, fib.table(FC.plcfHdd), 0).cps;
  const seen = new Set<string>();
  for (let i = 6; i + 1 < hdd.length; i++) {
    const start = hddBase + hdd[i];
    const end = hddBase + Math.min(hdd[i + 1], ccp.hdd);
    if (end <= start) continue;
    const kind = HEADER_KINDS[(i - 6) % 6];
    const text = storyText(start, end);
    // Sections repeat the headers of the section before; one stream per distinct text.
    if (text === '' || seen.has(`${kind}:${text}`)) continue;
    seen.add(`${kind}:${text}`);
    streams.push({ kind, id: `${kind}${Math.floor((i - 6) / 6) + 1}`, text });
  }
  notesOf(FC.plcffndTxt, ftnBase, ccp.ftn, 'footnote');
  notesOf(FC.plcfendTxt, ednBase, ccp.edn, 'endnote');
  const owners = readCommentOwners(table, fib);
  notesOf(FC.plcfandTxt, atnBase, ccp.atn, 'comment', (i) => owners[i]);
  return streams;
}

/** Each comment's author: ATRDPre10.ibst indexes the list of comment owners. */
function readCommentOwners(table: Bytes, fib: Fib): Array<string | undefined> {
  const names: string[] = [];
  const grp = fib.table(FC.grpXstAtnOwners);
  if (grp && table.has(grp.fc, grp.lcb)) {
    let p = grp.fc;
    const end = grp.fc + grp.lcb;
    while (p + 2 <= end) {
      const cch = table.u16(p);
      if (p + 2 + cch * 2 > end) break;
      names.push(table.utf16(p + 2, cch, '批注作者'));
      p += 2 + cch * 2;
    }
  }
  const { data } = readPlc(table, fib.table(FC.plcfandRef), 30);
  return data.map((at) => names[table.i16(at + 20)]);
}
