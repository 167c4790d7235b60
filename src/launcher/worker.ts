/** dist/bundle/worker.cjs: a batch audit worker or a PDF page worker, run from the same bundle and code cache as the CLI. */
import { workerData } from 'node:worker_threads';
import { loadBundle, loadPdfScript, markWorkerThread } from './bundle-loader.js';

markWorkerThread();
const role = (workerData as { role?: unknown } | undefined)?.role;
// A PDF page worker needs pdf.js and the page reading only: the pdf.js script has both. A failure rejects, which
// ends the thread with an error event, as a top-level await did.
void (role === 'pdf-pages' ? loadPdfScript().startPageWorker() : loadBundle().startWorker(role));
