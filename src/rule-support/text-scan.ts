import type { LegalDocument, Span } from '../document/model.js';
import { mapRange, normalizeForMatch, type NormalizedText } from '../zh/normalize.js';
import { REFERENCE_DATE_LABEL } from '../document/profile/kinds.js';

/**
 * A block prepared for matching: its text normalised (spaces removed,
 * fullwidth digits and letters folded) with the offset map back. Rules match
 * on `text` and report with `spanOf`, which points into LegalDocument.text.
 */
export interface ScannedBlock {
  index: number;
  /** Global offset of the block's original text in LegalDocument.text. */
  start: number;
  /** Normalised text. */
  text: string;
  norm: NormalizedText;
}

const cache = new WeakMap<LegalDocument, ScannedBlock[]>();

/** Every block of the document, normalised once per document and shared by all rules. */
export function scannedBlocks(doc: LegalDocument): ScannedBlock[] {
  let blocks = cache.get(doc);
  if (!blocks) {
    blocks = doc.source.blocks.map((b, i) => {
      const norm = normalizeForMatch(b.text);
      return { index: i, start: doc.blockStarts[i], text: norm.text, norm };
    });
    cache.set(doc, blocks);
  }
  return blocks;
}

/** Map [start, end) of a scanned block's normalised text to a span of LegalDocument.text. */
export function spanOf(block: ScannedBlock, start: number, end: number): Span {
  const r = mapRange(block.norm, start, end);
  return { start: block.start + r.start, end: block.start + r.end };
}

/** The date a document is judged by: its profile's reference date (成文日期, else its own revision or publication), else the review date. */
export function referenceDateOf(doc: LegalDocument, asOf: string): { iso: string; source: (typeof REFERENCE_DATE_LABEL)[keyof typeof REFERENCE_DATE_LABEL] } {
  const ref = doc.profile?.dates.reference;
  if (ref) return { iso: ref.value, source: REFERENCE_DATE_LABEL[ref.of] };
  const signed = doc.closing.signedDate;
  if (signed?.valid && signed.iso) return { iso: signed.iso, source: '成文日期' };
  return { iso: asOf, source: '审核基准日' };
}
