import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { unreadableResult } from '../engine/audit.js';
import type { DocumentResult } from '../engine/types.js';
import { ERROR_CODES, HrssError, isHrssError, type ErrorCode } from '../errors.js';
import { PACKAGE_ROOT } from '../package-info.js';
import type { AuditTask, FromWorker, ToWorker } from './protocol.js';
import { workerResourceLimits } from '../document/worker-heap.js';
import type { OutputStream } from '../io/stdio.js';

/**
 * A pool of worker threads auditing files in parallel. Each file is
 * isolated: when its worker hangs past the time limit, runs out of heap or
 * dies, that file alone becomes an unreadable result (E_TIMEOUT,
 * E_OUT_OF_MEMORY, E_WORKER_CRASH), the worker is replaced and the batch
 * goes on.
 */

export interface PoolOptions {
  /** Number of worker threads. */
  size: number;
  /** Worker module; see defaultWorkerUrl(). */
  workerUrl: URL;
  /** workerData handed to each worker; it answers { type: 'ready' } once set up. */
  init: unknown;
  /** Time allowed per file, from the moment it is handed to a ready worker. */
  timeoutMs: number;
  /** Old-generation heap per worker, in MB. */
  heapMb: number;
  /** Where the workers' own console output goes (never stdout: it carries the report). */
  log?: Pick<OutputStream, 'write'>;
  debug?: boolean;
  /** How a file's time limit is kept (default: the wall clock); tests expire it on cue instead of waiting. */
  deadline?: Deadline;
  /** Tasks handed to a worker ahead of time (default DEPTH). */
  depth?: number;
  /**
   * A worker of this module already running, started with workerData that
   * only says so (an early reader, src/library/early-reader.ts): the pool
   * takes it as its first worker and sends it `init` as a message.
   */
  adopt?: Worker;
}

/**
 * Arms the time limit of a task that has just started; `expire` is called
 * when it runs out. Returns a function that disarms it.
 */
export type Deadline = (task: AuditTask, ms: number, expire: () => void) => () => void;

export const wallClockDeadline: Deadline = (_task, ms, expire) => {
  const timer = setTimeout(expire, ms);
  return () => clearTimeout(timer);
};

/**
 * The worker module that matches the running code: the bundle's worker.cjs
 * beside the bundle, tsc's worker.js beside dist/src/library, and — when
 * running from TypeScript sources (tests) — the built bundle's worker.
 */
export function defaultWorkerUrl(from: string = import.meta.url, name: 'worker' | 'reader-worker' = 'worker'): URL {
  if (from.endsWith('.ts')) return pathToFileURL(join(PACKAGE_ROOT, `dist/bundle/${name}.cjs`));
  if (from.includes('/dist/bundle/')) return new URL(`./${name}.cjs`, from);
  return new URL(`./${name}.js`, from);
}

function failure(task: AuditTask, code: ErrorCode, detail?: string): DocumentResult {
  const info = ERROR_CODES[code];
  return unreadableResult(task.displayPath, task.sha256 ?? '', code, `${info.meaning}${detail ? `（${detail}）` : ''}。${info.remedy}`);
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Set when the pool ended the worker itself (timeout, no more work): its exit is expected. */
  retired: boolean;
  error?: Error & { code?: string };
  /** Tasks sent to the worker, in order; the first is the one it is working on. */
  inflight: AuditTask[];
  /** Disarms the time limit of the first in-flight task. */
  disarm?: () => void;
}

/**
 * Tasks handed to a worker ahead of time, so it never waits for the main
 * thread between two files. Only the first runs (the worker takes them one
 * at a time); its time limit starts when it starts.
 */
const DEPTH = 2;

/**
 * Tasks in order, with the ones a lost worker gives back served first.
 * Taking from the front by index: Array#shift moves the whole array, which
 * made a queue of 20,000 files quadratic.
 */
class TaskQueue {
  private next = 0;
  private end: number;
  private readonly returned: AuditTask[] = [];

  constructor(private readonly tasks: readonly AuditTask[]) {
    this.end = tasks.length;
  }

  get length(): number {
    return this.returned.length + this.end - this.next;
  }

  take(): AuditTask | undefined {
    return this.returned.pop() ?? (this.next < this.end ? this.tasks[this.next++] : undefined);
  }

  /** The last task in order when `eligible` accepts it: the main thread works from the back while workers take from the front. */
  takeLast(eligible: (task: AuditTask) => boolean): AuditTask | undefined {
    if (this.next >= this.end || !eligible(this.tasks[this.end - 1])) return undefined;
    return this.tasks[--this.end];
  }

  /** Tasks handed to a worker that died before starting them: they go first, in their order. */
  giveBack(tasks: readonly AuditTask[]): void {
    for (let i = tasks.length - 1; i >= 0; i--) this.returned.push(tasks[i]);
  }
}

/** Called once per task: with what the worker made of it (R), or the unreadable result of a file that cost its worker (timeout, heap, crash). */
type OnResult<R> = (task: AuditTask, result: R | DocumentResult) => void;

/** Audit the tasks on a pool of workers; onResult is called once per task, in completion order. */
export function runPool(tasks: readonly AuditTask[], options: PoolOptions, onResult: OnResult<DocumentResult>): Promise<void> {
  return new WorkerPool(options).run(tasks, onResult);
}

/**
 * The pool itself. Workers can be started before the tasks are known
 * (start()), so that they set themselves up — load the code, the config
 * and the rules — while the main thread does the same; run() then hands
 * them the tasks. A pool runs once; close() ends workers that were started
 * but never used.
 */
export class WorkerPool<R = DocumentResult> {
  private readonly slots = new Set<Slot>();
  private readonly deadline: Deadline;
  private queue = new TaskQueue([]);
  private remaining = 0;
  /** run() has been called: ready workers take tasks, idle ones are let go. */
  private running = false;
  private settled = false;
  /** A failure before run(): run() rejects with it. */
  private early?: unknown;
  private onResult: OnResult<R> = () => {};
  private resolve: () => void = () => {};
  private reject: (e: unknown) => void = () => {};

  /** The worker to take before starting any (PoolOptions.adopt), until taken or closed. */
  private adoptable?: Worker;

  constructor(private readonly options: PoolOptions) {
    this.deadline = options.deadline ?? wallClockDeadline;
    this.adoptable = options.adopt;
  }

  /** Start workers now (at most the pool size in all). */
  start(count: number = this.options.size): void {
    if (this.settled || this.running) return;
    if (!this.workerExists()) return;
    while (this.slots.size < Math.min(count, this.options.size)) this.spawn();
  }

  run(tasks: readonly AuditTask[], onResult: OnResult<R>): Promise<void> {
    if (this.running || this.settled) return Promise.reject(this.early ?? new Error('a worker pool runs once'));
    const missing = this.workerExists()
      ? undefined
      : new HrssError('E_INTERNAL', `找不到工作线程模块 ${fileURLToPath(this.options.workerUrl)}（请先运行 npm run build）`);
    return new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
      this.onResult = onResult;
      this.running = true;
      if (missing || this.early) {
        this.shutdown(missing ?? this.early);
        return;
      }
      this.queue = new TaskQueue(tasks);
      this.remaining = tasks.length;
      if (tasks.length === 0) {
        this.shutdown();
        return;
      }
      const size = Math.max(1, Math.min(this.options.size, tasks.length));
      // Workers started ahead beyond what the tasks need are let go as soon as they are ready.
      for (const slot of this.slots) if (slot.ready) this.fill(slot);
      while (this.slots.size < size) this.spawn();
    });
  }

  /**
   * While run() is under way, the calling thread may take part of the work
   * itself: it takes the last task `eligible` accepts (workers take from the
   * front), and must then either settle() it or giveBack() it. Until it does,
   * the run is not over.
   */
  takeForThisThread(eligible: (task: AuditTask) => boolean): AuditTask | undefined {
    if (!this.running || this.settled) return undefined;
    return this.queue.takeLast(eligible);
  }

  /** The result of a task taken with takeForThisThread(). */
  settle(task: AuditTask, result: R | DocumentResult): void {
    if (!this.settled) this.finish(task, result);
  }

  /** A task taken with takeForThisThread() that needs a worker after all: it goes first, to a worker that has room, or a new one. */
  giveBack(task: AuditTask): void {
    if (this.settled) return;
    this.queue.giveBack([task]);
    const ready = [...this.slots].filter((slot) => slot.ready && !slot.retired);
    for (const slot of ready) this.fill(slot);
    if (this.queue.length > 0 && this.slots.size < this.options.size) this.spawn();
  }

  /** End every worker; a pool that was started but will not run must be closed, or its threads keep the process alive. */
  async close(): Promise<void> {
    if (this.settled) return;
    if (this.running) {
      this.shutdown(new Error('worker pool closed while running'));
      return;
    }
    this.settled = true;
    await Promise.allSettled([...this.slots].map((slot) => this.end(slot)).concat(this.dropAdoptable()));
  }

  /** A worker offered for adoption but never taken is ended with the pool. */
  private dropAdoptable(): Promise<number>[] {
    const worker = this.adoptable;
    this.adoptable = undefined;
    return worker ? [worker.terminate()] : [];
  }

  private workerExists(): boolean {
    const url = this.options.workerUrl;
    return url.protocol !== 'file:' || existsSync(fileURLToPath(url));
  }

  private end(slot: Slot): Promise<number> {
    slot.retired = true;
    slot.disarm?.();
    this.slots.delete(slot);
    return slot.worker.terminate();
  }

  private shutdown(error?: unknown): void {
    if (this.settled) return;
    this.settled = true;
    const ends = [...this.slots].map((slot) => this.end(slot)).concat(this.dropAdoptable());
    void Promise.allSettled(ends).then(() => (error ? this.reject(error) : this.resolve()));
  }

  /** A failure of the pool as a whole (a worker cannot set itself up). */
  private fail(error: unknown): void {
    if (this.running) {
      this.shutdown(error);
      return;
    }
    this.early ??= error;
    for (const slot of [...this.slots]) void this.end(slot);
  }

  private finish(task: AuditTask, result: R | DocumentResult): void {
    this.remaining--;
    try {
      this.onResult(task, result);
    } catch (e) {
      this.shutdown(e);
      return;
    }
    if (this.remaining === 0) this.shutdown();
  }

  /** The first in-flight task failed with its worker: report it, give the others back to the queue, replace the worker. */
  private lose(slot: Slot, code: ErrorCode, detail: string): void {
    const [task, ...rest] = slot.inflight;
    slot.inflight = [];
    this.queue.giveBack(rest);
    this.finish(task, failure(task, code, detail));
    if (this.queue.length > 0 && !this.settled) this.spawn();
  }

  private startTimer(slot: Slot): void {
    slot.disarm?.();
    slot.disarm = undefined;
    const task = slot.inflight[0];
    if (!task) return;
    const ms = this.options.timeoutMs;
    slot.disarm = this.deadline(task, ms, () => {
      if (slot.inflight[0] !== task || slot.retired || this.settled) return;
      void this.end(slot);
      this.lose(slot, 'E_TIMEOUT', `超过 ${Math.round(ms / 100) / 10} 秒`);
    });
  }

  private fill(slot: Slot): void {
    if (this.settled || slot.retired || !this.running) return;
    const wasIdle = slot.inflight.length === 0;
    while (slot.inflight.length < (this.options.depth ?? DEPTH) && this.queue.length > 0) {
      const task = this.queue.take()!;
      slot.inflight.push(task);
      slot.worker.postMessage({ type: 'audit', task } satisfies ToWorker);
    }
    if (slot.inflight.length === 0) {
      // No more work for this worker: let it go now rather than idle until the last file is done.
      void this.end(slot);
      return;
    }
    if (wasIdle) this.startTimer(slot);
  }

  private spawn(): void {
    const { options } = this;
    const adopted = this.adoptable;
    this.adoptable = undefined;
    const worker =
      adopted ??
      new Worker(options.workerUrl, {
        workerData: options.init,
        resourceLimits: workerResourceLimits(options.heapMb),
        stdout: true,
        stderr: true,
      });
    if (adopted) worker.postMessage({ type: 'init', init: options.init } satisfies ToWorker);
    const slot: Slot = { worker, ready: false, retired: false, inflight: [] };
    this.slots.add(slot);
    const log = options.log;
    for (const stream of [worker.stdout, worker.stderr]) {
      if (log) stream.on('data', (chunk: Buffer) => log.write(chunk));
      else stream.resume();
    }
    worker.on('message', (m: FromWorker<R>) => {
      if (this.settled || slot.retired) return;
      if (m.type === 'ready') {
        slot.ready = true;
        this.fill(slot);
      } else if (m.type === 'init-error') {
        const code = (m.code in ERROR_CODES ? m.code : 'E_INTERNAL') as ErrorCode;
        this.fail(new HrssError(code, `工作线程无法启动：${m.message}`));
      } else if (m.type === 'result' && slot.inflight[0]?.id === m.id) {
        const task = slot.inflight.shift()!;
        this.startTimer(slot);
        this.finish(task, m.result);
        this.fill(slot);
      }
    });
    worker.on('error', (e: Error & { code?: string }) => {
      slot.error = e;
    });
    worker.on('exit', () => {
      this.slots.delete(slot);
      if (slot.retired || this.settled) return;
      slot.disarm?.();
      if (slot.inflight.length === 0) {
        if (!slot.ready) {
          const e = slot.error;
          this.fail(isHrssError(e) ? e : new HrssError('E_INTERNAL', `工作线程启动时退出${e ? `：${e.message}` : ''}`, { cause: e }));
        } else if (this.running && this.queue.length > 0) this.spawn();
        return;
      }
      const e = slot.error;
      const oom = e?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const detail = oom ? `超过工作线程内存上限 ${options.heapMb} MB` : e ? `${e.message}${options.debug && e.stack ? `\n${e.stack}` : ''}` : '线程退出';
      this.lose(slot, oom ? 'E_OUT_OF_MEMORY' : 'E_WORKER_CRASH', detail);
    });
  }
}
