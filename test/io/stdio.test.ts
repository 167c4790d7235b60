import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fdOutput, type OutputStream } from '../../src/io/stdio.js';
import { tempDir } from '../helpers/library.js';

/** A stand-in for Node's stream that records what reaches it. */
function recordingStream(extra: Partial<OutputStream> = {}): { stream: () => OutputStream; written: string[]; made: () => number } {
  const written: string[] = [];
  let made = 0;
  const stream: OutputStream = {
    write(chunk) {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
    ...extra,
  };
  return {
    stream: () => {
      made++;
      return stream;
    },
    written,
    made: () => made,
  };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('standard output without a stream', () => {
  it('writes a regular file directly, in order, with CJK and astral characters, and never builds the stream', () => {
    const file = join(tempDir('hrss-stdio-'), 'out.txt');
    const fd = openSync(file, 'w');
    const { stream, made } = recordingStream();
    const out = fdOutput(fd, stream);
    expect(out.isTTY).toBe(false);
    expect(out.columns).toBeUndefined();
    expect(out.write('第一条 𠮷\n')).toBe(true);
    expect(out.write(new Uint8Array(Buffer.from('{"a":1}\n')))).toBe(true);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('第一条 𠮷\n{"a":1}\n');
    expect(made()).toBe(0);
  });

  it('keeps writing after a short write', () => {
    const file = join(tempDir('hrss-stdio-'), 'out.txt');
    const fd = openSync(file, 'w');
    // At most three bytes per call: a UTF-8 character is split between calls.
    const short: typeof writeSync = ((f: number, b: Uint8Array, offset: number, length: number) =>
      writeSync(f, b, offset, Math.min(3, length))) as typeof writeSync;
    const out = fdOutput(fd, recordingStream().stream, short);
    out.write('审核意见：合法𠮷');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('审核意见：合法𠮷');
  });

  it('writes the null device directly: no terminal, no stream', () => {
    const fd = openSync('/dev/null', 'w');
    const { stream, made } = recordingStream({ isTTY: true, columns: 120 });
    const lengths: number[] = [];
    const out = fdOutput(fd, stream, ((f: number, b: Uint8Array, offset: number, length: number) => {
      lengths.push(length);
      return writeSync(f, b, offset, length);
    }) as typeof writeSync);
    expect(out.isTTY).toBe(false);
    expect(out.columns).toBeUndefined();
    expect(out.write('报告𠮷')).toBe(true);
    closeSync(fd);
    expect(lengths).toEqual([10]);
    expect(made()).toBe(0);
  });

  it('leaves any other character device (a terminal, /dev/zero) to the stream, which says whether it is a terminal', () => {
    const fd = openSync('/dev/zero', 'w');
    const { stream, written, made } = recordingStream({ isTTY: true, columns: 120 });
    const out = fdOutput(fd, stream);
    expect(out.isTTY).toBe(true);
    expect(out.columns).toBe(120);
    out.write('报告');
    closeSync(fd);
    expect(written).toEqual(['报告']);
    expect(made()).toBeGreaterThan(0);
  });

  it('hands the rest to the stream when the pipe would block (EAGAIN), and keeps using it', () => {
    const file = join(tempDir('hrss-stdio-'), 'out.txt');
    const fd = openSync(file, 'w');
    let calls = 0;
    const blocking: typeof writeSync = ((f: number, b: Uint8Array, offset: number, length: number) => {
      if (calls++ === 0) return writeSync(f, b, offset, Math.min(4, length));
      throw errno('EAGAIN');
    }) as typeof writeSync;
    const { stream, written } = recordingStream();
    const out = fdOutput(fd, stream, blocking);
    expect(out.write('abcdefgh')).toBe(true);
    out.write('ij');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('abcd');
    expect(written).toEqual(['efgh', 'ij']);
  });

  it('stops quietly once the reader has gone (EPIPE), and does not write again', () => {
    let calls = 0;
    const gone: typeof writeSync = (() => {
      calls++;
      throw errno('EPIPE');
    }) as unknown as typeof writeSync;
    const file = join(tempDir('hrss-stdio-'), 'out.txt');
    const fd = openSync(file, 'w');
    const { stream, made } = recordingStream();
    const out = fdOutput(fd, stream, gone);
    expect(out.write('第一段')).toBe(false);
    expect(out.write('第二段')).toBe(false);
    closeSync(fd);
    expect(calls).toBe(1);
    expect(made()).toBe(0);
  });

  it('throws any other write error (a full disk is not a closed pipe)', () => {
    const full: typeof writeSync = (() => {
      throw errno('ENOSPC');
    }) as unknown as typeof writeSync;
    const file = join(tempDir('hrss-stdio-'), 'out.txt');
    const fd = openSync(file, 'w');
    const out = fdOutput(fd, recordingStream().stream, full);
    expect(() => out.write('x')).toThrow('ENOSPC');
    closeSync(fd);
  });
});
