import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * What the user is told when a write fails. The file system's answer is
 * simulated (a full disk cannot be made safely in a test): the atomic writer
 * fails with the errno a real disk gives.
 */
const failure = vi.hoisted(() => ({ errno: undefined as string | undefined }));
vi.mock('../../src/io/atomic-write.js', async (original) => {
  const real = await original<typeof import('../../src/io/atomic-write.js')>();
  return {
    writeFileAtomic: async (...args: Parameters<typeof real.writeFileAtomic>) => {
      if (failure.errno) throw Object.assign(new Error(`${failure.errno}: simulated`), { code: failure.errno });
      return real.writeFileAtomic(...args);
    },
  };
});

const { writeOutput } = await import('../../src/cli/check.js');
const { validateConfig } = await import('../../src/engine/config.js');
const { loadAllRules, resolveRules } = await import('../../src/engine/registry.js');
const { auditLibrary } = await import('../../src/library/batch.js');
const { secretFrom } = await import('../../src/library/cache-key.js');
const { createProgress } = await import('../../src/library/progress.js');
const { docSource, SAMPLE_AS_OF, tempDir, writeFiles } = await import('../helpers/library.js');

afterEach(() => {
  failure.errno = undefined;
});

const io = (cwd: string) => ({ cwd, stdout: process.stdout, stderr: process.stderr, env: {} });

describe('a report that cannot be written', () => {
  it('on a full disk is E_DISK_FULL, whose remedy is disk space, not permissions', async () => {
    failure.errno = 'ENOSPC';
    await expect(writeOutput('x', 'report.json', io(tempDir()))).rejects.toMatchObject({ code: 'E_DISK_FULL' });
    failure.errno = 'EDQUOT';
    await expect(writeOutput('x', 'report.json', io(tempDir()))).rejects.toMatchObject({ code: 'E_DISK_FULL' });
  });

  it('without permission stays E_OUTPUT_WRITE', async () => {
    failure.errno = 'EACCES';
    await expect(writeOutput('x', 'report.json', io(tempDir()))).rejects.toMatchObject({ code: 'E_OUTPUT_WRITE' });
  });
});

describe('a cache that cannot be written', () => {
  it('prints a code and says why (a full disk), and the audit is still returned', async () => {
    const dir = writeFiles(tempDir(), { 'a.md': docSource({ title: '湖南省甲办法' }) });
    const config = validateConfig({}, null, dir);
    const messages: string[] = [];
    const stderr = { write: (s: string) => messages.push(s) } as unknown as NodeJS.WritableStream;
    failure.errno = 'ENOSPC';
    const { results } = await auditLibrary({
      cwd: dir,
      paths: ['.'],
      config,
      rules: resolveRules(await loadAllRules(config), config),
      asOf: SAMPLE_AS_OF,
      jobs: 1,
      cacheLocation: join(dir, '.hrss-audit', 'cache'),
      cacheSecret: secretFrom(Buffer.alloc(32, 1), 'test'),
      corpusPath: null,
      progress: createProgress(stderr, true),
      stderr,
    });
    expect(results).toHaveLength(1);
    const text = messages.join('');
    expect(text).toContain('[E_CACHE_WRITE]');
    expect(text).toContain('磁盘空间已满（ENOSPC）');
  });
});
