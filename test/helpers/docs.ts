import { DEFAULT_LIMITS } from '../../src/document/limits.js';
import type { LegalDocument } from '../../src/document/model.js';
import { readMarkdown } from '../../src/document/readers/markdown.js';
import { readText } from '../../src/document/readers/text.js';
import { buildLegalDocument } from '../../src/document/structure/build.js';

const limits = DEFAULT_LIMITS;

export async function mdDoc(source: string): Promise<LegalDocument> {
  return buildLegalDocument(await readMarkdown(new TextEncoder().encode(source), { limits }));
}

export async function txtDoc(source: string): Promise<LegalDocument> {
  return buildLegalDocument(await readText(new TextEncoder().encode(source), { limits }));
}
