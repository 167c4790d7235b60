/**
 * Runs and paragraphs as the writer needs them: a run's text read the way
 * the .docx reader reads it (so offsets agree), a run split at text offsets
 * with markup inserted at the cuts, and the children of a paragraph (where
 * a comment reference run may go).
 */
import { decodePieces, localNameIn, scan } from './xml-scan.js';

interface Piece {
  text: string;
  start: number;
  end: number;
}

type Child = { kind: 'text'; start: number; end: number; name: string; pieces: Piece[] } | { kind: 'atom'; start: number; end: number; text: string };

export interface RunLayout {
  start: number;
  end: number;
  /** The run's start tag, as written. */
  openTag: string;
  closeTag: string;
  /** The run's properties element, copied into every piece of a split. */
  rPr: string;
  children: Child[];
  /** The run's text as the .docx reader reads it. */
  text: string;
}

function attr(tag: string, local: string): string | undefined {
  const m = new RegExp(`\\s(?:[\\w.-]+:)?${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Reader rule: line breaks inside w:t become one space each (CRLF counts once). */
function normaliseBreaks(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.text === '\r' && pieces[i + 1]?.text === '\n') {
      out.push({ text: ' ', start: p.start, end: pieces[i + 1].end });
      i++;
    } else if (p.text === '\r' || p.text === '\n') out.push({ ...p, text: ' ' });
    else out.push(p);
  }
  return out;
}

/**
 * Read one w:r element ([start, end) in xml). Returns undefined for shapes
 * the writer will not split (then comments attach at run boundaries).
 */
export function parseRun(xml: string, start: number, end: number, prefix: string): RunLayout | undefined {
  const tokens = [...scan(xml, start, end)];
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || first.kind !== 'open' || localNameIn(first.name, prefix) !== 'r') return undefined;
  if (!last || last.kind !== 'close' || last.end !== end) return undefined;
  const layout: RunLayout = {
    start,
    end,
    openTag: xml.slice(first.start, first.end),
    closeTag: xml.slice(last.start, last.end),
    rPr: '',
    children: [],
    text: '',
  };
  let i = 1;
  while (i < tokens.length - 1) {
    const t = tokens[i];
    if (t.kind === 'text') {
      if (/\S/.test(xml.slice(t.start, t.end))) return undefined; // stray text directly in a run
      layout.children.push({ kind: 'atom', start: t.start, end: t.end, text: '' });
      i++;
      continue;
    }
    if (t.kind === 'close') return undefined;
    // Find the end of this child element.
    let j = i;
    if (t.kind === 'open') {
      let depth = 0;
      for (; j < tokens.length - 1; j++) {
        const u = tokens[j];
        if (u.kind === 'open') depth++;
        else if (u.kind === 'close' && --depth === 0) break;
      }
      if (j >= tokens.length - 1) return undefined;
    }
    const childEnd = tokens[j].end;
    const local = localNameIn(t.name, prefix);
    const tag = xml.slice(t.start, t.end);
    if (local === 'rPr') {
      if (layout.children.length > 0) return undefined;
      layout.rPr = xml.slice(t.start, childEnd);
      i = j + 1;
      continue;
    }
    let text = '';
    if (local === 't') {
      const pieces: Piece[] = [];
      for (let k = i + 1; k < j; k++) {
        const u = tokens[k];
        if (u.kind !== 'text') return undefined;
        pieces.push(...decodePieces(xml, u.start, u.end, u.cdata));
      }
      const normalised = normaliseBreaks(pieces);
      layout.children.push({ kind: 'text', start: t.start, end: childEnd, name: t.name, pieces: normalised });
      layout.text += normalised.map((p) => p.text).join('');
      i = j + 1;
      continue;
    }
    if (local === 'tab' || local === 'ptab') text = '\t';
    else if (local === 'br') text = attr(tag, 'type') === 'page' ? '' : '\n';
    else if (local === 'cr') text = '\n';
    else if (local === 'noBreakHyphen') text = '-';
    else if (local === 'sym') {
      const code = attr(tag, 'char');
      const cp = code && /^[0-9a-fA-F]{1,6}$/.test(code) ? parseInt(code, 16) : 0;
      text = cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    layout.children.push({ kind: 'atom', start: t.start, end: childEnd, text });
    layout.text += text;
    i = j + 1;
  }
  return layout;
}

/**
 * Where the part of a run that belongs to one block starts in the run's
 * own text. A run holding a manual line break is shared by the blocks on
 * either side; its slice for a later block starts after a '\n'.
 */
export function sliceStart(runText: string, slice: string): number | undefined {
  if (runText.startsWith(slice, 0)) return 0;
  for (let i = runText.indexOf('\n'); i >= 0; i = runText.indexOf('\n', i + 1)) {
    if (runText.startsWith(slice, i + 1)) return i + 1;
  }
  return undefined;
}

/**
 * The run rewritten as several runs, cut at the given offsets of its text
 * (0 < cut < text length), with markup inserted at each cut. Every piece
 * keeps the run's start tag and properties, so formatting is unchanged.
 */
export function splitRun(xml: string, run: RunLayout, cuts: Map<number, string>): string {
  const offsets = [...cuts.keys()].filter((c) => c > 0 && c < run.text.length).sort((a, b) => a - b);
  let out = '';
  let segment = '';
  let acc = 0;
  let next = 0;
  const flush = (): void => {
    out += `${run.openTag}${run.rPr}${segment}${run.closeTag}`;
    segment = '';
  };
  const cutHere = (): void => {
    flush();
    out += cuts.get(offsets[next])!;
    next++;
  };
  for (const child of run.children) {
    if (child.kind === 'atom') {
      // A child with text moves to the next segment once the cut before it is reached.
      while (next < offsets.length && child.text.length > 0 && acc >= offsets[next]) cutHere();
      segment += xml.slice(child.start, child.end);
      acc += child.text.length;
      continue;
    }
    let piece = '';
    const open = `<${child.name} xml:space="preserve">`;
    const close = `</${child.name}>`;
    for (const p of child.pieces) {
      if (next < offsets.length && acc >= offsets[next]) {
        if (piece) segment += `${open}${piece}${close}`;
        piece = '';
        while (next < offsets.length && acc >= offsets[next]) cutHere();
      }
      piece += xml.slice(p.start, p.end);
      acc += p.text.length;
    }
    if (piece || child.pieces.length === 0) segment += `${open}${piece}${close}`;
  }
  while (next < offsets.length) cutHere();
  flush();
  return out;
}

/** Children of paragraphs in a stretch of XML: where markup at paragraph level may go. */
export class ParagraphMap {
  private readonly paragraphs: Array<{ start: number; end: number }> = [];
  private readonly children: Array<{ start: number; end: number; parent: number }> = [];

  constructor(xml: string, start: number, end: number, prefix: string) {
    const stack: Array<{ start: number; paragraph: number; parent: number }> = [];
    for (const t of scan(xml, start, end)) {
      if (t.kind === 'text') continue;
      if (t.kind === 'close') {
        const e = stack.pop();
        if (!e) continue;
        if (e.parent >= 0) this.children.push({ start: e.start, end: t.end, parent: e.parent });
        if (e.paragraph >= 0) this.paragraphs[e.paragraph].end = t.end;
        continue;
      }
      const top = stack[stack.length - 1];
      const parent = top && top.paragraph >= 0 ? top.paragraph : -1;
      const isP = localNameIn(t.name, prefix) === 'p';
      if (t.kind === 'empty') {
        if (parent >= 0) this.children.push({ start: t.start, end: t.end, parent });
        if (isP) this.paragraphs.push({ start: t.start, end: t.end });
        continue;
      }
      let paragraph = -1;
      if (isP) {
        paragraph = this.paragraphs.length;
        this.paragraphs.push({ start: t.start, end });
      }
      stack.push({ start: t.start, paragraph, parent });
    }
  }

  /**
   * A position at paragraph level at or after pos: pos itself when it is
   * directly in a paragraph, else the end of the paragraph child (hyperlink,
   * tracked insertion, content control…) that contains it. `exclude` is a
   * range not to count as a container (a run being split).
   */
  paragraphLevel(pos: number, exclude?: { start: number; end: number }): number {
    // The innermost paragraph containing pos (text-box paragraphs nest inside a run of another).
    let p = -1;
    for (let i = 0; i < this.paragraphs.length; i++) {
      const r = this.paragraphs[i];
      if (r.start < pos && pos < r.end && (p < 0 || r.start >= this.paragraphs[p].start)) p = i;
    }
    if (p < 0) return pos;
    let best: { start: number; end: number } | undefined;
    for (const c of this.children) {
      if (c.parent !== p || !(c.start < pos && pos < c.end)) continue;
      if (exclude && c.start === exclude.start && c.end === exclude.end) continue;
      if (!best || c.end - c.start < best.end - best.start) best = c;
    }
    return best ? best.end : pos;
  }
}

/**
 * Just inside a paragraph, after its properties: where a range goes in a
 * paragraph without runs. -1 for an empty element (<w:p/>).
 */
export function paragraphContentStart(xml: string, pStart: number, pEnd: number, prefix: string): number {
  let depth = 0;
  for (const t of scan(xml, pStart, pEnd)) {
    if (t.kind === 'text') continue;
    if (depth === 0) {
      if (t.kind !== 'open') return -1;
      depth = 1;
      continue;
    }
    if (depth === 1) {
      if (t.kind === 'close') return t.start;
      if (localNameIn(t.name, prefix) !== 'pPr') return t.start;
      if (t.kind === 'empty') continue;
      depth = 2;
      continue;
    }
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close') {
      depth--;
      if (depth === 1) {
        // End of pPr: content starts here.
        return t.end;
      }
    }
  }
  return -1;
}
