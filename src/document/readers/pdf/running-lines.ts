/**
 * Running headers, footers and page numbers.
 *
 * They are printed on every page and would otherwise be read as body text,
 * splitting every paragraph that crosses a page. A line is "running" when it
 * is among the top or bottom two lines of its page and the same text (digits
 * ignored) sits at about the same height on at least half of the pages.
 * Page numbers are also recognised alone, so that a 1- or 2-page document
 * loses its "— 1 —" as well.
 */
import type { TextLine } from './lines.js';

export type RunningKind = 'header' | 'footer';

export interface RunningLine {
  line: TextLine;
  kind: RunningKind;
  pageNumber: boolean;
  /** Text with digits replaced by '#' and whitespace removed; equal keys are one running line. */
  key: string;
}

export interface RunningResult {
  /** Per page, the lines left for the body. */
  body: TextLine[][];
  removed: RunningLine[];
}

/** How many lines at each end of a page may be running lines. */
const BAND_LINES = 2;

export function removeRunningLines(pages: readonly TextLine[][], pageHeights: readonly number[]): RunningResult {
  const candidates = new Map<string, Array<{ page: number; line: TextLine }>>();
  pages.forEach((lines, p) => {
    for (const line of bandLines(lines)) {
      const key = bandOf(line, pageHeights[p]) + '|' + normalise(line.text);
      let list = candidates.get(key);
      if (!list) candidates.set(key, (list = []));
      list.push({ page: p, line });
    }
  });

  const minPages = Math.max(2, Math.ceil(pages.length / 2));
  const running = new Set<TextLine>();
  for (const list of candidates.values()) {
    if (new Set(list.map((c) => c.page)).size < minPages) continue;
    // Same text at the same height: a body line that merely repeats does not move with the page furniture.
    const ys = list.map((c) => c.line.y).sort((a, b) => a - b);
    const median = ys[Math.floor(ys.length / 2)];
    const near = list.filter((c) => Math.abs(c.line.y - median) <= Math.max(3, 0.6 * c.line.size));
    if (new Set(near.map((c) => c.page)).size < minPages) continue;
    for (const c of near) running.add(c.line);
  }

  const removed: RunningLine[] = [];
  const body = pages.map((lines, p) => {
    const height = pageHeights[p];
    const drop = new Set<TextLine>();
    for (const line of lines) if (running.has(line)) drop.add(line);
    // A page number alone, once the repeated furniture is gone: the outermost line at either end.
    const rest = lines.filter((l) => !drop.has(l));
    for (const i of new Set([0, rest.length - 1])) {
      const line = rest[i];
      if (line && isPageNumberLine(line, rest, i)) drop.add(line);
    }
    for (const line of lines) {
      if (!drop.has(line)) continue;
      const key = normalise(line.text);
      removed.push({ line, kind: bandOf(line, height) === 'top' ? 'header' : 'footer', pageNumber: PAGE_NUMBER.test(key) || BARE_NUMBER.test(key), key });
    }
    return lines.filter((l) => !drop.has(l));
  });
  return { body, removed };
}

function bandLines(lines: readonly TextLine[]): TextLine[] {
  if (lines.length <= 2 * BAND_LINES) return [...lines];
  return [...lines.slice(0, BAND_LINES), ...lines.slice(-BAND_LINES)];
}

function bandOf(line: TextLine, pageHeight: number): 'top' | 'bottom' {
  return line.y < pageHeight / 2 ? 'top' : 'bottom';
}

/** Digits (ASCII, fullwidth, circled page counters aside) become '#', whitespace goes. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, '').replace(/[0-9０-９]+/g, '#');
}

const DASH = '[-—–―－‒~～·•_*]{0,3}';
const CN = '[一二三四五六七八九十百〇零]+';
/** "— # —", "-#-", "第#页", "第#页共#页", "#/#", "第#/#页", "共#页第#页", "Page # of #" (normalised). */
const PAGE_NUMBER = new RegExp(
  `^${DASH}(?:第(?:#|${CN})页(?:[,，/／]?共(?:#|${CN})页)?|#[/／]#|第#[/／]#页|共#页[,，]?第#页|[Pp]age#(?:of#)?|[-—–―－‒~～·•_*]#)${DASH}$`,
);
/** A bare number: only a page number when it stands apart from the text. */
const BARE_NUMBER = /^#$/;

function isPageNumberLine(line: TextLine, lines: readonly TextLine[], i: number): boolean {
  const key = normalise(line.text);
  if (key.length > 24) return false;
  if (PAGE_NUMBER.test(key)) return true;
  if (!BARE_NUMBER.test(key) || line.text.replace(/\s/g, '').length > 4) return false;
  const neighbour = i === 0 ? lines[1] : lines[i - 1];
  if (!neighbour) return true;
  return Math.abs(line.y - neighbour.y) >= 2 * Math.max(line.size, neighbour.size);
}
