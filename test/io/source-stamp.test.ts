import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStamp, readHead, stampInHead, stampOf } from '../../src/io/source-stamp.js';
import { tempDir } from '../helpers/library.js';

const WHEN = new Date('2026-11-27T08:00:00.250Z');

/** A source file with a known modification time, and the stamp the build would write for it. */
function stamped(text: string): { path: string; stamp: ReturnType<typeof stampOf> } {
  const path = join(tempDir('hrss-stamp-'), 'law-registry.yaml');
  writeFileSync(path, text);
  utimesSync(path, WHEN, WHEN);
  return { path, stamp: stampOf(path, readFileSync(path)) };
}

describe('source stamps of compiled copies', () => {
  it('a file with the size and time the build saw is trusted without being read', () => {
    const { path, stamp } = stamped('- title: 中华人民共和国劳动法 𠮷\n');
    expect(stamp.size).toBe(statSync(path).size);
    expect(checkStamp(path, stamp)).toEqual({ fresh: true });
    // Same size, same time, other bytes: like make, the stamp is trusted (the file is not read).
    writeFileSync(path, '- title: 中华人民共和国劳动法 𠮸\n');
    utimesSync(path, WHEN, WHEN);
    expect(statSync(path).size).toBe(stamp.size);
    expect(checkStamp(path, stamp)).toEqual({ fresh: true });
  });

  it('a file whose time changed but whose bytes did not (copied, checked out again, touched) is still trusted', () => {
    const { path, stamp } = stamped('- title: 中华人民共和国劳动合同法\n');
    utimesSync(path, new Date(), new Date());
    expect(statSync(path).mtimeMs).not.toBe(stamp.mtimeMs);
    expect(checkStamp(path, stamp)).toEqual({ fresh: true });
  });

  it('an edited file is not trusted, and its bytes come back to be parsed', () => {
    const { path, stamp } = stamped('- title: 中华人民共和国劳动合同法\n');
    writeFileSync(path, '- title: 中华人民共和国社会保险法\n');
    const check = checkStamp(path, stamp);
    expect(check.fresh).toBe(false);
    expect(check.fresh ? '' : check.bytes.toString('utf8')).toBe('- title: 中华人民共和国社会保险法\n');
  });

  it('an edit that keeps the size but not the time is caught by the hash', () => {
    const { path, stamp } = stamped('- title: 甲\n');
    writeFileSync(path, '- title: 乙\n');
    utimesSync(path, new Date(WHEN.getTime() + 1000), new Date(WHEN.getTime() + 1000));
    expect(statSync(path).size).toBe(stamp.size);
    expect(checkStamp(path, stamp).fresh).toBe(false);
  });

  it('without a stamp (no build, or an old one with the hash only) the file is hashed or read', () => {
    const { path, stamp } = stamped('- title: 甲\n');
    expect(checkStamp(path, { sha256: stamp.sha256 })).toEqual({ fresh: true });
    const none = checkStamp(path, undefined);
    expect(none.fresh).toBe(false);
    expect(none.fresh ? '' : none.bytes.toString('utf8')).toBe('- title: 甲\n');
  });

  it('a source file that is gone fails as reading it would', () => {
    const { path, stamp } = stamped('- title: 甲\n');
    expect(() => checkStamp(`${path}.gone`, stamp)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  it('reads the stamp from the head of a compiled copy, with or without size and time', () => {
    const dir = tempDir('hrss-stamp-');
    const sha = 'a'.repeat(64);
    const full = join(dir, 'full.json');
    writeFileSync(full, `${JSON.stringify({ source: 'data/x.yaml', sha256: sha, size: 12, mtimeMs: 1796373858115.1316, records: ['第一条'.repeat(300)] })}`);
    expect(stampInHead(readHead(full))).toEqual({ sha256: sha, size: 12, mtimeMs: 1796373858115.1316 });
    const old = join(dir, 'old.json');
    writeFileSync(old, JSON.stringify({ source: 'data/x.yaml', sha256: sha, records: [] }));
    expect(stampInHead(readHead(old))).toEqual({ sha256: sha });
    expect(stampInHead(readHead(join(dir, 'missing.json')))).toBeUndefined();
    expect(stampInHead('{"records":[],"source":"x","sha256":"' + sha + '"}')).toBeUndefined();
  });
});
