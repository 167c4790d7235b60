import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { HrssError } from '../errors.js';
import { MIGRATIONS, migrate } from './schema.js';

/**
 * Is the file's schema the one our migrations make? Checked on every open,
 * before any query: a `law` that is a (recursive) view, a trigger someone
 * added, or a missing column would otherwise hang a read or run foreign
 * code on import. Reading sqlite_master compiles nothing and runs no view.
 *
 * Fast path: a digest of sqlite_master equal to the one our migrations
 * produce (SCHEMA_DIGESTS, kept right by a test) — a tenth of a
 * millisecond. Otherwise the file is compared, object by object, with the
 * schema the migrations build in memory (some milliseconds, once per
 * process): differences in SQLite's own text (another SQLite release
 * writing the full-text index's tables) are accepted, anything else is
 * named and refused.
 */

/** Digests of sqlite_master as each schema version leaves it (see `schemaDigest`). */
export const SCHEMA_DIGESTS: Record<number, string> = {
  1: '3c0a1e9cc7baea60ec884a9c0b0945f85027eb1a5a0970c11311fa63a0d16e3c',
  2: 'a082f203bc025006bd5a2fdbcb2fa1ff489e39133655019d0b72c9b37cbc6ae8',
  3: '9ed9b1f1b5ecd670225ad7cad945107c6a001e686f54272dd246608ae867c9d3',
};

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

interface Reference {
  objects: Map<string, SchemaObject>;
  columns: Map<string, string[]>;
  /** Name prefixes of the tables a virtual table keeps its data in (provision_fts_data…), checked by type only: their layout is SQLite's. */
  shadowPrefixes: string[];
}

const KIND: Record<string, string> = { table: '表', view: '视图', index: '索引', trigger: '触发器' };
/** What SQLite itself adds (ANALYZE statistics, AUTOINCREMENT counters). */
const SQLITE_OWN = /^sqlite_(stat[1-4]|sequence)$/;

const references = new Map<number, Reference>();

const isVirtual = (o: SchemaObject): boolean => /^CREATE\s+VIRTUAL\s+TABLE/i.test(o.sql ?? '');
const normalizeSql = (sql: string | null): string => (sql ?? '').replace(/\s+/g, ' ').trim();

function objectsOf(db: Database.Database): SchemaObject[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as SchemaObject[];
}

function columnsOf(db: Database.Database, table: string): string[] {
  return db.prepare('SELECT name FROM pragma_table_xinfo(?)').pluck().all(table) as string[];
}

function referenceFor(version: number): Reference {
  let ref = references.get(version);
  if (ref) return ref;
  const db = new Database(':memory:');
  try {
    migrate(
      db,
      ':memory:',
      MIGRATIONS.filter((m) => m.version <= version),
    );
    const objects = new Map(objectsOf(db).map((o) => [o.name, o]));
    const shadowPrefixes = [...objects.values()].filter(isVirtual).map((o) => `${o.name}_`);
    const columns = new Map<string, string[]>();
    for (const o of objects.values()) {
      if (o.type === 'table' && !isVirtual(o) && !shadowPrefixes.some((p) => o.name.startsWith(p))) columns.set(o.name, columnsOf(db, o.name));
    }
    ref = { objects, columns, shadowPrefixes };
  } finally {
    db.close();
  }
  references.set(version, ref);
  return ref;
}

/**
 * One string for a whole schema: every object's type, name, table and
 * definition (whitespace folded), except the statistics SQLite keeps and
 * the text of the tables a virtual table keeps its data in, which is
 * SQLite's and not ours (their names and types count).
 */
export function schemaDigest(db: Database.Database): string {
  const objects = objectsOf(db).filter((o) => !SQLITE_OWN.test(o.name));
  const virtual = objects.filter(isVirtual).map((o) => `${o.name}_`);
  const lines = objects.map((o) => [o.type, o.name, o.tbl_name, virtual.some((p) => o.name.startsWith(p)) ? '' : normalizeSql(o.sql)].join('|')).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** The differences between the file's schema and the one of `version`, in Chinese; empty when they agree. */
export function schemaProblems(db: Database.Database, version: number): string[] {
  const ref = referenceFor(version);
  const isShadow = (name: string): boolean => ref.shadowPrefixes.some((p) => name.startsWith(p));
  const actual = new Map(objectsOf(db).map((o) => [o.name, o]));
  const problems: string[] = [];
  for (const [name, want] of ref.objects) {
    const got = actual.get(name);
    if (isShadow(name)) {
      if (got && got.type !== 'table') problems.push(`${name} 应为表，实为${KIND[got.type] ?? got.type}`);
      continue;
    }
    if (!got) {
      problems.push(`缺少${KIND[want.type] ?? want.type} ${name}`);
      continue;
    }
    if (got.type !== want.type || isVirtual(got) !== isVirtual(want)) {
      const kind = (o: SchemaObject): string => (isVirtual(o) ? '虚拟表' : (KIND[o.type] ?? o.type));
      problems.push(`${name} 应为${kind(want)}，实为${kind(got)}`);
      continue;
    }
    if (got.tbl_name !== want.tbl_name) {
      problems.push(`${KIND[want.type] ?? want.type} ${name} 应属于表 ${want.tbl_name}，实属 ${got.tbl_name}`);
      continue;
    }
    const columns = ref.columns.get(name);
    if (columns) {
      const have = columnsOf(db, name);
      const missing = columns.filter((c) => !have.includes(c));
      const extra = have.filter((c) => !columns.includes(c));
      if (missing.length > 0 || extra.length > 0) {
        problems.push(
          `表 ${name} 的列不符（${[missing.length ? `缺少 ${missing.join('、')}` : '', extra.length ? `多出 ${extra.join('、')}` : ''].filter(Boolean).join('，')}）`,
        );
      }
    } else if (normalizeSql(got.sql) !== normalizeSql(want.sql)) {
      problems.push(`${isVirtual(want) ? '虚拟表' : (KIND[want.type] ?? want.type)} ${name} 的定义被改动过`);
    }
  }
  for (const [name, got] of actual) {
    if (ref.objects.has(name) || SQLITE_OWN.test(name) || (got.type === 'table' && isShadow(name))) continue;
    problems.push(`多出${KIND[got.type] ?? got.type} ${name}`);
  }
  return problems;
}

/** Refuse a file whose schema is not exactly that of its version (E_CORPUS_CORRUPT, naming what differs). */
export function verifySchema(db: Database.Database, file: string, version: number): void {
  if (SCHEMA_DIGESTS[version] && schemaDigest(db) === SCHEMA_DIGESTS[version]) return;
  const problems = schemaProblems(db, version);
  if (problems.length === 0) return;
  const more = problems.length > 4 ? `等 ${problems.length} 处` : '';
  throw new HrssError(
    'E_CORPUS_CORRUPT',
    `语料库 ${file} 的结构与 hrss-audit 语料库（格式版本 ${version}）不符：${problems.slice(0, 4).join('；')}${more}。为安全起见不读取该文件`,
  );
}
