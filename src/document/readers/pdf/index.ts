/**
 * The .pdf reader: text with positions from pdf.js, lines, running
 * headers/footers removed, paragraphs rebuilt.
 */
import { HrssError, isHrssError } from '../../../errors.js';
import type { Reader } from '../reader.js';
import { assemble, type PageText } from './assemble.js';
import { pdfFailure } from './failures.js';
import { buildLines, type PdfTextItem } from './lines.js';
import { loadPdfJs, openDocument, type OpenedDocument, type PdfDocument } from './load.js';

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
  const pdfjs = await loadPdfJs();
  let opened: OpenedDocument | undefined;
  try {
    opened = openDocument(pdfjs, data, password);
    let doc: PdfDocument;
    try {
      doc = await opened.task.promise;
    } catch (e) {
      // pdf.js tries only the given password; a file with just an owner
      // password (or none) opens without it, so one password given for a
      // whole batch must not make those files fail.
      if (password === undefined || !isPasswordError(e)) throw e;
      await opened.destroy();
      opened = openDocument(pdfjs, data, undefined);
      doc = await opened.task.promise.catch((retry: unknown) => {
        throw isPasswordError(retry) ? e : retry;
      });
    }
    const pageCount = doc.numPages;
    if (pageCount > maxPages) throw new HrssError('E_LIMIT_PAGES', `PDF 共 ${pageCount} 页，超过页数上限 ${maxPages} 页`);
    if (!(pageCount > 0)) throw new HrssError('E_PDF_CORRUPT', 'PDF 文件已损坏或不是有效的 PDF：文件中没有页面');
    return await readPages(doc, pageCount, password !== undefined);
  } catch (e) {
    throw pdfFailure(e, password !== undefined);
  } finally {
    await opened?.destroy();
  }
}

function isPasswordError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'PasswordException';
}

async function readPages(doc: PdfDocument, pageCount: number, passwordGiven: boolean): Promise<PageText[]> {
  const pages: PageText[] = [];
  // One page at a time: pdf.js runs on this thread in Node, so asking for
  // several at once only adds scheduling overhead (measured slower).
  for (let p = 1; p <= pageCount; p++) {
    try {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) if ('str' in item) items.push(item);
      const styles = content.styles;
      const { lines, skipped } = buildLines(items, viewport.transform, p, (font) => styles[font]?.vertical === true);
      pages.push({ page: p, width: viewport.width, height: viewport.height, lines, skipped });
      page.cleanup();
    } catch (e) {
      throw pdfFailure(e, passwordGiven, `第 ${p} 页`);
    }
  }
  return pages;
}
