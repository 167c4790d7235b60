import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Span } from '../document/model.js';
import { HrssError, isHrssError } from '../errors.js';
import { TOOL_VERSION } from '../package-info.js';
import { mapRange, normalizeForMatch } from '../zh/normalize.js';
import { bandKeys, MINHASH_VERSION, signature } from './minhash.js';
import { normalizeProvision } from './text.js';
import { APPLICATION_ID, MIGRATIONS, migrate, newerSchema, SCHEMA_VERSION, type Migration } from './schema.js';
import { titleKey } from './titles.js';
import type { LawLevel, LawRecord, LawStatus } from './types.js';

/**
 * The corpus file: laws, their provisions, a trigram full-text index and
 * MinHash bands. Only this module and import.ts touch SQLite; it is loaded
 * with a dynamic import, so commands that need no corpus never load
 * better-sqlite3.
 */

export interface ProvisionInput {
  /** Order within the law, from 1. */
  ordinal: number;
  /** 条 number; null for text outside articles (notice-style documents). */
  article: number | null;
  /** Position of the article in the law (1 for the first 条). */
  articleOrdinal: number | null;
  /** 款 number within the article. */
  clause: number | null;
  /** 项 number within the 款. */
  item: number | null;
  /** Readable address: 第四十六条, 第十四条第二款第（三）项, 第一部分. */
  address: string;
  /** Chapter path, e.g. "第五章 失业保险". */
  heading: string | null;
  text: string;
}

export interface StoredProvision extends ProvisionInput {
  id: number;
  lawId: number;
  normText: string;
}

export interface StoredLaw extends LawRecord {
  id: number;
  sourcePath: string | null;
  sha256: string | null;
  fingerprint: string;
  importedAt: string;
}

export interface SearchHit {
  provision: StoredProvision;
  law: StoredLaw;
  /** bm25 (lower is better); 0 for LIKE matches. */
  score: number;
  /** Matched passages in provision.text (UTF-16 offsets). */
  highlights: Span[];
}

/** Extracts the subjects indexed for conflict candidates; versioned so a change rebuilds the index. */
export interface TopicIndexer {
  version: string;
  topics(normText: string): string[];
}

export interface CorpusStats {
  path: string;
  bytes: number;
  schemaVersion: number;
  toolVersion: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  laws: number;
  withText: number;
  provisions: number;
  byLevel: Record<string, number>;
  byStatus: Record<string, number>;
}

type Row = Record<string, unknown>;

export { normalizeProvision };

function corrupt(file: string, detail: string, cause?: unknown): HrssError {
  return new HrssError('E_CORPUS_CORRUPT', `语料库 ${file} ${detail}`, cause === undefined ? undefined : { cause });
}

/** Turn SQLite failures into coded errors that name the file. */
function translate(file: string, e: unknown): unknown {
  if (isHrssError(e)) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return corrupt(file, '不是 SQLite 数据库文件（可能已损坏，或根本不是语料库）', e);
  if (code.startsWith('SQLITE_CORRUPT')) return corrupt(file, `已损坏（${(e as Error).message}）`, e);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new HrssError('E_CORPUS_BUSY', `语料库 ${file} 正被另一个进程占用`, { cause: e });
  if (code === 'SQLITE_CANTOPEN') return new HrssError('E_CORPUS_MISSING', `无法打开语料库 ${file}`, { cause: e });
  return e;
}

export class CorpusStore {
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    readonly db: Database.Database,
    readonly path: string,
    readonly readonly: boolean,
    private readonly indexer: TopicIndexer | undefined,
  ) {}

  /** Open an existing corpus for reading. Refuses foreign, corrupt and newer files with coded errors. */
  static openReadOnly(path: string): CorpusStore {
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
    } catch (e) {
      throw translate(path, e);
    }
    const store = new CorpusStore(db, path, true, undefined);
    try {
      store.checkIdentity(false);
    } catch (e) {
      db.close();
      throw translate(path, e);
    }
    return store;
  }

  /**
   * Open (or create) a corpus for writing: used on the temporary copy an
   * import builds. Applies migrations and rebuilds derived indexes whose
   * algorithm version changed.
   */
  static openWritable(path: string, indexer: TopicIndexer, migrations: Migration[] = MIGRATIONS): CorpusStore {
    let db: Database.Database;
    try {
      db = new Database(path);
    } catch (e) {
      throw translate(path, e);
    }
    const store = new CorpusStore(db, path, false, indexer);
    try {
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      db.pragma('temp_store = MEMORY');
      db.pragma('cache_size = -65536');
      db.pragma('foreign_keys = ON');
      store.checkIdentity(true);
      migrate(db, path, migrations);
      const now = new Date().toISOString();
      if (store.meta('created_at') === null) store.setMeta('created_at', now);
      store.rebuildDerivedIfStale();
    } catch (e) {
      db.close();
      throw translate(path, e);
    }
    return store;
  }

  private checkIdentity(allowEmpty: boolean): void {
    const appId = this.db.pragma('application_id', { simple: true }) as number;
    const version = this.db.pragma('user_version', { simple: true }) as number;
    const tables = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (appId !== APPLICATION_ID) {
      if (tables.length === 0 && version === 0) {
        if (allowEmpty) return;
        throw corrupt(this.path, '是一个空的数据库，不是 hrss-audit 语料库');
      }
      throw corrupt(this.path, `不是 hrss-audit 语料库（其中的表：${tables.slice(0, 5).join('、') || '无'}）`);
    }
    if (version > SCHEMA_VERSION) throw newerSchema(this.path, version, SCHEMA_VERSION);
    if (version < SCHEMA_VERSION && this.readonly) {
      throw new HrssError('E_CORPUS_OUTDATED', `语料库 ${this.path} 的格式版本为 ${version}，低于当前版本 ${SCHEMA_VERSION}`);
    }
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Run a read with SQLite errors translated to coded errors. */
  guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw translate(this.path, e);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  meta(key: string): string | null {
    const hasMeta = this.stmt("SELECT count(*) FROM sqlite_master WHERE name = 'meta'").pluck().get() as number;
    if (!hasMeta) return null;
    return (this.stmt('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  setMeta(key: string, value: string): void {
    this.stmt('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  // -------------------------------------------------------------------------
  // Reads
  // -------------------------------------------------------------------------

  private lawOf(r: Row): StoredLaw {
    return {
      id: r.id as number,
      key: r.key as string,
      title: r.title as string,
      aliases: JSON.parse(r.aliases as string) as string[],
      level: (r.level as LawLevel | null) ?? null,
      issuer: (r.issuer as string | null) ?? null,
      region: (r.region as string | null) ?? null,
      documentNumbers: JSON.parse(r.document_numbers as string) as string[],
      promulgationDate: (r.promulgation_date as string | null) ?? null,
      effectiveDate: (r.effective_date as string | null) ?? null,
      revisionDate: (r.revision_date as string | null) ?? null,
      versionDate: (r.version_date as string | null) ?? null,
      status: r.status as LawStatus,
      repealDate: (r.repeal_date as string | null) ?? null,
      replacedBy: (r.replaced_by as string | null) ?? null,
      supersededBy: (r.superseded_by as string | null) ?? null,
      partialNote: (r.partial_note as string | null) ?? null,
      evidence: (r.evidence as string | null) ?? null,
      articles: (r.article_count as number | null) ?? null,
      hasText: r.has_text === 1,
      source: 'corpus',
      sourcePath: (r.source_path as string | null) ?? null,
      sha256: (r.sha256 as string | null) ?? null,
      fingerprint: r.fingerprint as string,
      importedAt: r.imported_at as string,
    };
  }

  private provisionOf(r: Row): StoredProvision {
    return {
      id: r.id as number,
      lawId: r.law_id as number,
      ordinal: r.ordinal as number,
      article: (r.article as number | null) ?? null,
      articleOrdinal: (r.article_ordinal as number | null) ?? null,
      clause: (r.clause as number | null) ?? null,
      item: (r.item as number | null) ?? null,
      address: r.address as string,
      heading: (r.heading as string | null) ?? null,
      text: r.text as string,
      normText: r.norm_text as string,
    };
  }

  laws(): StoredLaw[] {
    return this.guard(() => (this.stmt('SELECT * FROM law ORDER BY title, version_date').all() as Row[]).map((r) => this.lawOf(r)));
  }

  lawById(id: number): StoredLaw | undefined {
    return this.guard(() => {
      const r = this.stmt('SELECT * FROM law WHERE id = ?').get(id) as Row | undefined;
      return r ? this.lawOf(r) : undefined;
    });
  }

  /** Laws matching a key exactly, else a title, short title or alias (all versions). */
  findLaws(query: string): StoredLaw[] {
    return this.guard(() => {
      const byKey = this.stmt('SELECT * FROM law WHERE key = ?').all(query) as Row[];
      if (byKey.length > 0) return byKey.map((r) => this.lawOf(r));
      const k = titleKey(query);
      const rows = this.stmt(
        'SELECT * FROM law WHERE title_key = ? OR id IN (SELECT law_id FROM law_alias WHERE alias_key = ?) ORDER BY version_date',
      ).all(k, k) as Row[];
      return rows.map((r) => this.lawOf(r));
    });
  }

  provisions(lawId: number, article?: number): StoredProvision[] {
    return this.guard(() => {
      const rows = article === undefined
        ? (this.stmt('SELECT * FROM provision WHERE law_id = ? ORDER BY ordinal').all(lawId) as Row[])
        : (this.stmt('SELECT * FROM provision WHERE law_id = ? AND article = ? ORDER BY ordinal').all(lawId, article) as Row[]);
      return rows.map((r) => this.provisionOf(r));
    });
  }

  provisionsByIds(ids: number[]): StoredProvision[] {
    if (ids.length === 0) return [];
    return this.guard(() =>
      (this.stmt('SELECT * FROM provision WHERE id IN (SELECT value FROM json_each(?)) ORDER BY law_id, ordinal').all(JSON.stringify(ids)) as Row[]).map((r) => this.provisionOf(r)),
    );
  }

  /** (band key, provision id) pairs for the given keys: one query for a whole document. */
  bandRows(keys: number[]): Array<[number, number]> {
    if (keys.length === 0) return [];
    return this.guard(() =>
      (this.stmt('SELECT band_key, provision_id FROM provision_band WHERE band_key IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify([...new Set(keys)])) as Array<[number, number]>),
    );
  }

  /** Ids of provisions whose claims concern one of the topics (one query for a whole document). */
  topicCandidates(topics: string[]): Map<string, number[]> {
    const out = new Map<string, number[]>();
    if (topics.length === 0) return out;
    this.guard(() => {
      const rows = this.stmt('SELECT topic, provision_id FROM provision_topic WHERE topic IN (SELECT value FROM json_each(?))').all(JSON.stringify([...new Set(topics)])) as Row[];
      for (const r of rows) {
        const t = r.topic as string;
        const list = out.get(t) ?? [];
        list.push(r.provision_id as number);
        out.set(t, list);
      }
    });
    return out;
  }

  /**
   * Full-text search: terms of 3+ characters through the trigram index,
   * ranked by bm25; shorter terms (which the trigram tokenizer cannot match)
   * through LIKE. Terms separated by spaces must all match.
   */
  search(query: string, options: { limit?: number; lawIds?: number[] } = {}): { hits: SearchHit[]; total: number } {
    const limit = options.limit ?? 20;
    const terms = query.split(/[\s\u3000]+/u).map((t) => normalizeProvision(t)).filter(Boolean);
    if (terms.length === 0) return { hits: [], total: 0 };
    const long = terms.filter((t) => [...t].length >= 3);
    const short = terms.filter((t) => [...t].length < 3);
    const likes = short.map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const lawFilter = options.lawIds ? ' AND p.law_id IN (SELECT value FROM json_each(?))' : '';
    const lawParam = options.lawIds ? [JSON.stringify(options.lawIds)] : [];
    const likeSql = short.map(() => " AND p.norm_text LIKE ? ESCAPE '\\'").join('');
    return this.guard(() => {
      let rows: Row[];
      let total: number;
      if (long.length > 0) {
        const match = long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
        const from = `FROM provision_fts JOIN provision p ON p.id = provision_fts.rowid WHERE provision_fts MATCH ?${likeSql}${lawFilter}`;
        total = this.stmt(`SELECT count(*) ${from}`).pluck().get(match, ...likes, ...lawParam) as number;
        rows = this.stmt(`SELECT p.*, bm25(provision_fts) AS score ${from} ORDER BY score LIMIT ?`).all(match, ...likes, ...lawParam, limit) as Row[];
      } else {
        const from = `FROM provision p WHERE 1${likeSql}${lawFilter}`;
        total = this.stmt(`SELECT count(*) ${from}`).pluck().get(...likes, ...lawParam) as number;
        rows = this.stmt(`SELECT p.*, 0 AS score ${from} ORDER BY p.law_id, p.ordinal LIMIT ?`).all(...likes, ...lawParam, limit) as Row[];
      }
      const laws = new Map<number, StoredLaw>();
      const hits = rows.map((r): SearchHit => {
        const provision = this.provisionOf(r);
        let law = laws.get(provision.lawId);
        if (!law) laws.set(provision.lawId, (law = this.lawById(provision.lawId)!));
        return { provision, law, score: r.score as number, highlights: highlight(provision.text, terms) };
      });
      return { hits, total };
    });
  }

  stats(): CorpusStats {
    return this.guard(() => {
      const count = (sql: string): number => this.stmt(sql).pluck().get() as number;
      const group = (col: string): Record<string, number> =>
        Object.fromEntries((this.stmt(`SELECT coalesce(${col}, '（未知）') AS k, count(*) AS n FROM law GROUP BY k ORDER BY n DESC`).all() as Row[]).map((r) => [r.k as string, r.n as number]));
      return {
        path: this.path,
        bytes: statSync(this.path).size,
        schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
        toolVersion: this.meta('tool_version'),
        createdAt: this.meta('created_at'),
        updatedAt: this.meta('updated_at'),
        laws: count('SELECT count(*) FROM law'),
        withText: count('SELECT count(*) FROM law WHERE has_text = 1'),
        provisions: count('SELECT count(*) FROM provision'),
        byLevel: group('level'),
        byStatus: group('status'),
      };
    });
  }

  // -------------------------------------------------------------------------
  // Writes (temporary copy only)
  // -------------------------------------------------------------------------

  private requireWritable(): TopicIndexer {
    if (this.readonly || !this.indexer) throw new Error('corpus store opened read-only');
    return this.indexer;
  }

  private indexProvision(id: number, normText: string, indexer: TopicIndexer): void {
    const band = this.stmt('INSERT OR IGNORE INTO provision_band (band_key, provision_id) VALUES (?, ?)');
    for (const key of bandKeys(signature(normText))) band.run(key, id);
    const topic = this.stmt('INSERT OR IGNORE INTO provision_topic (topic, provision_id) VALUES (?, ?)');
    for (const t of indexer.topics(normText)) topic.run(t, id);
  }

  private unindexProvisions(lawId: number): void {
    const rows = this.stmt('SELECT id, norm_text FROM provision WHERE law_id = ?').all(lawId) as Row[];
    const band = this.stmt('DELETE FROM provision_band WHERE band_key = ? AND provision_id = ?');
    const topic = this.stmt('DELETE FROM provision_topic WHERE provision_id = ?');
    for (const r of rows) {
      for (const key of bandKeys(signature(r.norm_text as string))) band.run(key, r.id);
      topic.run(r.id);
    }
    this.stmt('DELETE FROM provision WHERE law_id = ?').run(lawId);
  }

  /** Insert or replace a law by key. `unchanged` when the fingerprint (file, metadata, pipeline version) is the same. */
  putLaw(record: LawRecord, provisions: ProvisionInput[], file: { sourcePath: string | null; sha256: string | null; fingerprint: string }): 'added' | 'updated' | 'unchanged' {
    const indexer = this.requireWritable();
    const existing = this.stmt('SELECT id, fingerprint FROM law WHERE key = ?').get(record.key) as Row | undefined;
    if (existing && existing.fingerprint === file.fingerprint) return 'unchanged';
    const values = {
      key: record.key,
      title: record.title,
      title_key: titleKey(record.title),
      aliases: JSON.stringify(record.aliases),
      level: record.level,
      issuer: record.issuer,
      region: record.region,
      document_numbers: JSON.stringify(record.documentNumbers),
      promulgation_date: record.promulgationDate,
      effective_date: record.effectiveDate,
      revision_date: record.revisionDate,
      version_date: record.versionDate,
      status: record.status,
      repeal_date: record.repealDate,
      replaced_by: record.replacedBy,
      superseded_by: record.supersededBy,
      partial_note: record.partialNote,
      evidence: record.evidence,
      article_count: record.articles,
      has_text: provisions.length > 0 ? 1 : 0,
      source_path: file.sourcePath,
      sha256: file.sha256,
      fingerprint: file.fingerprint,
      imported_at: new Date().toISOString(),
      notes: null,
    };
    const columns = Object.keys(values);
    let id: number;
    if (existing) {
      id = existing.id as number;
      this.unindexProvisions(id);
      this.stmt('DELETE FROM law_alias WHERE law_id = ?').run(id);
      this.stmt(`UPDATE law SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...values, id });
    } else {
      id = Number(this.stmt(`INSERT INTO law (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(values).lastInsertRowid);
    }
    const alias = this.stmt('INSERT OR IGNORE INTO law_alias (alias_key, law_id) VALUES (?, ?)');
    for (const a of record.aliases) alias.run(titleKey(a), id);
    const insert = this.stmt(
      'INSERT INTO provision (law_id, ordinal, article, article_ordinal, clause, item, address, heading, text, norm_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const p of provisions) {
      const norm = normalizeProvision(p.text);
      if (norm === '') continue;
      const pid = Number(insert.run(id, p.ordinal, p.article, p.articleOrdinal, p.clause, p.item, p.address, p.heading, p.text, norm).lastInsertRowid);
      this.indexProvision(pid, norm, indexer);
    }
    return existing ? 'updated' : 'added';
  }

  removeLaw(id: number): void {
    this.requireWritable();
    this.unindexProvisions(id);
    this.stmt('DELETE FROM law WHERE id = ?').run(id);
  }

  /** Rebuild band keys and claim topics when their algorithm changed since the file was written. */
  private rebuildDerivedIfStale(): void {
    const indexer = this.requireWritable();
    const minhashStale = this.meta('minhash_version') !== String(MINHASH_VERSION);
    const topicsStale = this.meta('claims_version') !== indexer.version;
    if (!minhashStale && !topicsStale) return;
    this.db.transaction(() => {
      if (minhashStale) this.db.exec('DELETE FROM provision_band');
      if (topicsStale) this.db.exec('DELETE FROM provision_topic');
      const band = this.stmt('INSERT OR IGNORE INTO provision_band (band_key, provision_id) VALUES (?, ?)');
      const topic = this.stmt('INSERT OR IGNORE INTO provision_topic (topic, provision_id) VALUES (?, ?)');
      for (const r of this.db.prepare('SELECT id, norm_text FROM provision').iterate() as IterableIterator<Row>) {
        const norm = r.norm_text as string;
        if (minhashStale) for (const key of bandKeys(signature(norm))) band.run(key, r.id);
        if (topicsStale) for (const t of indexer.topics(norm)) topic.run(t, r.id);
      }
      this.setMeta('minhash_version', String(MINHASH_VERSION));
      this.setMeta('claims_version', indexer.version);
    })();
  }

  /** Record who wrote the file and compact the full-text index. */
  finish(options: { optimize: boolean }): void {
    this.requireWritable();
    this.setMeta('tool_version', TOOL_VERSION);
    this.setMeta('updated_at', new Date().toISOString());
    if (options.optimize) this.db.exec("INSERT INTO provision_fts (provision_fts) VALUES ('optimize')");
    this.db.pragma('optimize');
  }

  vacuum(): void {
    this.requireWritable();
    this.db.exec('VACUUM');
  }
}

/** Offsets in `text` of every occurrence of the (normalised) terms. */
export function highlight(text: string, terms: string[]): Span[] {
  const n = normalizeForMatch(text);
  const spans: Span[] = [];
  for (const term of terms) {
    let at = n.text.indexOf(term);
    while (at >= 0) {
      spans.push(mapRange(n, at, at + term.length));
      at = n.text.indexOf(term, at + term.length);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
