/**
 * Where the V8 code caches of the bundle's scripts live, which one a run
 * reads, and where it writes one it lacks (bundle-loader.ts compiles with
 * them).
 *
 * The build leaves one cache per script beside the scripts
 * (dist/bundle/v8-cache/), named by build and Node version. V8 refuses a
 * cache made under other V8 flags, heap sizes included, and machines often
 * set some (NODE_OPTIONS=--max-old-space-size=4096 on CI runners): a run
 * with options reads a cache of its own, keyed by its options, and writes
 * one where the build's was refused. Where the installation cannot be
 * written (one shared by the users of a machine), such caches, and those of
 * a Node version the build did not know, go to the user's own cache folder.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The options this Node was started with (its command line and
 * NODE_OPTIONS) as a short key, empty without any. The key cannot tell
 * Node's options from V8's: a run with only Node's (--require,
 * --enable-source-maps) finds no cache of its own and uses the build's,
 * which V8 accepts. FNV-1a, not node:crypto (see sha256.ts).
 */
export function optionsKey(execArgv: readonly string[] = process.execArgv, nodeOptions: string = process.env.NODE_OPTIONS ?? ''): string {
  if (execArgv.length === 0 && nodeOptions === '') return '';
  const text = `${execArgv.join('\0')}\0${nodeOptions}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A cache's file name: build, script, Node version and platform, and the options key when there is one. */
export function cacheName(build: string, script: string, options: string): string {
  return `${build}-${script}-node${process.version}-${process.arch}${options === '' ? '' : `-options-${options}`}.bin`;
}

/** The build and options key in a name cacheName made (any script, Node version or platform); undefined for other files. */
function parseCacheName(name: string): { build: string; options: string } | undefined {
  const m = /^([0-9a-z]+)-[a-z]+-node.+?(?:-options-([0-9a-f]{8}))?\.bin$/.exec(name);
  return m ? { build: m[1], options: m[2] ?? '' } : undefined;
}

/**
 * The user's own cache folder for code caches, as other tools keep theirs:
 * %LOCALAPPDATA% on Windows, $XDG_CACHE_HOME or ~/.cache elsewhere.
 * HRSS_AUDIT_CODE_CACHE_DIR names another folder ('' turns the folder off).
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.HRSS_AUDIT_CODE_CACHE_DIR;
  if (chosen !== undefined) return chosen === '' ? undefined : chosen;
  const base = process.platform === 'win32' ? env.LOCALAPPDATA : env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
  return base ? join(base, 'hrss-audit', 'v8-cache') : undefined;
}

export interface CacheFiles {
  /** The build's id and this run's options key, which name the files. */
  buildId: string;
  options: string;
  /** The build's cache, beside the scripts. */
  build: string;
  /** This run's, beside the scripts (the build's when the run has no options). */
  own: string;
  /** This run's in the user's folder, when there is one. */
  user?: string;
}

/** The caches of `script` for runs with `options` (optionsKey()), beside the scripts and in `userDir` (userCacheDir()). */
export function cacheFiles(bundleCaches: string, build: string, script: string, options: string, userDir: string | undefined): CacheFiles {
  const own = cacheName(build, script, options);
  return {
    buildId: build,
    options,
    build: join(bundleCaches, cacheName(build, script, '')),
    own: join(bundleCaches, own),
    user: userDir === undefined ? undefined : join(userDir, own),
  };
}

/** Where to look, in order: this run's own caches first, the build's last (a refused build cache must not hide a usable own one). */
export function readOrder(files: CacheFiles): string[] {
  const order = files.own === files.build ? [files.build] : [files.own];
  if (files.user !== undefined) order.push(files.user);
  if (files.own !== files.build) order.push(files.build);
  return order;
}

/**
 * Whether a cache file may be read: one in the user's folder only when this
 * user owns it and its folder and nobody else can write them, since a code
 * cache is code. Windows keeps %LOCALAPPDATA% to its user already.
 */
function trusted(file: string, st: Stats, files: CacheFiles): boolean {
  if (file !== files.user || process.platform === 'win32') return true;
  const uid = process.getuid?.();
  const mine = (s: Stats): boolean => (uid === undefined || s.uid === uid) && (s.mode & 0o022) === 0;
  try {
    return mine(st) && mine(statSync(dirname(file)));
  } catch {
    return false;
  }
}

/** Open a cache file for reading if it is there, not empty and trusted; its descriptor and size. */
export function openCache(file: string, files: CacheFiles): { fd: number; size: number } | undefined {
  let fd: number;
  try {
    // Only a regular file is opened (opening a FIFO would wait for a writer).
    const named = statSync(file, { throwIfNoEntry: false });
    if (!named?.isFile() || named.size === 0) return undefined;
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    // The descriptor's own status decides: the file cannot be swapped between the check and the read.
    const st = fstatSync(fd);
    if (st.isFile() && st.size > 0 && trusted(file, st, files)) return { fd, size: st.size };
  } catch {
    // unreadable: as if not there
  }
  closeSync(fd);
  return undefined;
}

/**
 * Caches kept for other sets of options beside the build's, per build: each set costs up to 4 MB, and options
 * that change with every run (a port number, a path) must not fill the disk. Past the limit a run with yet other
 * options compiles without a cache, as every such run did before.
 */
export const MAX_OPTION_SETS = 4;

/** Builds whose caches the user's folder keeps: this one and the ones most recently written before it. */
export const MAX_USER_BUILDS = 3;

/** Whether `dir` may take caches for this run's options: those of a set it has already, or of one more set. */
function roomForOptionSet(dir: string, files: CacheFiles): boolean {
  if (files.options === '') return true;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return true;
  }
  const sets = new Set<string>();
  for (const name of names) {
    const parsed = parseCacheName(name);
    if (parsed?.build === files.buildId && parsed.options !== '') sets.add(parsed.options);
  }
  return sets.has(files.options) || sets.size < MAX_OPTION_SETS;
}

/** Remove the caches of all but the MAX_USER_BUILDS most recently written builds (this one kept) from the user's folder. */
function pruneUserFolder(dir: string, build: string): void {
  const latest = new Map<string, number>();
  const files: Array<{ name: string; build: string }> = [];
  try {
    for (const name of readdirSync(dir)) {
      const parsed = parseCacheName(name);
      if (!parsed) continue;
      files.push({ name, build: parsed.build });
      latest.set(parsed.build, Math.max(latest.get(parsed.build) ?? 0, statSync(join(dir, name)).mtimeMs));
    }
  } catch {
    return;
  }
  latest.delete(build);
  const kept = new Set(
    [...latest]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_USER_BUILDS - 1)
      .map(([b]) => b),
  );
  kept.add(build);
  for (const f of files) if (!kept.has(f.build)) rmSync(join(dir, f.name), { force: true });
}

/** Open a temporary file beside `target` (the user's folder and files private to the user); undefined when its folder cannot be written. */
function openTemp(target: string, private_: boolean): { fd: number; temp: string } | undefined {
  // Threads of one process (audit workers) may write the same cache at once: each writes a file of its own,
  // created exclusively, and the last complete one is renamed into place.
  const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    mkdirSync(dirname(target), { recursive: true, mode: private_ ? 0o700 : 0o777 });
    return { fd: openSync(temp, 'wx', private_ ? 0o600 : 0o666), temp };
  } catch {
    return undefined;
  }
}

/**
 * Write a cache this run lacked: the build's (the build's training run), else this run's own beside the scripts,
 * else in the user's folder. The file is opened before the cache is made (`make`): serialising it takes
 * milliseconds, which a run that cannot write it must not pay. Whether it was written.
 */
export function writeCache(files: CacheFiles, make: () => Uint8Array, buildRun = false): boolean {
  const targets = buildRun ? [files.build] : files.user === undefined ? [files.own] : [files.own, files.user];
  for (const target of targets) {
    if (!roomForOptionSet(dirname(target), files)) continue;
    const inUserFolder = target === files.user;
    const opened = openTemp(target, inUserFolder);
    if (!opened) continue;
    if (inUserFolder) pruneUserFolder(dirname(target), files.buildId);
    const { fd, temp } = opened;
    try {
      try {
        const data = make();
        for (let done = 0; done < data.length;) done += writeSync(fd, data, done, data.length - done);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, target);
      return true;
    } catch {
      rmSync(temp, { force: true });
      return false;
    }
  }
  return false;
}
