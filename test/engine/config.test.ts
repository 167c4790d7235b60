import { mkdtempSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, findConfigFile, loadConfig, stripJsonComments, validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';

describe('config', () => {
  it('accepts the three ways of setting a rule', () => {
    const c = validateConfig(
      {
        rules: {
          'validity/missing': 'warn',
          'numbering/document-number': ['error', { checkCited: false }],
          'numbering/registration-number': { options: { stage: 'final' } },
        },
      },
      null,
      '/tmp',
    );
    expect(c.rules['validity/missing']).toEqual({ severity: 'warning', explicit: true });
    expect(c.rules['numbering/document-number']).toEqual({ severity: 'error', options: { checkCited: false }, explicit: true });
    expect(c.rules['numbering/registration-number']).toEqual({ severity: undefined, options: { stage: 'final' }, explicit: false });
  });

  it('options alone keep the rule default severity and per-finding severities', async () => {
    const c = validateConfig({ rules: { 'numbering/registration-number': { options: { stage: 'final' } } } }, null, '/tmp');
    const active = resolveRules(await loadAllRules(c), c).find((r) => r.rule.id === 'numbering/registration-number')!;
    expect(active.explicit).toBe(false);
    expect(active.severity).toBe(active.rule.meta.severity);
    expect(active.options).toMatchObject({ stage: 'final' });
  });

  it('finds the nearest config upward and strips JSON comments and trailing commas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-cfg-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, '.hrss-auditrc.yaml'), 'rules: {}\n');
    writeFileSync(join(dir, 'a', 'hrss-audit.config.json'), '{}');
    expect(findConfigFile(join(dir, 'a', 'b'))).toBe(join(dir, 'a', 'hrss-audit.config.json'));
    expect(JSON.parse(stripJsonComments('{ // 注释\n "a": "http://x", /* b */ "b": [1,], }'))).toEqual({ a: 'http://x', b: [1] });
  });

  it('resolves relative paths against the config file and merges limits with defaults', () => {
    const c = validateConfig(
      { plugins: ['./rules/x.mjs', 'some-package'], termFiles: ['terms'], corpus: 'db/c.db', limits: { maxPdfPages: 10 } },
      '/office/hrss-audit.config.json',
      '/office',
    );
    expect(c.plugins).toEqual(['/office/rules/x.mjs', 'some-package']);
    expect(c.termFiles).toEqual(['/office/terms']);
    expect(c.corpus).toBe('/office/db/c.db');
    expect(c.limits.maxPdfPages).toBe(10);
    expect(c.limits.maxFileBytes).toBeGreaterThan(0);
  });

  it('without a config file gives exactly what validating an empty config gives, without loading the schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-noconfig-'));
    expect(JSON.stringify(defaultConfig(dir))).toBe(JSON.stringify(validateConfig({}, null, dir)));
    expect(defaultConfig(dir)).toEqual(validateConfig({}, null, dir));
    expect(await loadConfig({ cwd: dir })).toEqual(validateConfig({}, null, dir));
    // Each call gets its own limits object: a run that changes its limits (--timeout) changes no other run's.
    expect(defaultConfig(dir).limits).not.toBe(defaultConfig(dir).limits);
  });
});

describe('config values are bounded (issue 10, item 18)', () => {
  it.each([
    [{ limits: { fileTimeoutMs: 2 ** 31 } }, '单个文件处理时限应为 1 到 2147483647 之间的整数，实际为 2147483648'],
    [{ limits: { workerHeapMb: 1 } }, '工作线程内存上限（MB）应为 64 到 65536 之间的整数，实际为 1'],
    [{ limits: { maxFileBytes: 2 ** 40 } }, '文件大小上限应为 1 到 2147483647 之间的整数'],
    [{ limits: { maxCompressionRatio: 0.5 } }, '压缩比上限应为 1 到 1000000 之间的数'],
    [{ limits: { maxXmlDepth: 2.5 } }, 'XML 嵌套层级上限应为 1 到 100000 之间的整数'],
    [{ limits: { maxPdfPages: 0 } }, '页数上限应为 1 到 1000000 之间的整数'],
    [{ jobs: 100_000 }, '配置项“jobs”的值太大：应不大于 256'],
    [{ jobs: 0 }, '配置项“jobs”的值太小：应不小于 1'],
  ])('%j → E_CONFIG_INVALID naming the allowed range', (raw, message) => {
    let caught: unknown;
    try {
      validateConfig(raw, '/office/hrss-audit.config.json', '/office');
    } catch (e) {
      caught = e;
    }
    expect((caught as { code?: string }).code).toBe('E_CONFIG_INVALID');
    expect((caught as Error).message).toContain(message);
  });

  it('accepts the bounds themselves', () => {
    const c = validateConfig({ limits: { fileTimeoutMs: 2 ** 31 - 1, workerHeapMb: 64, maxCompressionRatio: 1.5 }, jobs: 256 }, null, '/tmp');
    expect(c.limits.fileTimeoutMs).toBe(2 ** 31 - 1);
    expect(c.limits.workerHeapMb).toBe(64);
  });

  it('refuses a 150 MB config file by its size, without reading it', async () => {
    const { loadConfig } = await import('../../src/engine/config.js');
    const dir = mkdtempSync(join(tmpdir(), 'hrss-cfg-big-'));
    const file = join(dir, 'hrss-audit.config.json');
    writeFileSync(file, '{}');
    // A sparse file: 150 MB long, nothing written; parsing it would need the whole of it in memory.
    truncateSync(file, 150 * 1024 * 1024);
    await expect(loadConfig({ cwd: dir })).rejects.toMatchObject({ code: 'E_CONFIG_INVALID', message: expect.stringContaining('超过上限 1 MB') });
  });
});
