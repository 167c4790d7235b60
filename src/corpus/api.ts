import type { LawCatalog } from './catalog.js';
import type { Claim } from './claims.js';
import type { LawStatementKind, LawStatementKinds } from './law-statements.js';
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
  /** What the stored laws state whatever the document (their bans, their duties…), in every stored law: read once per corpus. */
  lawStatements<K extends LawStatementKind>(kind: K): Array<LawStatement<LawStatementKinds[K]>>;
}

/** One statement of a law's provision, as a model reads it (src/corpus/law-statements.ts). */
export interface LawStatement<T> {
  readonly statement: T;
  readonly lawId: number;
  readonly provision: CorpusProvision;
}
