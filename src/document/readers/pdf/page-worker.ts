/**
 * A page worker of the PDF reader (see parallel.ts): opens the bytes it is
 * given and reads the pages it is asked for, one chunk at a time. Started as
 * dist/bundle/worker.cjs (role 'pdf-pages') or, from tsc's output, as this
 * module.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPdfJs } from './load.js';
import { openPdf, PageFailure, readPageRange, type OpenPdf } from './pages.js';
import { serializeError, type FromPageWorker, type PageWorkerData, type ToPageWorker } from './parallel.js';

async function start(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('page-worker.ts must run in a worker thread');
  const init = workerData as PageWorkerData;
  const send = (m: FromPageWorker): void => port.postMessage(m);
  let pdf: OpenPdf;
  try {
    pdf = await openPdf(await loadPdfJs(), init.data, init.password);
  } catch (e) {
    send({ type: 'open-error', error: serializeError(e) });
    return;
  }
  // One chunk at a time, in the order asked.
  let queue = Promise.resolve();
  port.on('message', (m: ToPageWorker) => {
    if (m.type !== 'pages') return;
    queue = queue.then(async () => {
      try {
        send({ type: 'pages', chunk: m.chunk, pages: await readPageRange(pdf.doc, m.from, m.to) });
      } catch (e) {
        if (e instanceof PageFailure) send({ type: 'page-error', chunk: m.chunk, pages: [], page: e.page, error: serializeError(e.error) });
        else send({ type: 'open-error', error: serializeError(e) });
      }
    });
  });
  send({ type: 'ready' });
}

void start();
