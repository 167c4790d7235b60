/**
 * The RuleTester the built-in rules' tests use: cases become vitest tests,
 * and a case with `formats: ['md', 'docx', 'pdf']` is also read as the
 * .docx the fixture generator makes from it (fixtures/lib/md-to-docx.mjs) and
 * as LibreOffice's PDF of that .docx, like the generated fixtures.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { markdownToDocx } from '../../fixtures/lib/md-to-docx.mjs';
import { RuleTester } from '../../src/rule-kit.js';
import { sofficeConvert } from './tools.js';

// A case read as PDF waits for LibreOffice, which on a busy machine takes far longer than vitest's default limit.
const LIMIT_MS = 300_000;
RuleTester.describe = describe;
RuleTester.it = (name, fn) => it(name, fn, LIMIT_MS);
RuleTester.itOnly = (name, fn) => it.only(name, fn, LIMIT_MS);

let pdfCount = 0;

export const ruleTester = new RuleTester({
  convert: {
    docx: async (markdown) => new Uint8Array(await markdownToDocx(markdown)),
    pdf: async (markdown) => {
      const dir = mkdtempSync(join(tmpdir(), 'hrss-rule-tester-'));
      const docx = join(dir, `case-${++pdfCount}.docx`);
      writeFileSync(docx, await markdownToDocx(markdown));
      return new Uint8Array(readFileSync(await sofficeConvert(docx, 'pdf')));
    },
  },
});
