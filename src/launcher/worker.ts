/** dist/bundle/worker.mjs: a worker thread (batch or PDF pages), run from the same bundle and code cache as the CLI. */
import { workerData } from 'node:worker_threads';
import { loadBundle } from './bundle-loader.js';

await loadBundle().startWorker((workerData as { role?: unknown } | undefined)?.role);
