import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnv1a, parseShard, selectShard, shardOf } from '../../src/library/shard.js';

const CWD = '/lib';
const files = Array.from({ length: 300 }, (_, i) => join(CWD, `dir${i % 7}`, `文件${i}.md`));

describe('--shard i/n', () => {
  it('parses i/n and rejects what is not a shard of n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0', '-1/2']) expect(() => parseShard(bad), bad).toThrow(/--shard/);
  });

  it('puts every file in exactly one shard, in roughly equal shares', () => {
    const shards = [1, 2, 3].map((index) => selectShard(files, CWD, { index, count: 3 }));
    expect(shards.flat().sort()).toEqual([...files].sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(70);
  });

  it('keeps a file in its shard when other files come and go, and on every machine', () => {
    const before = new Map(files.map((f) => [f, shardOf(f, CWD, 4)]));
    const more = [...files, ...Array.from({ length: 50 }, (_, i) => join(CWD, `new${i}.md`))].filter((_, i) => i % 5 !== 0);
    for (const f of more) if (before.has(f)) expect(shardOf(f, CWD, 4)).toBe(before.get(f));
    // The hash is over the POSIX relative path: fixed values, whatever the platform.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(shardOf(join(CWD, 'a'), CWD, 1)).toBe(1);
  });
});
