import type { LegalDocument, Span, TextField } from '../model.js';

/**
 * The parts of a document the profile reads: the header (版头, title, 题注,
 * the dated lines under a law's title, the 令 heading and the decree text),
 * the first paragraphs of the body, and the closing. The body's provisions
 * are not evidence of what the document is, except where stated (a regional
 * 规定 without any header that sets penalties only legislation may set).
 */
export interface Zone {
  text: string;
  /** Offset of `text` in LegalDocument.text. */
  start: number;
}

/** Blocks before the body, and the title notes (they may sit inside the header run). */
export function headerZones(doc: LegalDocument): Zone[] {
  const zones: Zone[] = [];
  const end = doc.bodyStart > 0 ? doc.blockStarts[doc.bodyStart - 1] + doc.source.blocks[doc.bodyStart - 1].text.length : 0;
  if (end > 0) zones.push({ text: doc.text.slice(0, end), start: 0 });
  return zones;
}

/** The first paragraphs after the header: a decree's or a notice's own text before the provisions. */
export function leadZone(doc: LegalDocument, blocks = 4): Zone | undefined {
  const from = doc.bodyStart;
  const to = Math.min(doc.source.blocks.length, from + blocks);
  if (from >= to) return undefined;
  const start = doc.blockStarts[from];
  const end = doc.blockStarts[to - 1] + doc.source.blocks[to - 1].text.length;
  return { text: doc.text.slice(start, end), start };
}

export interface Match {
  match: RegExpExecArray;
  span: Span;
}

/** First match of a pattern in the zones, with its span in LegalDocument.text. */
export function findIn(zones: Array<Zone | undefined>, re: RegExp): Match | undefined {
  for (const z of zones) {
    if (!z) continue;
    re.lastIndex = 0;
    const m = re.exec(z.text);
    if (m) return { match: m, span: { start: z.start + m.index, end: z.start + m.index + m[0].length } };
  }
  return undefined;
}

/** Every match of a global pattern in the zones. */
export function findAllIn(zones: Array<Zone | undefined>, re: RegExp): Match[] {
  const out: Match[] = [];
  for (const z of zones) {
    if (!z) continue;
    for (const m of z.text.matchAll(re)) out.push({ match: m as RegExpExecArray, span: { start: z.start + m.index!, end: z.start + m.index! + m[0].length } });
  }
  return out;
}

/** A title without the letter-spacing some layouts give it (国 家 粮 食 应 急 预 案). */
export function bareTitle(doc: LegalDocument): string {
  return (doc.header.title?.text ?? '').replace(/[ \u3000\n]/g, '');
}
