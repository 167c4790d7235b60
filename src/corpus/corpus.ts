import type { CorpusApi, CorpusProvision, LawStatement } from './api.js';
import { LawCatalog } from './catalog.js';
import { CLAIMS_VERSION, extractClaims, extractItemClaims, isListLead, type Claim } from './claims.js';
import { readLawStatements, STATEMENTS_VERSION, type LawStatementKind, type LawStatementKinds } from './law-statements.js';
import { bandKeys, signature } from './minhash.js';
import { registryLoader } from './builtin-registry.js';
import type { CorpusStore, SearchHit, StoredLaw, StoredProvision } from './store.js';
import { TOPICS } from './topics.js';
import { ITEM_LABEL } from './text.js';
import { parseChineseNumber } from '../zh/numerals.js';

/** 本法第四十四条第一项, 本法第四十条第二款: a provision of the same law. */
const OWN_LAW_REFERENCE = /本法第([一二三四五六七八九十百]+)条(?:第([一二三四五六七八九十]+)款)?(?:第([一二三四五六七八九十]+)项)?/gu;

/**
 * The corpus as rules use it. Opening a stored corpus imports better-sqlite3
 * here, on demand; the registry-only corpus never does.
 */
export class Corpus implements CorpusApi {
  private readonly claimCache = new Map<number, Claim[]>();
  private readonly lawsById = new Map<number, StoredLaw>();
  private readonly lawsByKey = new Map<string, StoredLaw>();

  private built: LawCatalog | undefined;

  /**
   * The catalogue is built on first use: a rule that only needs to know
   * whether a stored corpus exists (path) does not pay for grouping every
   * registry record.
   */
  get catalog(): LawCatalog {
    this.built ??= this.makeCatalog();
    return this.built;
  }

  private constructor(
    private readonly makeCatalog: () => LawCatalog,
    readonly path: string | null,
    private readonly store: CorpusStore | null,
    laws: StoredLaw[],
    private readonly topicIndexFresh: boolean,
    private readonly statementsFresh: boolean,
  ) {
    for (const l of laws) {
      this.lawsById.set(l.id, l);
      this.lawsByKey.set(l.key, l);
    }
  }

  static async registryOnly(): Promise<Corpus> {
    const registry = await registryLoader();
    return new Corpus(() => new LawCatalog(registry().records, [], registry().knownLawKeys), null, null, [], true, true);
  }

  /**
   * Open a stored corpus read-only (coded errors for missing, unreadable,
   * foreign, damaged or newer files), after removing what a killed import
   * left beside it when no import is running.
   */
  static async open(path: string): Promise<Corpus> {
    const [{ CorpusStore }, { tidyLeftovers }, registry] = await Promise.all([import('./store.js'), import('./leftovers.js'), registryLoader()]);
    await tidyLeftovers(path);
    const store = CorpusStore.openReadOnly(path);
    const laws = store.laws();
    return new Corpus(
      () => new LawCatalog(registry().records, laws, registry().knownLawKeys),
      path,
      store,
      laws,
      store.meta('claims_version') === CLAIMS_VERSION,
      store.meta('statements_version') === STATEMENTS_VERSION,
    );
  }

  close(): void {
    this.store?.close();
  }

  storedLaws(): StoredLaw[] {
    return [...this.lawsById.values()];
  }

  private withLaw(p: StoredProvision): CorpusProvision {
    return { ...p, law: this.lawsById.get(p.lawId)! };
  }

  provisionsOf(lawKey: string, article?: number): CorpusProvision[] {
    const law = this.lawsByKey.get(lawKey);
    if (!law || !this.store) return [];
    return this.store.provisions(law.id, article).map((p) => this.withLaw(p));
  }

  claimsOf(provision: CorpusProvision): Claim[] {
    let claims = this.claimCache.get(provision.id);
    if (!claims) {
      const leadIn = provision.item !== null ? this.leadInOf(provision) : undefined;
      claims = leadIn ? extractItemClaims(leadIn, provision.normText) : extractClaims(provision.normText);
      // A case stated by reference to another provision of the same law (依照本法第四十四条第一项规定终止…的): that provision's words.
      const refs = leadIn ? this.referredCases(provision) : [];
      if (refs.length > 0) claims = claims.map((c) => ({ ...c, caseRefs: refs }));
      this.claimCache.set(provision.id, claims);
    }
    return claims;
  }

  private readonly articleCache = new Map<string, StoredProvision[]>();

  /** The provisions of one article of a law, read once per corpus. */
  private articleRows(store: CorpusStore, lawId: number, article: number): StoredProvision[] {
    const key = `${lawId}:${article}`;
    let rows = this.articleCache.get(key);
    if (!rows) {
      rows = store.provisions(lawId, article);
      this.articleCache.set(key, rows);
    }
    return rows;
  }

  /** The text of the provisions of its own law an item's case refers to (本法第四十四条第一项 → 劳动合同期满的). */
  private referredCases(p: StoredProvision): string[] {
    if (!this.store) return [];
    const out: string[] = [];
    for (const m of p.normText.matchAll(OWN_LAW_REFERENCE)) {
      const article = parseChineseNumber(m[1]);
      const clause = m[2] ? parseChineseNumber(m[2]) : undefined;
      const item = m[3] ? parseChineseNumber(m[3]) : undefined;
      if (article === undefined) continue;
      const target = this.articleRows(this.store, p.lawId, article).find(
        (r) => (clause === undefined || r.clause === clause) && (item === undefined ? r.item === null : r.item === item),
      );
      if (target) out.push(target.normText.replace(ITEM_LABEL, '').replace(/[；;。]\s*$/u, ''));
    }
    return out;
  }

  /** The 款 that introduces an item (…应当具备下列条件：). */
  private leadInOf(p: StoredProvision): string | undefined {
    if (!this.store || p.article === null) return undefined;
    return this.articleRows(this.store, p.lawId, p.article).find((r) => r.item === null && r.clause === p.clause)?.normText;
  }

  claimCandidates(topics: string[]): CorpusProvision[] {
    if (!this.store || topics.length === 0) return [];
    const store = this.store;
    let ids: number[];
    if (this.topicIndexFresh) {
      ids = [...new Set([...store.topicCandidates(topics).values()].flat())];
    } else {
      // The stored topic index was built by another version of the claim extractor: one LIKE scan instead.
      const wanted = new Set(topics);
      const terms = TOPICS.filter((t) => wanted.has(t.canonical ?? t.term)).map((t) => t.term);
      ids = store.guard(() => {
        const sql = `SELECT id FROM provision WHERE ${terms.map(() => "replace(norm_text, '的', '') LIKE ?").join(' OR ')}`;
        return store.db
          .prepare(sql)
          .pluck()
          .all(...terms.map((t) => `%${t}%`)) as number[];
      });
    }
    const found = store.provisionsByIds(ids);
    // A lead-in of cases is found by its rule's words; the claims are its items' (有下列情形之一的，…应当支付经济补偿：（五）…). So is
    // any lead-in that names the subject its items give figures for (政务处分的期间为：…（二）记过，十二个月).
    const items = found
      .filter((p) => p.item === null && p.article !== null && isListLead(p.normText))
      .flatMap((p) => this.articleRows(store, p.lawId, p.article!).filter((r) => r.clause === p.clause && r.item !== null));
    const seen = new Set(found.map((p) => p.id));
    return [...found, ...items.filter((p) => !seen.has(p.id))].map((p) => this.withLaw(p));
  }

  similar(texts: string[]): CorpusProvision[][] {
    if (!this.store) return texts.map(() => []);
    const keysPerText = texts.map((t) => bandKeys(signature(t)));
    const byKey = new Map<number, number[]>();
    for (const [key, provision] of this.store.bandRows(keysPerText.flat())) {
      const list = byKey.get(key) ?? [];
      list.push(provision);
      byKey.set(key, list);
    }
    const idsPerText = keysPerText.map((keys) => [...new Set(keys.flatMap((k) => byKey.get(k) ?? []))]);
    const all = new Map(this.store.provisionsByIds([...new Set(idsPerText.flat())]).map((p) => [p.id, this.withLaw(p)]));
    return idsPerText.map((ids) => ids.map((id) => all.get(id)!).filter(Boolean));
  }

  search(query: string, options: { limit?: number; lawIds?: number[] } = {}): { hits: SearchHit[]; total: number } {
    if (!this.store) return { hits: [], total: 0 };
    return this.store.search(query, options);
  }

  private readonly statements = new Map<LawStatementKind, unknown>();
  private readonly provisionsById = new Map<number, CorpusProvision>();

  lawStatements<K extends LawStatementKind>(kind: K): Array<LawStatement<LawStatementKinds[K]>> {
    if (!this.store) return [];
    const store = this.store;
    let known = this.statements.get(kind) as Array<LawStatement<LawStatementKinds[K]>> | undefined;
    if (!known) {
      const load = (id: number): CorpusProvision => {
        let p = this.provisionsById.get(id);
        if (!p) this.provisionsById.set(id, (p = this.withLaw(store.provisionsByIds([id])[0])));
        return p;
      };
      known = this.statementsFresh
        ? store.statementRows(kind).map((r) => new StoredStatement<LawStatementKinds[K]>(r, load))
        : // Written by a release whose readers differ (or before they were stored): read now, as an import would.
          readLawStatements(kind, (query, options) => store.search(query, options)).map((r) => ({
            statement: r.statement,
            lawId: r.provision.lawId,
            provision: this.withLaw(r.provision),
          }));
      this.statements.set(kind, known);
    }
    return known;
  }
}

/** A stored statement whose JSON and provision are read when a rule first looks at them: most are set aside by their law alone. */
class StoredStatement<T> implements LawStatement<T> {
  private parsed: T | undefined;
  private loaded: CorpusProvision | undefined;
  constructor(
    private readonly row: { provisionId: number; lawId: number; statement: string },
    private readonly load: (id: number) => CorpusProvision,
  ) {}

  get lawId(): number {
    return this.row.lawId;
  }

  get statement(): T {
    return (this.parsed ??= JSON.parse(this.row.statement) as T);
  }

  get provision(): CorpusProvision {
    return (this.loaded ??= this.load(this.row.provisionId));
  }
}
