import type BetterSqlite3 from 'better-sqlite3';
import { HrssError } from '../errors.js';

/**
 * The corpus file's schema. `PRAGMA user_version` holds the schema version
 * and `PRAGMA application_id` marks the file as an hrss-audit corpus, so a
 * foreign SQLite file is refused instead of written to.
 */

export const SCHEMA_VERSION = 3;
/**
 * The oldest version readers (`check`, `corpus list|show|search|stats`)
 * accept as it is: later versions only added what imports use or what readers
 * can do without (version 3's stored statements are read on the fly from an
 * older file), so a corpus written by an older release keeps working until
 * the next import migrates it.
 */
export const READABLE_FROM_VERSION = 1;
/** 'HRSA' */
export const APPLICATION_ID = 0x48525341;

export interface Migration {
  /** The schema version this migration produces. */
  version: number;
  description: string;
  up(db: BetterSqlite3.Database): void;
}

const V1 = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE law (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_key TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  level TEXT,
  issuer TEXT,
  region TEXT,
  document_numbers TEXT NOT NULL DEFAULT '[]',
  promulgation_date TEXT,
  effective_date TEXT,
  revision_date TEXT,
  version_date TEXT,
  status TEXT NOT NULL,
  repeal_date TEXT,
  replaced_by TEXT,
  superseded_by TEXT,
  partial_note TEXT,
  evidence TEXT,
  article_count INTEGER,
  has_text INTEGER NOT NULL DEFAULT 0,
  source_path TEXT,
  sha256 TEXT,
  fingerprint TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  notes TEXT
);
CREATE INDEX law_title_key ON law (title_key);

CREATE TABLE law_alias (
  alias_key TEXT NOT NULL,
  law_id INTEGER NOT NULL REFERENCES law (id) ON DELETE CASCADE,
  PRIMARY KEY (alias_key, law_id)
) WITHOUT ROWID;
CREATE INDEX law_alias_law ON law_alias (law_id);

CREATE TABLE provision (
  id INTEGER PRIMARY KEY,
  law_id INTEGER NOT NULL REFERENCES law (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  article INTEGER,
  article_ordinal INTEGER,
  clause INTEGER,
  item INTEGER,
  address TEXT NOT NULL,
  heading TEXT,
  text TEXT NOT NULL,
  norm_text TEXT NOT NULL
);
CREATE INDEX provision_law ON provision (law_id, article, clause, item);

CREATE VIRTUAL TABLE provision_fts USING fts5 (norm_text, content = 'provision', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER provision_ai AFTER INSERT ON provision BEGIN
  INSERT INTO provision_fts (rowid, norm_text) VALUES (new.id, new.norm_text);
END;
CREATE TRIGGER provision_ad AFTER DELETE ON provision BEGIN
  INSERT INTO provision_fts (provision_fts, rowid, norm_text) VALUES ('delete', old.id, old.norm_text);
END;
CREATE TRIGGER provision_au AFTER UPDATE OF norm_text ON provision BEGIN
  INSERT INTO provision_fts (provision_fts, rowid, norm_text) VALUES ('delete', old.id, old.norm_text);
  INSERT INTO provision_fts (rowid, norm_text) VALUES (new.id, new.norm_text);
END;

-- MinHash LSH: one row per (band key, provision). Keys are recomputed from norm_text to delete them.
CREATE TABLE provision_band (band_key INTEGER NOT NULL, provision_id INTEGER NOT NULL, PRIMARY KEY (band_key, provision_id)) WITHOUT ROWID;

-- Subjects of the quantitative and modal claims a provision makes (conflict candidates).
CREATE TABLE provision_topic (topic TEXT NOT NULL, provision_id INTEGER NOT NULL, PRIMARY KEY (topic, provision_id)) WITHOUT ROWID;
CREATE INDEX provision_topic_provision ON provision_topic (provision_id);
`;

// The text's own identity (its title, version date and normalised provisions, whatever manifest described it):
// a text imported again, with or without a manifest entry, is found by it instead of being added twice.
const V2 = `
ALTER TABLE law ADD COLUMN content_hash TEXT;
CREATE INDEX law_content_hash ON law (content_hash);
`;

// What models read out of the laws' provisions whatever the document (their bans, their duties; src/corpus/law-statements.ts),
// read once at import instead of at every check: one JSON statement per row, in the order the model reads them.
const V3 = `
CREATE TABLE law_statement (
  kind TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  provision_id INTEGER NOT NULL,
  law_id INTEGER NOT NULL,
  statement TEXT NOT NULL,
  PRIMARY KEY (kind, ordinal)
) WITHOUT ROWID;
`;

export const MIGRATIONS: Migration[] = [
  { version: 1, description: '法规、条款、全文索引（trigram）、MinHash 分带、条款主题', up: (db) => db.exec(V1) },
  { version: 2, description: '正文内容指纹（重复导入按内容识别同一文件）', up: (db) => db.exec(V2) },
  { version: 3, description: '上位法陈述索引（禁止性规定、义务性规定、可口头提出的申请，导入时读取一次）', up: (db) => db.exec(V3) },
];

/**
 * Bring a writable database up to the latest schema, one transaction per
 * step. A database from a newer release is refused (E_CORPUS_VERSION).
 */
export function migrate(db: BetterSqlite3.Database, file: string, migrations: Migration[] = MIGRATIONS): { from: number; to: number } {
  const latest = migrations.at(-1)?.version ?? 0;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) throw newerSchema(file, from, latest);
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: Math.max(from, latest) };
}

export function newerSchema(file: string, found: number, supported: number): HrssError {
  return new HrssError(
    'E_CORPUS_VERSION',
    `语料库 ${file} 的格式版本为 ${found}，由更新版本的 hrss-audit 创建；当前版本只支持到 ${supported}。请升级 hrss-audit，或用 --corpus 指定另一个文件重新导入`,
  );
}
