import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import { auditLibrary, resolveJobs, type BatchOptions } from '../../src/library/batch.js';
import { defaultWorkerUrl } from '../../src/library/pool.js';
import { createProgress } from '../../src/library/progress.js';
import { PACKAGE_ROOT } from '../../src/package-info.js';
import { docSource, SAMPLE_AS_OF, tempDir, writeFiles } from '../helpers/library.js';

const sink = { write: () => true } as unknown as NodeJS.WritableStream;

async function options(dir: string, raw: Record<string, unknown> = {}, extra: Partial<BatchOptions> = {}): Promise<BatchOptions> {
  const config = validateConfig(raw, null, dir);
  return { cwd: dir, paths: ['.'], config, rules: resolveRules(await loadAllRules(config), config), asOf: SAMPLE_AS_OF, jobs: 1, cacheLocation: null, corpusPath: null, progress: createProgress(sink, true), stderr: sink, ...extra };
}

describe('batch in this process (--jobs 1)', () => {
  it('gives up on a file that waits past the time limit and goes on with the others', async () => {
    const dir = writeFiles(tempDir(), {
      'waits.mjs': `export default { id: 'office/waits', meta: { severity: 'info', description: 'x', basis: 'y' }, create(context) { if (context.document.text.includes('等待')) return new Promise(() => {}); } };`,
      'a.md': docSource({ title: '湖南省甲办法' }),
      'b.md': docSource({ title: '湖南省乙办法', articles: ['此条使规则一直等待。'] }),
      'c.md': docSource({ title: '湖南省丙办法' }),
    });
    const o = await options(dir, { plugins: ['./waits.mjs'], limits: { fileTimeoutMs: 300 } });
    const { results } = await auditLibrary(o);
    expect(results.map((d) => [d.path, d.error?.code ?? d.status])).toEqual([
      ['a.md', 'ok'],
      ['b.md', 'E_TIMEOUT'],
      ['c.md', 'ok'],
    ]);
    expect(results[1].error!.message).toContain('超过 0.3 秒');
  });

  it('needs at least one file, but a shard may be empty', async () => {
    const empty = tempDir();
    await expect(auditLibrary(await options(empty))).rejects.toMatchObject({ code: 'E_NO_INPUT' });
    const one = writeFiles(tempDir(), { 'a.md': docSource({ title: '湖南省甲办法' }) });
    const shards = await Promise.all([1, 2].map(async (index) => (await auditLibrary(await options(one, {}, { shard: { index, count: 2 } }))).files));
    expect(shards.sort()).toEqual([0, 1]);
  });

  it('reads --jobs, else the config, else the number of cores', () => {
    expect(resolveJobs(3, 2)).toBe(3);
    expect(resolveJobs(undefined, 2)).toBe(2);
    expect(resolveJobs(undefined, undefined)).toBeGreaterThanOrEqual(1);
    expect(() => resolveJobs(0, undefined)).toThrow(/--jobs/);
  });

  it('finds the worker that matches the running code', () => {
    expect(defaultWorkerUrl('file:///x/src/library/pool.ts').href).toBe(pathToFileURL(join(PACKAGE_ROOT, 'dist/bundle/worker.mjs')).href);
    expect(defaultWorkerUrl('file:///app/dist/bundle/chunk-ABC.mjs').href).toBe('file:///app/dist/bundle/worker.mjs');
    expect(defaultWorkerUrl('file:///app/dist/src/library/pool.js').href).toBe('file:///app/dist/src/library/worker.js');
  });
});
