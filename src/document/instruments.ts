import type { LegalDocument, TextField } from './model.js';
import { blockAt } from './structure/locate.js';

/**
 * A document may hold several instruments: a 印发 notice and the 办法 it
 * issues, or a notice with several attachments. Numbering restarts in each.
 * An instrument starts at a title inside the body or at an 附件 head.
 */
export function instrumentStarts(doc: LegalDocument): number[] {
  const starts = new Set<number>((doc.bodyTitles ?? []).map((t) => t.block));
  for (const a of doc.attachments) if (a.where === 'body') starts.add(blockAt(doc, a.span.start));
  return [...starts].sort((a, b) => a - b);
}

/** Which instrument a block belongs to: 0 for the document's own text, then one more after each start. */
export function instrumentOf(doc: LegalDocument, block: number, starts: number[] = instrumentStarts(doc)): number {
  let n = 0;
  for (const s of starts) if (s <= block) n++;
  return n;
}

/** The title that governs a block: the nearest body title before it, else the document title. */
export function titleOf(doc: LegalDocument, block: number): TextField | undefined {
  return (doc.bodyTitles ?? []).filter((t) => t.block <= block).at(-1) ?? doc.header.title;
}
