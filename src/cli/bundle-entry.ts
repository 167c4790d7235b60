/**
 * What the single-file bundle exports (scripts/bundle.mjs builds
 * dist/bundle/hrss-audit.cjs from this entry; src/launcher/ loads it): the
 * CLI for the main thread and the workers for worker threads. Every module
 * behind them is initialised on first import, so one script serves all of
 * them and compiles once into one V8 code cache.
 */
export { main } from './main.js';
export { offerEarlyReader, releaseEarlyReader } from '../library/early-reader.js';
export { readDocument } from './read-document.js';
export { saveLiteralTable } from '../rule-support/required-literals.js';

/**
 * Run this worker thread's part: a PDF reader's page worker ('pdf-pages') or a batch's audit worker. (A batch's
 * reader worker runs from the reader's script, src/cli/bundle-reader.ts.)
 */
export async function startWorker(role?: unknown): Promise<void> {
  if (role === 'pdf-pages') await import('../document/readers/pdf/page-worker.js');
  else await import('../library/worker.js');
}
