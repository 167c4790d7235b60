/**
 * Worker thread that only reads files (bundled as dist/bundle/reader-worker.cjs).
 * Reading is the part of an audit that a hostile file can make unbounded —
 * pdf.js above all — so with one job a PDF is read here, under the pool's
 * time and heap limits, and the document comes back to the main thread to be
 * audited there when it is within the in-process budget. It loads no config
 * and no rules, so it starts in a fraction of the time of an audit worker.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Limits } from '../document/limits.js';
import type { AuditTask, EarlyReaderData, FromWorker, ReaderInit, ReadReply, ToWorker } from './protocol.js';
import { sha256Hex } from '../io/sha256.js';

/** The settings: in workerData, or — for a reader the launcher started early — in the first message. */
function settings(port: MessagePort): Promise<ReaderInit> {
  const data = workerData as ReaderInit | EarlyReaderData;
  if (!('early' in data)) return Promise.resolve(data);
  return new Promise((resolve) => {
    const onMessage = (m: ToWorker): void => {
      if (m.type !== 'init') return;
      port.off('message', onMessage);
      resolve(m.init as ReaderInit);
    };
    port.on('message', onMessage);
  });
}

async function start(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('reader-worker.ts must run in a worker thread');
  const data = workerData as ReaderInit | EarlyReaderData;
  const init = settings(port);
  const { readInputFileSync, readSource } = await import('../document/load.js');
  // The PDF reader's own modules, loaded while the main thread loads its rules (in the bundle they are part of
  // this script already). pdf.js itself loads with the first PDF (readers/pdf/load.ts), not here: the reader is
  // idle only a few milliseconds before its first task, and a reader let go unused (a PDF found in the cache)
  // would hold the process's exit until a load of pdf.js it had started ended.
  if (data.preload?.includes('pdf')) await import('../document/readers/pdf/index.js');

  const read = async (path: string, limits: Limits, password: string | undefined): Promise<ReadReply> => {
    let sha = '';
    try {
      const bytes = readInputFileSync(path, limits);
      sha = sha256Hex(bytes);
      return { kind: 'source', sha256: sha, source: await readSource(path, bytes, { limits, password }) };
    } catch (e) {
      const err = e as Error & { code?: unknown };
      return {
        kind: 'error',
        sha256: sha,
        error: {
          name: err?.name ?? 'Error',
          code: typeof err?.code === 'string' ? err.code : undefined,
          message: err?.message ?? String(e),
          stack: err?.stack,
        },
      };
    }
  };
  const { limits, password } = await init;

  const pending: AuditTask[] = [];
  let busy = false;
  const pump = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    for (let task = pending.shift(); task; task = pending.shift()) {
      port.postMessage({ type: 'result', id: task.id, result: await read(task.path, limits, password) } satisfies FromWorker<ReadReply>);
    }
    busy = false;
  };
  port.on('message', (m: ToWorker) => {
    if (m.type !== 'audit') return;
    pending.push(m.task);
    void pump();
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

void start();
