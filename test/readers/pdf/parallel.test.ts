import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/document/limits.js';
import { readPdf } from '../../../src/document/readers/pdf/index.js';
import { estimatePageCount, lastParallelRead, setPageWorkers } from '../../../src/document/readers/pdf/parallel.js';
import { isHrssError } from '../../../src/errors.js';
import { ROOT } from '../../helpers/cli.js';
import { SAMPLES } from './helpers.js';

/**
 * Pages read on several threads (page workers) give the serial reader's
 * document exactly: same blocks, same text, same order, same notes — or the
 * same error. Every PDF of the fixtures and the shared samples is read both
 * ways, with the page workers forced on from the first page and every page
 * its own chunk, so that small files split too and neighbouring pages come
 * from different threads.
 */
function pdfsUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .map((f) => path.join(dir, f))
    .sort();
}

// The reader's own fixtures and the drafts (the one-page rule fixtures add nothing here), and every shared sample.
const FILES = [...pdfsUnder(path.join(ROOT, 'fixtures')).filter((f) => !f.includes(`${path.sep}rules${path.sep}`)), ...pdfsUnder(path.join(SAMPLES, 'pdf'))];

async function outcome(file: string, password?: string): Promise<unknown> {
  try {
    return await readPdf(new Uint8Array(fs.readFileSync(file)), { limits: DEFAULT_LIMITS, password });
  } catch (e) {
    if (!isHrssError(e)) throw e;
    return { code: e.code, message: e.message };
  }
}

afterEach(() => setPageWorkers(undefined));

describe('PDF pages read in parallel', () => {
  it('covers the fixtures and the samples', async () => {
    expect(FILES.length).toBeGreaterThan(15);
    expect(FILES.some((f) => f.endsWith('large.pdf'))).toBe(true);
  });

  it.each(FILES.map((f) => [path.relative(path.dirname(ROOT), f), f]))(
    '%s: the same document as the serial reader',
    async (_, file) => {
      setPageWorkers(0);
      const serial = await outcome(file);
      setPageWorkers(2, 1, 1);
      const parallel = await outcome(file);
      expect(parallel).toEqual(serial);
      // The page workers did read pages (the comparison is not of the serial reader with itself).
      if (file.endsWith('large.pdf')) expect(lastParallelRead).toMatchObject({ chunks: 202, byWorkers: expect.any(Number) });
      if (file.endsWith('large.pdf')) expect(lastParallelRead.byWorkers).toBeGreaterThan(0);
    },
    120_000,
  );

  it('the page count a file declares, read before pdf.js has loaded, is the count pdf.js finds where the page tree is in plain sight', async () => {
    const large = new Uint8Array(fs.readFileSync(path.join(SAMPLES, 'pdf/large.pdf')));
    expect(estimatePageCount(large)).toBe(202);
    const encoder = new TextEncoder();
    // The largest /Count is the root's; nested page-tree nodes count fewer.
    expect(estimatePageCount(encoder.encode('1 0 obj <</Type/Pages/Count 3>> 2 0 obj <</Type /Pages /Count 57 /Kids [1 0 R]>>'))).toBe(57);
    // A large file is read at its two ends only (2 MB each): a page tree in the middle goes unseen.
    const filler = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    const join = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));
    expect(estimatePageCount(join(filler, encoder.encode('<</Type/Pages/Count 120>>'), filler))).toBeUndefined();
    expect(estimatePageCount(join(filler, filler, encoder.encode('<</Type/Pages/Count 120>>')))).toBe(120);
    expect(estimatePageCount(join(encoder.encode('<</Type/Pages/Count 77>>'), filler, filler))).toBe(77);
    // No page tree in sight (compressed object streams): no estimate, pdf.js decides later.
    expect(estimatePageCount(encoder.encode('%PDF-1.5 stream x\x9c... endstream'))).toBeUndefined();
  });

  it('page workers started for the pages a file declares are let go when pdf.js finds fewer: the same document', async () => {
    const file = path.join(ROOT, 'fixtures/readers/pdf/gbt-notice.pdf');
    // A stray /Count after the end of the file (pdf.js ignores what follows %%EOF) declares 500 pages.
    const lying = new Uint8Array(Buffer.concat([fs.readFileSync(file), Buffer.from('\n% /Count 500\n')]));
    expect(estimatePageCount(lying)).toBe(500);
    setPageWorkers(0);
    const serial = await readPdf(new Uint8Array(fs.readFileSync(file)), { limits: DEFAULT_LIMITS });
    lastParallelRead.chunks = -1;
    setPageWorkers(2, 40);
    expect(await readPdf(lying, { limits: DEFAULT_LIMITS })).toEqual(serial);
    // Read serially: the parallel reader never ran.
    expect(lastParallelRead.chunks).toBe(-1);
  });

  it('with a wrong password, the same error', async () => {
    const file = path.join(SAMPLES, 'pdf/features-encrypted-userpw.pdf');
    setPageWorkers(0);
    const serial = await outcome(file, 'wrong');
    setPageWorkers(1, 1, 1);
    expect(await outcome(file, 'wrong')).toEqual(serial);
    expect(serial).toMatchObject({ code: 'E_PDF_ENCRYPTED' });
  });
});
