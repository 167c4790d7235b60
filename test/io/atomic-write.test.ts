import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createReadStream, lstatSync, mkdirSync, readFileSync, readlinkSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { removeStaleTemps, writeFileAtomic } from '../../src/io/atomic-write.js';
import { isHrssError } from '../../src/errors.js';
import { tempDir } from '../helpers/library.js';

/** A pid that ran and has exited (so it is not running now). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return isHrssError(e) ? e.code : (e as NodeJS.ErrnoException).code;
  }
}

describe('writeFileAtomic onto what is already there', () => {
  it('writes through a FIFO instead of replacing it with a regular file', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'report.pipe');
    execFileSync('mkfifo', [fifo]);
    const received = new Promise<string>((resolve, reject) => {
      let text = '';
      createReadStream(fifo, 'utf8')
        .on('data', (d) => (text += d))
        .on('end', () => resolve(text))
        .on('error', reject);
    });
    await writeFileAtomic(fifo, '{"报告":"通过管道"}\n');
    expect(await received).toBe('{"报告":"通过管道"}\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['report.pipe']);
  });

  it('writes through /dev/null, which stays a character device', async () => {
    await writeFileAtomic('/dev/null', 'x'.repeat(1000));
    const st = lstatSync('/dev/null');
    expect(st.isCharacterDevice()).toBe(true);
    expect(readFileSync('/dev/null').length).toBe(0);
  });

  it('replaces the file a symbolic link points to, and the link stays a link', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'latest.json'), 'old');
    symlinkSync(join('reports', 'latest.json'), join(dir, 'report.json'));
    await writeFileAtomic(join(dir, 'report.json'), 'new');
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'report.json'))).toBe(join('reports', 'latest.json'));
    expect(readFileSync(join(dir, 'reports', 'latest.json'), 'utf8')).toBe('new');
    expect(readdirSync(join(dir, 'reports'))).toEqual(['latest.json']);
  });

  it.each([
    ['a short report', '{"结论":"通过"}'],
    ['a long report (written in chunks)', `{"正文":"${'审'.repeat(300_000)}𠮷"}`],
  ])('never writes through, nor removes, what is already at its temporary name: %s', async (_, text) => {
    const dir = tempDir();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep');
    // The first two names it draws are taken: a link to another file planted at one, another writer's file at the other.
    const planted = join(dir, `.report.json.${process.pid}.40000000.tmp`);
    const other = join(dir, `.report.json.${process.pid}.80000000.tmp`);
    symlinkSync(victim, planted);
    writeFileSync(other, 'another writer');
    const random = vi.spyOn(Math, 'random').mockReturnValueOnce(0.25).mockReturnValueOnce(0.5);
    try {
      await writeFileAtomic(join(dir, 'report.json'), text);
    } finally {
      random.mockRestore();
    }
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(text);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
    expect(readFileSync(other, 'utf8')).toBe('another writer');
    expect(readdirSync(dir).sort()).toEqual(
      [planted, other]
        .map((p) => p.slice(dir.length + 1))
        .concat(['report.json', 'victim.txt'])
        .sort(),
    );
  });

  it('refuses a link to nowhere, a folder and a link to a folder, leaving them as they were', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'missing', 'x.json'), join(dir, 'dangling.json'));
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'folder'), join(dir, 'folder-link'));
    expect(await codeOf(writeFileAtomic(join(dir, 'dangling.json'), 'x'))).toBe('E_OUTPUT_TARGET');
    expect(await codeOf(writeFileAtomic(join(dir, 'folder'), 'x'))).toBe('E_OUTPUT_TARGET');
    expect(await codeOf(writeFileAtomic(join(dir, 'folder-link'), 'x'))).toBe('E_OUTPUT_TARGET');
    expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'folder')).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, 'folder'))).toEqual([]);
  });
});

describe('temporary files a killed writer left behind', () => {
  it('are removed on the next write of the same report: ours only, and only when their writer is gone or they are a day old', async () => {
    const dir = tempDir();
    const dead = deadPid();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const names = {
        deadWriter: `.report.json.${dead}.0a1b2c3d.tmp`,
        liveWriter: `.report.json.${sleeper.pid}.0a1b2c3d.tmp`,
        liveButOld: `.report.json.${sleeper.pid}.ffffffff.tmp`,
        otherReport: `.other.json.${dead}.0a1b2c3d.tmp`,
        notOurPattern: '.report.json.tmp',
        userFile: `report.json.${dead}.0a1b2c3d.tmp`,
      };
      for (const n of Object.values(names)) writeFileSync(join(dir, n), 'partial');
      const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
      utimesSync(join(dir, names.liveButOld), dayAgo, dayAgo);
      // A folder of our naming is not a temp file of ours.
      mkdirSync(join(dir, `.report.json.${dead}.12345678.tmp`));

      await writeFileAtomic(join(dir, 'report.json'), '{}');
      const left = readdirSync(dir).sort();
      expect(left).toEqual(
        [names.liveWriter, names.notOurPattern, names.otherReport, `.report.json.${dead}.12345678.tmp`, 'report.json', names.userFile].sort(),
      );
      expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('{}');
    } finally {
      sleeper.kill();
    }
  });

  it('never removes a temp file this process is writing', async () => {
    const dir = tempDir();
    const mine = join(dir, `.cache.${process.pid}.00000000.tmp`);
    writeFileSync(mine, 'in progress');
    expect(await removeStaleTemps(join(dir, 'cache'))).toEqual([]);
    expect(readFileSync(mine, 'utf8')).toBe('in progress');
  });
});

describe('writeFileAtomic of a long text', () => {
  it('writes exactly the UTF-8 of the text, astral characters across its chunk boundaries included', async () => {
    const dir = tempDir('hrss-long-text-');
    // Chunks are 262,144 UTF-16 units: put a surrogate pair (𠮷) across every boundary, CJK and ASCII between.
    const unit = 256 * 1024;
    const text = ['a'.repeat(unit - 1), '𠮷', '中'.repeat(unit - 2), '𠮷', 'é'.repeat(unit), '𠮷'.repeat(unit / 2 + 1), '末'].join('');
    const file = join(dir, 'report.json');
    await writeFileAtomic(file, text);
    const bytes = readFileSync(file);
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(bytes.toString('utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
