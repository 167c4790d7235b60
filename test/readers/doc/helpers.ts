import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDoc } from '../../../src/document/readers/doc/index.js';
import { DEFAULT_LIMITS, type Limits } from '../../../src/document/limits.js';
import type { SourceDocument } from '../../../src/document/model.js';
import { SAMPLES_DIR } from '../../helpers/shared.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, '../../../fixtures/readers/doc');
export const SAMPLE_DOC = path.join(SAMPLES_DIR, 'docx/features-lo.doc');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

export function readBytes(data: Uint8Array, options: { limits?: Partial<Limits>; path?: string } = {}): Promise<SourceDocument> {
  return readDoc(data, { limits: { ...DEFAULT_LIMITS, ...options.limits }, path: options.path });
}

export function readFixture(name: string): Promise<SourceDocument> {
  return readBytes(fixtureBytes(name), { path: name });
}

/** Label and text of a block with all whitespace removed: how the LibreOffice text export is compared. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}
