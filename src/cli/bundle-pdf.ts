/**
 * The third script of the bundle (dist/bundle/hrss-audit-pdf.cjs): pdf.js,
 * loaded on the first .pdf (see src/launcher/bundle-loader.ts), and the PDF
 * reader's page worker. pdf.js is about 3 MB of ES modules that Node 20
 * compiled again in every process and every worker; as a script it starts
 * from a V8 code cache. The reader imports it by its package path as
 * before; the launcher answers those two imports from here. A page worker
 * runs from this script alone: it needs pdf.js and the page reading, not
 * the rest of the tool.
 */
import * as lib from 'pdfjs-dist/legacy/build/pdf.mjs';
// @ts-expect-error pdf.worker.mjs ships without type declarations
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export const modules: Record<string, unknown> = {
  'pdfjs-dist/legacy/build/pdf.mjs': lib,
  'pdfjs-dist/legacy/build/pdf.worker.mjs': worker,
};

/** Run a PDF reader's page worker (src/document/readers/pdf/page-worker.ts) in this worker thread. */
export async function startPageWorker(): Promise<void> {
  await import('../document/readers/pdf/page-worker.js');
}
