import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_OPTION_SETS, optionsKey } from '../../src/launcher/code-cache-files.js';
import { BIN, ROOT } from '../helpers/cli.js';

/**
 * V8 refuses a code cache made under other V8 flags, and machines often run
 * Node with some (NODE_OPTIONS=--max-old-space-size=4096 on CI runners). A
 * run with options writes a cache of its own where the build's was refused,
 * and the next run with the same options starts from it. V8's
 * --profile-deserialization (which does not change the flags V8 compares)
 * says which cache V8 deserialised: "[Deserializing from N bytes …]".
 */
const CACHE_DIR = join(ROOT, 'dist/bundle/v8-cache');
// An unusual heap size, so that no other run shares these options.
const OPTIONS = ['--max-old-space-size=3011', '--profile-deserialization'];
const key = optionsKey(OPTIONS, process.env.NODE_OPTIONS ?? '');
const own = (): string[] => readdirSync(CACHE_DIR).filter((name) => name.includes(`-options-${key}.bin`));

const removeOwn = (): void => {
  for (const name of own()) rmSync(join(CACHE_DIR, name), { force: true });
};
afterAll(removeOwn);

function check(options: string[], out: string, userFolder = ''): { stdout: string; report: Record<string, unknown> } {
  // The user's cache folder is off unless a test names one: no run writes into the home of whoever runs the tests.
  const env: NodeJS.ProcessEnv = { ...process.env, HRSS_AUDIT_CODE_CACHE_DIR: userFolder };
  delete env.NODE_EXTRA_CA_CERTS;
  const r = spawnSync(process.execPath, [...options, BIN, 'check', join(ROOT, 'fixtures/drafts/sample-draft.md'), '-f', 'json', '-o', out], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(1);
  const report = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  delete report.generatedAt;
  return { stdout: r.stdout, report };
}

/** The sizes of the code caches V8 deserialised, as --profile-deserialization prints them. */
function deserialised(stdout: string): number[] {
  return [...stdout.matchAll(/\[Deserializing from (\d+) bytes/g)].map((m) => Number(m[1]));
}

describe('code caches for runs with V8 options', () => {
  it('a run with options writes a cache of its own once, and the next such run starts from it', () => {
    expect(key).toMatch(/^[0-9a-f]{8}$/);
    expect(own()).toEqual([]);
    const names = readdirSync(CACHE_DIR);
    const buildMain = names.find((name) => name.includes('-main-node') && !name.includes('-options-'));
    expect(buildMain).toBeDefined();
    const buildMainSize = statSync(join(CACHE_DIR, buildMain!)).size;
    const dir = mkdtempSync(join(tmpdir(), 'hrss-cache-options-'));

    // The build's cache is refused under other flags: the tool is compiled, and its cache written for them.
    const first = check(OPTIONS, join(dir, 'first.json'));
    expect(deserialised(first.stdout)).not.toContain(buildMainSize);
    const ownMain = own().find((name) => name.includes('-main-'));
    expect(ownMain).toBeDefined();
    const ownMainStat = statSync(join(CACHE_DIR, ownMain!));

    // The next run with the same options deserialises it, leaves it as it is, and finds the same.
    const second = check(OPTIONS, join(dir, 'second.json'));
    expect(deserialised(second.stdout)).toContain(ownMainStat.size);
    expect(statSync(join(CACHE_DIR, ownMain!)).mtimeMs).toBe(ownMainStat.mtimeMs);
    expect(second.report).toEqual(first.report);

    // The build's own cache is untouched, and a run without V8 flags still uses it.
    expect(statSync(join(CACHE_DIR, buildMain!)).size).toBe(buildMainSize);
    const plain = check(['--profile-deserialization'], join(dir, 'plain.json'));
    expect(deserialised(plain.stdout)).toContain(buildMainSize);
    expect(plain.report).toEqual(first.report);
    removeOwn();
  });

  it(`keeps caches for at most ${MAX_OPTION_SETS} other sets of options beside the scripts, then in the user's folder, if trusted`, () => {
    const buildMain = readdirSync(CACHE_DIR).find((name) => name.includes('-main-node') && !name.includes('-options-'))!;
    const build = buildMain.slice(0, buildMain.indexOf('-'));
    const taken = Array.from({ length: MAX_OPTION_SETS }, (_, i) =>
      join(CACHE_DIR, `${build}-main-node${process.version}-${process.arch}-options-${String(i).padStart(8, '0')}.bin`),
    );
    const other = ['--max-old-space-size=3013', '--profile-deserialization'];
    const otherKey = optionsKey(other, process.env.NODE_OPTIONS ?? '');
    const mine = (folder: string): string[] => readdirSync(folder).filter((name) => name.includes(`-options-${otherKey}.bin`));
    const dir = mkdtempSync(join(tmpdir(), 'hrss-cache-options-'));
    const userFolder = join(dir, 'user', 'v8-cache');
    try {
      for (const file of taken) writeFileSync(file, 'taken');
      // No room beside the scripts and no user folder: nothing is written.
      check(other, join(dir, 'none.json'));
      expect(mine(CACHE_DIR)).toEqual([]);
      // With a user folder, the caches go there, private to the user, and the next run reads them.
      check(other, join(dir, 'first.json'), userFolder);
      expect(mine(CACHE_DIR)).toEqual([]);
      const main = mine(userFolder).find((name) => name.includes('-main-'))!;
      expect(main).toBeDefined();
      expect(statSync(join(userFolder, main)).mode & 0o777).toBe(0o600);
      expect(statSync(userFolder).mode & 0o777).toBe(0o700);
      const size = statSync(join(userFolder, main)).size;
      expect(deserialised(check(other, join(dir, 'second.json'), userFolder).stdout)).toContain(size);
      // A cache that others could have written is code nobody vouches for: it is not read.
      chmodSync(join(userFolder, main), 0o666);
      expect(deserialised(check(other, join(dir, 'third.json'), userFolder).stdout)).not.toContain(size);
      // With a set gone beside the scripts, the next run writes its caches there.
      rmSync(taken[0]);
      check(other, join(dir, 'room.json'));
      expect(mine(CACHE_DIR).some((name) => name.includes('-main-'))).toBe(true);
    } finally {
      for (const file of taken) rmSync(file, { force: true });
      for (const name of mine(CACHE_DIR)) rmSync(join(CACHE_DIR, name), { force: true });
    }
  });

  it('keys caches by the options as given: none for a plain run, one key per set of options', () => {
    expect(optionsKey([], '')).toBe('');
    expect(optionsKey(['--max-old-space-size=4096'], '')).toMatch(/^[0-9a-f]{8}$/);
    expect(optionsKey(['--max-old-space-size=4096'], '')).toBe(optionsKey(['--max-old-space-size=4096'], ''));
    expect(optionsKey([], '--max-old-space-size=4096')).not.toBe(optionsKey(['--max-old-space-size=4096'], ''));
    expect(optionsKey(['--max-old-space-size=4096'], '')).not.toBe(optionsKey(['--max-old-space-size=2048'], ''));
  });
});
