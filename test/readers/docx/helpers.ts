import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { expect } from 'vitest';
import { readDocx } from '../../../src/document/readers/docx/index.js';
import { DEFAULT_LIMITS, type Limits } from '../../../src/document/limits.js';
import type { Block, SourceDocument } from '../../../src/document/model.js';
import { isHrssError, type ErrorCode } from '../../../src/errors.js';
import { SAMPLES_DIR } from '../../helpers/shared.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, '../../../fixtures/readers/docx');
export const SAMPLES = path.join(SAMPLES_DIR, 'docx');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));
}

export function read(data: Uint8Array, limits: Partial<Limits> = {}): Promise<SourceDocument> {
  return readDocx(data, { limits: { ...DEFAULT_LIMITS, ...limits } });
}

export function readFixture(name: string): Promise<SourceDocument> {
  return read(fixtureBytes(name));
}

/** "label|text" per block, the easiest thing to compare with what Word shows. */
export function lines(doc: SourceDocument): string[] {
  return doc.blocks.map((b) => `${b.label ?? ''}|${b.text}`);
}

export function blockWithText(doc: SourceDocument, text: string): Block {
  const b = doc.blocks.find((x) => x.text.includes(text));
  if (!b) throw new Error(`no block contains ${JSON.stringify(text)}`);
  return b;
}

/** Await a promise that must reject with an HrssError of the given code; returns the error. */
export async function expectHrssError(p: Promise<unknown>, code: ErrorCode): Promise<Error & { code: string }> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected ${code}`).toBeDefined();
  expect(isHrssError(caught), `expected an HrssError, got ${String(caught)}`).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
  return caught as Error & { code: string };
}

// ---------------------------------------------------------------------------
// Building packages in tests
// ---------------------------------------------------------------------------

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A minimal .docx from parts (name → XML or bytes), zipped with fflate. */
export function makeDocx(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

export interface RawEntry {
  name: string;
  /** Bytes as stored (already compressed for method 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** Uncompressed size written in the headers (may lie). */
  declaredSize: number;
}

/** A zip written byte by byte, so tests can put anything in the headers. */
export function buildZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    chunks.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, eocd];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A raw DEFLATE stream that inflates to 1 + 258·repeats zero bytes, built
 * directly instead of compressed (compressing 1.5 GB would take seconds).
 *
 * One dynamic-Huffman block: literal/length codes 285 (length 258) = "0",
 * literal 0 = "10", end-of-block = "11"; distance codes 0 and 1 = "0"/"1".
 * So after one literal zero, every "copy 258 bytes from distance 1" costs
 * two zero bits: the body is all zero bytes, about 1032:1 — the usual bomb.
 */
export function zeroBomb(repeats: number): Uint8Array {
  const bits: number[] = [];
  const num = (value: number, n: number): void => {
    for (let i = 0; i < n; i++) bits.push((value >> i) & 1);
  };
  const code = (s: string): void => {
    for (const c of s) bits.push(c === '1' ? 1 : 0);
  };
  num(1, 1); // BFINAL
  num(2, 2); // BTYPE = dynamic
  num(286 - 257, 5); // HLIT: literal/length codes 0..285
  num(2 - 1, 5); // HDIST: distance codes 0..1
  num(18 - 4, 4); // HCLEN: 18 code-length code lengths
  // Code-length alphabet in its transmission order; only 18, 2 and 1 are used (lengths 1, 2, 2).
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
  const clLength: Record<number, number> = { 18: 1, 2: 2, 1: 2 };
  for (const sym of order) num(clLength[sym] ?? 0, 3);
  // Canonical codes: 18 → "0", 1 → "10", 2 → "11".
  const cl = { 18: '0', 1: '10', 2: '11' } as const;
  code(cl[2]); // literal 0 has length 2
  code(cl[18]);
  num(138 - 11, 7); // 138 zeros (literals 1..138)
  code(cl[18]);
  num(117 - 11, 7); // 117 zeros (literals 139..255)
  code(cl[2]); // 256 (end of block) has length 2
  code(cl[18]);
  num(28 - 11, 7); // 28 zeros (257..284)
  code(cl[1]); // 285 has length 1
  code(cl[1]); // distance 0
  code(cl[1]); // distance 1
  code('10'); // literal 0
  const headerBits = bits.length;
  // Then `repeats` × ("0" length 258, "0" distance 1), all zero bits, then end-of-block "11".
  const totalBits = headerBits + repeats * 2 + 2;
  const out = new Uint8Array(Math.ceil(totalBits / 8));
  for (let i = 0; i < headerBits; i++) if (bits[i]) out[i >> 3] |= 1 << (i & 7);
  const eob = headerBits + repeats * 2;
  out[eob >> 3] |= 1 << (eob & 7);
  out[(eob + 1) >> 3] |= 1 << ((eob + 1) & 7);
  return out;
}
