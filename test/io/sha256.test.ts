import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WASM_MAX_BYTES, sha256Hex, wasmSha256 } from '../../src/io/sha256.js';

const reference = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

describe('SHA-256 without node:crypto', () => {
  it('gives the published digests (FIPS 180-2 examples)', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('equals node:crypto on every length across the padding boundaries of several blocks', () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = randomBytes(n);
      expect(wasmSha256(bytes), `length ${n}`).toBe(reference(bytes));
    }
  });

  it('equals node:crypto around the 64 KB chunks the module is fed in, and on a megabyte', () => {
    for (const n of [65535, 65536, 65537, 65536 + 55, 65536 + 56, 65536 + 64, 131071, 131072, 131073, 3 * 65536 + 119, 1_000_003]) {
      const bytes = randomBytes(n);
      expect(wasmSha256(bytes), `length ${n}`).toBe(reference(bytes));
    }
  });

  it('hashes text as its UTF-8 bytes, CJK and astral characters included', () => {
    const text = '湖南省人力资源和社会保障厅 第一条 𠮷野家 ﬁ\u3000';
    expect(sha256Hex(text)).toBe(reference(Buffer.from(text, 'utf8')));
  });

  it('gives the same digest on both sides of the size where node:crypto takes over, and after it', () => {
    for (const n of [WASM_MAX_BYTES, WASM_MAX_BYTES + 1]) {
      const bytes = randomBytes(n);
      expect(sha256Hex(bytes)).toBe(reference(bytes));
      expect(wasmSha256(bytes)).toBe(reference(bytes));
    }
    // The module's state is reset on every call: an interleaving of sizes gives each its own digest.
    const a = randomBytes(70_000);
    const b = randomBytes(10);
    expect([wasmSha256(a), wasmSha256(b), wasmSha256(a)]).toEqual([reference(a), reference(b), reference(a)]);
  });
});
