import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { unreadableResult } from '../engine/audit.js';
import type { DocumentResult } from '../engine/types.js';
import { ERROR_CODES, HrssError, isHrssError, type ErrorCode } from '../errors.js';
import { PACKAGE_ROOT } from '../package-info.js';
import type { AuditTask, FromWorker, ToWorker } from './protocol.js';

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
  log?: NodeJS.WritableStream;
  debug?: boolean;
}

/**
 * The worker module that matches the running code: the bundle's worker.mjs
 * beside the bundle, tsc's worker.js beside dist/src/library, and — when
 * running from TypeScript sources (tests) — the built bundle's worker.
 */
export function defaultWorkerUrl(from: string = import.meta.url): URL {
  if (from.endsWith('.ts')) return pathToFileURL(join(PACKAGE_ROOT, 'dist/bundle/worker.mjs'));
  if (from.includes('/dist/bundle/')) return new URL('./worker.mjs', from);
  return new URL('./worker.js', from);
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
  /** Time limit of the first in-flight task. */
  timer?: NodeJS.Timeout;
}

/**
 * Tasks handed to a worker ahead of time, so it never waits for the main
 * thread between two files. Only the first runs (the worker takes them one
 * at a time); its time limit starts when it starts.
 */
const DEPTH = 2;

/** Audit the tasks on a pool of workers; onResult is called once per task, in completion order. */
export function runPool(tasks: readonly AuditTask[], options: PoolOptions, onResult: (task: AuditTask, result: DocumentResult) => void): Promise<void> {
  const url = options.workerUrl;
  if (url.protocol === 'file:' && !existsSync(fileURLToPath(url))) {
    return Promise.reject(new HrssError('E_INTERNAL', `找不到工作线程模块 ${fileURLToPath(url)}（请先运行 npm run build）`));
  }
  const queue = [...tasks];
  let remaining = tasks.length;
  const slots = new Set<Slot>();
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const shutdown = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      const ends: Promise<unknown>[] = [];
      for (const slot of slots) {
        slot.retired = true;
        clearTimeout(slot.timer);
        ends.push(slot.worker.terminate());
      }
      void Promise.allSettled(ends).then(() => (error ? reject(error) : resolve()));
    };

    const finish = (task: AuditTask, result: DocumentResult): void => {
      remaining--;
      try {
        onResult(task, result);
      } catch (e) {
        shutdown(e);
        return;
      }
      if (remaining === 0) shutdown();
    };

    const retire = (slot: Slot): void => {
      slot.retired = true;
      clearTimeout(slot.timer);
      slots.delete(slot);
      void slot.worker.terminate();
    };

    /** The first in-flight task failed with its worker: report it, give the others back to the queue, replace the worker. */
    const lose = (slot: Slot, code: ErrorCode, detail: string): void => {
      const [task, ...rest] = slot.inflight;
      slot.inflight = [];
      queue.unshift(...rest);
      finish(task, failure(task, code, detail));
      if (queue.length > 0 && !settled) spawn();
    };

    const startTimer = (slot: Slot): void => {
      clearTimeout(slot.timer);
      const task = slot.inflight[0];
      if (!task) return;
      slot.timer = setTimeout(() => {
        if (slot.inflight[0] !== task || settled) return;
        retire(slot);
        lose(slot, 'E_TIMEOUT', `超过 ${Math.round(options.timeoutMs / 100) / 10} 秒`);
      }, options.timeoutMs);
    };

    const fill = (slot: Slot): void => {
      if (settled || slot.retired) return;
      const wasIdle = slot.inflight.length === 0;
      while (slot.inflight.length < DEPTH && queue.length > 0) {
        const task = queue.shift()!;
        slot.inflight.push(task);
        slot.worker.postMessage({ type: 'audit', task } satisfies ToWorker);
      }
      if (slot.inflight.length === 0) {
        // No more work for this worker: let it go now rather than idle until the last file is done.
        retire(slot);
        return;
      }
      if (wasIdle) startTimer(slot);
    };

    const spawn = (): void => {
      const worker = new Worker(url, {
        workerData: options.init,
        resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
        stdout: true,
        stderr: true,
      });
      const slot: Slot = { worker, ready: false, retired: false, inflight: [] };
      slots.add(slot);
      const log = options.log;
      for (const stream of [worker.stdout, worker.stderr]) {
        if (log) stream.on('data', (chunk: Buffer) => log.write(chunk));
        else stream.resume();
      }
      worker.on('message', (m: FromWorker) => {
        if (settled || slot.retired) return;
        if (m.type === 'ready') {
          slot.ready = true;
          fill(slot);
        } else if (m.type === 'init-error') {
          const code = (m.code in ERROR_CODES ? m.code : 'E_INTERNAL') as ErrorCode;
          shutdown(new HrssError(code, `工作线程无法启动：${m.message}`));
        } else if (m.type === 'result' && slot.inflight[0]?.id === m.id) {
          const task = slot.inflight.shift()!;
          startTimer(slot);
          finish(task, m.result);
          fill(slot);
        }
      });
      worker.on('error', (e: Error & { code?: string }) => {
        slot.error = e;
      });
      worker.on('exit', () => {
        slots.delete(slot);
        if (slot.retired || settled) return;
        clearTimeout(slot.timer);
        if (slot.inflight.length === 0) {
          if (!slot.ready) {
            const e = slot.error;
            shutdown(isHrssError(e) ? e : new HrssError('E_INTERNAL', `工作线程启动时退出${e ? `：${e.message}` : ''}`, { cause: e }));
          } else if (queue.length > 0) spawn();
          return;
        }
        const e = slot.error;
        const oom = e?.code === 'ERR_WORKER_OUT_OF_MEMORY';
        const detail = oom ? `超过工作线程内存上限 ${options.heapMb} MB` : e ? `${e.message}${options.debug && e.stack ? `\n${e.stack}` : ''}` : '线程退出';
        lose(slot, oom ? 'E_OUT_OF_MEMORY' : 'E_WORKER_CRASH', detail);
      });
    };

    if (tasks.length === 0) {
      resolve();
      return;
    }
    const size = Math.max(1, Math.min(options.size, tasks.length));
    for (let i = 0; i < size; i++) spawn();
  });
}
