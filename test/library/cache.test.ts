import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/document/limits.js';
import { validateConfig, type LoadedConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules, type ActiveRule } from '../../src/engine/registry.js';
import { defineRule } from '../../src/engine/rule.js';
import type { DocumentResult } from '../../src/engine/types.js';
import { auditLibrary, type BatchOutcome } from '../../src/library/batch.js';
import { entryKey, isCacheable, ResultCache, ruleSourcesDigest, runKey, stableStringify, type CacheKeyInputs } from '../../src/library/cache.js';
import { cacheKeyFile, loadCacheSecret, secretFrom } from '../../src/library/cache-key.js';
import { corpusVersion } from '../../src/library/corpus-link.js';
import { createProgress } from '../../src/library/progress.js';
import { docSource, SAMPLE_AS_OF, sampleLibrary, tempDir, writeFiles } from '../helpers/library.js';

const sink = { write: () => true } as unknown as NodeJS.WritableStream;

function rule(id: string, version: number, extra: Record<string, unknown> = {}): ActiveRule {
  return {
    rule: defineRule({ id, meta: { severity: 'warning', description: 'x', basis: 'y', version, ...extra }, create() {} }),
    severity: 'warning',
    explicit: false,
    options: {},
  };
}

const BASE: CacheKeyInputs = {
  toolVersion: '0.1.0+abc',
  asOf: '2026-11-27',
  rules: [rule('a/one', 1), rule('a/two', 1)],
  settings: { registrationAgencyCodes: ['11'] },
  limits: DEFAULT_LIMITS,
  ruleSources: '',
  corpusVersion: 'file:100:1',
};

describe('cache key', () => {
  it('changes with each input that can change a result', () => {
    const base = runKey(BASE);
    const variants: Array<[string, CacheKeyInputs]> = [
      ['tool version', { ...BASE, toolVersion: '0.1.1+abc' }],
      ['tool build', { ...BASE, toolVersion: '0.1.0+abd' }],
      ['asOf', { ...BASE, asOf: '2026-11-28' }],
      ['rule version', { ...BASE, rules: [rule('a/one', 2), rule('a/two', 1)] }],
      ['rule set', { ...BASE, rules: [rule('a/one', 1)] }],
      ['severity', { ...BASE, rules: [{ ...rule('a/one', 1), severity: 'error' }, rule('a/two', 1)] }],
      ['options', { ...BASE, rules: [{ ...rule('a/one', 1), options: { checkCited: false } }, rule('a/two', 1)] }],
      ['settings', { ...BASE, settings: { registrationAgencyCodes: ['12'] } }],
      ['limits', { ...BASE, limits: { ...DEFAULT_LIMITS, maxFileBytes: 1000 } }],
      ['custom rule sources', { ...BASE, ruleSources: '/x/rule.mjs=abc' }],
      ['password', { ...BASE, password: 'secret' }],
    ];
    const keys = new Set([base]);
    for (const [name, inputs] of variants) {
      const key = runKey(inputs);
      expect(key, name).not.toBe(base);
      keys.add(key);
    }
    expect(keys.size).toBe(variants.length + 1);
    // And each file's key changes with its content.
    expect(entryKey(base, 'a'.repeat(64))).not.toBe(entryKey(base, 'b'.repeat(64)));
  });

  it('counts the corpus version only when a rule uses the corpus', () => {
    const without = runKey(BASE);
    expect(runKey({ ...BASE, corpusVersion: 'file:200:2' })).toBe(without);
    const withCorpus = { ...BASE, rules: [...BASE.rules, rule('corpus/conflict', 1, { needsCorpus: true })] };
    expect(runKey({ ...withCorpus, corpusVersion: 'file:200:2' })).not.toBe(runKey(withCorpus));
  });

  it('ignores what cannot change a cached result: key order, the time limit, rules across documents', () => {
    const base = runKey(BASE);
    expect(runKey({ ...BASE, rules: [...BASE.rules].reverse(), settings: { ...BASE.settings } })).toBe(base);
    expect(runKey({ ...BASE, limits: { ...DEFAULT_LIMITS, fileTimeoutMs: 5, workerHeapMb: 64 } })).toBe(base);
    expect(runKey({ ...BASE, rules: [...BASE.rules, rule('library/expiring', 1, { scope: 'library' })] })).toBe(base);
    expect(stableStringify({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(stableStringify({ a: [{ c: 3, d: 2 }], b: 1 }));
  });

  it('digests custom rule and term files by content', () => {
    const dir = tempDir();
    const file = join(dir, 'rule.mjs');
    writeFileSync(file, 'export default 1;');
    const first = ruleSourcesDigest({ plugins: [file], termFiles: [] });
    writeFileSync(file, 'export default 2;');
    expect(ruleSourcesDigest({ plugins: [file], termFiles: [] })).not.toBe(first);
    expect(ruleSourcesDigest({ plugins: ['some-npm-rules'], termFiles: [] })).toBe('some-npm-rules=package');
  });

  it('reads a corpus version from the file (size and mtime), none without a file', () => {
    const dir = tempDir();
    const db = join(dir, 'corpus.db');
    expect(corpusVersion(db)).toBeNull();
    writeFileSync(db, 'x');
    utimesSync(db, 1_700_000_000, 1_700_000_000);
    const v1 = corpusVersion(db);
    writeFileSync(db, 'xy');
    utimesSync(db, 1_700_000_000, 1_700_000_000);
    expect(corpusVersion(db)).not.toBe(v1);
  });
});

function okResult(path: string): DocumentResult {
  return { path, format: 'md', sha256: 'a'.repeat(64), status: 'ok', error: null, meta: null, stats: null, verdict: 'pass', findings: [] };
}

const SECRET = secretFrom(Buffer.alloc(32, 7), 'test key');
type Notice = [string, string];
const collect = (notices: Notice[]) => (code: string, reason: string) => notices.push([code, reason]);

describe('cache file', () => {
  it('round-trips, and never stores transient failures', async () => {
    const dir = tempDir();
    const file = join(dir, 'sub', 'cache');
    const cache = ResultCache.empty(file, SECRET);
    const present = join(dir, 'a.md');
    writeFileSync(present, 'x');
    cache.set(present, 'k1', okResult('a.md'));
    cache.set(join(dir, 'b.md'), 'k2', { ...okResult('b.md'), status: 'unreadable', error: { code: 'E_TIMEOUT', message: '超时' } });
    expect(isCacheable({ ...okResult('c'), status: 'unreadable', error: { code: 'E_NOT_DOCX', message: '' } })).toBe(true);
    expect(await cache.save()).toBe(true);
    const notices: Notice[] = [];
    const loaded = await ResultCache.load(file, SECRET, collect(notices));
    expect(notices).toEqual([]);
    expect(loaded.size).toBe(1);
    expect(loaded.get(present, 'k1')).toEqual(okResult('a.md'));
    expect(loaded.get(present, 'other-key')).toBeUndefined();
    // Nothing changed: nothing written.
    expect(await loaded.save()).toBe(false);
  });

  it.each([
    ['a truncated body', (t: string) => t.slice(0, t.length - 20)],
    ['a changed result', (t: string) => t.replace('"verdict":"pass"', '"verdict":"fail"')],
  ])('discards %s with a notice', async (_name, damage) => {
    const dir = tempDir();
    const file = join(dir, 'cache');
    const cache = ResultCache.empty(file, SECRET);
    const present = join(dir, 'a.md');
    writeFileSync(present, 'x');
    cache.set(present, 'k1', okResult('a.md'));
    await cache.save();
    writeFileSync(file, damage(readFileSync(file, 'utf8')));
    const notices: Notice[] = [];
    const loaded = await ResultCache.load(file, SECRET, collect(notices));
    expect(notices.map(([code]) => code)).toEqual(['E_CACHE_CORRUPT']);
    expect(loaded.size).toBe(0);
  });

  /** A cache holding one failing result, then edited the way an attacker would: findings emptied, checksum recomputed. */
  async function forged(edit: (entry: { key: string; mac: string; result: DocumentResult }) => void): Promise<{ file: string; present: string }> {
    const dir = tempDir();
    const file = join(dir, 'cache');
    const present = join(dir, 'a.md');
    writeFileSync(present, 'x');
    const cache = ResultCache.empty(file, SECRET);
    const failing: DocumentResult = {
      ...okResult('a.md'),
      verdict: 'fail',
      findings: [
        {
          ruleId: 'validity/missing',
          severity: 'error',
          message: '未规定有效期',
          location: { line: 1, column: 1, endLine: 1, endColumn: 2, page: null, paragraph: null, article: null, address: '全文' },
          excerpt: '',
          basis: null,
          suggestion: null,
          related: [],
        },
      ],
    };
    cache.set(present, 'k1', failing);
    await cache.save();
    const text = readFileSync(file, 'utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n')));
    const body = JSON.parse(text.slice(text.indexOf('\n') + 1));
    edit(body[present]);
    const newBody = JSON.stringify(body);
    header.sha256 = createHash('sha256').update(newBody).digest('hex');
    writeFileSync(file, `${JSON.stringify(header)}\n${newBody}`);
    return { file, present };
  }

  it('does not trust a forged entry whose checksum was recomputed: the file is audited again', async () => {
    const { file, present } = await forged((entry) => {
      entry.result.findings = [];
      entry.result.verdict = 'pass';
    });
    const notices: Notice[] = [];
    const loaded = await ResultCache.load(file, SECRET, collect(notices));
    expect(loaded.get(present, 'k1')).toBeUndefined();
    expect(loaded.untrustedEntries).toBe(1);
    expect(notices.map(([code]) => code)).toEqual(['E_CACHE_UNTRUSTED']);
  });

  it('does not trust a cache written with another key (another machine), and says so', async () => {
    const { file, present } = await forged(() => {});
    const notices: Notice[] = [];
    const other = secretFrom(Buffer.alloc(32, 8), 'other key');
    const loaded = await ResultCache.load(file, other, collect(notices));
    expect(loaded.get(present, 'k1')).toBeUndefined();
    expect(notices.map(([code]) => code)).toEqual(['E_CACHE_UNTRUSTED']);
    // The same cache under its own key is fine.
    expect((await ResultCache.load(file, SECRET, () => {})).get(present, 'k1')?.verdict).toBe('fail');
  });

  it.each([
    ['a Word document', Buffer.from('PK\x03\x04 not really a docx but surely not a cache', 'latin1')],
    ['text', '这是一份文件，不是缓存。\n第二行'],
    ["another tool's JSON", '{"format":"something-else"}\n{}'],
    ['one long line', 'x'.repeat(10_000)],
  ])('refuses %s at the cache location and leaves it untouched (E_CACHE_LOCATION)', async (_name, content) => {
    const dir = tempDir();
    const file = join(dir, 'report.docx');
    writeFileSync(file, content);
    await expect(ResultCache.load(file, SECRET, () => {})).rejects.toMatchObject({ code: 'E_CACHE_LOCATION' });
    expect(readFileSync(file)).toEqual(Buffer.from(content));
  });

  it('takes an empty file or an older cache of ours as an empty cache', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty');
    writeFileSync(empty, '');
    expect((await ResultCache.load(empty, SECRET, () => {})).size).toBe(0);
    const old = join(dir, 'old');
    writeFileSync(old, '{"format":"hrss-audit-cache","version":1,"sha256":"x"}\n{}');
    expect((await ResultCache.load(old, SECRET, () => {})).size).toBe(0);
  });

  it('refuses a directory or a FIFO at the cache location', async () => {
    const dir = tempDir();
    await expect(ResultCache.load(dir, SECRET, () => {})).rejects.toMatchObject({ code: 'E_CACHE_LOCATION' });
    if (process.platform !== 'win32') {
      const fifo = join(dir, 'fifo');
      execFileSync('mkfifo', [fifo]);
      // Reading a FIFO would block forever: it is refused from its type, never opened.
      await expect(ResultCache.load(fifo, SECRET, () => {})).rejects.toMatchObject({ code: 'E_CACHE_LOCATION' });
    }
  });
});

describe('cache key (secret)', () => {
  it('is created once per user, readable by the user only, and shared by later runs', async () => {
    const home = tempDir();
    const env = { XDG_CONFIG_HOME: home };
    const first = await loadCacheSecret(env);
    const file = join(home, 'hrss-audit', 'cache.key');
    expect(first.source).toBe(file);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = await loadCacheSecret(env);
    expect(again.id).toBe(first.id);
    expect(again.mac('x')).toBe(first.mac('x'));
    // Two runs starting at once agree on one key.
    const other = tempDir();
    const [a, b] = await Promise.all([loadCacheSecret({ XDG_CONFIG_HOME: other }), loadCacheSecret({ XDG_CONFIG_HOME: other })]);
    expect(a.id).toBe(b.id);
  });

  it('takes a shared key from HRSS_AUDIT_CACHE_KEY (CI), without writing a key file', async () => {
    const home = tempDir();
    const a = await loadCacheSecret({ XDG_CONFIG_HOME: home, HRSS_AUDIT_CACHE_KEY: 'a CI secret of some length' });
    const b = await loadCacheSecret({ XDG_CONFIG_HOME: tempDir(), HRSS_AUDIT_CACHE_KEY: 'a CI secret of some length' });
    expect(a.id).toBe(b.id);
    expect(existsSync(join(home, 'hrss-audit'))).toBe(false);
    expect((await loadCacheSecret({ XDG_CONFIG_HOME: home, HRSS_AUDIT_CACHE_KEY: 'another secret' })).id).not.toBe(a.id);
  });

  it('lives under LOCALAPPDATA on Windows and ~/.config elsewhere', () => {
    expect(cacheKeyFile({ LOCALAPPDATA: 'C:\\Users\\x\\AppData\\Local' }, 'win32')).toContain(join('hrss-audit', 'cache.key'));
    expect(cacheKeyFile({}, 'linux', () => '/home/x')).toBe('/home/x/.config/hrss-audit/cache.key');
  });
});

/** A batch over a directory, in this process, with a cache. */
async function run(
  dir: string,
  config: LoadedConfig,
  options: { asOf?: string; toolVersion?: string; rules?: ActiveRule[]; corpusPath?: string } = {},
): Promise<BatchOutcome> {
  const rules = options.rules ?? resolveRules(await loadAllRules(config), config);
  return auditLibrary({
    cwd: dir,
    paths: ['.'],
    config,
    rules,
    asOf: options.asOf ?? SAMPLE_AS_OF,
    jobs: 1,
    cacheLocation: join(dir, '.hrss-audit', 'cache'),
    corpusPath: options.corpusPath ?? null,
    progress: createProgress(sink, true),
    stderr: sink,
    toolVersion: options.toolVersion ?? 'test-1',
    cacheSecret: SECRET,
  });
}

describe('batch with --cache', () => {
  it('re-audits exactly what a change affects', async () => {
    const dir = writeFiles(tempDir(), sampleLibrary());
    const files = Object.keys(sampleLibrary()).length;
    const config = validateConfig({}, null, dir);
    const first = await run(dir, config);
    expect(first.cached).toBe(0);
    const second = await run(dir, config);
    expect(second.cached).toBe(files);
    expect(second.results).toEqual(first.results);

    // Content: only the changed file.
    writeFileSync(join(dir, 'soon.md'), docSource({ title: '湖南省职业技能等级认定办法', closing: '本办法自2022年3月1日起施行，有效期3年。' }));
    const edited = await run(dir, config);
    expect(edited.cached).toBe(files - 1);
    expect(edited.results.find((d) => d.path === 'soon.md')!.meta?.validity?.years).toBe(3);

    // Config (a rule's severity), tool version, asOf: everything.
    expect((await run(dir, validateConfig({ rules: { 'legal-basis/missing': 'error' } }, null, dir))).cached).toBe(0);
    expect((await run(dir, config, { toolVersion: 'test-2' })).cached).toBe(0);
    expect((await run(dir, config, { asOf: '2026-12-01' })).cached).toBe(0);
    // Back to the first settings: the entries were replaced, so audited again.
    expect((await run(dir, config)).cached).toBe(0);
    expect((await run(dir, config)).cached).toBe(files);
  });

  it('re-audits when a rule version or, for a rule that uses it, the corpus changes', async () => {
    const dir = writeFiles(tempDir(), { 'a.md': docSource({ title: '湖南省某某办法' }), 'b.md': docSource({ title: '湖南省另一办法' }) });
    const config = validateConfig({}, null, dir);
    // The real corpus rules would open the stand-in file below; only the key matters here.
    const base = resolveRules(await loadAllRules(config), config).filter((a) => !a.rule.meta.needsCorpus);
    const corpus = join(dir, 'corpus.db');
    writeFileSync(corpus, 'v1');
    const v1 = [...base, rule('corpus/check', 1, { needsCorpus: true })];
    await run(dir, config, { rules: v1, corpusPath: corpus });
    expect((await run(dir, config, { rules: v1, corpusPath: corpus })).cached).toBe(2);
    expect((await run(dir, config, { rules: [...base, rule('corpus/check', 2, { needsCorpus: true })], corpusPath: corpus })).cached).toBe(0);
    const v2 = [...base, rule('corpus/check', 2, { needsCorpus: true })];
    expect((await run(dir, config, { rules: v2, corpusPath: corpus })).cached).toBe(2);
    writeFileSync(corpus, 'v2 — a new import');
    expect((await run(dir, config, { rules: v2, corpusPath: corpus })).cached).toBe(0);
  });
});
