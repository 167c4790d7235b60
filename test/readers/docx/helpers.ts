import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { expect } from 'vitest';
import { readDocx } from '../../../src/document/readers/docx/index.js';
import { DEFAULT_LIMITS, type Limits } from '../../../src/document/limits.js';
import type { Block, SourceDocument } from '../../../src/document/model.js';
import { isHrssError, type ErrorCode } from '../../../src/errors.js';
import { sharedPath } from '../../helpers/shared.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, '../../../fixtures/readers/docx');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(sharedPath('samples', 'docx', name)));
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

export { buildZip, nestedZip, zeroBomb, type RawEntry } from '../../../fixtures/lib/hostile-zip.mjs';
