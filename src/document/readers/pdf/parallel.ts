/**
 * Reading the pages of a large PDF on several threads. pdf.js runs on the
 * thread that calls it (Node has no pdf.js web worker), so one thread reads
 * one page at a time; a 200-page file is seconds of work on one core while
 * the other idles. Page workers (page-worker.ts) each open the same bytes
 * and read the pages they are handed; this thread reads too. Pages go out
 * in chunks, taken in order by whichever thread is free (so a slow start or
 * a heavy page does not leave the others waiting), and come back into their
 * place: the pages, hence the text, are exactly the serial reader's, in the
 * same order. A page's text depends only on that page (lines carry no font
 * ids), so which thread read it does not matter.
 *
 * A failing page is reported as the serial reader would: the first failing
 * page in page order, once every page before it has been read.
 */
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../../../package-info.js';
import type { PageText } from './assemble.js';
import type { PdfDocument } from './load.js';
import { PageFailure, readPageRange } from './pages.js';

/** Pages per request: small enough to balance the threads, large enough that messages stay rare. */
export const CHUNK_PAGES = 8;

/** Below this many pages a worker (its start, pdf.js loaded again, the document opened again) costs more than it saves. */
export const MIN_PARALLEL_PAGES = 40;

/** Most page workers for one document. */
const MAX_PAGE_WORKERS = 3;

let configured: { workers?: number; minPages?: number; chunkPages?: number } = {};

/**
 * How many page workers a PDF may use (0: read serially), and from how many
 * pages on. A batch that already keeps every core busy with one file per
 * worker sets 0; by default see pageWorkersFor, for files of
 * MIN_PARALLEL_PAGES pages or more, in chunks of CHUNK_PAGES (tests make
 * every page its own chunk).
 */
export function setPageWorkers(workers: number | undefined, minPages?: number, chunkPages?: number): void {
  configured = { workers, minPages, chunkPages };
}

/**
 * Page workers for a document of this many pages. A worker costs CPU of its
 * own (it starts, and pdf.js parses the fonts again), which pays only on a
 * core that would otherwise idle: by default one per core that the recent
 * load (1-minute average) leaves free, beyond this thread's. Windows reports
 * no load average (0): there every other core counts as free.
 * HRSS_PDF_PAGE_WORKERS overrides the default (bench/pdf.mjs compares).
 */
export function pageWorkersFor(pageCount: number): number {
  if (pageCount < (configured.minPages ?? MIN_PARALLEL_PAGES)) return 0;
  if (configured.workers !== undefined) return configured.workers;
  const fromEnv = Number.parseInt(process.env.HRSS_PDF_PAGE_WORKERS ?? '', 10);
  if (Number.isInteger(fromEnv) && fromEnv >= 0) return fromEnv;
  const cores = availableParallelism();
  const free = Math.floor(cores - loadavg()[0] + 0.5);
  return Math.max(0, Math.min(MAX_PAGE_WORKERS, cores - 1, free - 1));
}

/** What a page worker receives. */
export interface PageWorkerData {
  role: 'pdf-pages';
  data: Uint8Array;
  password: string | undefined;
}

export type ToPageWorker = { type: 'pages'; chunk: number; from: number; to: number };
export interface SerializedError {
  name: string;
  message: string;
  code?: unknown;
  range: boolean;
}
export type FromPageWorker =
  | { type: 'ready' }
  | { type: 'open-error'; error: SerializedError }
  | { type: 'pages'; chunk: number; pages: PageText[] }
  | { type: 'page-error'; chunk: number; pages: PageText[]; page: number; error: SerializedError };

export function serializeError(e: unknown): SerializedError {
  const o = (typeof e === 'object' && e !== null ? e : {}) as { name?: unknown; message?: unknown; code?: unknown };
  return { name: String(o.name ?? 'Error'), message: String(o.message ?? e), code: o.code, range: e instanceof RangeError };
}

/** An error like the one the page worker caught, for pdfFailure (which reads its name, code and kind). */
export function revive(s: SerializedError): Error {
  const e = s.range ? new RangeError(s.message) : new Error(s.message);
  return Object.assign(e, { name: s.name, code: s.code });
}

/**
 * The worker module that matches the running code: the bundle's worker
 * launcher beside the bundle, tsc's page-worker.js beside this file, and —
 * from TypeScript sources (tests) — the built bundle's.
 */
export function pageWorkerUrl(from: string = import.meta.url): URL {
  if (from.endsWith('.ts')) return pathToFileURL(join(PACKAGE_ROOT, 'dist/bundle/worker.mjs'));
  if (from.includes('/dist/bundle/')) return new URL('./worker.mjs', from);
  return new URL('./page-worker.js', from);
}

/** How the last parallel read was shared: chunks in all, and how many the page workers read (for tests and benchmarks). */
export const lastParallelRead = { chunks: 0, byWorkers: 0 };

interface Outcome {
  pages: PageText[];
  /** The failing page and its error, when the chunk stopped early. */
  failure?: PageFailure;
}

/**
 * Every page, read by this thread and `workers` page workers together. Throws
 * the PageFailure of the first failing page.
 */
export async function readPagesParallel(
  doc: PdfDocument,
  pageCount: number,
  data: Uint8Array,
  password: string | undefined,
  workers: number,
): Promise<PageText[]> {
  const chunks: Array<{ from: number; to: number }> = [];
  const size = configured.chunkPages ?? CHUNK_PAGES;
  for (let p = 1; p <= pageCount; p += size) chunks.push({ from: p, to: Math.min(pageCount, p + size - 1) });
  const outcomes: Array<Outcome | undefined> = new Array(chunks.length);
  // Chunks handed to a worker that then died go back to this thread.
  const returned: number[] = [];
  let next = 0;
  /** Lowest chunk known to fail: nothing after it needs reading. */
  let firstFailed = Infinity;
  const take = (): number | undefined => {
    if (returned.length > 0) return returned.shift();
    if (next < chunks.length && next <= firstFailed) return next++;
    return undefined;
  };
  lastParallelRead.chunks = chunks.length;
  lastParallelRead.byWorkers = 0;
  const record = (chunk: number, outcome: Outcome, byWorker = false): void => {
    outcomes[chunk] = outcome;
    if (byWorker) lastParallelRead.byWorkers++;
    if (outcome.failure) firstFailed = Math.min(firstFailed, chunk);
  };

  // A chunk read on this thread: a page pdf.js cannot read is recorded as the chunk's failure, as a worker reports it.
  const readHere = async (chunk: number): Promise<void> => {
    const { from, to } = chunks[chunk];
    try {
      record(chunk, { pages: await readPageRange(doc, from, to) });
    } catch (e) {
      if (!(e instanceof PageFailure)) throw e;
      record(chunk, { pages: [], failure: e });
    }
  };

  const started = Array.from({ length: workers }, () =>
    runWorker(data, password, { take, rangeOf: (chunk) => chunks[chunk], record, giveBack: (chunk) => returned.push(chunk) }),
  );
  try {
    // This thread reads as well, until no chunk is left to take; then it waits for the workers' last chunks.
    for (let chunk = take(); chunk !== undefined; chunk = take()) {
      await readHere(chunk);
      // pdf.js on this thread runs on promise callbacks alone: without a turn of the event loop here the workers'
      // messages (ready, results) would wait until this thread had read every page itself.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all(started.map((w) => w.done));
    // A worker that died left its chunk here after this thread stopped taking: read what remains.
    for (let chunk = take(); chunk !== undefined; chunk = take()) {
      await readHere(chunk);
    }
  } finally {
    for (const w of started) w.stop();
  }
  const pages: PageText[] = [];
  for (const outcome of outcomes) {
    if (!outcome) break;
    pages.push(...outcome.pages);
    if (outcome.failure) throw outcome.failure;
  }
  if (pages.length !== pageCount) throw new Error(`parallel PDF reading returned ${pages.length} of ${pageCount} pages`);
  return pages;
}

interface RunningWorker {
  /** Settles when the worker has no more work (or is gone); never rejects. */
  done: Promise<void>;
  stop(): void;
}

interface Scheduler {
  take(): number | undefined;
  rangeOf(chunk: number): { from: number; to: number };
  record(chunk: number, outcome: Outcome, byWorker: boolean): void;
  giveBack(chunk: number): void;
}

function runWorker(data: Uint8Array, password: string | undefined, scheduler: Scheduler): RunningWorker {
  let worker: Worker | undefined;
  let current: number | undefined;
  let finished = false;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const end = (): void => {
    if (finished) return;
    finished = true;
    if (current !== undefined) scheduler.giveBack(current);
    current = undefined;
    void worker?.terminate();
    finish();
  };
  const ask = (): void => {
    current = scheduler.take();
    if (current === undefined) return end();
    worker!.postMessage({ type: 'pages', chunk: current, ...scheduler.rangeOf(current) } satisfies ToPageWorker);
  };
  try {
    const workerData: PageWorkerData = { role: 'pdf-pages', data, password };
    worker = new Worker(pageWorkerUrl(), { workerData, stdout: true, stderr: true });
  } catch {
    end();
    return { done, stop: end };
  }
  // pdf.js on the worker prints nothing at verbosity 0; anything else must not reach the report on stdout.
  worker.stdout.resume();
  worker.stderr.resume();
  worker.on('message', (m: FromPageWorker) => {
    if (finished) return;
    if (m.type === 'ready') return ask();
    if (m.type === 'open-error') return end();
    if (m.type === 'pages' && m.chunk === current) {
      scheduler.record(m.chunk, { pages: m.pages }, true);
      return ask();
    }
    if (m.type === 'page-error' && m.chunk === current) {
      scheduler.record(m.chunk, { pages: m.pages, failure: new PageFailure(m.page, revive(m.error)) }, true);
      return ask();
    }
  });
  // A worker that cannot start or crashes only means fewer helpers: its chunk is read here.
  worker.on('error', end);
  worker.on('exit', end);
  return { done, stop: end };
}
