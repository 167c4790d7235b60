import type { LegalDocument } from '../document/model.js';
import { formatChineseDate } from '../zh/dates.js';
import type { CorpusApi } from './api.js';
import type { StoredLaw } from './store.js';
import { PROVINCES, regionOf } from './titles.js';
import { LEVEL_RANK } from './types.js';

/** Helpers the corpus rules share: the document's date and region, and which stored laws rank above it. */

/** The date the document speaks from: its 成文日期, else the review date (--as-of). */
export function documentDate(doc: LegalDocument, asOf: string): string {
  return doc.closing.signedDate?.iso ?? asOf;
}

/** The province whose local law applies: from the issuer or title, else settings.region, else 湖南省. */
export function documentRegion(doc: LegalDocument, settings: Readonly<Record<string, unknown>>): string {
  for (const f of [...doc.header.issuers, ...doc.closing.signatories]) {
    const r = regionOf(f.text);
    if (r) return r;
  }
  const fromTitle = doc.header.title ? regionOf(doc.header.title.text) : null;
  if (fromTitle) return fromTitle;
  const configured = settings.region;
  if (typeof configured === 'string' && (PROVINCES as readonly string[]).includes(configured)) return configured;
  return '湖南省';
}

export function chineseDate(iso: string | null): string {
  return iso ? formatChineseDate(iso) : '';
}

/** Rank of the document under review: a 行政规范性文件. */
export const DRAFT_RANK = 4;

export interface HigherLaw {
  law: StoredLaw;
  rank: number;
  /** Date used to order laws of equal rank (the later prevails). */
  date: string;
}

/**
 * Stored laws a draft must conform to on its date: higher in rank, or of
 * equal rank and earlier; national or of the draft's region; the version in
 * force on that date. 司法解释 and laws of unknown level are left out.
 */
export function higherLaws(corpus: CorpusApi, doc: LegalDocument, date: string, region: string): Map<number, HigherLaw> {
  const out = new Map<number, HigherLaw>();
  const own = doc.header.title?.text;
  for (const law of corpus.storedLaws()) {
    if (!law.hasText || law.level === null) continue;
    const rank = LEVEL_RANK[law.level];
    if (rank === null || rank > DRAFT_RANK) continue;
    if (law.region !== null && law.region !== region) continue;
    if (own && law.title === own) continue;
    const lawDate = law.promulgationDate ?? law.versionDate ?? '';
    if (rank === DRAFT_RANK && !(lawDate && lawDate < date)) continue;
    const r = corpus.catalog.resolve(law.title, date);
    if (!r || (r.state !== 'in-force' && r.state !== 'partial') || r.record.key !== law.key) continue;
    out.set(law.id, { law, rank, date: lawDate });
  }
  return out;
}

/**
 * The blocks whose text states rules: every body paragraph after the header,
 * including the 办法 a 印发 notice attaches after its own signature; not
 * headings, tables or text boxes.
 */
export function ruleBlocks(doc: LegalDocument): number[] {
  const out: number[] = [];
  for (let i = doc.bodyStart; i < doc.source.blocks.length; i++) {
    const b = doc.source.blocks[i];
    if (b.container === 'body' && b.style.headingLevel === undefined && b.text.trim() !== '') out.push(i);
  }
  return out;
}

/** For each block that is a 项 of an article, the text of the 款 that introduces it (…有下列情形之一的：). */
export function itemLeadIns(doc: LegalDocument): Map<number, string> {
  const out = new Map<number, string>();
  for (const a of doc.articles) {
    for (const c of a.children) {
      if (c.children.length === 0) continue;
      const first = c.blocks[0];
      const leadIn = doc.text.slice(c.span.start, doc.blockStarts[first] + doc.source.blocks[first].text.length);
      for (const item of c.children) for (const b of item.blocks) if (b !== first) out.set(b, leadIn);
    }
  }
  return out;
}

/** How a message names the provision at an offset: 本款 in an article of several paragraphs, 本条, or 文件 outside articles. */
export function provisionWordAt(doc: LegalDocument, offset: number): string {
  const article = doc.articles.find((a) => a.span.start <= offset && offset <= a.span.end);
  if (!article) return '文件';
  const item = article.children.flatMap((c) => c.children).find((n) => n.span.start <= offset && offset <= n.span.end);
  if (item) return '本项';
  return article.children.filter((c) => c.kind === 'clause').length > 1 ? '本款' : '本条';
}
