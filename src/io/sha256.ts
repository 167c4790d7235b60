import { SHA256_WASM } from './sha256-wasm.js';
import { nodeCrypto } from './node-crypto.js';

/**
 * SHA-256 as lowercase hex, without node:crypto for the documents a check
 * usually reads.
 *
 * The first use of node:crypto loads Node's whole crypto layer and, through
 * it, every stream module: 8–11 ms of each start on the 2-core VM
 * (bench/README.md), to hash a draft of some ten kilobytes for the report.
 * A WebAssembly compression function (scripts/sha256.wat, under 1 KB)
 * compiles in well under a millisecond and hashes at native speed from the
 * first block, where JavaScript would run interpreted (slower than loading
 * node:crypto, measured). Inputs over WASM_MAX_BYTES go to node:crypto,
 * loaded then: its hand-written assembly is faster still. The digest is
 * SHA-256 either way (test/io/sha256.test.ts compares the two around every
 * block boundary and on random data).
 */

/** Above this size node:crypto is worth loading (bench/README.md, "sha256"). */
export const WASM_MAX_BYTES = 256 * 1024;

/** Where the WebAssembly module reads its input: whole 64-byte blocks, at most CHUNK bytes per call. */
const INPUT = 1024;
const STATE = 256;
const CHUNK = 64 * 1024;
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

// lib.dom declares WebAssembly, and this project compiles without it (Node 20's types do not declare it).
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
};

interface Sha256Module {
  memory: { buffer: ArrayBuffer };
  blocks(n: number): void;
}

let wasm: Sha256Module | undefined;

function wasmModule(): Sha256Module {
  wasm ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SHA256_WASM, 'base64'))).exports as unknown as Sha256Module;
  return wasm;
}

export function sha256Hex(input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return bytes.length > WASM_MAX_BYTES ? nativeSha256(bytes) : wasmSha256(bytes);
}

/** @internal The WebAssembly digest for any size, for tests and the benchmark. */
export function wasmSha256(bytes: Uint8Array): string {
  const { memory, blocks } = wasmModule();
  const view = new DataView(memory.buffer);
  const heap = new Uint8Array(memory.buffer);
  for (let i = 0; i < 8; i++) view.setUint32(STATE + i * 4, H0[i], true);
  let offset = 0;
  for (; bytes.length - offset >= CHUNK; offset += CHUNK) {
    heap.set(bytes.subarray(offset, offset + CHUNK), INPUT);
    blocks(CHUNK / 64);
  }
  // The rest, a 1 bit, zeros, and the length in bits as a 64-bit big-endian number: whole blocks (memory holds
  // INPUT + CHUNK + 64 bytes and more).
  const rest = bytes.length - offset;
  const padded = ((rest + 72) >>> 6) << 6;
  heap.set(bytes.subarray(offset), INPUT);
  heap.fill(0, INPUT + rest, INPUT + padded);
  heap[INPUT + rest] = 0x80;
  view.setUint32(INPUT + padded - 8, Math.floor(bytes.length / 0x20000000));
  view.setUint32(INPUT + padded - 4, (bytes.length * 8) >>> 0);
  blocks(padded / 64);
  let hex = '';
  for (let i = 0; i < 8; i++)
    hex += view
      .getUint32(STATE + i * 4, true)
      .toString(16)
      .padStart(8, '0');
  return hex;
}

function nativeSha256(bytes: Uint8Array): string {
  return nodeCrypto().createHash('sha256').update(bytes).digest('hex');
}
