/** Shared helpers of the .pdf reader tests. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { isHrssError, type ErrorCode, type HrssError } from '../../../src/errors.js';
import { DEFAULT_LIMITS, type Limits } from '../../../src/document/limits.js';
import type { SourceDocument } from '../../../src/document/model.js';
import { readPdf } from '../../../src/document/readers/pdf/index.js';
import { formatChineseNumber } from '../../../src/zh/numerals.js';
import { SAMPLES_DIR, sharedPath } from '../../helpers/shared.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, '../../../fixtures/readers/pdf');

/**
 * The shared sample documents (see their README). Not part of the
 * repository; HRSS_SHARED_DIR points elsewhere when they live elsewhere (test/helpers/shared.ts).
 */
export const SAMPLES = SAMPLES_DIR;

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

export function sampleBytes(relative: string): Uint8Array {
  const file = sharedPath('samples', relative);
  return new Uint8Array(fs.readFileSync(file));
}

export function expected<T = ExpectedDoc>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
}

export interface ExpectedLine {
  page: number;
  text: string;
}
export interface ExpectedParagraph {
  text: string;
  kind: string;
  lines: ExpectedLine[];
}
export interface ExpectedDoc {
  pages: number;
  header?: string;
  paragraphs: ExpectedParagraph[];
}

export function read(data: Uint8Array, options: { password?: string; limits?: Partial<Limits> } = {}): Promise<SourceDocument> {
  return readPdf(data, { limits: { ...DEFAULT_LIMITS, ...options.limits }, password: options.password });
}

/** Whitespace is not compared: pdf.js turns U+3000 into a space and the PDF has none between lines. */
export const strip = (s: string): string => s.replace(/\s+/g, '');

/** Awaits a rejection and checks it is an HrssError with the code (never a raw pdf.js exception). */
export async function rejection(promise: Promise<unknown>, code: ErrorCode): Promise<HrssError> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error, 'expected the read to fail').toBeDefined();
  expect(isHrssError(error), `not an HrssError: ${String(error)}`).toBe(true);
  const e = error as HrssError;
  expect(e.code).toBe(code);
  expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  return e;
}

/**
 * Body paragraphs of a docx written with the npm `docx` package: w:p outside
 * tables, with the automatic 第%1条 label (chineseCountingThousand) rendered.
 */
export function docxParagraphs(file: string): string[] {
  const zip = unzipSync(new Uint8Array(fs.readFileSync(file)), { filter: (f) => f.name === 'word/document.xml' });
  const xml = strFromU8(zip['word/document.xml']).replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const out: string[] = [];
  let article = 0;
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    let text = [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    if (m[0].includes('<w:numPr>')) text = `第${formatChineseNumber(++article)}条 ${text}`;
    if (strip(text)) out.push(text);
  }
  return out;
}
