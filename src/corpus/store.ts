import { accessSync, constants, existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Span } from '../document/model.js';
import { HrssError, isHrssError } from '../errors.js';
import { TOOL_VERSION } from '../package-info.js';
import { mapRange, normalizeForMatch } from '../zh/normalize.js';
import { verifyIntegrity } from './integrity.js';
import { bandKeys, MINHASH_VERSION, signature } from './minhash.js';
import { normalizeProvision } from './text.js';
import { APPLICATION_ID, MIGRATIONS, migrate, newerSchema, READABLE_FROM_VERSION, SCHEMA_VERSION, type Migration } from './schema.js';
import { verifySchema } from './schema-check.js';
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

/** What models read out of the provisions whatever the document (src/corpus/law-statements.ts), written once per import. */
export interface StatementIndexer {
  version: string;
  kinds: readonly string[];
  read(kind: string, search: (query: string, options: { limit: number }) => { hits: SearchHit[] }): Array<{ provision: StoredProvision; statement: unknown }>;
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

/** Where a law's text and record came from, as `putLaw` needs it to find the law again. */
export interface LawSource {
  sourcePath: string | null;
  sha256: string | null;
  /** Changes when the file, its record or the import pipeline change: `unchanged` when equal. */
  fingerprint: string;
  /** The text's own identity: see `contentHash` in import.ts. Null for records without text. */
  contentHash?: string | null;
  /**
   * 'manifest': the record's key is authoritative (a manifest id). 'text': the
   * record was read from the text alone (key title@version date), so the same
   * text already stored under a manifest id is the same law.
   */
  origin?: 'manifest' | 'text';
}

type Row = Record<string, unknown>;

export { normalizeProvision };

/** The key of a law imported without a manifest entry. */
export function textKey(title: string, versionDate: string | null): string {
  return `${title}@${versionDate ?? '未注明日期'}`;
}

/** Whether a stored law was keyed from its own text rather than by a manifest. */
function keyedByText(r: Row): boolean {
  return r.key === textKey(r.title as string, (r.version_date as string | null) ?? null);
}

function corrupt(file: string, detail: string, cause?: unknown): HrssError {
  return new HrssError('E_CORPUS_CORRUPT', `语料库 ${file} ${detail}`, cause === undefined ? undefined : { cause });
}

/** Turn SQLite and file-system failures into coded errors that name the file. */
export function translate(file: string, e: unknown): unknown {
  if (isHrssError(e)) return e;
  const code = (e as { code?: string }).code ?? '';
  const detail = (e as Error).message;
  if (code === 'SQLITE_NOTADB') return corrupt(file, '不是 SQLite 数据库文件（可能已损坏，或根本不是语料库）', e);
  if (code.startsWith('SQLITE_CORRUPT')) return corrupt(file, `已损坏（${detail}）`, e);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new HrssError('E_CORPUS_BUSY', `语料库 ${file} 正被另一个进程占用`, { cause: e });
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return existsSync(file)
      ? new HrssError('E_CORPUS_ACCESS', `无法打开语料库 ${file}（${detail}）`, { cause: e })
      : new HrssError('E_CORPUS_MISSING', `找不到语料库文件 ${file}`, { cause: e });
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return new HrssError('E_CORPUS_ACCESS', `语料库 ${file} 所在位置只读，无法写入（${detail}）`, { cause: e });
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') return new HrssError('E_CORPUS_ACCESS', `写入语料库 ${file} 时磁盘空间不足`, { cause: e });
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return new HrssError('E_CORPUS_ACCESS', `读写语料库 ${file} 时出错（${detail}）`, { cause: e });
  if (code.startsWith('SQLITE_PERM') || code === 'EACCES' || code === 'EPERM')
    return new HrssError('E_CORPUS_ACCESS', `没有权限访问语料库 ${file}（${code}）`, { cause: e });
  return e;
}

/**
 * What SQLite cannot be handed: a folder (it answers "disk I/O error"), a
 * FIFO or device (opening blocks or reads for ever), a file we may not read,
 * or — for writers — one we may not replace. Returns whether the file exists.
 */
export function checkCorpusFile(path: string, use: 'read' | 'write'): boolean {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'ENOTDIR') throw new HrssError('E_CORPUS_NOT_FILE', `语料库路径 ${path} 中有一级不是目录`, { cause: e });
    throw translate(path, e);
  }
  if (st.isDirectory()) throw new HrssError('E_CORPUS_NOT_FILE', `语料库路径 ${path} 是一个目录，不是语料库文件`);
  if (!st.isFile()) throw new HrssError('E_CORPUS_NOT_FILE', `语料库路径 ${path} 不是普通文件（是管道、设备或套接字）`);
  try {
    accessSync(path, use === 'read' ? constants.R_OK : constants.R_OK | constants.W_OK);
  } catch (e) {
    throw new HrssError('E_CORPUS_ACCESS', use === 'read' ? `没有权限读取语料库 ${path}` : `语料库 ${path} 是只读文件（或没有写权限），不能导入或删除`, {
      cause: e,
    });
  }
  return true;
}

export class CorpusStore {
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    readonly db: Database.Database,
    readonly path: string,
    readonly readonly: boolean,
    private readonly indexer: TopicIndexer | undefined,
  ) {}

  /**
   * Open an existing corpus for reading. Refuses what is not a readable file,
   * foreign, newer and damaged files, and files whose schema is not ours, with
   * coded errors, before any query runs.
   */
  static openReadOnly(path: string): CorpusStore {
    if (!checkCorpusFile(path, 'read')) throw new HrssError('E_CORPUS_MISSING', `找不到语料库文件 ${path}`);
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
    } catch (e) {
      throw translate(path, e);
    }
    const store = new CorpusStore(db, path, true, undefined);
    try {
      const version = store.checkIdentity(false);
      verifySchema(db, path, version);
      verifyIntegrity(db, path);
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
      // The copy is thrown away on failure, so its journal need not survive a crash; kept in memory, a killed
      // import leaves no -journal file behind. (OFF, which would also do, is refused by SQLite's defensive mode.)
      db.pragma('journal_mode = MEMORY');
      db.pragma('synchronous = OFF');
      db.pragma('temp_store = MEMORY');
      db.pragma('cache_size = -65536');
      db.pragma('foreign_keys = ON');
      const version = store.checkIdentity(true);
      // Migrations and triggers never run on a layout that is not ours.
      if (version > 0) verifySchema(db, path, version);
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

  /** The file's schema version, after refusing foreign, newer and (for readers) too old files. */
  private checkIdentity(allowEmpty: boolean): number {
    const appId = this.db.pragma('application_id', { simple: true }) as number;
    const version = this.db.pragma('user_version', { simple: true }) as number;
    const tables = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (appId !== APPLICATION_ID) {
      if (tables.length === 0 && version === 0) {
        if (allowEmpty) return 0;
        throw corrupt(this.path, '是一个空的数据库，不是 hrss-audit 语料库');
      }
      throw corrupt(this.path, `不是 hrss-audit 语料库（其中的表：${tables.slice(0, 5).join('、') || '无'}）`);
    }
    if (version > SCHEMA_VERSION) throw newerSchema(this.path, version, SCHEMA_VERSION);
    if (version < READABLE_FROM_VERSION && this.readonly) {
      throw new HrssError('E_CORPUS_OUTDATED', `语料库 ${this.path} 的格式版本为 ${version}，低于当前版本 ${SCHEMA_VERSION}`);
    }
    return version;
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
      const rows = this.stmt('SELECT * FROM law WHERE title_key = ? OR id IN (SELECT law_id FROM law_alias WHERE alias_key = ?) ORDER BY version_date').all(
        k,
        k,
      ) as Row[];
      return rows.map((r) => this.lawOf(r));
    });
  }

  provisions(lawId: number, article?: number): StoredProvision[] {
    return this.guard(() => {
      const rows =
        article === undefined
          ? (this.stmt('SELECT * FROM provision WHERE law_id = ? ORDER BY ordinal').all(lawId) as Row[])
          : (this.stmt('SELECT * FROM provision WHERE law_id = ? AND article = ? ORDER BY ordinal').all(lawId, article) as Row[]);
      return rows.map((r) => this.provisionOf(r));
    });
  }

  provisionsByIds(ids: number[]): StoredProvision[] {
    if (ids.length === 0) return [];
    return this.guard(() =>
      (this.stmt('SELECT * FROM provision WHERE id IN (SELECT value FROM json_each(?)) ORDER BY law_id, ordinal').all(JSON.stringify(ids)) as Row[]).map((r) =>
        this.provisionOf(r),
      ),
    );
  }

  /** (band key, provision id) pairs for the given keys: one query for a whole document. */
  bandRows(keys: number[]): Array<[number, number]> {
    if (keys.length === 0) return [];
    return this.guard(
      () =>
        this.stmt('SELECT band_key, provision_id FROM provision_band WHERE band_key IN (SELECT value FROM json_each(?))')
          .raw()
          .all(JSON.stringify([...new Set(keys)])) as Array<[number, number]>,
    );
  }

  /** Ids of provisions whose claims concern one of the topics (one query for a whole document). */
  topicCandidates(topics: string[]): Map<string, number[]> {
    const out = new Map<string, number[]>();
    if (topics.length === 0) return out;
    this.guard(() => {
      const rows = this.stmt('SELECT topic, provision_id FROM provision_topic WHERE topic IN (SELECT value FROM json_each(?))').all(
        JSON.stringify([...new Set(topics)]),
      ) as Row[];
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
    const terms = query
      .split(/[\s\u3000]+/u)
      .map((t) => normalizeProvision(t))
      .filter(Boolean);
    if (terms.length === 0) return { hits: [], total: 0 };
    const long = terms.filter((t) => [...t].length >= 3);
    const short = terms.filter((t) => [...t].length < 3);
    const likes = short.map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const lawFilter = options.lawIds ? ' AND p.law_id IN (SELECT value FROM json_each(?))' : '';
    const lawParam = options.lawIds ? [JSON.stringify(options.lawIds)] : [];
    const likeSql = short.map(() => " AND p.norm_text LIKE ? ESCAPE '\\'").join('');
    let count: () => number;
    const hits = this.guard(() => {
      let rows: Row[];
      if (long.length > 0) {
        const match = long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
        const from = `FROM provision_fts JOIN provision p ON p.id = provision_fts.rowid WHERE provision_fts MATCH ?${likeSql}${lawFilter}`;
        count = () =>
          this.stmt(`SELECT count(*) ${from}`)
            .pluck()
            .get(match, ...likes, ...lawParam) as number;
        rows = this.stmt(`SELECT p.*, bm25(provision_fts) AS score ${from} ORDER BY score LIMIT ?`).all(match, ...likes, ...lawParam, limit) as Row[];
      } else {
        const from = `FROM provision p WHERE 1${likeSql}${lawFilter}`;
        count = () =>
          this.stmt(`SELECT count(*) ${from}`)
            .pluck()
            .get(...likes, ...lawParam) as number;
        rows = this.stmt(`SELECT p.*, 0 AS score ${from} ORDER BY p.law_id, p.ordinal LIMIT ?`).all(...likes, ...lawParam, limit) as Row[];
      }
      const laws = new Map<number, StoredLaw>();
      return rows.map((r): SearchHit => {
        const provision = this.provisionOf(r);
        let law = laws.get(provision.lawId);
        if (!law) laws.set(provision.lawId, (law = this.lawById(provision.lawId)!));
        return searchHit(provision, law, r.score as number, terms);
      });
    });
    // Counted when asked (`corpus search` shows it; a rule asks whether there is any): the count runs the match a second time.
    let total: number | undefined;
    const guard = this.guard.bind(this);
    return {
      hits,
      get total(): number {
        return (total ??= hits.length < limit ? hits.length : guard(count));
      },
    };
  }

  stats(): CorpusStats {
    return this.guard(() => {
      const count = (sql: string): number => this.stmt(sql).pluck().get() as number;
      const group = (col: string): Record<string, number> =>
        Object.fromEntries(
          (this.stmt(`SELECT coalesce(${col}, '（未知）') AS k, count(*) AS n FROM law GROUP BY k ORDER BY n DESC`).all() as Row[]).map((r) => [
            r.k as string,
            r.n as number,
          ]),
        );
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

  /**
   * The stored law an incoming one is, if any:
   * - the one with the same key (manifest id, or title@version date);
   * - for a text imported without a manifest entry: any law already holding
   *   the same text ('present': nothing to write, its record is kept), or
   *   else the manifest-keyed law of the same title last read from the same
   *   file (the file changed: its text is replaced, its record kept);
   * - for a manifest entry: a law holding the same text under a key read
   *   from the text (an import without the manifest came first), or under
   *   an id that no entry of this import has (the id was renamed): re-keyed.
   * Two ids of the same import stay two laws, even for one text: the
   * manifest said so (and merging them would flip the key on every run).
   */
  private findSame(record: LawRecord, file: LawSource, importing: ReadonlySet<string>): { row: Row; keepRecord: boolean } | 'present' | undefined {
    const origin = file.origin ?? 'manifest';
    const byKey = this.stmt('SELECT * FROM law WHERE key = ?').get(record.key) as Row | undefined;
    if (byKey) return origin === 'text' && file.contentHash && byKey.content_hash === file.contentHash ? 'present' : { row: byKey, keepRecord: false };
    if (file.contentHash) {
      const same = this.stmt('SELECT * FROM law WHERE has_text = 1 AND (content_hash = ? OR (content_hash IS NULL AND sha256 = ?)) ORDER BY id').all(
        file.contentHash,
        file.sha256,
      ) as Row[];
      if (origin === 'text' && same.length > 0) return 'present';
      const replaced = same.find(keyedByText) ?? same.find((r) => !importing.has(r.key as string));
      if (origin === 'manifest' && replaced) return { row: replaced, keepRecord: false };
    }
    if (origin === 'text' && file.sourcePath) {
      const rows = this.stmt('SELECT * FROM law WHERE source_path = ? AND title_key = ? ORDER BY id').all(file.sourcePath, titleKey(record.title)) as Row[];
      const described = rows.find((r) => !keyedByText(r));
      if (described) return { row: described, keepRecord: true };
    }
    return undefined;
  }

  /**
   * Insert a law, or replace the stored law it is (see `findSame`;
   * `importing` holds the keys of every law the current import writes).
   * `unchanged` when that law already holds this text and record (same
   * fingerprint: file, metadata, pipeline version; or, for a text without a
   * manifest entry, the same content).
   */
  putLaw(
    incoming: LawRecord,
    provisions: ProvisionInput[],
    file: LawSource,
    importing: ReadonlySet<string> = new Set([incoming.key]),
  ): 'added' | 'updated' | 'unchanged' {
    const indexer = this.requireWritable();
    const found = this.findSame(incoming, file, importing);
    if (found === 'present') return 'unchanged';
    const existing = found?.row;
    if (existing && existing.fingerprint === file.fingerprint) {
      // Written by a release without content hashes: record it, so the text is found by content from now on.
      if (existing.content_hash === null && file.contentHash) this.stmt('UPDATE law SET content_hash = ? WHERE id = ?').run(file.contentHash, existing.id);
      return 'unchanged';
    }
    const record: LawRecord = found?.keepRecord ? { ...this.lawOf(existing!), articles: incoming.articles ?? null } : incoming;
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
      content_hash: file.contentHash ?? null,
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
      // Read first, then write: a connection that is still stepping through a SELECT cannot write (better-sqlite3: "This
      // database connection is busy executing a query"), which every re-import after a version change hit.
      for (const r of this.db.prepare('SELECT id, norm_text FROM provision').all() as Row[]) {
        const norm = r.norm_text as string;
        if (minhashStale) for (const key of bandKeys(signature(norm))) band.run(key, r.id);
        if (topicsStale) for (const t of indexer.topics(norm)) topic.run(t, r.id);
      }
      this.setMeta('minhash_version', String(MINHASH_VERSION));
      this.setMeta('claims_version', indexer.version);
    })();
  }

  /**
   * Record who wrote the file, compact the full-text index and read the laws' statements again: they come from searches over
   * every law, so any change of any law may change them.
   */
  finish(options: { optimize: boolean; statements?: StatementIndexer }): void {
    this.requireWritable();
    this.setMeta('tool_version', TOOL_VERSION);
    this.setMeta('updated_at', new Date().toISOString());
    if (options.optimize) this.db.exec("INSERT INTO provision_fts (provision_fts) VALUES ('optimize')");
    if (options.statements) this.writeStatements(options.statements);
    this.db.pragma('optimize');
  }

  private writeStatements(indexer: StatementIndexer): void {
    const read = indexer.kinds.map((kind) => ({ kind, rows: indexer.read(kind, (query, options) => this.search(query, options)) }));
    this.db.transaction(() => {
      this.db.exec('DELETE FROM law_statement');
      const insert = this.stmt('INSERT INTO law_statement (kind, ordinal, provision_id, law_id, statement) VALUES (?, ?, ?, ?, ?)');
      for (const { kind, rows } of read) rows.forEach((r, i) => insert.run(kind, i, r.provision.id, r.provision.lawId, JSON.stringify(r.statement)));
      this.setMeta('statements_version', indexer.version);
    })();
  }

  /** The stored statements of one kind (JSON), in the order they were read. */
  statementRows(kind: string): Array<{ provisionId: number; lawId: number; statement: string }> {
    return this.guard(() =>
      (this.stmt('SELECT provision_id, law_id, statement FROM law_statement WHERE kind = ? ORDER BY ordinal').all(kind) as Row[]).map((r) => ({
        provisionId: r.provision_id as number,
        lawId: r.law_id as number,
        statement: r.statement as string,
      })),
    );
  }

  vacuum(): void {
    this.requireWritable();
    this.db.exec('VACUUM');
  }
}

/**
 * A hit whose highlights are found when first read: only `corpus search` shows them, while the rules' own searches (thousands
 * of hits per document) never look.
 */
function searchHit(provision: StoredProvision, law: StoredLaw, score: number, terms: string[]): SearchHit {
  let spans: Span[] | undefined;
  return {
    provision,
    law,
    score,
    get highlights(): Span[] {
      return (spans ??= highlight(provision.text, terms));
    },
  };
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
