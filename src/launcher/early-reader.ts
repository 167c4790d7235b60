/**
 * A reader worker started by the launcher before the tool itself is loaded,
 * when the command line names a PDF to check.
 *
 * A PDF is read on a worker thread (src/library/reader-worker.ts). Started
 * where the batch needs it, the worker came up about 80 ms into the run and
 * then spent another 100 ms on its own start-up (Node's worker bootstrap,
 * the tool's script, pdf.js) before reading a page: all on the path of a
 * single-PDF check, while the second core was idle. Started here, the
 * worker does that set-up while the main thread loads the tool, its config
 * and its rules; the batch adopts it and sends the run's limits and password
 * (src/library/early-reader.ts). It reads nothing before: until it has its
 * settings and says it is ready, no file's time limit runs, so a file it
 * read on its own could hang it unwatched. A run that does not need the
 * reader lets it go.
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { DEFAULT_LIMITS } from '../document/limits.js';
import type { EarlyReaderData } from '../library/protocol.js';
import { workerResourceLimits } from '../document/worker-heap.js';

export interface EarlyReader {
  worker: Worker;
  /** Old-generation heap it was started with: the batch adopts it only when its limit is the same. */
  heapMb: number;
  /** Set once the thread has ended (before adoption): it cannot be adopted then. */
  exited: boolean;
  /** An error the thread raised before adoption. */
  error?: Error;
}

/** Subcommands whose operands are audited through a batch (src/library/batch.ts). */
const AUDITING_COMMANDS = new Set(['check', 'clean']);

/**
 * Whether the command line checks a PDF. Only a guess from the words (the
 * tool parses its options later): a wrong guess costs a worker's start-up
 * on the other core, never a result.
 */
export function namesPdfToCheck(argv: readonly string[]): boolean {
  const words = argv.slice(2);
  const command = words.findIndex((w) => !w.startsWith('-'));
  if (command < 0 || !AUDITING_COMMANDS.has(words[command])) return false;
  if (words.includes('--help') || words.includes('-h')) return false;
  return words.slice(command + 1).some((w) => !w.startsWith('-') && /\.pdf$/i.test(w));
}

export function startEarlyReader(argv: readonly string[], workerFile: string): EarlyReader | undefined {
  if (!namesPdfToCheck(argv)) return undefined;
  const workerData: EarlyReaderData = { early: true, preload: ['pdf'] };
  let worker: Worker;
  try {
    // Required here, not imported: the module and the stream modules behind it cost every other command ~3 ms.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    worker = new Worker(workerFile, {
      workerData,
      resourceLimits: workerResourceLimits(DEFAULT_LIMITS.workerHeapMb),
      stdout: true,
      stderr: true,
    });
  } catch {
    return undefined; // the batch starts its own reader and reports what is wrong
  }
  const early: EarlyReader = { worker, heapMb: DEFAULT_LIMITS.workerHeapMb, exited: false };
  // Until adopted it must neither keep the process alive nor, by an unhandled 'error' event, end it.
  worker.unref();
  worker.on('error', (e: Error) => (early.error ??= e));
  worker.on('exit', () => (early.exited = true));
  return early;
}
