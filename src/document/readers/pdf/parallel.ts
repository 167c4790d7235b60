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
import { workerResourceLimits } from '../../worker-heap.js';

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
 * own — a thread start, pdf.js loaded again, the fonts parsed again, code
 * that runs cold until V8 has optimised it in that thread too — and V8's
 * compiler and collector threads want the cores as well: on 2 cores one
 * page worker made a cold check of a 202-page file slower, not faster
 * (1.28 s against 1.09 s serially; bench/README.md). So by default one
 * worker per core that the recent load (1-minute average) leaves free
 * beyond two: this thread's and one for V8. Windows reports no load average
 * (0): there every core counts as free. HRSS_PDF_PAGE_WORKERS overrides the
 * default (bench/pdf.mjs compares).
 */
export function pageWorkersFor(pageCount: number): number {
  if (pageCount < minParallelPages()) return 0;
  if (configured.workers !== undefined) return configured.workers;
  const fromEnv = Number.parseInt(process.env.HRSS_PDF_PAGE_WORKERS ?? '', 10);
  if (Number.isInteger(fromEnv) && fromEnv >= 0) return fromEnv;
  const cores = availableParallelism();
  const free = Math.floor(cores - loadavg()[0] + 0.5);
  return Math.max(0, Math.min(MAX_PAGE_WORKERS, cores - 2, free - 2));
}

/** The fewest pages read with page workers. */
export function minParallelPages(): number {
  return configured.minPages ?? MIN_PARALLEL_PAGES;
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
  if (from.endsWith('.ts')) return pathToFileURL(join(PACKAGE_ROOT, 'dist/bundle/worker.cjs'));
  if (from.includes('/dist/bundle/')) return new URL('./worker.cjs', from);
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
export async function readPagesParallel(doc: PdfDocument, pageCount: number, helpers: PageWorker[]): Promise<PageText[]> {
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
  // pdf.js on this thread runs on promise callbacks alone: without a turn of the event loop after each page the
  // workers' messages (ready, results) would wait for the chunk, and a worker that became ready during this
  // thread's first chunk (the slow one: the fonts load) would idle until it ends.
  const readHere = async (chunk: number): Promise<void> => {
    const { from, to } = chunks[chunk];
    const pages: PageText[] = [];
    try {
      for (let p = from; p <= to; p++) {
        pages.push(...(await readPageRange(doc, p, p)));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      record(chunk, { pages });
    } catch (e) {
      if (!(e instanceof PageFailure)) throw e;
      record(chunk, { pages: [], failure: e });
    }
  };

  const started = helpers.map((helper) => helper.serve({ take, rangeOf: (chunk) => chunks[chunk], record, giveBack: (chunk) => returned.push(chunk) }));
  try {
    // This thread reads as well, until no chunk is left to take; then it waits for the workers' last chunks.
    for (let chunk = take(); chunk !== undefined; chunk = take()) await readHere(chunk);
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

/**
 * A page worker, started before it has work: starting a thread and loading
 * pdf.js in it take a few hundred milliseconds, which overlap this thread's
 * own loading of pdf.js when the worker is started first (see
 * estimatePageCount). It then serves one read (serve) or is stopped.
 */
export interface PageWorker {
  serve(scheduler: Scheduler): RunningWorker;
  stop(): void;
}

export function spawnPageWorker(data: Uint8Array, password: string | undefined): PageWorker {
  let worker: Worker | undefined;
  let scheduler: Scheduler | undefined;
  let ready = false;
  let current: number | undefined;
  let finished = false;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const end = (): void => {
    if (finished) return;
    finished = true;
    if (current !== undefined) scheduler?.giveBack(current);
    current = undefined;
    void worker?.terminate();
    finish();
  };
  const ask = (): void => {
    if (!scheduler || !ready || finished) return;
    current = scheduler.take();
    if (current === undefined) return end();
    worker!.postMessage({ type: 'pages', chunk: current, ...scheduler.rangeOf(current) } satisfies ToPageWorker);
  };
  try {
    const workerData: PageWorkerData = { role: 'pdf-pages', data, password };
    worker = new Worker(pageWorkerUrl(), { workerData, resourceLimits: workerResourceLimits(), stdout: true, stderr: true });
  } catch {
    end();
  }
  if (worker) {
    // pdf.js on the worker prints nothing at verbosity 0; anything else must not reach the report on stdout.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (m: FromPageWorker) => {
      if (finished) return;
      if (m.type === 'ready') {
        ready = true;
        return ask();
      }
      if (m.type === 'open-error') return end();
      if (!scheduler) return;
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
  }
  return {
    serve(s: Scheduler): RunningWorker {
      scheduler = s;
      ask();
      return { done, stop: end };
    },
    stop: end,
  };
}

/**
 * The page count a PDF declares in its page tree (the largest /Count), read
 * from the raw bytes without pdf.js: enough to decide whether to start page
 * workers before pdf.js has opened the file. Undefined when the page tree
 * is not in plain sight (compressed object streams); pdf.js's count decides
 * then, and the workers start later.
 */
export function estimatePageCount(data: Uint8Array): number | undefined {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // Writers put the page tree near one end of the file: a scanned file of a hundred megabytes is not read whole
  // (a page tree in the middle goes unseen, and the workers start once pdf.js has the count).
  const parts = bytes.length <= 2 * ESTIMATE_SCAN ? [bytes] : [bytes.subarray(0, ESTIMATE_SCAN), bytes.subarray(bytes.length - ESTIMATE_SCAN)];
  let most: number | undefined;
  for (const part of parts) for (const m of part.toString('latin1').matchAll(/\/Count\s+(\d{1,7})/g)) most = Math.max(most ?? 0, Number(m[1]));
  return most;
}

/** Bytes at each end of a file that estimatePageCount reads. */
const ESTIMATE_SCAN = 2 * 1024 * 1024;

/** Whether any file could have page workers here (none where the cores, the load or a setting allow none). */
export function pageWorkersPossible(): boolean {
  return pageWorkersFor(Number.MAX_SAFE_INTEGER) > 0;
}
