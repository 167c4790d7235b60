/** dist/bundle/reader-worker.mjs: a batch's reader worker (src/library/reader-worker.ts), run from the same bundle and code cache as the CLI. */
import { loadBundle, markWorkerThread } from './bundle-loader.js';

markWorkerThread();
await loadBundle().startWorker('reader');
