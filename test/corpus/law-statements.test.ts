import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusApi } from '../../src/corpus/api.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { importCorpus, upgradeCorpus } from '../../src/corpus/import.js';
import { LAW_STATEMENT_KINDS, STATEMENTS_VERSION, type LawStatementKind } from '../../src/corpus/law-statements.js';
import { sharedCorpusDb } from '../helpers/corpus.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'hrss-statements-'));
const LAW = (title: string, body: string): string => `# ${title}\n\n2020年1月1日 某某会议通过\n\n<!-- INFO END -->\n\n${body}\n`;
const KINDS = Object.keys(LAW_STATEMENT_KINDS) as LawStatementKind[];

/** Each kind's statements as plain data: the law, the provision's address, the statement. */
function listed(corpus: CorpusApi): Record<string, string[]> {
  return Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      corpus.lawStatements(kind).map((s) => `${s.provision.law.key} ${s.provision.address} ${s.lawId === s.provision.lawId} ${JSON.stringify(s.statement)}`),
    ]),
  );
}

/**
 * What the readers find in the shared corpus, recorded per STATEMENTS_VERSION. A reader that now finds something else must
 * come with a new version (and its digest here): corpora imported under the old version would otherwise keep the old
 * statements, since a version they match is trusted as it is.
 */
const DIGESTS: Record<string, string> = {
  'statements-1': '2f0fe6e2c18970276bb396d932eadab7a66c1bdb7e4ef4d539fd1382d3ed2497',
  // + floors (src/corpus/standard-floors.ts)
  'statements-2': '2edfd4f98184812bc72c74250915871c0d761b57e970ede10a6acc6f471407e4',
  // + prerequisites (src/corpus/deferred-steps.ts)
  'statements-3': '1db448aadf47bbc74a78fac466dff3d012046cc6bc38c7d042e9585095e0adad',
  // prerequisites also read where the law puts a step before an act (仲裁庭在作出裁决前，应当先行调解); floors on wages in general
  'statements-4': 'ae5109449a0ff744bf430bce14d606d60871f19cdd3a45e75876684c3eeb8599',
  // oral requests also for 调解 (劳动争议调解仲裁法第十二条); prerequisites also a training passed before work (未经…培训合格的…不得上岗作业);
  // + effects (src/corpus/effect-moments.ts)
  'statements-5': 'ae00ae855f4d9c5b66f101a7748f8635d7dd49ec800b4a5e03b5036dd6e6aab3',
};

describe('the laws’ statements stored by the import', () => {
  let db: string;
  beforeAll(async () => {
    db = await sharedCorpusDb();
  }, 180_000);

  it('are exactly what reading the laws on the fly gives, kind by kind and in order', async () => {
    const stored = await Corpus.open(db);
    const dir = temp();
    const older = join(dir, 'older.db');
    copyFileSync(db, older);
    // As a release with other readers left the file: its statements are not trusted and are read again.
    const w = new Database(older);
    w.prepare("UPDATE meta SET value = 'statements-0' WHERE key = 'statements_version'").run();
    w.prepare("UPDATE law_statement SET statement = '{}'").run();
    w.close();
    const onTheFly = await Corpus.open(older);
    try {
      const a = listed(stored);
      const b = listed(onTheFly);
      expect(a).toEqual(b);
      for (const kind of KINDS) expect(a[kind].length, kind).toBeGreaterThan(0);
      // The duty that 工伤保险条例 puts on employers, among many.
      expect(a.duties.some((s) => s.includes('应当参加工伤保险'))).toBe(true);
    } finally {
      stored.close();
      onTheFly.close();
    }
  });

  it('match the digest recorded for this version of the readers', async () => {
    const corpus = await Corpus.open(db);
    try {
      const digest = createHash('sha256')
        .update(JSON.stringify(listed(corpus)))
        .digest('hex');
      expect(digest, `the readers of src/corpus/law-statements.ts find other statements: raise STATEMENTS_VERSION and record ${digest}`).toBe(
        DIGESTS[STATEMENTS_VERSION],
      );
    } finally {
      corpus.close();
    }
  });
});

/** Import one law with these articles into a new corpus; `again` imports it again with other articles. */
async function corpusOf(articles: string): Promise<{ target: string; again: (articles: string) => Promise<unknown> }> {
  const dir = temp();
  const src = join(dir, 'src');
  const target = join(dir, 'c.db');
  mkdirSync(src);
  const put = (body: string): Promise<unknown> => {
    writeFileSync(join(src, 'a.md'), LAW('某某条例', body));
    return importCorpus({ target, inputs: [src], cwd: dir });
  };
  await put(articles);
  return { target, again: put };
}

describe('a corpus imported again', () => {
  it('reads its statements again from the laws it now holds', async () => {
    const { target, again } = await corpusOf('第一条 用人单位不得扣押劳动者的居民身份证和其他证件。\n\n第二条 劳动者可以口头申请仲裁。');
    let corpus = await Corpus.open(target);
    expect(corpus.lawStatements('bans').map((s) => [s.provision.address, s.statement.act])).toEqual([['第一条', '扣押劳动者的居民身份证和其他证件']]);
    expect(corpus.lawStatements('oral').map((s) => s.statement.kind)).toEqual(['仲裁']);
    corpus.close();

    await again('第一条 用人单位应当为劳动者办理社会保险登记手续。\n\n第二条 劳动者可以申请仲裁。');
    corpus = await Corpus.open(target);
    try {
      expect(corpus.lawStatements('bans')).toEqual([]);
      expect(corpus.lawStatements('oral')).toEqual([]);
      expect(corpus.lawStatements('duties').map((s) => s.statement.act)).toEqual(['为劳动者办理社会保险登记手续']);
    } finally {
      corpus.close();
    }
  });

  it('are read on the fly from a file of the previous format, and stored by `corpus upgrade`', async () => {
    const { target } = await corpusOf('第一条 用人单位不得扣押劳动者的居民身份证和其他证件。');
    // As format version 2 left it: no table of statements, no version of them.
    const w = new Database(target);
    w.exec("DROP TABLE law_statement; DELETE FROM meta WHERE key = 'statements_version'; PRAGMA user_version = 2");
    w.close();
    let corpus = await Corpus.open(target);
    expect(corpus.lawStatements('bans').map((s) => s.statement.act)).toEqual(['扣押劳动者的居民身份证和其他证件']);
    corpus.close();
    expect(await upgradeCorpus(target, { waitMs: 1000 })).toEqual({ from: 2, to: 3 });
    const r = new Database(target, { readonly: true });
    expect(r.prepare("SELECT kind, provision_id > 0 AS linked FROM law_statement WHERE kind = 'bans'").all()).toEqual([{ kind: 'bans', linked: 1 }]);
    expect(r.prepare("SELECT value FROM meta WHERE key = 'statements_version'").pluck().get()).toBe(STATEMENTS_VERSION);
    r.close();
    corpus = await Corpus.open(target);
    try {
      expect(corpus.lawStatements('bans').map((s) => s.statement.act)).toEqual(['扣押劳动者的居民身份证和其他证件']);
    } finally {
      corpus.close();
    }
  });

  it('gives none without a stored corpus', async () => {
    const corpus = await Corpus.registryOnly();
    expect(corpus.lawStatements('duties')).toEqual([]);
  });
});
