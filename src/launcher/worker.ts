/** dist/bundle/worker.mjs: a batch audit worker or a PDF page worker, run from the same bundle and code cache as the CLI. */
import { workerData } from 'node:worker_threads';
import { loadBundle, markWorkerThread } from './bundle-loader.js';

markWorkerThread();
await loadBundle().startWorker((workerData as { role?: unknown } | undefined)?.role);
