import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { brokenDocxFiles, docSource, SAMPLE_AS_OF, sampleLibrary, tempDir, writeFiles } from '../helpers/library.js';
import { schemaErrors } from '../helpers/schema.js';

/** A report without its generation time, for comparing runs. */
function stable(stdout: string): unknown {
  const report = JSON.parse(stdout);
  delete report.generatedAt;
  return report;
}

function library(extra: Record<string, string | Uint8Array> = {}): string {
  return writeFiles(tempDir(), { ...sampleLibrary(), ...brokenDocxFiles(), ...extra });
}

describe('check on a library (worker threads)', () => {
  it('audits a folder with broken files in it, in the same order whatever the number of jobs', async () => {
    const dir = library();
    const parallel = await runCli(['check', '.', '-f', 'json', '--as-of', SAMPLE_AS_OF, '--jobs', '2'], { cwd: dir });
    expect(parallel.code).toBe(1);
    expect(parallel.stderr).toBe(''); // no progress bar when stderr is not a terminal
    const report = JSON.parse(parallel.stdout);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.documents.map((d: { path: string }) => d.path)).toEqual([
      'broken/empty.docx',
      'broken/plain-text.docx',
      'broken/truncated.docx',
      'dup.md',
      'fine.txt',
      'new.md',
      'old.md',
      'repeal/notice.md',
      'repeal/repealed.md',
      'soon.md',
    ]);
    const codes = report.documents.filter((d: { status: string }) => d.status === 'unreadable').map((d: { error: { code: string } }) => d.error.code);
    expect(codes.slice(0, 2)).toEqual(['E_EMPTY_FILE', 'E_NOT_DOCX']);
    expect(report.summary).toMatchObject({ documents: 10, unreadable: 3 });
    // Library findings are there, on the documents concerned.
    expect(report.documents.find((d: { path: string }) => d.path === 'old.md').findings.map((f: { ruleId: string }) => f.ruleId)).toContain('library/expired');
    const serial = await runCli(['check', '.', '-f', 'json', '--as-of', SAMPLE_AS_OF, '--jobs', '1'], { cwd: dir });
    expect(stable(serial.stdout)).toEqual(stable(parallel.stdout));
  });

  it('turns a custom rule that kills its thread or exhausts memory into unreadable results for those files only', async () => {
    const dir = writeFiles(tempDir(), {
      'hostile-rule.mjs': `export default {
  id: 'office/hostile',
  meta: { severity: 'warning', description: '有缺陷的自定义规则', basis: '测试' },
  create(context) {
    const text = context.document.text;
    if (text.includes('死循环')) for (;;);
    if (text.includes('线程退出')) process.exit(3);
    if (text.includes('内存耗尽')) { const hoard = []; for (;;) hoard.push(new Array(100000).fill(text)); }
  },
};
`,
      'hrss-audit.config.json': JSON.stringify({ plugins: ['./hostile-rule.mjs'], limits: { workerHeapMb: 64 } }),
      'docs/a.md': docSource({ title: '湖南省甲办法' }),
      'hang/hang.md': docSource({ title: '湖南省乙办法', articles: ['此条触发死循环。'] }),
      'hang/hang2.md': docSource({ title: '湖南省辛办法', articles: ['此条也触发死循环。'] }),
      'docs/b.md': docSource({ title: '湖南省丙办法' }),
      'docs/exit.md': docSource({ title: '湖南省丁办法', articles: ['此条触发线程退出。'] }),
      'docs/c.md': docSource({ title: '湖南省戊办法' }),
      'docs/oom.md': docSource({ title: '湖南省己办法', articles: ['此条触发内存耗尽。'] }),
      'docs/d.md': docSource({ title: '湖南省庚办法' }),
    });
    // The default time limit: the files that must pass have all the time a busy machine needs.
    const r = await runCli(['check', 'docs', '-f', 'json', '--jobs', '2', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const status = Object.fromEntries(
      report.documents.map((d: { path: string; status: string; error: { code: string } | null }) => [d.path, d.error?.code ?? d.status]),
    );
    expect(status).toEqual({
      'docs/a.md': 'ok',
      'docs/b.md': 'ok',
      'docs/c.md': 'ok',
      'docs/d.md': 'ok',
      'docs/exit.md': 'E_WORKER_CRASH',
      'docs/oom.md': 'E_OUT_OF_MEMORY',
    });
    expect(schemaErrors(report)).toEqual([]);
    // Files that never finish time out under --timeout, however short (the pool's own tests show the others go on).
    const hung = await runCli(['check', 'hang', '-f', 'json', '--jobs', '2', '--timeout', '500', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(hung.code).toBe(1);
    expect(JSON.parse(hung.stdout).documents.map((d: { error: { code: string } }) => d.error.code)).toEqual(['E_TIMEOUT', 'E_TIMEOUT']);
  });

  it('honours .hrss-auditignore and the config ignore list', async () => {
    const dir = writeFiles(tempDir(), {
      'keep/a.md': docSource({ title: '湖南省甲办法' }),
      'drafts/b.md': docSource({ title: '湖南省乙办法' }),
      'old/c.txt': docSource({ title: '湖南省丙办法' }),
      'keep/note.md': docSource({ title: '湖南省丁办法' }),
      '.hrss-auditignore': '# 草稿不审\ndrafts/\n*/note.md\n',
      'hrss-audit.config.json': JSON.stringify({ ignore: ['old/'] }),
    });
    const r = await runCli(['check', '.', '-f', 'json', '--jobs', '2'], { cwd: dir });
    expect(JSON.parse(r.stdout).documents.map((d: { path: string }) => d.path)).toEqual(['keep/a.md']);
  });

  it('exits 1 on too many warnings and 2 on bad --jobs or --shard', async () => {
    const dir = writeFiles(tempDir(), {
      'a.md': docSource({ title: '湖南省甲办法', basis: '为规范工作，制定本办法。' }),
      'b.md': docSource({ title: '湖南省乙办法' }),
    });
    expect((await runCli(['check', '.', '--jobs', '2'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['check', '.', '--jobs', '2', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    const badJobs = await runCli(['check', '.', '--jobs', '0'], { cwd: dir });
    expect(badJobs.code).toBe(2);
    expect(badJobs.stderr).toContain('--jobs');
    const badShard = await runCli(['check', '.', '--shard', '4/3'], { cwd: dir });
    expect(badShard.code).toBe(2);
    expect(badShard.stderr).toContain('E_USAGE');
  });
});

describe('check --cache', () => {
  /** The cache key goes to a folder of the test's own, never to the real user's configuration folder. */
  const keyHome = (dir: string): Record<string, string | undefined> => ({ XDG_CONFIG_HOME: join(dir, '.config'), HRSS_AUDIT_CACHE_KEY: undefined });

  it('reuses results, and discards a damaged cache with a notice', async () => {
    const dir = library();
    const env = keyHome(dir);
    const args = ['check', '.', '-f', 'json', '--as-of', SAMPLE_AS_OF, '--jobs', '2', '--cache'];
    const first = await runCli(args, { cwd: dir, env });
    const cacheFile = join(dir, '.hrss-audit', 'cache');
    expect(existsSync(cacheFile)).toBe(true);
    expect(readFileSync(cacheFile, 'utf8')).toMatch(/^\{"format":"hrss-audit-cache","version":2,"sha256":"[0-9a-f]{64}","keyId":"[0-9a-f]{16}"\}\n/);
    const second = await runCli(args, { cwd: dir, env });
    expect(second.stderr).toBe('');
    expect(stable(second.stdout)).toEqual(stable(first.stdout));
    expect(second.code).toBe(first.code);

    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').slice(0, 500));
    const damaged = await runCli(args, { cwd: dir, env });
    expect(damaged.stderr).toContain('E_CACHE_CORRUPT');
    expect(damaged.stderr).toContain('已丢弃并重新审核');
    expect(stable(damaged.stdout)).toEqual(stable(first.stdout));
    // Rewritten whole.
    expect((await runCli(args, { cwd: dir, env })).stderr).toBe('');
  });

  it('writes the cache where --cache-location says', async () => {
    const dir = library();
    await runCli(['check', '.', '--cache', '--cache-location', 'ci-cache/'], { cwd: dir, env: keyHome(dir) });
    expect(existsSync(join(dir, 'ci-cache', 'cache'))).toBe(true);
    expect(existsSync(join(dir, '.hrss-audit', 'cache'))).toBe(false);
  });

  it('cannot be forged into passing a failing document: entries are authenticated with a key kept outside the cache', async () => {
    const dir = writeFiles(tempDir(), { 'draft.md': docSource({ title: '湖南省甲办法', closing: '本办法自2024年3月1日起施行。' }) });
    const env = keyHome(dir);
    const args = ['check', 'draft.md', '-f', 'json', '--as-of', SAMPLE_AS_OF, '--cache'];
    const honest = await runCli(args, { cwd: dir, env });
    expect(honest.code).toBe(1);
    const cacheFile = join(dir, '.hrss-audit', 'cache');
    // What anyone who can write the cache can do: empty the findings and recompute the checksum.
    const text = readFileSync(cacheFile, 'utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n')));
    const body = JSON.parse(text.slice(text.indexOf('\n') + 1));
    for (const entry of Object.values(body) as Array<{ result: { findings: unknown[]; verdict: string } }>) {
      entry.result.findings = [];
      entry.result.verdict = 'pass';
    }
    const forgedBody = JSON.stringify(body);
    header.sha256 = createHash('sha256').update(forgedBody).digest('hex');
    writeFileSync(cacheFile, `${JSON.stringify(header)}\n${forgedBody}`);
    const forged = await runCli(args, { cwd: dir, env });
    expect(forged.code).toBe(1);
    expect(stable(forged.stdout)).toEqual(stable(honest.stdout));
    expect(forged.stderr).toContain('E_CACHE_UNTRUSTED');
    // A cache written on another machine (another key) is audited again too; runners sharing a key (CI) reuse it.
    const otherMachine = await runCli(args, { cwd: dir, env: { XDG_CONFIG_HOME: join(dir, 'other-home') } });
    expect(otherMachine.stderr).toContain('E_CACHE_UNTRUSTED');
    expect(stable(otherMachine.stdout)).toEqual(stable(honest.stdout));
    const ci = { HRSS_AUDIT_CACHE_KEY: 'ci-secret-0123456789abcdef' };
    await runCli(args, { cwd: dir, env: { ...ci, XDG_CONFIG_HOME: join(dir, 'runner-1') } });
    const secondRunner = await runCli(args, { cwd: dir, env: { ...ci, XDG_CONFIG_HOME: join(dir, 'runner-2') } });
    expect(secondRunner.stderr).toBe('');
    expect(stable(secondRunner.stdout)).toEqual(stable(honest.stdout));
  });

  it('never overwrites a file that is not a cache of ours: exit 2 with E_CACHE_LOCATION', async () => {
    const dir = writeFiles(tempDir(), { 'a.md': docSource({ title: '湖南省甲办法' }) });
    const precious = readFileSync(join(ROOT, 'fixtures/drafts/sample-draft.docx'));
    writeFileSync(join(dir, '意见书.docx'), precious);
    const r = await runCli(['check', 'a.md', '--cache', '--cache-location', '意见书.docx'], { cwd: dir, env: keyHome(dir) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_CACHE_LOCATION');
    expect(r.stderr).not.toContain('无需处理');
    expect(readFileSync(join(dir, '意见书.docx'))).toEqual(precious);
  });

  it('says with a code when the cache cannot be written, and still reports', async () => {
    const dir = writeFiles(tempDir(), { 'a.md': docSource({ title: '湖南省甲办法' }), 'not-a-folder': 'x' });
    const r = await runCli(['check', 'a.md', '-f', 'json', '--cache', '--cache-location', 'not-a-folder/cache'], { cwd: dir, env: keyHome(dir) });
    expect(r.stderr).toContain('[E_CACHE_WRITE]');
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
    expect(readFileSync(join(dir, 'not-a-folder'), 'utf8')).toBe('x');
  });
});

describe('--shard and merge-reports', () => {
  it('three shards merged give the report of one run over the whole library', async () => {
    const extra = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [`more/doc${i}.md`, docSource({ title: `湖南省第${i}号试点办法`, number: `湘人社规〔2023〕${i + 10}号` })]),
    );
    const dir = library(extra);
    const common = ['-f', 'json', '--as-of', SAMPLE_AS_OF, '--jobs', '2'];
    const whole = await runCli(['check', '.', ...common], { cwd: dir });
    const shards: string[] = [];
    const seen: string[] = [];
    for (const i of [1, 2, 3]) {
      const out = join(dir, `shard-${i}.json`);
      const r = await runCli(['check', '.', ...common, '--shard', `${i}/3`, '-o', out], { cwd: dir });
      expect(r.stdout).toBe('');
      const part = JSON.parse(readFileSync(out, 'utf8'));
      expect(part.documents.length).toBeGreaterThan(0);
      seen.push(...part.documents.map((d: { path: string }) => d.path));
      shards.push(out);
    }
    expect(seen.sort()).toEqual(JSON.parse(whole.stdout).documents.map((d: { path: string }) => d.path));
    // Shards see part of the library: findings that link documents of two shards are missing from them…
    const libraryFindings = (docs: Array<{ findings: Array<{ ruleId: string }> }>): number =>
      docs.flatMap((d) => d.findings).filter((f) => f.ruleId.startsWith('library/')).length;
    const inShards = shards.map((f) => libraryFindings(JSON.parse(readFileSync(f, 'utf8')).documents)).reduce((a, b) => a + b, 0);
    expect(inShards).toBeLessThan(libraryFindings(JSON.parse(whole.stdout).documents));
    // …and merging recomputes them on the whole set.
    const merged = await runCli(['merge-reports', ...shards, '-f', 'json'], { cwd: dir });
    expect(merged.code).toBe(whole.code);
    expect(stable(merged.stdout)).toEqual(stable(whole.stdout));
    // Any output format.
    const sarif = await runCli(['merge-reports', ...shards, '-f', 'sarif'], { cwd: dir });
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
  });

  it('refuses reports that do not belong together', async () => {
    const dir = writeFiles(tempDir(), { 'a.md': docSource({ title: '湖南省甲办法' }) });
    await runCli(['check', '.', '-f', 'json', '--as-of', '2026-01-01', '-o', 'x.json'], { cwd: dir });
    await runCli(['check', '.', '-f', 'json', '--as-of', '2026-02-01', '-o', 'y.json'], { cwd: dir });
    writeFileSync(join(dir, 'z.json'), '{"not": "a report"}');
    const dates = await runCli(['merge-reports', 'x.json', 'y.json'], { cwd: dir });
    expect(dates.code).toBe(2);
    expect(dates.stderr).toContain('E_REPORT_INVALID');
    const junk = await runCli(['merge-reports', 'x.json', 'z.json'], { cwd: dir });
    expect(junk.code).toBe(2);
    expect(junk.stderr).toContain('不是 hrss-audit 的 JSON 报告');
  });
});

describe('CI formats from the CLI', () => {
  it('prints SARIF and JUnit', async () => {
    const dir = library();
    const sarif = await runCli(['check', '.', '-f', 'sarif', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'validity/missing').help.markdown).toContain('# validity/missing');
    const junit = await runCli(['check', '.', '-f', 'junit', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(junit.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(junit.stdout.match(/<testsuite /g)).toHaveLength(10);
  });
});

describe('clean', () => {
  it('writes the clean-up list as CSV for Excel, and exits 1 while files cannot be read', async () => {
    const dir = library();
    const r = await runCli(['clean', '.', '-f', 'csv', '-o', 'list.csv', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    const csv = readFileSync(join(dir, 'list.csv'), 'utf8');
    expect(csv.startsWith('\ufeff"序号","文件","标题"')).toBe(true);
    expect(csv).toContain('"拟废止"');
    const clean = writeFiles(tempDir(), sampleLibrary());
    const md = await runCli(['clean', '.', '--as-of', SAMPLE_AS_OF], { cwd: clean });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# 规范性文件清理表');
    expect(md.stdout).toContain('共 7 个文件：继续有效 1，拟修改 2，拟废止 1，已失效 2，即将到期 1');
    // A Markdown list written inside the library is not audited by the next run.
    for (let i = 0; i < 2; i++) await runCli(['clean', '.', '--as-of', SAMPLE_AS_OF, '-o', '清理表.md'], { cwd: clean });
    expect(readFileSync(join(clean, '清理表.md'), 'utf8')).toContain('共 7 个文件');
  });
});

describe('rules across documents are ordinary rules', () => {
  it('are listed with their pages', async () => {
    const list = await runCli(['rules', '--json']);
    const ids = JSON.parse(list.stdout).map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['library/duplicate-number', 'library/expired', 'library/expiring', 'library/cites-inactive']));
    const page = await runCli(['rules', 'library/cites-inactive']);
    expect(page.stdout).toContain('# library/cites-inactive');
  });
});
