import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/corpus/lock.js';
import { SCHEMA_VERSION } from '../../src/corpus/schema.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { SHARED_CORPUS } from '../helpers/corpus.js';
import { schemaErrors } from '../helpers/schema.js';

/**
 * The corpus end to end, as a legal officer runs it: import the shared
 * corpus into .hrss-audit/corpus.db, then check a draft that has a conflict
 * with higher law, a repealed citation and a wrong title. The same draft in
 * .docx and .pdf (made by the fixture generator) is checked too once the
 * docx and pdf readers are merged.
 */
const DRAFT = join(ROOT, 'fixtures/rules/conflict/corpus/flagged-e2e-draft');
const READERS_READY = {
  docx: existsSync(fileURLToPath(new URL('../../src/document/readers/docx/index.ts', import.meta.url))),
  pdf: existsSync(fileURLToPath(new URL('../../src/document/readers/pdf/index.ts', import.meta.url))),
};
const FORMATS = ['md', ...(READERS_READY.docx ? ['docx'] : []), ...(READERS_READY.pdf ? ['pdf'] : [])];

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  location: { address: string; article: number | null };
  related: Array<{ title: string; article: string | null; text: string }>;
}

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'hrss-e2e-corpus-'));

describe('corpus import, then check (process)', () => {
  const cwd = tempDir();
  let imported: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    imported = await runCli(['corpus', 'import', SHARED_CORPUS], { cwd });
  }, 180_000);

  it('imports the shared corpus into .hrss-audit/corpus.db', () => {
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/导入完成（[\d.]+ 秒）：新增 139 部，更新 0 部，未变 0 部。/);
    expect(existsSync(join(cwd, '.hrss-audit', 'corpus.db'))).toBe(true);
  });

  it.each(FORMATS)('finds the conflict, the repealed and the wrong citation in the .%s draft', async (format) => {
    const r = await runCli(
      [
        'check',
        `${DRAFT}.${format}`,
        '-f',
        'json',
        '--rule',
        'conflict/corpus',
        '--rule',
        'legal-basis/repealed-citation',
        '--rule',
        'legal-basis/unknown-citation',
      ],
      { cwd },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(schemaErrors(report)).toEqual([]);
    const findings: JsonFinding[] = report.documents[0].findings;
    const by = (id: string) => findings.find((f) => f.ruleId === id)!;
    expect(findings.map((f) => `${f.ruleId}@${f.location.address}`).sort()).toEqual([
      'conflict/corpus@附件第三条',
      'legal-basis/repealed-citation@附件第一条',
      'legal-basis/unknown-citation@附件第二条',
    ]);
    expect(by('conflict/corpus')).toMatchObject({
      severity: 'error',
      message:
        '本条规定领取失业保险金的期限“最长为二十四个月”，而《中华人民共和国社会保险法》第四十六条规定为“最长为十八个月”，超过上位法规定的最长（最高）标准。',
      location: { article: 3 },
    });
    expect(by('conflict/corpus').related[0]).toMatchObject({ title: '中华人民共和国社会保险法', article: '第四十六条' });
    expect(by('conflict/corpus').related[0].text).toContain('累计缴费满五年不足十年的，领取失业保险金的期限最长为十八个月');
    expect(by('legal-basis/repealed-citation')).toMatchObject({
      severity: 'error',
      message: '引用的《中华人民共和国合同法》已于2021年1月1日废止，由《中华人民共和国民法典》代替，不能再作为依据。',
    });
    expect(by('legal-basis/unknown-citation').message).toBe('未找到《就业促进条例》，名称可能有误。您是否指《中华人民共和国就业促进法》？');
  });

  it('lists, shows, searches and counts what was imported', async () => {
    const list = JSON.parse((await runCli(['corpus', 'list', '--json'], { cwd })).stdout);
    expect(list).toHaveLength(139);
    const show = await runCli(['corpus', 'show', '社会保险法', '--article', '46'], { cwd });
    expect(show.stdout).toContain('《中华人民共和国社会保险法》');
    expect(show.stdout).toContain('第四十六条 失业人员失业前用人单位和本人累计缴费满一年不足五年的');
    const search = await runCli(['corpus', 'search', '滞纳金', '--limit', '3'], { cwd });
    expect(search.code).toBe(0);
    expect(search.stdout).toContain('【滞纳金】');
    expect(search.stdout).toMatch(/共 \d+ 条，显示前 3 条（按相关度排序）。/);
    const stats = JSON.parse((await runCli(['corpus', 'stats', '--json'], { cwd })).stdout);
    expect(stats).toMatchObject({ laws: 139, withText: 105, schemaVersion: SCHEMA_VERSION, path: join('.hrss-audit', 'corpus.db') });
    const repealed = await runCli(['corpus', 'show', '合同法'], { cwd });
    expect(repealed.stdout).toContain('由《中华人民共和国民法典》代替');
  });

  it('refuses a second importer while one holds the lock (--wait 0), leaving the corpus as it was', async () => {
    const target = join(cwd, '.hrss-audit', 'corpus.db');
    const before = readFileSync(target);
    const release = await acquireLock(target, { waitMs: 0 });
    try {
      const r = await runCli(['corpus', 'import', join(SHARED_CORPUS, 'texts/law/labor-law-20181229.md'), '--wait', '0'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('[E_CORPUS_BUSY]');
      expect(r.stderr).toContain(`正由进程 ${process.pid}`);
    } finally {
      await release();
    }
    expect(readFileSync(target).equals(before)).toBe(true);
  });
});

describe('check without, or with a bad, corpus', () => {
  it('uses the built-in registry when there is no corpus: citations are checked, conflicts are not', async () => {
    const cwd = tempDir();
    const r = await runCli(['check', `${DRAFT}.md`, '-f', 'json'], { cwd });
    expect(r.stderr).toBe('');
    const ids = JSON.parse(r.stdout).documents[0].findings.map((f: JsonFinding) => f.ruleId);
    expect(ids).toContain('legal-basis/repealed-citation');
    expect(ids).toContain('legal-basis/unknown-citation');
    expect(ids).not.toContain('conflict/corpus');
  });

  it('exits 2 with E_CORPUS_MISSING for a --corpus that does not exist', async () => {
    const r = await runCli(['check', `${DRAFT}.md`, '--corpus', 'no/such.db'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到语料库文件');
    expect(r.stderr).toContain('[E_CORPUS_MISSING]');
    expect(r.stdout).toBe('');
  });

  it('exits 2 with E_CORPUS_CORRUPT for a file that is not a corpus, naming it', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'bad.db'), 'not a database at all, only some text');
    const r = await runCli(['check', `${DRAFT}.md`, '--corpus', 'bad.db'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.db');
    expect(r.stderr).toContain('[E_CORPUS_CORRUPT]');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('corpus import: a manifest that is not JSON is refused with exit 2 and a message naming it', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'law.md'), '# 某某条例\n\n第一条 甲。\n');
    writeFileSync(join(cwd, 'manifest.json'), '{ not json');
    const r = await runCli(['corpus', 'import', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('manifest.json 不是合法的 JSON');
    expect(r.stderr).toContain('[E_MANIFEST_INVALID]');
    expect(existsSync(join(cwd, '.hrss-audit', 'corpus.db'))).toBe(false);
  });

  it('corpus commands without a corpus say how to make one', async () => {
    const r = await runCli(['corpus', 'stats'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[E_CORPUS_MISSING] 先运行 hrss-audit corpus import <目录> 建库');
  });
});
