import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/document/limits.js';
import { loadConfig, validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import { auditLibrary, resolveJobs } from '../../src/library/batch.js';
import { auditInProcess, IN_PROCESS_BUDGET, isHandedBack, localAuditor, triage } from '../../src/library/in-process.js';
import type { SourceDocument } from '../../src/document/model.js';
import { defaultWorkerUrl, type Deadline } from '../../src/library/pool.js';
import type { AuditTask } from '../../src/library/protocol.js';
import { PACKAGE_ROOT } from '../../src/package-info.js';
import { batchOptions } from '../helpers/batch.js';
import { docSource, SAMPLE_AS_OF, tempDir, writeFiles } from '../helpers/library.js';

describe('batch with one job (--jobs 1, or a single file)', () => {
  it('gives up on a file that waits past the time limit and goes on with the others', async () => {
    const dir = writeFiles(tempDir(), {
      // A custom rule that never finishes on one document: it waits for a release that never comes.
      'waits.mjs': `export default { id: 'office/waits', meta: { severity: 'info', description: 'x', basis: 'y' }, create(context) { if (context.document.text.includes('等待')) return new Promise(() => {}); } };`,
      'hrss-audit.config.json': JSON.stringify({ plugins: ['./waits.mjs'], limits: { fileTimeoutMs: 300 } }),
      'a.md': docSource({ title: '湖南省甲办法' }),
      'b.md': docSource({ title: '湖南省乙办法', articles: ['此条使规则一直等待。'] }),
      'c.md': docSource({ title: '湖南省丙办法' }),
    });
    const config = await loadConfig({ cwd: dir });
    // The limit runs out on cue for the waiting file only: the others may take as long as a busy machine needs.
    const deadline: Deadline = (task, _ms, expire) => {
      if (task.displayPath !== 'b.md') return () => {};
      const timer = setImmediate(expire);
      return () => clearImmediate(timer);
    };
    const { results } = await auditLibrary({ ...(await batchOptions(dir)), config, rules: resolveRules(await loadAllRules(config), config), deadline });
    expect(results.map((d) => [d.path, d.error?.code ?? d.status])).toEqual([
      ['a.md', 'ok'],
      ['b.md', 'E_TIMEOUT'],
      ['c.md', 'ok'],
    ]);
    expect(results[1].error!.message).toContain('超过 0.3 秒');
  });

  it('audits small drafts in this thread and everything else in an isolated worker', () => {
    const dir = writeFiles(tempDir(), {
      'a.md': docSource({ title: '湖南省甲办法' }),
      'b.txt': docSource({ title: '湖南省乙办法' }),
      'c.docx': new Uint8Array(1000),
      'd.pdf': '%PDF-1.4',
      'e.ofd': new Uint8Array(1000),
      'f.doc': new Uint8Array(1000),
      'big.txt': '甲'.repeat(IN_PROCESS_BUDGET.fileBytes),
    });
    const tasks = ['a.md', 'b.txt', 'c.docx', 'd.pdf', 'e.ofd', 'f.doc', 'big.txt'].map((name, id) => ({ id, path: join(dir, name), displayPath: name }));
    const names = (t: AuditTask[]): string[] => t.map((x) => x.displayPath);
    const plain = triage(tasks, { plugins: [], limits: DEFAULT_LIMITS });
    expect(names(plain.local)).toEqual(['a.md', 'b.txt', 'c.docx']);
    expect(names(plain.readElsewhere)).toEqual(['d.pdf', 'e.ofd', 'f.doc', 'big.txt']);
    expect(plain.isolated).toEqual([]);
    // Custom rule code can loop on any file: then no file is provably cheap, and each is audited whole in a worker.
    const withPlugin = triage(tasks, { plugins: ['/x/rule.mjs'], limits: DEFAULT_LIMITS });
    expect(withPlugin.local).toEqual([]);
    expect(withPlugin.readElsewhere).toEqual([]);
    expect(names(withPlugin.isolated)).toEqual(names(tasks));
  });

  it('hands a file back for a worker when reading it breaks the budget of this thread', async () => {
    const dir = writeFiles(tempDir(), {
      'small.md': docSource({ title: '湖南省甲办法' }),
      // Under the file size budget, over the text and paragraph budgets once read.
      'long.txt': `${'甲'.repeat(1000)}\n`.repeat(Math.ceil(IN_PROCESS_BUDGET.textChars / 1000) + 1),
      'lines.txt': '第一条 甲。\n'.repeat(IN_PROCESS_BUDGET.blocks + 1),
    });
    const config = validateConfig({}, null, dir);
    const rules = resolveRules(await loadAllRules(config), config);
    const tasks = ['small.md', 'long.txt', 'lines.txt'].map((name, id) => ({ id, path: join(dir, name), displayPath: name }));
    const done: string[] = [];
    const back = await auditInProcess(tasks, { rules, asOf: SAMPLE_AS_OF, limits: config.limits, settings: config.settings, corpusPath: null }, (task, r) =>
      done.push(`${task.displayPath}:${r.status}`),
    );
    expect(done).toEqual(['small.md:ok']);
    expect(back.map((t) => t.displayPath)).toEqual(['long.txt', 'lines.txt']);
    expect(back.every((t) => /^[0-9a-f]{64}$/.test(t.sha256 ?? ''))).toBe(true);
    // A limit the user set below the budget is the user's: reported here, not handed on.
    const tight = { ...config.limits, maxTextChars: 1000 };
    const refused: string[] = [];
    expect(
      await auditInProcess([tasks[1]], { rules, asOf: SAMPLE_AS_OF, limits: tight, settings: config.settings, corpusPath: null }, (_t, r) =>
        refused.push(r.error?.code ?? 'ok'),
      ),
    ).toEqual([]);
    expect(refused).toEqual(['E_LIMIT_TEXT']);
  });

  it('audits here what a reader worker read, unless it is over the budget; its errors keep their codes', async () => {
    const dir = tempDir();
    const config = validateConfig({}, null, dir);
    const local = await localAuditor({
      rules: resolveRules(await loadAllRules(config), config),
      asOf: SAMPLE_AS_OF,
      limits: config.limits,
      settings: config.settings,
      corpusPath: null,
    });
    const task = { id: 0, path: join(dir, 'a.pdf'), displayPath: 'a.pdf' };
    const block = (index: number, text: string) => ({ index, text, container: 'body', style: {}, source: { page: 1 } });
    const source = {
      format: 'pdf',
      blocks: [block(0, '湖南省某某办法'), block(1, '第一条 为了规范管理，制定本办法。')],
      streams: [],
      notes: [],
    } as unknown as SourceDocument;
    const audited = await local.source(task, { kind: 'source', sha256: 'a'.repeat(64), source });
    expect(isHandedBack(audited)).toBe(false);
    expect(audited).toMatchObject({ path: 'a.pdf', status: 'ok', sha256: 'a'.repeat(64) });
    const huge = { ...source, blocks: Array.from({ length: IN_PROCESS_BUDGET.blocks + 1 }, (_, i) => block(i, '第一条 甲。')) } as SourceDocument;
    expect(await local.source(task, { kind: 'source', sha256: 'b'.repeat(64), source: huge })).toEqual({ ...task, sha256: 'b'.repeat(64) });
    const refused = await local.source(task, {
      kind: 'error',
      sha256: 'c'.repeat(64),
      error: { name: 'HrssError', code: 'E_PDF_ENCRYPTED', message: 'PDF 设置了打开密码' },
    });
    expect(refused).toMatchObject({ status: 'unreadable', error: { code: 'E_PDF_ENCRYPTED' } });
    const memory = await local.source(task, { kind: 'error', sha256: '', error: { name: 'RangeError', message: 'Array buffer allocation failed' } });
    expect(memory).toMatchObject({ error: { code: 'E_OUT_OF_MEMORY' } });
  });

  it('gives the same results for a PDF read by a reader worker as an audit worker gives', async () => {
    const dir = writeFiles(tempDir(), { 'b.md': docSource({ title: '湖南省乙办法' }) });
    copyFileSync(join(PACKAGE_ROOT, 'fixtures/drafts/sample-draft.pdf'), join(dir, 'a.pdf'));
    const one = await auditLibrary(await batchOptions(dir, {}, { jobs: 1 }));
    const two = await auditLibrary(await batchOptions(dir, {}, { jobs: 2 }));
    expect(one.results[0].status).toBe('ok');
    expect(one.results[0].findings.length).toBeGreaterThan(0);
    expect(one.results).toEqual(two.results);
  });

  it('with more jobs, audits cheap files in this thread as well as in the workers, and everything else in a worker', async () => {
    const dir = writeFiles(tempDir(), {
      ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`c${i}.md`, docSource({ title: `湖南省第${i}号办法` })])),
      'd.pdf': '%PDF-1.4',
      // Under the file size budget, over the paragraph budget once read: handed back for a worker.
      'lines.txt': '第一条 甲。\n'.repeat(IN_PROCESS_BUDGET.blocks + 1),
    });
    // A stand-in worker: what it audits comes back without meta, so the results say which thread made them.
    const workerUrl = new URL('./workers/hostile-worker.mjs', import.meta.url);
    const { results } = await auditLibrary(await batchOptions(dir, {}, { jobs: 2, workerUrl }));
    expect(results.map((r) => r.path)).toEqual([...Array.from({ length: 8 }, (_, i) => `c${i}.md`), 'd.pdf', 'lines.txt']);
    const byWorker = results.filter((r) => r.meta === null).map((r) => r.path);
    expect(byWorker).toContain('d.pdf');
    expect(byWorker).toContain('lines.txt');
    const here = results.filter((r) => r.meta !== null);
    expect(here.length).toBeGreaterThan(0);
    expect(here.every((r) => r.path.startsWith('c') && r.status === 'ok' && r.meta?.title?.startsWith('湖南省第'))).toBe(true);
  });

  it('needs at least one file, but a shard may be empty', async () => {
    const empty = tempDir();
    await expect(auditLibrary(await batchOptions(empty))).rejects.toMatchObject({ code: 'E_NO_INPUT' });
    const one = writeFiles(tempDir(), { 'a.md': docSource({ title: '湖南省甲办法' }) });
    const shards = await Promise.all([1, 2].map(async (index) => (await auditLibrary(await batchOptions(one, {}, { shard: { index, count: 2 } }))).files));
    expect(shards.sort()).toEqual([0, 1]);
  });

  it('reads --jobs, else the config, else the number of cores', () => {
    expect(resolveJobs(3, 2)).toBe(3);
    expect(resolveJobs(undefined, 2)).toBe(2);
    expect(resolveJobs(undefined, undefined)).toBeGreaterThanOrEqual(1);
    expect(() => resolveJobs(0, undefined)).toThrow(/--jobs/);
  });

  it('finds the worker that matches the running code', () => {
    expect(defaultWorkerUrl('file:///x/src/library/pool.ts').href).toBe(pathToFileURL(join(PACKAGE_ROOT, 'dist/bundle/worker.cjs')).href);
    expect(defaultWorkerUrl('file:///app/dist/bundle/hrss-audit.cjs').href).toBe('file:///app/dist/bundle/worker.cjs');
    expect(defaultWorkerUrl('file:///app/dist/src/library/pool.js').href).toBe('file:///app/dist/src/library/worker.js');
  });
});
