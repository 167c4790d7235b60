/**
 * The .pdf reader: text with positions from pdf.js, lines, running
 * headers/footers removed, paragraphs rebuilt.
 */
import { HrssError, isHrssError } from '../../../errors.js';
import type { Reader } from '../reader.js';
import { assemble, type PageText } from './assemble.js';
import { pdfFailure } from './failures.js';
import { loadPdfJs, type OpenedDocument } from './load.js';
import { checkedPageCount, openPdf, PageFailure, readPageRange } from './pages.js';
import { estimatePageCount, minParallelPages, pageWorkersFor, pageWorkersPossible, readPagesParallel, spawnPageWorker, type PageWorker } from './parallel.js';

export const readPdf: Reader = async (data, options) => {
  if (data.length === 0) throw new HrssError('E_EMPTY_FILE', 'PDF 文件为空（0 字节）');
  const pages = await extractPages(data, options.limits.maxPdfPages, options.password === '' ? undefined : options.password);
  try {
    return assemble(pages);
  } catch (e) {
    if (isHrssError(e)) throw e;
    throw new HrssError('E_INTERNAL', '整理 PDF 文字时发生内部错误', { cause: e });
  }
};

/** Everything pdf.js does, with every failure turned into an HrssError and the document always torn down. */
async function extractPages(data: Uint8Array, maxPages: number, password: string | undefined): Promise<PageText[]> {
  // Page workers for a file that declares enough pages start now: their start and their loading of pdf.js overlap
  // this thread's, instead of following it.
  const declared = pageWorkersPossible() ? estimatePageCount(data) : undefined;
  const early = declared !== undefined && declared <= maxPages ? pageWorkersFor(declared) : 0;
  let helpers: PageWorker[] = Array.from({ length: early }, () => spawnPageWorker(data, password));
  let opened: OpenedDocument | undefined;
  try {
    const pdfjs = await loadPdfJs();
    const pdf = await openPdf(pdfjs, data, password);
    opened = pdf.opened;
    const pageCount = checkedPageCount(pdf.doc, maxPages);
    if (early === 0) helpers = Array.from({ length: pageWorkersFor(pageCount) }, () => spawnPageWorker(data, password));
    else if (pageCount < minParallelPages()) helpers.splice(0).forEach((h) => h.stop());
    // Serially, one page at a time: pdf.js runs on this thread in Node, so asking for several at once only adds
    // scheduling overhead (measured slower). Large files share their pages with page workers.
    return await (helpers.length > 0 ? readPagesParallel(pdf.doc, pageCount, helpers) : readPageRange(pdf.doc, 1, pageCount));
  } catch (e) {
    throw e instanceof PageFailure ? e.toHrssError(password !== undefined) : pdfFailure(e, password !== undefined);
  } finally {
    for (const helper of helpers) helper.stop();
    await opened?.destroy();
  }
}
