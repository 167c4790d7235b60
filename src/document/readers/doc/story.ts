/**
 * Walks a range of CPs (one story: the main text, a footnote, a header…)
 * and produces paragraphs in the .docx reader's raw model, with Word's
 * special characters resolved:
 *
 * - 0x0D ends a paragraph, 0x07 ends a table cell (and, with the row-end
 *   property, a row: that mark is no text and is dropped), 0x0C at the end
 *   of a section ends the paragraph and the section, elsewhere it is a page
 *   break; 0x0B is a manual line break ('\n', split into blocks later).
 * - Fields: the code between 0x13 and 0x14 is skipped, the result between
 *   0x14 and 0x15 is kept (as the .docx reader keeps w:t and skips
 *   w:instrText).
 * - Tracked changes are read as if accepted: text marked deleted is left
 *   out and recorded, inserted text is kept and recorded; a deleted
 *   paragraph mark merges the paragraph with the next one.
 * - Objects, note and comment reference marks and other control characters
 *   are not text; note and comment references become anchors.
 */
import type { Anchor, Revision } from '../../model.js';
import { RawParagraph } from '../docx/body-walker.js';
import type { StyleSheet } from '../docx/styles.js';
import type { Bytes } from './bytes.js';
import { findRun, firstRunAfter, type PropertyRun } from './fkp.js';
import { fcOf, pieceText, type Piece } from './pieces.js';
import { dttmToIso, paraProps, runProps, type DocParaProps, type DocRunProps } from './properties.js';

export interface StoryContext {
  word: Bytes;
  pieces: Piece[];
  /** grpprls of complex piece modifiers (Prm with fComplex). */
  pieceGrpprls: Uint8Array[];
  papx: PropertyRun[];
  chpx: PropertyRun[];
  styles: StyleSheet;
  /** Revision authors, by index. */
  authors: string[];
  /** CP of the last character of each section but the last, in order. */
  sectionMarks: Map<number, number>;
  /** CPs of footnote, endnote and comment reference marks with their anchor. */
  references: Map<number, Omit<Anchor, 'start' | 'end'>>;
}

const CR = 0x0d;
const CELL = 0x07;
const PAGE = 0x0c;
const LINE_BREAK = 0x0b;
const TAB = 0x09;
const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;
const NB_HYPHEN = 0x1e;

interface FieldState {
  inResult: boolean;
}

/** Paragraphs of a story, in order. Table row-end marks are dropped; everything else is kept, even empty. */
export function walkStory(ctx: StoryContext, cpStart: number, cpEnd: number, firstIndex = 0): RawParagraph[] {
  const out: RawParagraph[] = [];
  const papxCache = new Map<number, DocParaProps>();
  const chpxCache = new Map<number, DocRunProps>();
  const fields: FieldState[] = [];
  let containerKey = 0;
  let inCell = false;
  let p = new RawParagraph(firstIndex, 'body', 0, cpStart, undefined);
  // Direct character formatting per visible character, resolved against the paragraph style at its end.
  let formats = new Map<string, number>();
  let openRevision: Revision | undefined;

  const propsAt = (fc: number): DocParaProps => {
    const i = findRun(ctx.papx, fc);
    const cached = papxCache.get(i);
    if (cached) return cached;
    const run = i >= 0 ? ctx.papx[i] : undefined;
    const props = run ? paraProps(run.grpprl, { styleId: String(run.istd) }) : { styleId: '0' };
    papxCache.set(i, props);
    return props;
  };

  const finish = (cp: number, fc: number, piece: Piece, mark: DocRunProps, kind: 'paragraph' | 'cell' | 'section'): void => {
    let props = propsAt(fc);
    const extra = pieceParagraphSprms(ctx, piece);
    if (extra) props = paraProps(extra, { ...props });
    closeRevision();
    p.xmlEnd = cp + 1;
    const { rowEnd, inTable, ...docxProps } = props;
    p.props = docxProps;
    p.markDeleted = mark.deleted === true;
    if (mark.sz !== undefined) p.markSize = mark.sz;
    if (mark.b !== undefined) p.markBold = mark.b;
    resolveFormats(p, formats, ctx.styles);
    const section = ctx.sectionMarks.get(cp);
    if (section !== undefined) p.sectionEnd = section;
    const cell = inTable === true || kind === 'cell';
    if (cell && !inCell) containerKey++;
    inCell = cell;
    p.container = cell ? 'table' : 'body';
    p.containerKey = cell ? containerKey : 0;
    if (!rowEnd) out.push(p);
    // A cell mark closes the cell: the next cell's paragraphs are another sequence.
    if (kind === 'cell') {
      containerKey++;
      inCell = false;
    }
    p = new RawParagraph(firstIndex + out.length, 'body', 0, cp + 1, undefined);
    formats = new Map();
  };

  const closeRevision = (): void => {
    if (openRevision) (p.revisions ??= []).push(openRevision);
    openRevision = undefined;
  };

  const revise = (type: 'insert' | 'delete', text: string, chp: DocRunProps): void => {
    const at = p.text.length;
    const author = chp.author !== undefined ? ctx.authors[chp.author] : undefined;
    const date = dttmToIso(chp.dttm);
    if (openRevision && openRevision.type === type && openRevision.author === author && openRevision.end === (type === 'delete' ? at : at - text.length)) {
      openRevision.text += text;
      if (type === 'insert') openRevision.end = at;
      return;
    }
    closeRevision();
    const r: Revision = type === 'delete' ? { type, start: at, end: at, text } : { type, start: at - text.length, end: at, text };
    if (author !== undefined) r.author = author;
    if (date !== undefined) r.date = date;
    openRevision = r;
  };

  for (const piece of ctx.pieces) {
    if (piece.cpEnd <= cpStart) continue;
    if (piece.cpStart >= cpEnd) break;
    const a = Math.max(cpStart, piece.cpStart);
    const b = Math.min(cpEnd, piece.cpEnd);
    const pieceChp = pieceRunProps(ctx, piece);
    const unit = piece.compressed ? 1 : 2;
    let cp = a;
    let r = firstRunAfter(ctx.chpx, fcOf(piece, a));
    while (cp < b) {
      const fc = fcOf(piece, cp);
      while (r < ctx.chpx.length && ctx.chpx[r].fcEnd <= fc) r++;
      const run = r < ctx.chpx.length && ctx.chpx[r].fcStart <= fc ? ctx.chpx[r] : undefined;
      // Up to the end of this character run, or to the next run when between runs.
      let segEnd = b;
      if (run) segEnd = Math.min(b, cp + Math.ceil((run.fcEnd - fc) / unit));
      else if (r < ctx.chpx.length) segEnd = Math.min(b, cp + Math.max(1, Math.ceil((ctx.chpx[r].fcStart - fc) / unit)));
      let chp: DocRunProps = {};
      if (run) {
        let cached = chpxCache.get(r);
        if (!cached) chpxCache.set(r, (cached = runProps(run.grpprl)));
        chp = cached;
      }
      if (pieceChp) chp = { ...chp, ...pieceChp };
      const text = pieceText(ctx.word, piece, cp, segEnd);
      // One formatting key per segment; visible characters are counted against it.
      const formatKey = `${chp.sz ?? ''}|${chp.boldToggle ?? ''}|${chp.istd ?? ''}`;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const at = cp + i;
        if (code === CR || code === CELL || (code === PAGE && ctx.sectionMarks.has(at))) {
          if (chp.deleted && code !== PAGE) {
            // A deleted paragraph mark: the paragraph runs on into the next one once accepted.
            finish(at, fcOf(piece, at), piece, chp, code === CELL ? 'cell' : 'paragraph');
          } else {
            finish(at, fcOf(piece, at), piece, chp, code === CELL ? 'cell' : code === PAGE ? 'section' : 'paragraph');
          }
          continue;
        }
        if (code === FIELD_BEGIN) {
          fields.push({ inResult: false });
          continue;
        }
        if (code === FIELD_SEPARATOR) {
          if (fields.length > 0) fields[fields.length - 1].inResult = true;
          continue;
        }
        if (code === FIELD_END) {
          fields.pop();
          continue;
        }
        if (fields.length > 0 && fields.some((f) => !f.inResult)) continue;
        const ref = ctx.references.get(at);
        if (ref) {
          const off = p.text.length;
          (p.anchors ??= []).push({ ...ref, start: off, end: off });
          continue;
        }
        if (code === PAGE) {
          if (!chp.deleted) (p.pageBreaks ??= []).push(p.text.length);
          continue;
        }
        let ch: string;
        if (code === LINE_BREAK) ch = '\n';
        else if (code === TAB) ch = '\t';
        else if (code === NB_HYPHEN) ch = '-';
        else if (code < 0x20) continue;
        else ch = text[i];
        if (chp.deleted) {
          revise('delete', ch, chp);
          continue;
        }
        p.text += ch;
        if (chp.inserted) revise('insert', ch, chp);
        else if (openRevision) closeRevision();
        if (ch !== '\n' && ch !== '\t' && ch !== ' ' && ch !== '\u3000') formats.set(formatKey, (formats.get(formatKey) ?? 0) + 1);
      }
      cp = segEnd;
    }
  }
  // Text after the last paragraph mark (a story should not have any): kept as a last paragraph.
  if (p.text !== '' || p.revisions || openRevision) {
    closeRevision();
    p.xmlEnd = cpEnd;
    resolveFormats(p, formats, ctx.styles);
    out.push(p);
  }
  return out;
}

/** Character sprms a fast-saved piece applies to all its characters. */
function pieceRunProps(ctx: StoryContext, piece: Piece): DocRunProps | undefined {
  const grpprl = complexGrpprl(ctx, piece);
  if (!grpprl) return undefined;
  const chp = runProps(grpprl);
  return Object.keys(chp).length > 0 ? chp : undefined;
}

function pieceParagraphSprms(ctx: StoryContext, piece: Piece): Uint8Array | undefined {
  return complexGrpprl(ctx, piece);
}

function complexGrpprl(ctx: StoryContext, piece: Piece): Uint8Array | undefined {
  if ((piece.prm & 1) === 0) return undefined;
  return ctx.pieceGrpprls[piece.prm >> 1];
}

/** Fill the paragraph's size and bold counts from the direct formatting seen, against its style. */
function resolveFormats(p: RawParagraph, formats: Map<string, number>, styles: StyleSheet): void {
  const ps = styles.paragraph(p.props.styleId);
  for (const [key, count] of formats) {
    const [szText, boldText, istdText] = key.split('|');
    const charStyle = istdText !== '' ? styles.character(istdText) : undefined;
    const sz = szText !== '' ? Number(szText) : (charStyle?.sz ?? ps.sz);
    const styleBold = charStyle?.b ?? ps.b ?? false;
    const toggle = boldText === '' ? undefined : Number(boldText);
    const bold = toggle === undefined || toggle === 0x80 ? styleBold : toggle === 0x81 ? !styleBold : toggle === 1;
    if (sz !== undefined) {
      const j = p.sizes.indexOf(sz);
      if (j === -1) {
        p.sizes.push(sz);
        p.sizeChars.push(count);
      } else {
        p.sizeChars[j] += count;
      }
    }
    p.measuredChars += count;
    if (bold) p.boldChars += count;
  }
}
