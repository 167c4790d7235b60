import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { acquireLock } from './lock.js';

/**
 * The temporary copy a writer builds beside the corpus (and the SQLite files
 * that may come with it: -journal, -wal, -shm), and what to do with the ones
 * a killed writer left. Only the holder of the writer lock (lock.ts) ever
 * creates them, so whoever holds the lock may remove every one that is not
 * its own: none can belong to a running import. The corpus's own
 * `corpus.db-journal` is never touched: it is not ours, and deleting a hot
 * journal would corrupt the file it protects.
 */

const SQLITE_SIDE_FILES = /(?:-journal|-wal|-shm)?$/;

/** A new name for this process's temporary copy of `target`. */
export function tempCopyPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function isTempArtifact(target: string, name: string): boolean {
  const prefix = `.${basename(target)}.`;
  if (!name.startsWith(prefix)) return false;
  const rest = name.slice(prefix.length).replace(SQLITE_SIDE_FILES, '');
  return /^\d+\.[0-9a-f]+\.tmp$/.test(rest);
}

/** Left-over temporary files beside `target` (names only). */
export async function findLeftovers(target: string): Promise<string[]> {
  try {
    return (await readdir(dirname(target))).filter((name) => isTempArtifact(target, name));
  } catch {
    return [];
  }
}

/** Remove every temporary file beside `target` except those of `keep`. The caller holds the writer lock. */
export async function removeLeftovers(target: string, keep?: string): Promise<string[]> {
  const mine = keep ? basename(keep) : undefined;
  const removed: string[] = [];
  for (const name of await findLeftovers(target)) {
    if (mine && name.startsWith(mine)) continue;
    try {
      await rm(join(dirname(target), name), { force: true });
      removed.push(name);
    } catch {
      // Another process's file we may not delete: not ours to insist on.
    }
  }
  return removed;
}

/**
 * For readers (`check`, `corpus list|show|search|stats`): when a killed
 * writer left files behind and no writer is running, take the lock for a
 * moment and remove them. A running writer, a folder we may not write to or
 * any other failure leaves everything as it is.
 */
export async function tidyLeftovers(target: string): Promise<string[]> {
  if ((await findLeftovers(target)).length === 0) return [];
  let release: (() => Promise<void>) | undefined;
  try {
    release = await acquireLock(target, { waitMs: 0 });
    return await removeLeftovers(target);
  } catch {
    return [];
  } finally {
    await release?.();
  }
}
