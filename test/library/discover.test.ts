import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHrssError } from '../../src/errors.js';
import { discoverLibrary, skippedResults } from '../../src/library/discover.js';
import { tempDir, writeFiles } from '../helpers/library.js';

const DOC = '# 某办法\n\n第一条 为规范，制定本办法。\n';

async function discover(cwd: string, inputs: string[], output?: string): Promise<{ files: string[]; skipped: Array<[string, string]> }> {
  const d = await discoverLibrary(inputs, { cwd, output: output ? join(cwd, output) : undefined });
  return { files: d.files.map((f) => relative(cwd, f)), skipped: d.skipped.map((s) => [relative(cwd, s.path), s.code]) };
}

async function errorCode(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return isHrssError(e) ? e.code : String(e);
  }
}

/** A library with everything a walk must not follow: links out of it, a loop, a link back into it, a FIFO. */
function hostileLibrary(): string {
  const cwd = tempDir();
  writeFiles(cwd, { 'lib/a.md': DOC, 'lib/sub/b.txt': DOC, 'outside/secret.md': DOC });
  symlinkSync('/etc/passwd', join(cwd, 'lib/passwd.txt'));
  symlinkSync('/etc', join(cwd, 'lib/etc-link'));
  symlinkSync('.', join(cwd, 'lib/loop'));
  symlinkSync('sub', join(cwd, 'lib/sub-again'));
  symlinkSync('a.md', join(cwd, 'lib/alias.md'));
  symlinkSync('../outside/secret.md', join(cwd, 'lib/climb.md'));
  symlinkSync('nowhere.md', join(cwd, 'lib/dangling.md'));
  symlinkSync('self.md', join(cwd, 'lib/self.md'));
  symlinkSync('/etc/hostname', join(cwd, 'lib/notes.xlsx'));
  execFileSync('mkfifo', [join(cwd, 'lib/pipe.md')]);
  return cwd;
}

describe('discovering a library: symbolic links and special files', () => {
  it('stays inside the folder, audits each file once and reports what it did not follow', async () => {
    const cwd = hostileLibrary();
    const { files, skipped } = await discover(cwd, ['lib']);
    expect(files).toEqual(['lib/a.md', 'lib/sub/b.txt']);
    expect(skipped).toEqual([
      ['lib/climb.md', 'E_SYMLINK_OUTSIDE'],
      ['lib/dangling.md', 'E_FILE_READ'],
      ['lib/etc-link', 'E_SYMLINK_OUTSIDE'],
      ['lib/passwd.txt', 'E_SYMLINK_OUTSIDE'],
      ['lib/pipe.md', 'E_SPECIAL_FILE'],
      ['lib/self.md', 'E_FILE_READ'],
    ]);
  });

  it('shows skipped entries as unreadable results whose paths and messages say nothing of the link targets', async () => {
    const cwd = hostileLibrary();
    const d = await discoverLibrary(['lib'], { cwd });
    const results = skippedResults(d.skipped, cwd);
    expect(results.find((r) => r.path === 'lib/etc-link/')).toMatchObject({
      status: 'unreadable',
      format: null,
      error: { code: 'E_SYMLINK_OUTSIDE' },
      findings: [],
    });
    expect(results.find((r) => r.path === 'lib/passwd.txt')).toMatchObject({ format: 'txt', error: { code: 'E_SYMLINK_OUTSIDE' } });
    expect(JSON.stringify(results)).not.toMatch(/(?<!lib)\/etc|root:|secret|outside/);
  });

  it('follows what is named on the command line (the user chose it), but never opens a FIFO named there', async () => {
    const cwd = hostileLibrary();
    symlinkSync('lib', join(cwd, 'lib-link'));
    expect(await discover(cwd, ['lib/passwd.txt'])).toEqual({ files: ['lib/passwd.txt'], skipped: [] });
    expect(await discover(cwd, ['lib/pipe.md'])).toEqual({ files: [], skipped: [['lib/pipe.md', 'E_SPECIAL_FILE']] });
    // A folder named through a link is walked with the link's target as its boundary; naming it twice audits it once.
    const both = await discover(cwd, ['lib', 'lib-link', 'lib/a.md']);
    expect(both.files).toEqual(['lib/a.md', 'lib/sub/b.txt']);
  });

  it('keeps globs inside the folder they start from', async () => {
    const cwd = hostileLibrary();
    const { files, skipped } = await discover(cwd, ['lib/**/*.md']);
    expect(files).toEqual(['lib/a.md']);
    expect(skipped.map(([p]) => p)).toEqual(['lib/climb.md', 'lib/dangling.md', 'lib/etc-link', 'lib/pipe.md', 'lib/self.md']);
    // A glob that does not go below its folder cannot miss what lies in a linked folder.
    expect((await discover(cwd, ['lib/*.txt'])).skipped).toEqual([['lib/passwd.txt', 'E_SYMLINK_OUTSIDE']]);
  });

  it('honours the ignore file for links and special files too', async () => {
    const cwd = hostileLibrary();
    writeFileSync(join(cwd, '.hrss-auditignore'), 'lib/etc-link\nlib/passwd.txt\n*.md\n');
    const { files, skipped } = await discover(cwd, ['lib']);
    expect(files).toEqual(['lib/sub/b.txt']);
    expect(skipped).toEqual([]);
  });
});

describe('discovering paths whose names look like globs', () => {
  it('takes an existing path as a path, whatever characters its name holds', async () => {
    const cwd = tempDir();
    const names = ['文件(1)', 'drafts{a,b}', '规范性文件[2024]', 'star*dir', 'q?mark'];
    writeFiles(cwd, Object.fromEntries(names.map((n) => [`${n}/通知.md`, DOC])));
    writeFiles(cwd, { 'draftsa/decoy.md': DOC, 'stardir/decoy.md': DOC, '规范性文件2/decoy.md': DOC });
    for (const n of names) expect(await discover(cwd, [n]), n).toEqual({ files: [`${n}/通知.md`], skipped: [] });
    expect((await discover(cwd, ['规范性文件[2024]/通知.md'])).files).toEqual(['规范性文件[2024]/通知.md']);
    // A glob below such a folder starts from the folder as it is named.
    expect((await discover(cwd, ['规范性文件[2024]/*.md'])).files).toEqual(['规范性文件[2024]/通知.md']);
    expect((await discover(cwd, ['文件(1)/**/*.MD'])).files).toEqual(['文件(1)/通知.md']);
  });

  it('reads a path that does not exist as a glob, and a plain missing path as an error', async () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'draftsa/x.md': DOC, 'draftsb/y.docx': 'not really', 'draftsc/z.md': DOC });
    expect((await discover(cwd, ['drafts{a,b}/*'])).files).toEqual(['draftsa/x.md', 'draftsb/y.docx']);
    expect(await errorCode(discover(cwd, ['没有这个目录']))).toBe('E_FILE_NOT_FOUND');
    // "!" is not a negation: a missing path is not turned into "everything else".
    expect(await errorCode(discover(cwd, ['!draftsa']))).toBe('E_FILE_NOT_FOUND');
  });
});

describe('the report being written', () => {
  it('is refused when it would replace a document the run audits, whether found in a walk, named, or reached through a link', async () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'lib/a.md': DOC, 'lib/b.md': DOC });
    symlinkSync(join('lib', 'a.md'), join(cwd, 'out.md'));
    expect(await errorCode(discover(cwd, ['lib'], 'lib/b.md'))).toBe('E_OUTPUT_IS_INPUT');
    expect(await errorCode(discover(cwd, ['lib/a.md'], 'lib/a.md'))).toBe('E_OUTPUT_IS_INPUT');
    expect(await errorCode(discover(cwd, ['lib'], 'out.md'))).toBe('E_OUTPUT_IS_INPUT');
    expect(await errorCode(discover(cwd, ['lib'], 'lib/new.md'))).toBeUndefined();
  });

  it('is left out of the walk when it is a report of ours from an earlier run', async () => {
    const cwd = tempDir();
    writeFiles(cwd, {
      'lib/a.md': DOC,
      'lib/清理表.md': '# 规范性文件清理表\n\n清理基准日：2026-11-27；共 1 个文件。\n',
      'lib/结果.txt': 'lib/a.md  结论：不合法\n\n✖ 发现 2 个问题（错误 1，警告 1，提示 0）；共审核 1 个文件\n',
      'lib/意见.md': '# 合法性审核意见书\n\n本意见书由 hrss-audit 0.1.0 按上列规则自动生成。\n',
    });
    for (const report of ['lib/清理表.md', 'lib/结果.txt', 'lib/意见.md']) {
      const { files } = await discover(cwd, ['lib'], report);
      expect(files, report).not.toContain(report);
      expect(files, report).toContain('lib/a.md');
    }
  });
});
