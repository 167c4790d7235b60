/**
 * From pdf.js text items to visual lines.
 *
 * pdf.js gives runs of glyphs with a transform and no notion of lines; a line
 * is rebuilt from baselines. Spacing between runs is decided from geometry,
 * not from the space items pdf.js synthesises, because those also appear for
 * the tiny CJK/Latin "autospace" gaps a word processor adds (第 1 部分) and
 * for justification stretch.
 */

/** The parts of a pdf.js TextItem this module needs. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** One visual line of text on a page, in page coordinates with the origin at the top left. */
export interface TextLine {
  /** 1-based page number. */
  page: number;
  /** Baseline, from the top of the page (points). */
  y: number;
  /** Left edge of the first glyph. */
  x: number;
  /** Right edge of the last glyph. */
  right: number;
  /** Dominant font size in points (by character count). */
  size: number;
  text: string;
  /** Contains a gap of two characters or more: a table row or columns, never joined to other lines. */
  tabular: boolean;
}

export interface PageLines {
  lines: TextLine[];
  /** Items left out because they are rotated or vertical (watermarks, seals, stamps). */
  skipped: number;
}

/** A piece of text set on one baseline, in page coordinates (points, origin top left); OFD builds these too. */
export interface Run {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

/** Gaps at least this many ems wide mark a table row or column layout. */
const TABULAR_GAP_EM = 2;

export function buildLines(items: readonly PdfTextItem[], viewport: readonly number[], page: number, isVertical: (fontName: string) => boolean): PageLines {
  const runs: Run[] = [];
  let skipped = 0;
  const [va, vb, vc, vd, ve, vf] = viewport;
  for (const item of items) {
    const raw = item.str;
    if (!raw) continue;
    if (!hasInk(raw)) continue;
    const t = item.transform;
    // Item transform in viewport space (y grows downwards), so rotated pages read upright.
    const a = va * t[0] + vc * t[1];
    const b = vb * t[0] + vd * t[1];
    const c = va * t[2] + vc * t[3];
    const d = vb * t[2] + vd * t[3];
    const size = Math.hypot(c, d);
    const upright = a > 0 && d < 0 && Math.abs(b) <= 0.05 * a && Math.abs(c) <= 0.05 * -d;
    if (!upright || !(size > 0) || isVertical(item.fontName)) {
      skipped++;
      continue;
    }
    const x = va * t[4] + vc * t[5] + ve;
    const y = vb * t[4] + vd * t[5] + vf;
    runs.push(trimRun(raw, x, y, Math.max(0, item.width), size));
  }
  return { lines: groupLines(runs, page), skipped };
}

/** Whether a run prints anything (not only spaces, which pdf.js also emits for gaps). */
export function hasInk(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200b) && c !== 0xfeff) return true;
  }
  return false;
}

const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f\\u2018-\\u201d\\u2014\\u2026';
const SPACE_BETWEEN_WIDE = new RegExp(`(?<=[${WIDE}]) (?=[${WIDE}])`, 'gu');

/**
 * pdf.js writes a space into a run wherever the glyphs stand apart, and a
 * justified line stretched to the margin (a long title or number that would
 * not break) stands every Chinese character apart: "行 政 规 范 性". Chinese
 * has no spaces between words, so when a run has several such spaces they are
 * stretch, not text; one or two (after 第一条, in 年　月　日) are kept.
 */
export function unstretch(str: string): string {
  const count = str.match(SPACE_BETWEEN_WIDE)?.length ?? 0;
  return count >= 3 ? str.replace(SPACE_BETWEEN_WIDE, '') : str;
}

const INNER_SPACE = /\s/;

/** Strip outer whitespace, moving x and width by the share of characters removed. */
function trimRun(raw: string, x: number, y: number, w: number, size: number): Run {
  const trimmed = raw.trim();
  // Inner whitespace becomes one space (never a line break); an ideographic space is kept as printed. Most runs
  // have none, and for them both steps change nothing: they are skipped.
  const str = INNER_SPACE.test(trimmed) ? unstretch(trimmed.replace(/\s+/g, (m) => (m === '\u3000' ? m : ' '))) : trimmed;
  if (trimmed.length === raw.length) return { str, x, y, w, size };
  const total = [...raw].length;
  const lead = [...raw.slice(0, raw.length - raw.trimStart().length)].length;
  const per = total > 0 ? w / total : 0;
  return { str, x: x + lead * per, y, w: [...trimmed].length * per, size };
}

/** Runs of one page (any order) to its lines, top to bottom. Sorts `runs` in place. */
export function groupLines(runs: Run[], page: number): TextLine[] {
  runs.sort((p, q) => p.y - q.y || p.x - q.x);
  const lines: TextLine[] = [];
  let group: Run[] = [];
  let refY = 0;
  let refSize = 0;
  for (const r of runs) {
    // Half the larger size: superscripts (raised ~0.5 em) stay on their line,
    // the next line (at least ~1 em lower) does not.
    if (group.length > 0 && Math.abs(r.y - refY) <= 0.5 * Math.max(r.size, refSize)) {
      group.push(r);
      if (r.size > refSize) {
        refSize = r.size;
        refY = r.y;
      }
      continue;
    }
    if (group.length > 0) lines.push(makeLine(group, page));
    group = [r];
    refY = r.y;
    refSize = r.size;
  }
  if (group.length > 0) lines.push(makeLine(group, page));
  lines.sort((p, q) => p.y - q.y);
  return lines;
}

function makeLine(group: Run[], page: number): TextLine {
  group.sort((p, q) => p.x - q.x);
  let text = '';
  let tabular = false;
  let prev: Run | undefined;
  let right = -Infinity;
  const weight = new Map<number, number>();
  let domSize = 0;
  let domWeight = -1;
  let domY = group[0].y;
  for (const r of group) {
    // Word processors fake bold by printing the same run twice, slightly shifted.
    if (prev && r.str === prev.str && Math.abs(r.x - prev.x) < 0.3 * r.size) continue;
    if (prev) {
      const gap = r.x - right;
      const em = prev.size;
      if (gap >= TABULAR_GAP_EM * em) tabular = true;
      if (needsSpace(text, r.str, gap, em)) text += ' ';
    }
    text += r.str;
    right = Math.max(right, r.x + r.w);
    const key = Math.round(r.size * 2) / 2;
    const wgt = (weight.get(key) ?? 0) + r.str.length;
    weight.set(key, wgt);
    if (wgt > domWeight) {
      domWeight = wgt;
      if (domSize !== key) domY = r.y;
      domSize = key;
    }
    prev = r;
  }
  return { page, y: domY, x: group[0].x, right, size: domSize, text, tabular };
}

/**
 * Whether a visible gap between two runs is a space. Between two CJK
 * characters only a wide gap counts (a U+3000 after 第一条, a table column);
 * between CJK and Latin a quarter em (word processors add ~0.2 em there by
 * themselves); between Latin letters an ordinary word space.
 */
function needsSpace(before: string, after: string, gap: number, em: number): boolean {
  if (!(em > 0)) return false;
  const g = gap / em;
  const wideBefore = isWide(lastCodePoint(before));
  const wideAfter = isWide(after.codePointAt(0) ?? 0);
  if (wideBefore && wideAfter) return g >= 0.5;
  if (wideBefore || wideAfter) return g >= 0.25;
  return g >= 0.15;
}

export function lastCodePoint(s: string): number {
  if (s.length === 0) return 0;
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xdc00 && last <= 0xdfff && s.length >= 2) return s.codePointAt(s.length - 2) ?? last;
  return last;
}

/** Characters set on a full em in Chinese typesetting (ideographs, kana, fullwidth forms, CJK punctuation). */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    cp >= 0x20000 ||
    cp === 0x2014 ||
    cp === 0x2026 ||
    cp === 0x00b7 ||
    cp === 0x2015 ||
    (cp >= 0x2018 && cp <= 0x201d)
  );
}
