/**
 * The reader's script (dist/bundle/hrss-audit-reader.cjs): what a reader
 * worker thread (src/library/reader-worker.ts) runs, and nothing else — the
 * readers, the file checks and the protocol, about a third of the tool's
 * script. A reader worker is on the critical path of every PDF check (the
 * launcher starts it before the tool loads, and the first page waits for
 * it), and reading and deserialising the whole tool with its code cache
 * there cost about 30 ms; this script, with a code cache of its own trained
 * on reading, costs a fraction of that. pdf.js stays in its own script,
 * reached through the same hook as from the tool.
 */

export { readDocument } from './read-document.js';

/** Run a batch's reader worker in this worker thread. */
export async function startReader(): Promise<void> {
  await import('../library/reader-worker.js');
}
