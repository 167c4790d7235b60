/** dist/bundle/reader-worker.cjs: a batch's reader worker (src/library/reader-worker.ts), run from the same bundle and code cache as the CLI. */
import { loadBundle, markWorkerThread } from './bundle-loader.js';

markWorkerThread();
void loadBundle().startWorker('reader');
