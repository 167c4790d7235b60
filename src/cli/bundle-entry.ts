/**
 * What the single-file bundle exports (scripts/bundle.mjs builds
 * dist/bundle/hrss-audit.cjs from this entry; src/launcher/ loads it): the
 * CLI for the main thread and the batch worker for worker threads. Every
 * module behind them is initialised on first import, so one script serves
 * both and compiles once into one V8 code cache.
 */
export { main } from './main.js';

/** Run the batch worker (src/library/worker.ts) in this worker thread. */
export async function startWorker(): Promise<void> {
  await import('../library/worker.js');
}
