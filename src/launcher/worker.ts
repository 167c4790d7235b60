/** dist/bundle/worker.mjs: a batch worker thread, run from the same bundle and code cache as the CLI. */
import { loadBundle } from './bundle-loader.js';

await loadBundle().startWorker();
