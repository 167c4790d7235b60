import { relative, sep } from 'node:path';
import { HrssError } from '../errors.js';

export interface Shard {
  /** 1-based shard number. */
  index: number;
  count: number;
}

/** Parse --shard i/n (1 ≤ i ≤ n). */
export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new HrssError('E_USAGE', `--shard 的取值“${value}”无效：应写作 i/n，1 ≤ i ≤ n，例如 --shard 2/3`);
  }
  return { index, count };
}

/** FNV-1a, 32 bits, over the UTF-16 code units: small, fast and the same on every machine. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Which shard a file belongs to: a hash of its path relative to the working
 * directory, in POSIX form (the same on Windows and Linux runners). Hashing,
 * not round-robin over the sorted list, so that adding or removing a file
 * never moves the other files to another shard (their cached results stay
 * with their runner); the price is shards that differ in size by a few
 * percent on large libraries.
 */
export function shardOf(file: string, cwd: string, count: number): number {
  const rel = relative(cwd, file).split(sep).join('/');
  return (fnv1a(rel) % count) + 1;
}

export function selectShard(files: readonly string[], cwd: string, shard: Shard): string[] {
  return files.filter((f) => shardOf(f, cwd, shard.count) === shard.index);
}
