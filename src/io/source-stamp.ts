import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { sha256Hex } from './sha256.js';

/**
 * How a compiled copy made by the build (the law registry, the national list
 * of laws, the built-in term files) names the source file it was made from:
 * the file's SHA-256, and its size and modification time as the build saw
 * them.
 *
 * A check trusts the copy while the file still has that size and time: one
 * stat, where hashing meant reading half a megabyte at every start. When the
 * time differs (the tree was copied, checked out again or touched), the
 * bytes decide: the copy is trusted while they hash the same. An edited file
 * fails both and is read and validated from its source, as before. Like
 * make, this trusts a file whose size and time are unchanged; an edit that
 * keeps both, to the nanosecond, goes unnoticed until the next build.
 */
export interface SourceStamp {
  sha256: string;
  size?: number;
  mtimeMs?: number;
}

/** The stamp the build writes for a source file it compiled from these bytes. */
export function stampOf(path: string, bytes: Uint8Array | string): Required<SourceStamp> {
  const { size, mtimeMs } = statSync(path);
  return { sha256: sha256Hex(bytes), size, mtimeMs };
}

export type StampCheck = { fresh: true } | { fresh: false; bytes: Buffer };

/**
 * Whether the file at `path` is still the one `stamp` describes. When it is
 * not, its bytes come back (the caller parses them); a file that cannot be
 * read throws, as reading it would.
 *
 * Synchronous: every check stats its built-in files at start, and one stat
 * each through node:fs/promises meant loading that module (with readline,
 * watchers and streams) and starting libuv's thread pool, about 2 ms of each
 * start, for work that takes microseconds.
 */
export function checkStamp(path: string, stamp: SourceStamp | undefined): StampCheck {
  if (stamp?.size !== undefined && stamp.mtimeMs !== undefined) {
    let st;
    try {
      st = statSync(path, { throwIfNoEntry: false });
    } catch {
      st = undefined;
    }
    if (st && st.size === stamp.size && st.mtimeMs === stamp.mtimeMs) return { fresh: true };
  }
  const bytes = readFileSync(path);
  return stamp !== undefined && sha256Hex(bytes) === stamp.sha256 ? { fresh: true } : { fresh: false, bytes };
}

/** The start of a file as latin1 text: where the build writes a compiled copy's stamp, read without the rest. */
export function readHead(path: string, bytes = 512): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('latin1', 0, readSync(fd, buffer, 0, bytes, 0));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The stamp at the head of a compiled copy, which the build writes first:
 * {"source":…,"sha256":…,"size":…,"mtimeMs":…, then the data.
 */
export function stampInHead(head: string | undefined): SourceStamp | undefined {
  const m = /^\{"source":"[^"]*","sha256":"([0-9a-f]{64})"(?:,"size":(\d+),"mtimeMs":([0-9.e+-]+))?[,}]/.exec(head ?? '');
  if (!m) return undefined;
  return m[2] === undefined ? { sha256: m[1] } : { sha256: m[1], size: Number(m[2]), mtimeMs: Number(m[3]) };
}
