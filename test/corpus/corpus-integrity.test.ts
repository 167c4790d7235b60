import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/corpus/corpus.js';
import { importCorpus, removeFromCorpus, upgradeCorpus } from '../../src/corpus/import.js';
import { forgetCheckedHere, SETTLE_MS, verifyIntegrity } from '../../src/corpus/integrity.js';
import { tidyLeftovers } from '../../src/corpus/leftovers.js';
import { acquireLock } from '../../src/corpus/lock.js';
import { CorpusStore } from '../../src/corpus/store.js';
import { copyOfSharedCorpus, damagePage } from '../helpers/corpus-damage.js';

/**
 * Every command opens the corpus through the same checks: a damaged page,
 * a schema that is not ours (a view where a table should be, a trigger
 * someone added), a path that is not a file. Import never builds on a
 * corpus that fails them, and cleans up what killed imports left.
 */

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const LAW = (title: string, body: string): string => `# ${title}\n\n2020年1月1日 某某会议通过\n\n${body}\n`;
const temp = (): string => mkdtempSync(join(tmpdir(), 'hrss-integrity-'));

function lawFile(): { dir: string; file: string } {
  const dir = temp();
  const file = join(dir, 'new.md');
  writeFileSync(file, LAW('新条例', '第一条 新的规定。'));
  return { dir, file };
}

/** Change a settled corpus file with SQLite directly, as another program would. */
function alter(path: string, sql: string): void {
  const db = new Database(path);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe('a corpus with a damaged page', () => {
  it.each(['provision', 'provision_fts_data', 'provision_band'])(
    'is refused by every reader and writer when a page of %s is damaged, and left as it is',
    async (table) => {
      const path = await copyOfSharedCorpus();
      damagePage(path, table);
      const before = sha(path);
      const corrupt = expect.objectContaining({ code: 'E_CORPUS_CORRUPT', message: expect.stringContaining(path) });
      expect(() => CorpusStore.openReadOnly(path)).toThrow(corrupt);
      await expect(Corpus.open(path)).rejects.toEqual(corrupt);
      const { dir, file } = lawFile();
      await expect(importCorpus({ target: path, inputs: [file], cwd: dir })).rejects.toEqual(corrupt);
      await expect(removeFromCorpus(path, ['中华人民共和国劳动法'], { waitMs: 0 })).rejects.toEqual(corrupt);
      await expect(upgradeCorpus(path, { waitMs: 0 })).rejects.toEqual(corrupt);
      expect(sha(path)).toBe(before);
      expect(readdirSync(join(path, '..'))).toEqual(['corpus.db']);
    },
    60_000,
  );

  it('a file that passed once is not read in full again; any later write to it brings the check back', async () => {
    const path = await copyOfSharedCorpus();
    const open = (now?: number, options: { newProcess?: boolean } = {}) => {
      if (options.newProcess) forgetCheckedHere();
      const db = new Database(path, { readonly: true });
      try {
        return verifyIntegrity(db, path, now);
      } finally {
        db.close();
      }
    };
    // Within one run, once is enough.
    expect(open()).toBe('checked');
    expect(open()).toBe('known');
    // Just written: file times may not move on a write within the same tick, so nothing is remembered for later runs.
    expect(open(undefined, { newProcess: true })).toBe('checked');
    const later = Date.now() + SETTLE_MS + 1000;
    expect(open(later, { newProcess: true })).toBe('checked');
    expect(open(later, { newProcess: true })).toBe('known');
    // Wait for the file clock to move past the file's own times, then damage one page in place (same size).
    const probe = join(path, '..', 'probe');
    const changed = statSync(path, { bigint: true }).ctimeNs;
    do writeFileSync(probe, String(Math.random()));
    while (statSync(probe, { bigint: true }).ctimeNs <= changed);
    damagePage(path, 'provision');
    expect(() => open(later)).toThrow(expect.objectContaining({ code: 'E_CORPUS_CORRUPT' }));
    expect(() => open(later, { newProcess: true })).toThrow(expect.objectContaining({ code: 'E_CORPUS_CORRUPT' }));
  }, 60_000);
});

describe('a corpus whose schema is not ours', () => {
  it.each([
    ['law is a view', 'ALTER TABLE law RENAME TO law_data; CREATE VIEW law AS SELECT * FROM law_data;', 'law 应为表，实为视图'],
    [
      'a trigger was added',
      "CREATE TRIGGER spy AFTER INSERT ON provision BEGIN UPDATE meta SET value = 'x' WHERE key = 'tool_version'; END;",
      '多出触发器 spy',
    ],
    ['a column is missing', 'ALTER TABLE law DROP COLUMN notes;', '表 law 的列不符（缺少 notes）'],
    [
      'the full-text index reads another table',
      "DROP TABLE provision_fts; CREATE VIRTUAL TABLE provision_fts USING fts5 (norm_text, content = 'law', content_rowid = 'id', tokenize = 'trigram');",
      '虚拟表 provision_fts 的定义被改动过',
    ],
  ])(
    'is refused by readers and import when %s',
    async (_name, sql, message) => {
      const path = await copyOfSharedCorpus();
      alter(path, sql);
      const before = sha(path);
      const refused = expect.objectContaining({ code: 'E_CORPUS_CORRUPT', message: expect.stringContaining(message) });
      expect(() => CorpusStore.openReadOnly(path)).toThrow(refused);
      await expect(Corpus.open(path)).rejects.toEqual(refused);
      const { dir, file } = lawFile();
      await expect(importCorpus({ target: path, inputs: [file], cwd: dir })).rejects.toEqual(refused);
      expect(sha(path)).toBe(before);
    },
    60_000,
  );
});

describe('a corpus path that is not a file', () => {
  it('a folder is refused with E_CORPUS_NOT_FILE by readers and writers, not a disk I/O error', async () => {
    const dir = temp();
    const folder = join(dir, 'corpus.db');
    mkdirSync(folder);
    const notFile = expect.objectContaining({ code: 'E_CORPUS_NOT_FILE', message: expect.stringContaining('是一个目录') });
    expect(() => CorpusStore.openReadOnly(folder)).toThrow(notFile);
    await expect(Corpus.open(folder)).rejects.toEqual(notFile);
    const { file } = lawFile();
    await expect(importCorpus({ target: folder, inputs: [file], cwd: dir })).rejects.toEqual(notFile);
    await expect(removeFromCorpus(folder, ['x'], { waitMs: 0 })).rejects.toEqual(notFile);
    await expect(upgradeCorpus(folder, { waitMs: 0 })).rejects.toEqual(notFile);
  });
});

describe('what killed imports leave behind', () => {
  /** The files a writer killed mid-way leaves: its temporary copy and that copy's journal, named with its (dead) pid. */
  function leaveLeftovers(target: string): string[] {
    const names = ['.corpus.db.99999999.deadbeef.tmp', '.corpus.db.99999999.deadbeef.tmp-journal', '.corpus.db.4242.0badf00d.tmp-journal'];
    for (const n of names) writeFileSync(join(target, '..', n), 'left by a killed import');
    return names;
  }
  const listing = (target: string): string[] => readdirSync(join(target, '..')).sort();

  it('an import removes them (and never the corpus’s own journal or other files)', async () => {
    const target = await copyOfSharedCorpus();
    leaveLeftovers(target);
    writeFileSync(join(target, '..', 'notes.tmp'), 'mine');
    const { dir, file } = lawFile();
    await importCorpus({ target, inputs: [file], cwd: dir });
    expect(listing(target)).toEqual(['corpus.db', 'notes.tmp']);
  }, 60_000);

  it('a reader removes them when no import runs, and leaves them while one holds the lock', async () => {
    const target = await copyOfSharedCorpus();
    const left = leaveLeftovers(target);
    const release = await acquireLock(target, { waitMs: 0 });
    try {
      (await Corpus.open(target)).close();
      expect(listing(target)).toEqual(['corpus.db', 'corpus.db.lock', ...left].sort());
      expect(await tidyLeftovers(target)).toEqual([]);
    } finally {
      await release();
    }
    (await Corpus.open(target)).close();
    expect(listing(target)).toEqual(['corpus.db']);
  }, 60_000);

  it('an import keeps its journal in memory: nothing but the copy is on disk while it writes', async () => {
    const dir = temp();
    const target = join(dir, 'c.db');
    writeFileSync(join(dir, 'a.md'), LAW('甲条例', '第一条 甲。'));
    writeFileSync(join(dir, 'b.md'), LAW('乙条例', '第一条 乙。'));
    await importCorpus({ target, inputs: [join(dir, 'a.md')], cwd: dir });
    const during: string[][] = [];
    await importCorpus({ target, inputs: [dir], cwd: dir, afterLaw: () => void during.push(readdirSync(dir).filter((n) => n.startsWith('.c.db.'))) });
    expect(during.length).toBeGreaterThan(0);
    for (const names of during) {
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^\.c\.db\.\d+\.[0-9a-f]+\.tmp$/);
    }
  });
});

// Keep the helpers honest: the damage really lands inside the table's pages.
describe('damagePage', () => {
  it('writes one page of garbage in place', async () => {
    const path = await copyOfSharedCorpus();
    const size = statSync(path).size;
    const page = damagePage(path, 'provision');
    expect(statSync(path).size).toBe(size);
    const fd = openSync(path, 'r');
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, (page - 1) * 4096);
    closeSync(fd);
    expect(buf.every((b) => b === 0x5a)).toBe(true);
  });
});

describe('schema digests', () => {
  it('are those the migrations produce, for a new file and for one migrated from the oldest readable version', async () => {
    const { MIGRATIONS, migrate, READABLE_FROM_VERSION, SCHEMA_VERSION } = await import('../../src/corpus/schema.js');
    const { SCHEMA_DIGESTS, schemaDigest, schemaProblems } = await import('../../src/corpus/schema-check.js');
    for (let v = READABLE_FROM_VERSION; v <= SCHEMA_VERSION; v++) {
      const db = new Database(':memory:');
      migrate(
        db,
        ':memory:',
        MIGRATIONS.filter((m) => m.version <= v),
      );
      expect(schemaDigest(db), `SCHEMA_DIGESTS[${v}]`).toBe(SCHEMA_DIGESTS[v]);
      expect(schemaProblems(db, v)).toEqual([]);
      db.close();
    }
    const path = join(temp(), 'c.db');
    const db = new Database(path);
    migrate(
      db,
      path,
      MIGRATIONS.filter((m) => m.version <= READABLE_FROM_VERSION),
    );
    db.exec('ANALYZE');
    migrate(db, path);
    expect(schemaDigest(db)).toBe(SCHEMA_DIGESTS[SCHEMA_VERSION]);
    db.close();
  });
});
