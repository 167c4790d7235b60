/** dist/bundle/worker.mjs: a batch audit worker or a PDF page worker, run from the same bundle and code cache as the CLI. */
import { workerData } from 'node:worker_threads';
import { loadBundle, loadPdfScript, markWorkerThread } from './bundle-loader.js';

markWorkerThread();
const role = (workerData as { role?: unknown } | undefined)?.role;
// A PDF page worker needs pdf.js and the page reading only: the pdf.js script has both.
if (role === 'pdf-pages') await loadPdfScript().startPageWorker();
else await loadBundle().startWorker(role);
