/**
 * Page geometry measured from the text itself: body font size, the left and
 * right edges of the text block, and the line pitch. PDFs carry no margins or
 * paragraph marks, so every paragraph decision is made against these.
 */
import type { TextLine } from './lines.js';

export interface Layout {
  /** Most common font size, by characters. */
  bodySize: number;
  /** Left edge of body lines (where continuation lines start). */
  left: number;
  /** Right edge that full body lines reach. */
  right: number;
  /** Typical baseline distance of consecutive body lines. */
  pitch: number;
  /** Most common first-line indent in ems (GB/T 9704: 2), for telling it from a paragraph indented as a whole. */
  indent: number;
}

export function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.75;
}

export function bodyFontSize(lines: readonly TextLine[]): number {
  const weight = new Map<number, number>();
  let best = 0;
  let bestWeight = -1;
  for (const l of lines) {
    const w = (weight.get(l.size) ?? 0) + l.text.length;
    weight.set(l.size, w);
    if (w > bestWeight) {
      bestWeight = w;
      best = l.size;
    }
  }
  return best || 12;
}

/**
 * Margins of one page shape (pages of the same width share them, so a page
 * holding only a title or a few indented lines still gets the right edges).
 */
export function measureLayout(pages: readonly TextLine[][], bodySize: number, pageWidth: number): Layout {
  const body: TextLine[] = [];
  for (const lines of pages) for (const l of lines) if (!l.tabular && sameSize(l.size, bodySize)) body.push(l);
  const minCount = Math.max(2, Math.ceil(body.length * 0.05));

  // Left: the leftmost edge shared by enough lines (one stray outdented line does not move it).
  const xs = body.map((l) => l.x).sort((a, b) => a - b);
  let left = xs.length > 0 ? xs[0] : 0;
  for (let i = 0, j = 0; i < xs.length; i++) {
    while (j < xs.length && xs[j] <= xs[i] + 3) j++;
    if (j - i >= minCount) {
      left = xs[(i + j - 1) >> 1];
      break;
    }
  }

  // Right: the edge most full lines stop at. Lines with hanging punctuation
  // overshoot it by an em and are fewer, so the most populated cluster wins.
  const rights = body.map((l) => l.right).sort((a, b) => a - b);
  const maxRight = rights.length > 0 ? rights[rights.length - 1] : pageWidth - left;
  const floor = left + 0.5 * (maxRight - left);
  let right = pageWidth - left;
  let bestCount = 0;
  for (let i = 0, j = 0; i < rights.length; i++) {
    while (j < rights.length && rights[j] <= rights[i] + 3) j++;
    if (rights[i] >= floor && j - i > bestCount) {
      bestCount = j - i;
      right = rights[(i + j - 1) >> 1];
    }
  }
  if (bestCount < 3) {
    const inside = rights.filter((r) => r <= pageWidth);
    if (inside.length > 0) right = inside[inside.length - 1];
  }

  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1];
      const b = lines[i];
      if (!sameSize(a.size, bodySize) || !sameSize(b.size, bodySize)) continue;
      const d = b.y - a.y;
      if (d >= 0.8 * bodySize && d <= 3 * bodySize) gaps.push(d);
    }
  }
  gaps.sort((a, b) => a - b);
  const pitch = gaps.length > 0 ? gaps[gaps.length >> 1] : 1.5 * bodySize;

  const indents = new Map<number, number>();
  let indent = 2;
  let indentCount = 0;
  for (const l of body) {
    const em = Math.round(((l.x - left) / bodySize) * 2) / 2;
    if (em < 1 || em > 6) continue;
    const n = (indents.get(em) ?? 0) + 1;
    indents.set(em, n);
    if (n > indentCount) {
      indentCount = n;
      indent = em;
    }
  }
  return { bodySize, left, right, pitch, indent };
}
