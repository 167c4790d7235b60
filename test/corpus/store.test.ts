import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/corpus/corpus.js';
import { importCorpus, removeFromCorpus } from '../../src/corpus/import.js';
import { acquireLock, lockPath } from '../../src/corpus/lock.js';
import { overlap, shingles } from '../../src/corpus/minhash.js';
import { APPLICATION_ID, MIGRATIONS, migrate, READABLE_FROM_VERSION, SCHEMA_VERSION } from '../../src/corpus/schema.js';
import { CorpusStore } from '../../src/corpus/store.js';
import { SHARED_CORPUS, sharedCorpusDb } from '../helpers/corpus.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'hrss-corpus-'));
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const LAW = (title: string, body: string): string => `# ${title}\n\n2020年1月1日 某某会议通过\n\n<!-- INFO END -->\n\n${body}\n`;

describe('the shared corpus, imported', () => {
  let db: string;
  beforeAll(async () => {
    db = await sharedCorpusDb();
  }, 180_000);

  it('holds every document of the manifest and the repealed instruments, with their articles', () => {
    const store = CorpusStore.openReadOnly(db);
    try {
      const stats = store.stats();
      const manifest = JSON.parse(readFileSync(join(SHARED_CORPUS, 'manifest.json'), 'utf8'));
      expect(stats.laws).toBe(manifest.documents.length + manifest.repealed_without_text.length);
      expect(stats.withText).toBe(manifest.documents.length);
      expect(stats.provisions).toBeGreaterThan(12_000);
      const [law] = store.findLaws('社会保险法');
      expect(law).toMatchObject({ key: 'social-insurance-law-20181229', level: '法律', status: '现行有效', articles: 98 });
      const art46 = store.provisions(law.id, 46);
      expect(art46).toHaveLength(1);
      expect(art46[0].address).toBe('第四十六条');
      expect(art46[0].heading).toBe('第五章 失业保险');
      const items = store.provisions(store.findLaws('工伤保险条例')[0].id, 14);
      expect(items.map((p) => p.address)).toEqual(['第十四条', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `第十四条第（${'一二三四五六七'[n - 1]}）项`)]);
      expect(store.findLaws('中华人民共和国合同法')[0]).toMatchObject({
        hasText: false,
        status: '已废止',
        repealDate: '2021-01-01',
        replacedBy: '中华人民共和国民法典',
      });
    } finally {
      store.close();
    }
  });

  it('searches by bm25 for 3+ characters and by LIKE for shorter terms, highlighting the original text', () => {
    const store = CorpusStore.openReadOnly(db);
    try {
      const long = store.search('最低工资标准', { limit: 5 });
      expect(long.total).toBeGreaterThan(5);
      expect(long.hits).toHaveLength(5);
      expect(long.hits[0].score).toBeLessThan(0);
      for (const h of long.hits) for (const s of h.highlights) expect(h.provision.text.slice(s.start, s.end)).toBe('最低工资标准');
      const short = store.search('童工', { limit: 3 });
      expect(short.total).toBeGreaterThan(3);
      expect(short.hits.every((h) => h.provision.text.includes('童工'))).toBe(true);
      const both = store.search('工伤 停工留薪期');
      expect(both.hits.every((h) => h.provision.text.includes('工伤') && h.provision.text.includes('停工留薪期'))).toBe(true);
      expect(store.search('月30').total).toBe(store.search('月３０').total);
    } finally {
      store.close();
    }
  });

  it('finds a near-duplicate provision through the MinHash bands', async () => {
    const corpus = await Corpus.open(db);
    try {
      const original = corpus.provisionsOf('labor-contract-law-20121228', 19)[0];
      const edited = original.normText.replace('不得超过一个月', '不得超过1个月').replace('试用期不得超过六个月', '试用期不得超过6个月');
      const [candidates] = corpus.similar([edited]);
      expect(candidates.map((p) => p.id)).toContain(original.id);
      expect(overlap(shingles(edited), shingles(original.normText)).jaccard).toBeGreaterThan(0.7);
      expect(corpus.similar(['与劳动法毫不相干的一句话，谈论天气和风景以及晚饭吃什么'])[0]).toEqual([]);
    } finally {
      corpus.close();
    }
  });
});

describe('import', () => {
  it('is idempotent: a second import changes nothing, a changed file updates its law in place', async () => {
    const dir = temp();
    const src = join(dir, 'src');
    const target = join(dir, 'c.db');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(src);
    writeFileSync(join(src, 'a.md'), LAW('某某条例', '第一条 甲。\n\n第二条 乙。'));
    writeFileSync(join(src, 'b.md'), LAW('另一条例', '第一条 丙。'));
    const first = await importCorpus({ target, inputs: [src], cwd: dir });
    expect(first).toMatchObject({ added: 2, updated: 0, unchanged: 0, laws: 2, provisions: 3, problems: [] });
    const again = await importCorpus({ target, inputs: [src], cwd: dir });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2, laws: 2, provisions: 3 });
    writeFileSync(join(src, 'a.md'), LAW('某某条例', '第一条 甲。\n\n第二条 乙。\n\n第三条 丁。'));
    const changed = await importCorpus({ target, inputs: [src], cwd: dir });
    expect(changed).toMatchObject({ added: 0, updated: 1, unchanged: 1, laws: 2, provisions: 4 });
    const store = CorpusStore.openReadOnly(target);
    try {
      const [law] = store.findLaws('某某条例');
      expect(law.key).toBe('某某条例@2020-01-01');
      expect(law.articles).toBe(3);
      expect(store.search('丁').hits.map((h) => h.provision.address)).toEqual(['第三条']);
      expect(store.search('甲').total).toBe(1);
    } finally {
      store.close();
    }
  });

  it('re-imports over a file written with other claim and band versions, rebuilding what they derive', async () => {
    const dir = temp();
    const src = join(dir, 'src');
    const target = join(dir, 'c.db');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(src);
    writeFileSync(join(src, 'a.md'), LAW('某某条例', '第一条 用人单位应当自用工之日起三十日内为职工申请办理社会保险登记。'));
    await importCorpus({ target, inputs: [src], cwd: dir });
    // As an older release left it: other versions, nothing derived.
    const db = new Database(target);
    db.prepare("UPDATE meta SET value = 'old' WHERE key IN ('claims_version', 'minhash_version')").run();
    db.exec('DELETE FROM provision_topic; DELETE FROM provision_band');
    db.close();
    const again = await importCorpus({ target, inputs: [src], cwd: dir });
    expect(again).toMatchObject({ unchanged: 1, laws: 1, provisions: 1, problems: [] });
    const check = new Database(target, { readonly: true });
    try {
      expect((check.prepare("SELECT value FROM meta WHERE key = 'claims_version'").get() as { value: string }).value).not.toBe('old');
      expect((check.prepare('SELECT count(*) AS n FROM provision_topic').get() as { n: number }).n).toBeGreaterThan(0);
      expect((check.prepare('SELECT count(*) AS n FROM provision_band').get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      check.close();
    }
  });

  it('reports unreadable files without stopping, and exits nothing else', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'good.md'), LAW('好条例', '第一条 甲。'));
    writeFileSync(join(dir, 'bad.docx'), 'not a zip at all');
    writeFileSync(join(dir, 'empty.md'), '');
    const r = await importCorpus({ target: join(dir, 'c.db'), inputs: [dir], cwd: dir });
    expect(r.added).toBe(1);
    expect(r.problems.map((p) => p.file).sort()).toEqual(['bad.docx', 'empty.md']);
    expect(r.problems.every((p) => /^E_/.test(p.code) && p.message.length > 5)).toBe(true);
  });

  it('leaves the previous corpus intact when an import fails half way, and cleans up after itself', async () => {
    const dir = temp();
    const target = join(dir, 'c.db');
    writeFileSync(join(dir, 'a.md'), LAW('甲条例', '第一条 甲。'));
    await importCorpus({ target, inputs: [join(dir, 'a.md')], cwd: dir });
    const before = sha(target);
    writeFileSync(join(dir, 'b.md'), LAW('乙条例', '第一条 乙。'));
    writeFileSync(join(dir, 'c.md'), LAW('丙条例', '第一条 丙。'));
    let written = 0;
    await expect(
      importCorpus({
        target,
        inputs: [dir],
        cwd: dir,
        afterLaw: () => {
          if (++written === 2) throw new Error('disk full (simulated)');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(sha(target)).toBe(before);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([]);
    const store = CorpusStore.openReadOnly(target);
    expect(store.laws().map((l) => l.title)).toEqual(['甲条例']);
    store.close();
  });

  it.each([
    [
      'garbage bytes',
      (p: string) => writeFileSync(p, 'this is not a database, just text that is long enough to look like a header'),
      'E_CORPUS_CORRUPT',
      '不是 SQLite 数据库',
    ],
    [
      'a foreign SQLite file',
      (p: string) => {
        const d = new Database(p);
        d.exec('CREATE TABLE invoices (id INTEGER)');
        d.close();
      },
      'E_CORPUS_CORRUPT',
      '不是 hrss-audit 语料库（其中的表：invoices）',
    ],
    [
      'a corpus from a newer release',
      (p: string) => {
        const d = new Database(p);
        d.pragma(`application_id = ${APPLICATION_ID}`);
        d.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
        d.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)');
        d.close();
      },
      'E_CORPUS_VERSION',
      `格式版本为 ${SCHEMA_VERSION + 1}`,
    ],
  ])('refuses %s with a coded error and leaves it untouched', async (_name, make, code, message) => {
    const dir = temp();
    const target = join(dir, 'c.db');
    make(target);
    const before = sha(target);
    writeFileSync(join(dir, 'a.md'), LAW('甲条例', '第一条 甲。'));
    await expect(importCorpus({ target, inputs: [join(dir, 'a.md')], cwd: dir })).rejects.toMatchObject({ code, message: expect.stringContaining(message) });
    expect(() => CorpusStore.openReadOnly(target)).toThrow(expect.objectContaining({ code }));
    expect(sha(target)).toBe(before);
  });

  it.each([
    ['{ "documents": [ ', '不是合法的 JSON'],
    ['[1, 2]', '顶层应为对象'],
    ['{ "docs": [] }', '缺少 documents 数组'],
    ['{ "documents": [ { "id": "x", "path": "a.md", "level": "法律", "status": "现行有效" } ] }', 'documents[0]（x） 缺少字段“title”（标题）'],
    ['{ "documents": [ { "id": "x", "title": "甲", "path": "a.md", "level": "章程", "status": "现行有效" } ] }', '“level”（效力级别）取值无效'],
    [
      '{ "documents": [ { "id": "x", "title": "甲", "path": "a.md", "level": "法律", "status": "现行有效", "version_date": "2024-02-30" } ] }',
      '“version_date”不合法',
    ],
  ])('refuses a bad manifest %s naming the file and the field', async (content, message) => {
    const dir = temp();
    const target = join(dir, 'c.db');
    writeFileSync(join(dir, 'a.md'), LAW('甲条例', '第一条 甲。'));
    writeFileSync(join(dir, 'manifest.json'), content);
    await expect(importCorpus({ target, inputs: [dir], cwd: dir })).rejects.toMatchObject({
      code: 'E_MANIFEST_INVALID',
      message: expect.stringContaining(message),
    });
    await expect(importCorpus({ target, inputs: [dir], cwd: dir })).rejects.toThrow(join(dir, 'manifest.json'));
    expect(existsSync(target)).toBe(false);
  });

  it('takes metadata from a manifest given with --manifest for the files named', async () => {
    const dir = temp();
    const target = join(dir, 'c.db');
    const file = join(SHARED_CORPUS, 'texts/administrative-regulation/unemployment-insurance-regulations-19990122.md');
    const r = await importCorpus({ target, inputs: [file], cwd: dir, manifest: join(SHARED_CORPUS, 'manifest.json') });
    // The one file, plus the instruments the manifest knows only as repealed.
    expect(r.added).toBe(1 + JSON.parse(readFileSync(join(SHARED_CORPUS, 'manifest.json'), 'utf8')).repealed_without_text.length);
    const store = CorpusStore.openReadOnly(target);
    expect(store.findLaws('失业保险条例')[0]).toMatchObject({
      key: 'unemployment-insurance-regulations-19990122',
      level: '行政法规',
      articles: 33,
      documentNumbers: ['中华人民共和国国务院令第258号'],
    });
    store.close();
  });

  it('makes a second writer wait, then gives a busy error; a lock left by a dead process is taken over', async () => {
    const dir = temp();
    const target = join(dir, 'c.db');
    writeFileSync(join(dir, 'a.md'), LAW('甲条例', '第一条 甲。'));
    const release = await acquireLock(target, { waitMs: 0 });
    const started = Date.now();
    await expect(importCorpus({ target, inputs: [dir], cwd: dir, waitMs: 300 })).rejects.toMatchObject({
      code: 'E_CORPUS_BUSY',
      message: expect.stringContaining(`进程 ${process.pid}`),
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    setTimeout(() => void release(), 200);
    await expect(importCorpus({ target, inputs: [dir], cwd: dir, waitMs: 5000 })).resolves.toMatchObject({ added: 1 });
    writeFileSync(lockPath(target), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), startedAt: '2020-01-01T00:00:00Z' }));
    await expect(importCorpus({ target, inputs: [dir], cwd: dir, waitMs: 0 })).resolves.toMatchObject({ unchanged: 1 });
    expect(existsSync(lockPath(target))).toBe(false);
  });

  it('removes laws by title (every version) or by key, and says what it did not find', async () => {
    const dir = temp();
    const target = join(dir, 'c.db');
    writeFileSync(join(dir, 'a.md'), LAW('甲条例', '第一条 甲。'));
    writeFileSync(join(dir, 'b.md'), LAW('乙条例', '第一条 乙乙乙乙。'));
    await importCorpus({ target, inputs: [dir], cwd: dir });
    const r = await removeFromCorpus(target, ['《甲条例》', '乙条例@2020-01-01', '丙条例'], { waitMs: 0 });
    expect(r.removed.map((x) => x.title)).toEqual(['甲条例', '乙条例']);
    expect(r.notFound).toEqual(['丙条例']);
    const store = CorpusStore.openReadOnly(target);
    expect(store.stats()).toMatchObject({ laws: 0, provisions: 0 });
    expect(store.search('乙乙乙').total).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM provision_band').pluck().get()).toBe(0);
    store.close();
  });
});

describe('schema migrations', () => {
  it('applies later migrations in order and records the version; refuses to go back', () => {
    const dir = temp();
    const path = join(dir, 'c.db');
    const db = new Database(path);
    expect(migrate(db, path)).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const next = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, description: 'test: a new column', up: (d: Database.Database) => d.exec('ALTER TABLE law ADD COLUMN test_column TEXT') },
    ];
    expect(migrate(db, path, next)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION + 1 });
    expect((db.prepare('PRAGMA table_info(law)').all() as Array<{ name: string }>).map((c) => c.name)).toContain('test_column');
    expect(() => migrate(db, path)).toThrow(expect.objectContaining({ code: 'E_CORPUS_VERSION' }));
    db.close();
  });

  it('reads a corpus of the oldest readable version as it is; an import migrates it; an older one asks for an upgrade', async () => {
    const dir = temp();
    const path = join(dir, 'c.db');
    const db = new Database(path);
    migrate(
      db,
      path,
      MIGRATIONS.filter((m) => m.version <= READABLE_FROM_VERSION),
    );
    db.close();
    const store = CorpusStore.openReadOnly(path);
    expect(store.stats()).toMatchObject({ schemaVersion: READABLE_FROM_VERSION, laws: 0 });
    store.close();
    writeFileSync(join(dir, 'a.md'), LAW('甲条例', '第一条 甲。'));
    await importCorpus({ target: path, inputs: [join(dir, 'a.md')], cwd: dir });
    const migrated = CorpusStore.openReadOnly(path);
    expect(migrated.stats()).toMatchObject({ schemaVersion: SCHEMA_VERSION, laws: 1 });
    migrated.close();

    const older = join(dir, 'older.db');
    const o = new Database(older);
    o.pragma(`application_id = ${APPLICATION_ID}`);
    o.pragma(`user_version = ${READABLE_FROM_VERSION - 1}`);
    o.close();
    expect(() => CorpusStore.openReadOnly(older)).toThrow(expect.objectContaining({ code: 'E_CORPUS_OUTDATED' }));
  });
});

describe('search', () => {
  it('counts every match, not only the hits it returns, and highlights the terms when asked', async () => {
    const dir = temp();
    const src = join(dir, 'src');
    const target = join(dir, 'c.db');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(src);
    writeFileSync(
      join(src, 'a.md'),
      LAW('某某条例', '第一条 𠮷用人单位应当按时足额支付工资。\n\n第二条 用人单位应当依法缴纳社会保险费。\n\n第三条 职工应当遵守劳动纪律。'),
    );
    await importCorpus({ target, inputs: [src], cwd: dir });
    const store = CorpusStore.openReadOnly(target);
    try {
      const one = store.search('用人单位', { limit: 1 });
      expect(one.hits).toHaveLength(1);
      expect(one.total).toBe(2);
      expect(store.search('应当', { limit: 1 }).total).toBe(3);
      expect(store.search('应当', { limit: 5 }).total).toBe(3);
      expect(store.search('不存在的词语').total).toBe(0);
      const [hit] = store.search('足额支付').hits;
      // UTF-16 offsets, after the astral 𠮷 (two code units).
      expect(hit.highlights).toEqual([{ start: hit.provision.text.indexOf('足额支付'), end: hit.provision.text.indexOf('足额支付') + 4 }]);
      expect(hit.provision.text.slice(hit.highlights[0].start, hit.highlights[0].end)).toBe('足额支付');
      expect(hit.highlights[0].start - hit.provision.text.indexOf('𠮷')).toBe(10);
    } finally {
      store.close();
    }
  });
});
