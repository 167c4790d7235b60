/**
 * Spans for findings inside one paragraph. Rules read a paragraph's own text
 * (`doc.source.blocks[i].text`) and find things at offsets within it; a
 * finding needs offsets into `LegalDocument.text`. These helpers do that sum
 * in one place, so no rule adds `doc.blockStarts[i]` by hand. Offsets are
 * UTF-16 code units, as everywhere.
 */
import type { LegalDocument, Span } from '../document/model.js';
import { titleOf } from '../document/structure/instruments.js';
import { blockAt } from '../document/structure/locate.js';

/** The span of [start, end) in paragraph `block`'s text. */
export function spanInBlock(doc: LegalDocument, block: number, start: number, end: number): Span {
  const base = doc.blockStarts[block];
  return { start: base + start, end: base + end };
}

/** The paragraph holding a document offset, and the offset within it. */
export function blockOffset(doc: LegalDocument, offset: number): { block: number; offset: number } {
  const block = blockAt(doc, offset);
  return { block, offset: offset - doc.blockStarts[block] };
}

/** The whole of paragraph `block`. */
export function blockSpan(doc: LegalDocument, block: number): Span {
  return spanInBlock(doc, block, 0, doc.source.blocks[block].text.length);
}

/** The span of the first `needle` in paragraph `block` at or after `from`, or undefined when it is not there. */
export function findInBlock(doc: LegalDocument, block: number, needle: string, from = 0): Span | undefined {
  const at = doc.source.blocks[block].text.indexOf(needle, from);
  return at < 0 ? undefined : spanInBlock(doc, block, at, at + needle.length);
}

/**
 * Where a finding about a numbered unit is shown: its label (第三条, （一）),
 * or, for a label Word numbers by itself (a zero-length span), the unit's
 * first character.
 */
export function labelSpanOf(unit: { labelSpan: Span }): Span {
  const { start, end } = unit.labelSpan;
  return { start, end: Math.max(end, start + 1) };
}

/**
 * Where a finding about the whole instrument is shown: the title of the
 * instrument that holds `offset` (the 办法 attached to a 印发 notice has its
 * own), so that it is reported as the document's, not an article's. A defect
 * that is an absence (no 制定依据, no 有效期) belongs to no article: the
 * reviewers' conventions score it document-level, and the suggestion says
 * where the missing text goes. Undefined when there is no title.
 */
export function instrumentTitleSpan(doc: LegalDocument, offset: number): Span | undefined {
  const title = titleOf(doc, blockAt(doc, offset));
  return title && title.span.end > title.span.start ? title.span : undefined;
}
