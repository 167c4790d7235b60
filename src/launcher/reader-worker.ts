/** dist/bundle/reader-worker.cjs: a batch's reader worker (src/library/reader-worker.ts), run from the reader's own script and code cache. */
import { loadReaderScript, markWorkerThread } from './bundle-loader.js';

markWorkerThread();
void loadReaderScript().startReader();
