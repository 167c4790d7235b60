import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFiles, cacheName, MAX_USER_BUILDS, openCache, readOrder, userCacheDir, writeCache } from '../../src/launcher/code-cache-files.js';
import { tempDir } from '../helpers/library.js';

describe('where code caches are looked for and written', () => {
  it("finds the user's folder from the platform's variables, or the one named, or none", () => {
    if (process.platform === 'win32') {
      expect(userCacheDir({ LOCALAPPDATA: 'C:\\Users\\法制科\\AppData\\Local' })).toBe(join('C:\\Users\\法制科\\AppData\\Local', 'hrss-audit', 'v8-cache'));
    } else {
      expect(userCacheDir({ HOME: '/home/法制科' })).toBe('/home/法制科/.cache/hrss-audit/v8-cache');
      expect(userCacheDir({ HOME: '/home/a', XDG_CACHE_HOME: '/var/cache/a' })).toBe('/var/cache/a/hrss-audit/v8-cache');
      expect(userCacheDir({})).toBeUndefined();
    }
    expect(userCacheDir({ HOME: '/home/a', HRSS_AUDIT_CODE_CACHE_DIR: '/srv/caches' })).toBe('/srv/caches');
    expect(userCacheDir({ HOME: '/home/a', HRSS_AUDIT_CODE_CACHE_DIR: '' })).toBeUndefined();
  });

  it("reads this run's own caches before the build's, and the build's alone for a run without options", () => {
    const plain = cacheFiles('/b', 'abc', 'main', '', '/u');
    expect(readOrder(plain)).toEqual([join('/b', cacheName('abc', 'main', '')), join('/u', cacheName('abc', 'main', ''))]);
    const withOptions = cacheFiles('/b', 'abc', 'main', '0123abcd', '/u');
    expect(readOrder(withOptions)).toEqual([
      join('/b', cacheName('abc', 'main', '0123abcd')),
      join('/u', cacheName('abc', 'main', '0123abcd')),
      join('/b', cacheName('abc', 'main', '')),
    ]);
    expect(readOrder(cacheFiles('/b', 'abc', 'main', '0123abcd', undefined))).toEqual([
      join('/b', cacheName('abc', 'main', '0123abcd')),
      join('/b', cacheName('abc', 'main', '')),
    ]);
  });

  it("opens only a regular, non-empty file, and in the user's folder only one private to the user", () => {
    const root = tempDir('hrss-code-cache-');
    const user = join(root, 'user');
    mkdirSync(user, { mode: 0o700 });
    const files = cacheFiles(join(root, 'bundle'), 'b1', 'main', '', user);
    mkdirSync(join(root, 'bundle'));
    // A FIFO where the cache should be: skipped at once (opening it would wait for a writer).
    execFileSync('mkfifo', [files.build]);
    expect(openCache(files.build, files)).toBeUndefined();
    writeFileSync(files.user!, 'cache', { mode: 0o600 });
    const opened = openCache(files.user!, files);
    expect(opened?.size).toBe(5);
    closeSync(opened!.fd);
    chmodSync(files.user!, 0o620);
    expect(openCache(files.user!, files)).toBeUndefined();
    chmodSync(files.user!, 0o600);
    chmodSync(user, 0o777);
    expect(openCache(files.user!, files)).toBeUndefined();
    chmodSync(user, 0o700);
    writeFileSync(files.user!, '');
    expect(openCache(files.user!, files)).toBeUndefined();
  });

  it("writes beside the scripts when it can, else in the user's folder, which keeps the latest builds only", () => {
    const root = tempDir('hrss-code-cache-');
    const user = join(root, 'user');
    mkdirSync(user);
    // Caches of four other builds, written one day apart (b1 the oldest).
    for (const [i, build] of ['b1', 'b2', 'b3', 'b4'].entries()) {
      const file = join(user, cacheName(build, 'main', ''));
      writeFileSync(file, build);
      const when = new Date(Date.UTC(2026, 10, 20 + i));
      utimesSync(file, when, when);
    }
    writeFileSync(join(user, 'notes.txt'), 'not a cache');

    const writable = cacheFiles(join(root, 'bundle'), 'b5', 'main', '', user);
    expect(writeCache(writable, () => Buffer.from('cache'))).toBe(true);
    expect(readFileSync(writable.own, 'utf8')).toBe('cache');
    expect(readdirSync(user)).toHaveLength(5);

    // A folder that cannot be made (a file is in the way): the cache goes to the user's folder.
    writeFileSync(join(root, 'blocked'), '');
    const blocked = cacheFiles(join(root, 'blocked', 'v8-cache'), 'b5', 'main', '', user);
    let made = 0;
    expect(
      writeCache(blocked, () => {
        made++;
        return Buffer.from('mine');
      }),
    ).toBe(true);
    expect(made).toBe(1);
    expect(readFileSync(blocked.user!, 'utf8')).toBe('mine');
    const kept = readdirSync(user).sort();
    expect(kept).toEqual([cacheName('b3', 'main', ''), cacheName('b4', 'main', ''), cacheName('b5', 'main', ''), 'notes.txt'].sort());
    expect(kept.filter((name) => name.endsWith('.bin'))).toHaveLength(MAX_USER_BUILDS);

    // Nowhere to write: the cache is not even made.
    const nowhere = cacheFiles(join(root, 'blocked', 'v8-cache'), 'b5', 'main', '', undefined);
    expect(writeCache(nowhere, () => Buffer.from(String(++made)))).toBe(false);
    expect(made).toBe(1);
  });
});
