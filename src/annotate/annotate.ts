/**
 * Write findings into a copy of a .docx as Word comments (批注).
 *
 * Each comment is anchored on the text its finding concerns: the reader
 * left on every block the XML range of each run that contributed text
 * (block.origin), so a span of block text maps to run boundaries; where a
 * span starts or ends inside a run, the run is split there (each piece
 * keeps the run's properties). A finding about something absent (a
 * zero-length span) is anchored on its article's label, or on the whole
 * paragraph when the label is Word's automatic numbering.
 *
 * Only the main part, the comments part, [Content_Types].xml and the main
 * part's relationships are rewritten, each by inserting text; every other
 * entry of the package is copied raw (see zip.ts). Existing comments are
 * kept, and new ids continue after the highest id in use.
 */
import type { Block, LegalDocument, SourceDocument, Span } from '../document/model.js';
import { decodeXml, type DocxOrigin, type DocxRunOrigin } from '../document/readers/docx/index.js';
import { articleAt, blockAt } from '../document/structure/locate.js';
import { sourceColumn, visibleColumn } from '../document/visible-text.js';
import type { Finding } from '../engine/types.js';
import { HrssError } from '../errors.js';
import { SEVERITY_LABEL } from '../report/labels.js';
import { quoteTitle } from '../report/opinion/model.js';
import {
  COMMENTS_CONTENT_TYPE,
  commentIds,
  commentsPart,
  ensureCommentsRelationship,
  ensureOverride,
  isStrict,
  newContentTypes,
  qname,
  relsPartOf,
  wordPrefix,
  type CommentSpec,
} from './parts.js';
import { ParagraphMap, paragraphContentStart, parseRun, sliceStart, splitRun, type RunLayout } from './runs.js';
import { localNameIn, scan } from './xml-scan.js';
import { rewriteZip, ZipPackage } from './zip.js';

type RunOrigin = DocxRunOrigin;
type Origin = DocxOrigin;

/** The reader's DocxOrigin, checked structurally (Block.origin is typed unknown on purpose). */
function originOf(block: Block | undefined): Origin | undefined {
  const o = block?.origin as Partial<Origin> | undefined;
  if (!o || typeof o.part !== 'string' || typeof o.xmlStart !== 'number' || typeof o.xmlEnd !== 'number' || !Array.isArray(o.runs)) return undefined;
  return o as Origin;
}

export interface AnnotateOptions {
  author: string;
  initials: string;
  /** ISO 8601 date-time for the comments, without milliseconds. */
  date: string;
  /** Largest decompressed size accepted for the parts read (limits.maxEntryBytes). */
  maxPartBytes: number;
  /** Largest annotated file written (limits.maxFileBytes); unbounded when absent. */
  maxOutputBytes?: number;
}

/** Where one comment went, in the reader's terms (block index and block-text offsets). */
export interface Placement {
  finding: Finding;
  id: number;
  /**
   * The text is in a text box. Word and LibreOffice do not keep comments
   * inside text boxes, so the comment is anchored on the text box itself
   * (the run that holds it in the body); start/end still name the text.
   */
  inTextBox: boolean;
  startBlock: number;
  start: number;
  endBlock: number;
  end: number;
}

export interface AnnotateResult {
  data: Uint8Array;
  placements: Placement[];
}

/** A block and a [start, end) range of its text (end may be in a later block). */
interface Target {
  startBlock: number;
  start: number;
  endBlock: number;
  end: number;
}

/** A point in the main part: at a position, or inside a run at an offset of the run's own text. */
type Point = { kind: 'at'; pos: number } | { kind: 'in'; run: RunOrigin; offset: number };

function hasOrigin(source: SourceDocument, i: number): boolean {
  return !!originOf(source.blocks[i]);
}

/** The whole of a block (its paragraph when it has no text). */
function wholeBlock(source: SourceDocument, i: number): Target {
  const len = source.blocks[i]?.text.length ?? 0;
  return { startBlock: i, start: 0, endBlock: i, end: len };
}

/** The text the reader returned, invisible characters included: the runs' offsets count in it. */
function readerSource(doc: LegalDocument): SourceDocument {
  return doc.formatCharacters?.source ?? doc.source;
}

/** A span of LegalDocument.text (visible text) as block-text offsets of the reader's text. */
function fromSpan(doc: LegalDocument, span: Span): Target {
  const startBlock = blockAt(doc, span.start);
  const endBlock = blockAt(doc, Math.max(span.start, span.end - 1));
  const hidden = doc.formatCharacters;
  const source = readerSource(doc);
  return {
    startBlock,
    start: sourceColumn(hidden, startBlock, span.start - doc.blockStarts[startBlock], 'start'),
    endBlock,
    end: Math.min(source.blocks[endBlock].text.length, sourceColumn(hidden, endBlock, span.end - doc.blockStarts[endBlock], 'end')),
  };
}

/** What a finding's comment covers. */
export function targetOf(f: Finding, doc: LegalDocument): Target {
  const source = readerSource(doc);
  const last = source.blocks.length - 1;
  const startBlock = Math.min(Math.max(0, f.location.line - 1), last);
  const endBlock = Math.min(Math.max(startBlock, f.location.endLine - 1), last);
  const start = Math.min(f.location.column - 1, source.blocks[startBlock].text.length);
  const end = Math.min(f.location.endColumn - 1, source.blocks[endBlock].text.length);
  let t: Target = { startBlock, start, endBlock, end };
  if (startBlock === endBlock && end <= start) {
    // Something absent: its article's label, or the paragraph.
    const offset = doc.blockStarts[startBlock] + visibleColumn(doc.formatCharacters, startBlock, start);
    const article = articleAt(doc, offset);
    if (article && article.labelSpan.end > article.labelSpan.start) t = fromSpan(doc, article.labelSpan);
    else if (article) t = wholeBlock(source, blockAt(doc, article.span.start));
    else t = wholeBlock(source, startBlock);
  }
  // A block without origin, or an empty range in an empty paragraph: fall back to the title, then the first block that has runs.
  if (!hasOrigin(source, t.startBlock) || !hasOrigin(source, t.endBlock)) {
    const title = doc.header.title ? fromSpan(doc, doc.header.title.span) : undefined;
    if (title && hasOrigin(source, title.startBlock) && hasOrigin(source, title.endBlock)) t = title;
    else {
      const i = source.blocks.findIndex((b) => (originOf(b)?.runs.length ?? 0) > 0);
      if (i < 0) throw new HrssError('E_DOCX_NO_BODY', '文档正文中没有可以挂批注的文字');
      t = wholeBlock(source, i);
    }
  }
  return t;
}

/** The comment's text: problem, basis, suggestion, the higher provisions, and which rule said so. */
export function commentParagraphs(f: Finding): string[] {
  const out = [`【${SEVERITY_LABEL[f.severity]}】${f.message}`];
  if (f.basis) out.push(`依据：${f.basis}`);
  if (f.suggestion) out.push(`修改建议：${f.suggestion}`);
  for (const r of f.related) {
    const lines = r.text.split(/\r\n?|\n/);
    out.push(`相关规定：${quoteTitle(r.title)}${r.article ?? ''}：${lines[0]}`, ...lines.slice(1));
  }
  out.push(`（${f.location.address}；规则 ${f.ruleId}）`);
  return out;
}

/** Initials for a comment author: the first two characters of a Chinese name, else the capitals of the words. */
export function initialsOf(author: string): string {
  const name = author.trim();
  if (/[\u3400-\u9fff]/.test(name)) return [...name].slice(0, 2).join('');
  const caps = name
    .split(/[\s._-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase())
    .join('');
  return caps.slice(0, 4) || '审核';
}

class MainPartEditor {
  private readonly runLayouts = new Map<number, RunLayout | null>();
  private readonly paragraphMaps = new Map<number, ParagraphMap>();
  /** Zero-width insertions: position → [rank, seq, text]. */
  private readonly inserts: Array<{ pos: number; rank: number; seq: number; text: string }> = [];
  /** Cuts inside runs: run xmlStart → run-text offset → [rank, seq, text]. */
  private readonly cuts = new Map<number, { run: RunOrigin; at: Map<number, Array<{ rank: number; seq: number; text: string }>> }>();
  private seq = 0;

  constructor(
    readonly xml: string,
    readonly prefix: string,
  ) {}

  private holders: Array<{ start: number; end: number; holder: { start: number; end: number } }> | undefined;

  /**
   * The element in a body paragraph that holds the text box a paragraph is
   * in (the run with the drawing or VML shape), found by one scan of the part.
   */
  textBoxHolder(paragraphStart: number): { start: number; end: number } | undefined {
    if (!this.holders) {
      this.holders = [];
      type Entry = { start: number; end: number; isP: boolean; txbx: boolean };
      const stack: Entry[] = [];
      const open: Array<{ p: Entry; holder: Entry }> = [];
      for (const t of scan(this.xml)) {
        if (t.kind === 'text') continue;
        if (t.kind === 'close') {
          const e = stack.pop();
          if (e) e.end = t.end;
          continue;
        }
        const local = localNameIn(t.name, this.prefix);
        const entry: Entry = { start: t.start, end: t.end, isP: local === 'p', txbx: local === 'txbxContent' };
        if (entry.isP && stack.some((x) => x.txbx)) {
          // The outermost paragraph not inside any text box, and its child on the way down.
          const firstBox = stack.findIndex((x) => x.txbx);
          let outer = -1;
          for (let i = firstBox - 1; i >= 0; i--)
            if (stack[i].isP) {
              outer = i;
              break;
            }
          if (outer >= 0 && outer + 1 < stack.length) open.push({ p: entry, holder: stack[outer + 1] });
        }
        if (t.kind === 'open') stack.push(entry);
      }
      this.holders = open.map(({ p, holder }) => ({ start: p.start, end: p.end, holder: { start: holder.start, end: holder.end } }));
    }
    return this.holders.find((h) => h.start === paragraphStart)?.holder;
  }

  layout(run: RunOrigin): RunLayout | null {
    let l = this.runLayouts.get(run.xmlStart);
    if (l === undefined) {
      l = parseRun(this.xml, run.xmlStart, run.xmlEnd, this.prefix) ?? null;
      this.runLayouts.set(run.xmlStart, l);
    }
    return l;
  }

  paragraphs(origin: Origin): ParagraphMap {
    let m = this.paragraphMaps.get(origin.xmlStart);
    if (!m) {
      m = new ParagraphMap(this.xml, origin.xmlStart, origin.xmlEnd, this.prefix);
      this.paragraphMaps.set(origin.xmlStart, m);
    }
    return m;
  }

  /** A point for a block-text offset; `edge` says whether it opens or closes a range (which run it belongs to at a boundary). */
  point(block: Block, origin: Origin, offset: number, edge: 'start' | 'end'): Point {
    const runs = origin.runs;
    if (runs.length === 0) {
      const inside = paragraphContentStart(this.xml, origin.xmlStart, origin.xmlEnd, this.prefix);
      if (inside < 0) throw new HrssError('E_XML_MALFORMED', '无法在空段落中插入批注');
      return { kind: 'at', pos: inside };
    }
    const run = edge === 'start' ? runs.find((r) => r.end > offset) : [...runs].reverse().find((r) => r.start < offset);
    if (!run) return { kind: 'at', pos: edge === 'start' ? runs[runs.length - 1].xmlEnd : runs[0].xmlStart };
    if (edge === 'start' && offset <= run.start) return { kind: 'at', pos: run.xmlStart };
    if (edge === 'end' && offset >= run.end) return { kind: 'at', pos: run.xmlEnd };
    // Inside the run: split it, if its text reads as the reader read it.
    const layout = this.layout(run);
    const slice = block.text.slice(run.start, run.end);
    const shift = layout ? sliceStart(layout.text, slice) : undefined;
    if (!layout || shift === undefined) return { kind: 'at', pos: edge === 'start' ? run.xmlStart : run.xmlEnd };
    return { kind: 'in', run, offset: shift + (offset - run.start) };
  }

  private add(point: Point, rank: number, text: string): void {
    const seq = this.seq++;
    if (point.kind === 'at') {
      this.inserts.push({ pos: point.pos, rank, seq, text });
      return;
    }
    let c = this.cuts.get(point.run.xmlStart);
    if (!c) this.cuts.set(point.run.xmlStart, (c = { run: point.run, at: new Map() }));
    const list = c.at.get(point.offset) ?? [];
    list.push({ rank, seq, text });
    c.at.set(point.offset, list);
  }

  /** Range marks and the reference run for one comment. */
  mark(id: number, start: Point, end: Point, endOrigin: Origin | undefined): void {
    const w = (local: string): string => qname(this.prefix, local);
    const startMark = `<${w('commentRangeStart')} ${w('id')}="${id}"/>`;
    const endMark = `<${w('commentRangeEnd')} ${w('id')}="${id}"/>`;
    const ref = `<${w('r')}><${w('commentReference')} ${w('id')}="${id}"/></${w('r')}>`;
    if (start.kind === 'at' && end.kind === 'at' && start.pos === end.pos) {
      // An empty range (a numbered paragraph without text): start, end and reference together, in that order.
      const pos = endOrigin ? this.paragraphs(endOrigin).paragraphLevel(end.pos) : end.pos;
      if (pos === end.pos) this.add(end, 1, startMark + endMark + ref);
      else {
        this.add(end, 1, startMark + endMark);
        this.add({ kind: 'at', pos }, 1, ref);
      }
      return;
    }
    this.add(start, 2, startMark);
    this.add(end, 0, endMark);
    // The reference run goes right after the range end when that is directly in the paragraph;
    // inside a hyperlink, tracked insertion or content control it goes after that element.
    if (!endOrigin) {
      this.add(end, 1, ref);
      return;
    }
    const map = this.paragraphs(endOrigin);
    if (end.kind === 'at') {
      const pos = map.paragraphLevel(end.pos);
      this.add(pos === end.pos ? end : { kind: 'at', pos }, 1, ref);
    } else {
      const pos = map.paragraphLevel(end.run.xmlStart + 1, { start: end.run.xmlStart, end: end.run.xmlEnd });
      this.add(pos === end.run.xmlStart + 1 ? end : { kind: 'at', pos }, 1, ref);
    }
  }

  result(): string {
    const edits: Array<{ start: number; end: number; text: string; order: number }> = [];
    const byOrder = (a: { rank: number; seq: number }, b: { rank: number; seq: number }): number => a.rank - b.rank || a.seq - b.seq;
    const grouped = new Map<number, Array<{ rank: number; seq: number; text: string }>>();
    for (const i of this.inserts) {
      const list = grouped.get(i.pos) ?? [];
      list.push(i);
      grouped.set(i.pos, list);
    }
    for (const [pos, list] of grouped)
      edits.push({
        start: pos,
        end: pos,
        text: list
          .sort(byOrder)
          .map((x) => x.text)
          .join(''),
        order: 0,
      });
    for (const { run, at } of this.cuts.values()) {
      const layout = this.layout(run)!;
      const marks = new Map<number, string>();
      for (const [offset, list] of at)
        marks.set(
          offset,
          list
            .sort(byOrder)
            .map((x) => x.text)
            .join(''),
        );
      edits.push({ start: run.xmlStart, end: run.xmlEnd, text: splitRun(this.xml, layout, marks), order: 1 });
    }
    edits.sort((a, b) => a.start - b.start || a.order - b.order);
    let out = '';
    let p = 0;
    for (const e of edits) {
      if (e.start < p) throw new Error('overlapping edits in the main part');
      out += this.xml.slice(p, e.start) + e.text;
      p = e.end;
    }
    return out + this.xml.slice(p);
  }
}

/** UTF-8 bytes of a rewritten part; a declaration naming another encoding is corrected. */
function encodePart(text: string, hadBom: boolean): Uint8Array {
  const fixed = text.replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])/, '$1UTF-8$2');
  const bytes = new TextEncoder().encode(fixed);
  if (!hadBom) return bytes;
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
}

function readPart(pkg: ZipPackage, name: string, max: number): { text: string; bom: boolean } | undefined {
  const bytes = pkg.read(name, max);
  if (!bytes) return undefined;
  return { text: decodeXml(bytes).text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
}

/**
 * Annotate a .docx: `data` is the file the document was read from, `doc`
 * its LegalDocument (whose source blocks carry the docx origins).
 */
export function annotateDocx(data: Uint8Array, doc: LegalDocument, findings: Finding[], options: AnnotateOptions, now: Date = new Date()): AnnotateResult {
  const source = readerSource(doc);
  const mainPart = source.blocks.map(originOf).find((o) => o !== undefined)?.part;
  if (!mainPart) throw new HrssError('E_DOCX_NO_BODY', '文档正文中没有可以挂批注的文字');
  const pkg = new ZipPackage(data);
  const main = readPart(pkg, mainPart, options.maxPartBytes);
  if (!main) throw new HrssError('E_DOCX_NO_BODY', `.docx 中缺少正文部件 ${mainPart}`);
  const prefix = wordPrefix(main.text) ?? 'w';

  const relsName = relsPartOf(mainPart);
  const rels = readPart(pkg, relsName, options.maxPartBytes);
  const rel = ensureCommentsRelationship(rels?.text, mainPart, isStrict(main.text));
  const existingComments = readPart(pkg, rel.part, options.maxPartBytes);
  const used = [...commentIds(main.text, prefix), ...(existingComments ? commentIds(existingComments.text, wordPrefix(existingComments.text) ?? 'w') : [])];
  let nextId = used.length > 0 ? Math.max(...used) + 1 : 0;

  const editor = new MainPartEditor(main.text, prefix);
  const placements: Placement[] = [];
  const specs: CommentSpec[] = [];
  for (const f of findings) {
    const t = targetOf(f, doc);
    const startBlock = source.blocks[t.startBlock];
    const endBlock = source.blocks[t.endBlock];
    const startOrigin = originOf(startBlock)!;
    const endOrigin = originOf(endBlock)!;
    const id = nextId++;
    const paragraphs = commentParagraphs(f);
    const boxed = startBlock.container === 'textbox' ? startOrigin : endBlock.container === 'textbox' ? endOrigin : undefined;
    const holder = boxed ? editor.textBoxHolder(boxed.xmlStart) : undefined;
    if (holder) {
      editor.mark(id, { kind: 'at', pos: holder.start }, { kind: 'at', pos: holder.end }, undefined);
      paragraphs.push('（问题文字在文本框中，批注挂在该文本框上。）');
      specs.push({ id, author: options.author, initials: options.initials, date: options.date, paragraphs });
      placements.push({ finding: f, id, inTextBox: true, ...t });
      continue;
    }
    // An empty range (a block without text) covers its paragraph's content.
    let start = editor.point(startBlock, startOrigin, t.start, 'start');
    let end = editor.point(endBlock, endOrigin, t.end, 'end');
    if (t.startBlock === t.endBlock && t.end <= t.start) {
      const whole = wholeBlock(source, t.startBlock);
      start = editor.point(startBlock, startOrigin, whole.start, 'start');
      end = editor.point(endBlock, endOrigin, Math.max(whole.end, whole.start), 'end');
    }
    editor.mark(id, start, end, endOrigin);
    specs.push({ id, author: options.author, initials: options.initials, date: options.date, paragraphs });
    placements.push({ finding: f, id, inTextBox: false, ...t });
  }

  const changes = new Map<string, Uint8Array>();
  if (specs.length > 0) {
    changes.set(mainPart, encodePart(editor.result(), main.bom));
    changes.set(rel.part, encodePart(commentsPart(existingComments?.text, specs), existingComments?.bom ?? false));
    if (rel.changed) changes.set(relsName, encodePart(rel.xml, rels?.bom ?? false));
    const types = readPart(pkg, '[Content_Types].xml', options.maxPartBytes);
    const typesXml = ensureOverride(types?.text ?? newContentTypes(), `/${rel.part}`, COMMENTS_CONTENT_TYPE);
    if (typesXml !== types?.text) changes.set('[Content_Types].xml', encodePart(typesXml, types?.bom ?? false));
  }
  return { data: changes.size > 0 ? rewriteZip(pkg, changes, now, options.maxOutputBytes) : data.slice(), placements };
}
