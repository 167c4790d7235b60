/**
 * Opening a PDF with pdf.js and reading the text of its pages, one page at a
 * time: what the reader does on its own thread and what each page worker
 * (page-worker.ts) does for its share of the pages.
 */
import { HrssError } from '../../../errors.js';
import type { PageText } from './assemble.js';
import { pdfFailure } from './failures.js';
import { buildLines, type PdfTextItem } from './lines.js';
import { openDocument, type OpenedDocument, type PdfDocument, type loadPdfJs } from './load.js';

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;

export interface OpenPdf {
  opened: OpenedDocument;
  doc: PdfDocument;
}

export function isPasswordError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'PasswordException';
}

/**
 * Open the document. pdf.js tries only the given password; a file with just
 * an owner password (or none) opens without it, so one password given for a
 * whole batch must not make those files fail. On failure the document is
 * torn down and the pdf.js error thrown as it is.
 */
export async function openPdf(pdfjs: PdfJs, data: Uint8Array, password: string | undefined): Promise<OpenPdf> {
  let opened = openDocument(pdfjs, data, password);
  try {
    try {
      return { opened, doc: await opened.task.promise };
    } catch (e) {
      if (password === undefined || !isPasswordError(e)) throw e;
      await opened.destroy();
      opened = openDocument(pdfjs, data, undefined);
      const doc = await opened.task.promise.catch((retry: unknown) => {
        throw isPasswordError(retry) ? e : retry;
      });
      return { opened, doc };
    }
  } catch (e) {
    await opened.destroy();
    throw e;
  }
}

/** The page count, within the limit. */
export function checkedPageCount(doc: PdfDocument, maxPages: number): number {
  const pageCount = doc.numPages;
  if (pageCount > maxPages) throw new HrssError('E_LIMIT_PAGES', `PDF 共 ${pageCount} 页，超过页数上限 ${maxPages} 页`);
  if (!(pageCount > 0)) throw new HrssError('E_PDF_CORRUPT', 'PDF 文件已损坏或不是有效的 PDF：文件中没有页面');
  return pageCount;
}

/** The text lines of one page (pdf.js errors come out as they are; the caller names the page). */
export async function readPage(doc: PdfDocument, p: number): Promise<PageText> {
  const page = await doc.getPage(p);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const item of content.items) if ('str' in item) items.push(item);
  const styles = content.styles;
  const { lines, skipped } = buildLines(items, viewport.transform, p, (font) => styles[font]?.vertical === true);
  page.cleanup();
  return { page: p, width: viewport.width, height: viewport.height, lines, skipped };
}

/** A failure on one page: the page and what pdf.js threw. */
export class PageFailure extends Error {
  constructor(
    readonly page: number,
    readonly error: unknown,
  ) {
    super(`page ${page}`);
  }

  /** The HrssError a reader reports for it. */
  toHrssError(passwordGiven: boolean): HrssError {
    return pdfFailure(this.error, passwordGiven, `第 ${this.page} 页`);
  }
}

/** Pages from..to (inclusive), in order; stops at the first page that fails (PageFailure). */
export async function readPageRange(doc: PdfDocument, from: number, to: number): Promise<PageText[]> {
  const out: PageText[] = [];
  for (let p = from; p <= to; p++) {
    try {
      out.push(await readPage(doc, p));
    } catch (e) {
      throw new PageFailure(p, e);
    }
  }
  return out;
}
