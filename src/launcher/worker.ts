/** dist/bundle/worker.mjs: a batch audit worker or a PDF page worker, run from the same bundle and code cache as the CLI. */
import { workerData } from 'node:worker_threads';
import { loadBundle } from './bundle-loader.js';

await loadBundle().startWorker((workerData as { role?: unknown } | undefined)?.role);
