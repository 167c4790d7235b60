/**
 * Text of one page (or template page) content: every TextObject's
 * TextCodes placed glyph by glyph (GB/T 33190 §11: X/Y is the first
 * glyph's baseline origin, DeltaX/DeltaY the steps to each next glyph,
 * "g n v" repeating v n times), through the object's CTM and Boundary into
 * page coordinates (millimetres, origin top left, y down).
 *
 * OFD has no page rotation: a landscape page made from a rotated source
 * draws all its text with a quarter-turn CTM. Each TextCode therefore
 * records its quarter turn, and the page is read in the turn most of its
 * characters use; text in other turns (seals, stamps, margin notes) is
 * counted and left out, as the PDF reader does.
 */
import { CLOSE, END, OPEN, type XmlTokenizer } from '../docx/xml-tokenizer.js';
import { isWide } from '../pdf/lines.js';
import { elementText, localName, parseBox, type Box } from './package.js';

export interface PlacedGlyph {
  ch: string;
  /** Baseline origin on the page, millimetres. */
  x: number;
  y: number;
}

export interface PlacedText {
  /** Quarter turns of the baseline, clockwise: 0 reads left to right. */
  turn: 0 | 1 | 2 | 3;
  /** Em size on the page, millimetres. */
  size: number;
  /** Advance of a full-width glyph along the baseline, millimetres (for the last glyph's width). */
  em: number;
  glyphs: PlacedGlyph[];
}

export interface PageContent {
  texts: PlacedText[];
  /** Text objects left out: not on a quarter turn, mirrored, or set vertically. */
  skipped: number;
  /** The page's own PhysicalBox, when it has one. */
  box?: Box;
  /** Template pages the page draws on, by id. */
  templates: string[];
}

/** Most glyphs one TextCode may place; a longer DeltaX expansion is a hostile file. */
const MAX_GLYPHS = 1_000_000;

export function readContent(tok: XmlTokenizer): PageContent {
  const content: PageContent = { texts: [], skipped: 0, templates: [] };
  let inArea = false;
  while (tok.next() !== END) {
    const name = localName(tok.name);
    if (tok.kind === CLOSE) {
      if (name === 'Area') inArea = false;
      continue;
    }
    if (tok.kind !== OPEN) continue;
    if (name === 'Area' && !tok.selfClosing) inArea = true;
    else if (name === 'PhysicalBox' && inArea && content.box === undefined) content.box = parseBox(elementText(tok));
    else if (name === 'Template') {
      const id = tok.attr('TemplateID');
      if (id !== undefined) content.templates.push(id);
    } else if (name === 'TextObject') readTextObject(tok, content);
  }
  return content;
}

function numbers(text: string | undefined, count: number): number[] | undefined {
  if (text === undefined) return undefined;
  const v = text
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return v.length === count && v.every(Number.isFinite) ? v : undefined;
}

function readTextObject(tok: XmlTokenizer, content: PageContent): void {
  const boundary = parseBox(tok.attr('Boundary')) ?? { x: 0, y: 0, width: 0, height: 0 };
  const ctm = numbers(tok.attr('CTM'), 6) ?? [1, 0, 0, 1, 0, 0];
  const size = Number(tok.attr('Size') ?? '');
  const hScale = Number(tok.attr('HScale') ?? '1');
  const readDirection = Number(tok.attr('ReadDirection') ?? '0');
  const charDirection = Number(tok.attr('CharDirection') ?? '0');
  const [a, b, c, d, e, f] = ctm;
  const turn = quarterTurn(a, b, c, d);
  const usable = turn !== undefined && size > 0 && (readDirection || 0) === 0 && (charDirection || 0) === 0;
  if (tok.selfClosing) return;
  const stop = tok.depth - 1;
  const xScale = Math.hypot(a, b);
  const ySize = size * Math.hypot(c, d);
  const emAdvance = size * (Number.isFinite(hScale) && hScale > 0 ? hScale : 1);
  let nextX = 0;
  let nextY = 0;
  let skippedHere = false;
  while (tok.next() !== END) {
    if (tok.kind === CLOSE && tok.depth === stop) break;
    if (tok.kind !== OPEN) continue;
    if (localName(tok.name) !== 'TextCode') {
      tok.skip();
      continue;
    }
    const x0 = tok.attr('X');
    const y0 = tok.attr('Y');
    const deltaX = tok.attr('DeltaX');
    const deltaY = tok.attr('DeltaY');
    const text = elementText(tok);
    // A step per gap between glyphs at most: "g 1000000000 5" costs no more than the text it spaces.
    const steps = Math.min(MAX_GLYPHS, [...text].length);
    const dxs = expandDeltas(deltaX, steps);
    const dys = expandDeltas(deltaY, steps);
    if (!usable) {
      if (/\S/.test(text)) skippedHere = true;
      continue;
    }
    let x = x0 !== undefined && Number.isFinite(Number(x0)) ? Number(x0) : nextX;
    let y = y0 !== undefined && Number.isFinite(Number(y0)) ? Number(y0) : nextY;
    const glyphs: PlacedGlyph[] = [];
    let i = 0;
    let down = 0;
    for (const ch of text) {
      if (glyphs.length >= MAX_GLYPHS) break;
      glyphs.push({ ch, x: boundary.x + a * x + c * y + e, y: boundary.y + b * x + d * y + f });
      // Without a DeltaX the font's advance is used: a full em for CJK, about half for the rest.
      const dx = dxs?.[i] ?? emAdvance * (isWide(ch.codePointAt(0) ?? 0) ? 1 : 0.5);
      const dy = dys?.[i] ?? 0;
      if (Math.abs(dy) > Math.abs(dx)) down++;
      x += dx;
      y += dy;
      i++;
    }
    nextX = x;
    nextY = y;
    // Text set vertically glyph by glyph through DeltaY (a column down a form's margin) is vertical text.
    if (glyphs.length > 2 && down > (glyphs.length - 1) / 2) {
      skippedHere = true;
      continue;
    }
    if (glyphs.length > 0) content.texts.push({ turn: turn!, size: ySize, em: emAdvance * xScale, glyphs });
  }
  if (skippedHere) content.skipped++;
}

/** The CTM's quarter turn (clockwise, y down), or undefined when it is skewed, mirrored or degenerate. */
function quarterTurn(a: number, b: number, c: number, d: number): 0 | 1 | 2 | 3 | undefined {
  const det = a * d - b * c;
  if (!(det > 0)) return undefined;
  const scale = Math.max(Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(d));
  const small = (v: number): boolean => Math.abs(v) <= 0.05 * scale;
  if (small(b) && small(c)) return a > 0 ? 0 : 2;
  if (small(a) && small(d)) return b > 0 ? 1 : 3;
  return undefined;
}

/** DeltaX/DeltaY: numbers, with "g n v" for n repeats of v. */
export function expandDeltas(text: string | undefined, max = MAX_GLYPHS): number[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const tokens = text.trim().split(/[\s,]+/);
  const out: number[] = [];
  for (let i = 0; i < tokens.length && out.length < max; i++) {
    if (tokens[i] === 'g') {
      const n = Math.min(Math.floor(Number(tokens[i + 1])), max - out.length);
      const v = Number(tokens[i + 2]);
      if (!(n >= 0) || !Number.isFinite(v)) return out;
      for (let k = 0; k < n; k++) out.push(v);
      i += 2;
      continue;
    }
    const v = Number(tokens[i]);
    if (!Number.isFinite(v)) return out;
    out.push(v);
  }
  return out;
}
