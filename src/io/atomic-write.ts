import { realpathSync } from 'node:fs';
import { lstat, mkdir, open, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { HrssError } from '../errors.js';
import { printable } from './printable.js';

/**
 * Write a file atomically: write a temporary file beside the target, then
 * rename over it. A crash leaves either the old file or the new one, never a
 * half-written report, cache or config.
 *
 * What is at the path decides how it is written:
 * - nothing, or a regular file: temp file + rename;
 * - a symbolic link: the file it points to is replaced (atomically, beside
 *   it) and the link stays a link; a link to nowhere is refused;
 * - a FIFO or character device (/dev/null, /dev/stdout, a terminal): written
 *   through, as a shell redirection would; renaming over it would replace
 *   the device or pipe with a regular file;
 * - a folder, block device or socket: refused (E_OUTPUT_TARGET).
 */

export type WriteTarget = { kind: 'replace'; path: string } | { kind: 'through'; path: string };

function refuse(path: string, what: string): HrssError {
  return new HrssError('E_OUTPUT_TARGET', `${printable(path)} ${what}，不能把报告写到这里`);
}

/** Where a write to `path` lands (see above); throws E_OUTPUT_TARGET, naming the path as `shown`, where nothing may be written. */
export async function resolveWriteTarget(path: string, shown: string = path): Promise<WriteTarget> {
  let st;
  try {
    st = await lstat(path);
  } catch {
    // Not there (or its folder cannot be searched): the write itself reports why it fails.
    return { kind: 'replace', path };
  }
  if (st.isSymbolicLink()) {
    let target;
    try {
      target = await stat(path);
    } catch {
      throw refuse(shown, '是指向不存在位置的符号链接');
    }
    if (target.isFile()) return { kind: 'replace', path: await realpath(path) };
    if (target.isFIFO() || target.isCharacterDevice()) return { kind: 'through', path };
    throw refuse(shown, target.isDirectory() ? '是指向文件夹的符号链接' : '是指向块设备或套接字的符号链接');
  }
  if (st.isFile()) return { kind: 'replace', path };
  if (st.isFIFO() || st.isCharacterDevice()) return { kind: 'through', path };
  throw refuse(shown, st.isDirectory() ? '是文件夹' : '是块设备或套接字');
}

/**
 * What a path is, for telling whether two paths name one file: its real path
 * (links resolved), or, for a file not there yet, its folder's real path
 * joined with its name.
 */
export function fileIdentity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * The temporary name beside `target`: the writer's pid lets a later run tell a
 * dead writer's leftover from a live one, and eight random hex digits keep
 * two writers with one pid (two containers sharing a folder) apart. The
 * digits need not be unpredictable: the file is created exclusively (see
 * writeTemp), so a name someone else holds, or a link planted at it, is
 * never written through. Math.random, since node:crypto costs about 6 ms of
 * every run that writes a report (it loads Node's crypto layer and streams).
 */
export function tempPathFor(target: string): string {
  const random = Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
  return join(dirname(target), `.${basename(target)}.${process.pid}.${random}.tmp`);
}

/** Names tried before a write gives up, each taken by something else (practically never more than one). */
const TEMP_ATTEMPTS = 8;

/** A leftover untouched this long is stale whoever wrote it (its pid may since have been reused). */
const STALE_AGE_MS = 24 * 60 * 60 * 1000;

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove temporary files a killed writer of `target` left behind: only names
 * of our own pattern for this very target, only regular files, and only when
 * their writer no longer runs (or they are a day old).
 */
export async function removeStaleTemps(target: string, now: number = Date.now()): Promise<string[]> {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    const file = join(dir, name);
    try {
      const st = await lstat(file);
      if (!st.isFile()) continue;
      if (pid === process.pid || (running(pid) && now - st.mtimeMs < STALE_AGE_MS)) continue;
      await rm(file, { force: true });
      removed.push(file);
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { mkdir?: boolean } = {}): Promise<void> {
  if (options.mkdir) await mkdir(dirname(path), { recursive: true });
  const target = await resolveWriteTarget(path);
  if (target.kind === 'through') {
    await writeFile(target.path, data);
    return;
  }
  await removeStaleTemps(target.path);
  for (let attempt = 1; ; attempt++) {
    const temp = tempPathFor(target.path);
    try {
      await writeTemp(temp, data);
    } catch (e) {
      // Taken: not ours, so neither written nor removed; another name is tried.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        if (attempt < TEMP_ATTEMPTS) continue;
        throw e;
      }
      await rm(temp, { force: true });
      throw e;
    }
    try {
      await rename(temp, target.path);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
    return;
  }
}

/** Write a new file, flushed to disk; fails with EEXIST, writing nothing, when anything (a file, a link) is at the path. */
async function writeTemp(path: string, data: string | Uint8Array): Promise<void> {
  if (typeof data === 'string' && data.length > TEXT_CHUNK) await writeTextFlushed(path, data);
  else await writeFile(path, data, { flush: true, flag: 'wx' });
}

/** UTF-16 units per chunk of a long text written by writeTextFlushed (at most 3 bytes each in UTF-8). */
const TEXT_CHUNK = 256 * 1024;

/**
 * A long text (a library's JSON report runs to megabytes) written to a new
 * file in UTF-8 through one reused buffer, then flushed to disk, as
 * writeFile(…, { flush: true, flag: 'wx' }) would: encoding it whole first meant a fresh
 * buffer as large as the file, and fresh memory is what costs on a virtual
 * machine (about 3 ms per MB measured on the 2-core VM).
 */
async function writeTextFlushed(path: string, text: string): Promise<void> {
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(TEXT_CHUNK * 3);
  const file = await open(path, 'wx');
  try {
    for (let at = 0; at < text.length;) {
      let end = Math.min(text.length, at + TEXT_CHUNK);
      // A chunk never ends between the two halves of a surrogate pair (a lone half would be written as U+FFFD).
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      const { written } = encoder.encodeInto(text.slice(at, end), buffer);
      for (let done = 0; done < written;) done += (await file.write(buffer, done, written - done)).bytesWritten;
      at = end;
    }
    await file.sync();
  } finally {
    await file.close();
  }
}
