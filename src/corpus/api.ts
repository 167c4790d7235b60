import type { LawCatalog } from './catalog.js';
import type { Claim } from './claims.js';
import type { SearchHit, StoredLaw, StoredProvision } from './store.js';

/**
 * What rules see of the law corpus (RuleContext.corpus()): the catalogue of
 * every law known — the built-in registry, extended and overridden by the
 * stored corpus when one is found — and, with a stored corpus, its
 * provisions. Without a stored corpus the provision queries return nothing.
 */

export interface CorpusProvision extends StoredProvision {
  law: StoredLaw;
}

export interface CorpusApi {
  /** The stored corpus file, or null when only the built-in registry is available. */
  readonly path: string | null;
  readonly catalog: LawCatalog;
  /** Laws with stored text. */
  storedLaws(): StoredLaw[];
  /** Provisions of a stored law (by catalogue key), optionally one article. */
  provisionsOf(lawKey: string, article?: number): CorpusProvision[];
  /** Claims a stored provision makes (cached for the run). */
  claimsOf(provision: CorpusProvision): Claim[];
  /** Provisions whose claims concern any of the topics: one query for a whole document. */
  claimCandidates(topics: string[]): CorpusProvision[];
  /** For each text, the provisions sharing a MinHash LSH band with it: one query for all texts. */
  similar(texts: string[]): CorpusProvision[][];
  search(query: string, options?: { limit?: number; lawIds?: number[] }): { hits: SearchHit[]; total: number };
}
