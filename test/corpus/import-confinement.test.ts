import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCorpus } from '../../src/corpus/import.js';
import { insideFolder, manifestPathProblem } from '../../src/corpus/inside-folder.js';
import { CorpusStore } from '../../src/corpus/store.js';

/**
 * `corpus import` reads only inside what it was given: a manifest may name
 * files in its own folder alone, and a walked folder's symbolic links may
 * not lead out of it. (Attack: a corpus folder handed to a legal officer
 * with `texts/x.md -> /etc/passwd`, or a manifest path `../../secret.md`,
 * made the outside file searchable.)
 */

const LAW = (title: string, body: string): string => `# ${title}\n\n2020年1月1日 某某会议通过\n\n${body}\n`;
const SECRET = '绝密口令是天王盖地虎';

interface Layout {
  root: string;
  outside: string;
  target: string;
}

/** A corpus folder with one good law, and beside it (outside it) a folder with a secret text. */
function layout(): Layout {
  const base = mkdtempSync(join(tmpdir(), 'hrss-confine-'));
  const root = join(base, 'corpus');
  const outside = join(base, 'outside');
  mkdirSync(join(root, 'texts'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'texts', 'good.md'), LAW('好条例', '第一条 合法的正文。'));
  writeFileSync(join(outside, 'secret.md'), LAW('机密条例', `第一条 ${SECRET}。`));
  return { root, outside, target: join(base, 'c.db') };
}

function manifest(root: string, secretPath: string): void {
  const doc = (id: string, title: string, path: string) => ({ id, title, path, level: '行政法规', status: '现行有效' });
  writeFileSync(join(root, 'manifest.json'), JSON.stringify({ documents: [doc('good', '好条例', 'texts/good.md'), doc('secret', '机密条例', secretPath)] }));
}

function lawsIn(target: string): Array<{ title: string; sourcePath: string | null }> {
  const store = CorpusStore.openReadOnly(target);
  try {
    return store.laws().map((l) => ({ title: l.title, sourcePath: l.sourcePath }));
  } finally {
    store.close();
  }
}

function searchable(target: string, words: string): number {
  const store = CorpusStore.openReadOnly(target);
  try {
    return store.search(words).total;
  } finally {
    store.close();
  }
}

describe('a manifest names files inside its own folder only', () => {
  it.each([
    ['a path climbing out with ../', (l: Layout) => '../outside/secret.md', '用“..”指向清单所在目录之外'],
    ['an absolute path', (l: Layout) => join(l.outside, 'secret.md'), '是绝对路径'],
    ['a Windows absolute path', (_l: Layout) => 'C:\\Windows\\win.ini', '是绝对路径'],
    [
      'a symlink in texts/ to a file outside',
      (l: Layout) => {
        symlinkSync(join(l.outside, 'secret.md'), join(l.root, 'texts', 'x.md'));
        return 'texts/x.md';
      },
      '经符号链接指向清单所在目录之外',
    ],
    [
      'a path through a symlinked folder that leaves the root',
      (l: Layout) => {
        symlinkSync(l.outside, join(l.root, 'linked'));
        return 'linked/secret.md';
      },
      '经符号链接指向清单所在目录之外',
    ],
    [
      'a symlink to /etc/passwd',
      (l: Layout) => {
        symlinkSync('/etc/passwd', join(l.root, 'texts', 'passwd.md'));
        return 'texts/passwd.md';
      },
      '经符号链接指向清单所在目录之外',
    ],
  ])('refuses %s as a manifest error naming the entry; nothing is imported', async (_name, make, reason) => {
    const l = layout();
    const path = make(l);
    manifest(l.root, path);
    const run = importCorpus({ target: l.target, inputs: [l.root], cwd: l.root });
    await expect(run).rejects.toMatchObject({ code: 'E_MANIFEST_INVALID', message: expect.stringContaining('documents[1]（secret）') });
    await expect(importCorpus({ target: l.target, inputs: [l.root], cwd: l.root })).rejects.toThrow(reason);
    await expect(importCorpus({ target: l.target, inputs: [l.root], cwd: l.root })).rejects.toThrow(path);
    expect(existsSync(l.target)).toBe(false);
  });

  it('refuses a folder manifest.json that is itself a link out of the folder', async () => {
    const l = layout();
    writeFileSync(join(l.outside, 'manifest.json'), JSON.stringify({ documents: [] }));
    symlinkSync(join(l.outside, 'manifest.json'), join(l.root, 'manifest.json'));
    await expect(importCorpus({ target: l.target, inputs: [l.root], cwd: l.root })).rejects.toMatchObject({
      code: 'E_MANIFEST_INVALID',
      message: expect.stringContaining('符号链接'),
    });
  });

  it('accepts paths that wander but stay inside (texts/../texts/good.md)', async () => {
    const l = layout();
    writeFileSync(
      join(l.root, 'manifest.json'),
      JSON.stringify({ documents: [{ id: 'good', title: '好条例', path: 'texts/../texts/good.md', level: '行政法规', status: '现行有效' }] }),
    );
    await expect(importCorpus({ target: l.target, inputs: [l.root], cwd: l.root })).resolves.toMatchObject({ added: 1, problems: [] });
  });
});

describe('a walked folder: links are not followed, as in library mode', () => {
  it('reports links leaving the folder (file, folder, /etc/passwd, /etc) and special files; links inside add nothing, a loop ends', async () => {
    const l = layout();
    const texts = join(l.root, 'texts');
    symlinkSync(join(l.outside, 'secret.md'), join(texts, 'x.md'));
    symlinkSync('/etc/passwd', join(texts, 'passwd.md'));
    symlinkSync('/etc', join(texts, 'etc'));
    symlinkSync(l.outside, join(texts, 'outside-folder'));
    symlinkSync(l.root, join(texts, 'loop'));
    symlinkSync(join(texts, 'good.md'), join(texts, 'same-as-good.md'));
    execFileSync('mkfifo', [join(texts, 'pipe.md')]);
    const r = await importCorpus({ target: l.target, inputs: [l.root], cwd: l.root });
    expect(r.problems.map((p) => [p.file, p.code]).sort()).toEqual([
      [join('texts', 'etc'), 'E_SYMLINK_OUTSIDE'],
      [join('texts', 'outside-folder'), 'E_SYMLINK_OUTSIDE'],
      [join('texts', 'passwd.md'), 'E_SYMLINK_OUTSIDE'],
      [join('texts', 'pipe.md'), 'E_SPECIAL_FILE'],
      [join('texts', 'x.md'), 'E_SYMLINK_OUTSIDE'],
    ]);
    expect(r).toMatchObject({ added: 1 });
    expect(r.problems.find((p) => p.file.endsWith('passwd.md'))!.message).toContain('/etc/passwd');
    expect(lawsIn(l.target).map((x) => x.title)).toEqual(['好条例']);
    expect(searchable(l.target, SECRET)).toBe(0);
    expect(searchable(l.target, 'root')).toBe(0);
  });

  it('imports a file named on the command line wherever its link points: the user chose it', async () => {
    const l = layout();
    symlinkSync(join(l.outside, 'secret.md'), join(l.root, 'texts', 'x.md'));
    const r = await importCorpus({ target: l.target, inputs: [join(l.root, 'texts', 'x.md')], cwd: l.root });
    expect(r).toMatchObject({ added: 1, problems: [] });
    expect(searchable(l.target, SECRET)).toBe(1);
  });
});

describe('path containment', () => {
  it('tells inside from outside without being fooled by names that start with ..', () => {
    expect(insideFolder('/a/b', '/a/b')).toBe(true);
    expect(insideFolder('/a/b', '/a/b/..c/d.md')).toBe(true);
    expect(insideFolder('/a/b', '/a/bc/d.md')).toBe(false);
    expect(insideFolder('/a/b', '/a/d.md')).toBe(false);
  });

  it.each([
    ['texts/a.md', undefined],
    ['./texts/a.md', undefined],
    ['texts\\..\\..\\secret.md', '用“..”指向清单所在目录之外'],
    ['\\\\server\\share\\a.md', '是绝对路径'],
    ['D:a.md', '是绝对路径'],
    ['texts/..', '没有指向清单所在目录中的文件'],
  ])('manifest path %s', (path, problem) => {
    if (problem === undefined) expect(manifestPathProblem(path)).toBeUndefined();
    else expect(manifestPathProblem(path)).toContain(problem);
  });
});
