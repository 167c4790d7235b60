/**
 * The reader on the shared sample documents (see the samples README): PDFs
 * exported by LibreOffice from docx files whose paragraphs are the ground
 * truth, a hand-written predefined-CMap file, and broken or protected copies.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/document/model.js';
import { docxParagraphs, read, rejection, sampleBytes, SAMPLES, strip } from './helpers.js';

const ARTICLE = /^第[一二三四五六七八九十百千零]+条/;

/** How many source paragraphs come out as a block with exactly the same text (whitespace aside). */
function exactMatches(blocks: readonly string[], truth: readonly string[]): number {
  const left = new Map<string, number>();
  for (const b of blocks) left.set(b, (left.get(b) ?? 0) + 1);
  let n = 0;
  for (const t of truth) {
    const c = left.get(t) ?? 0;
    if (c > 0) {
      n++;
      left.set(t, c - 1);
    }
  }
  return n;
}

describe('large.pdf (202 pages, 1,040 articles)', () => {
  let doc: SourceDocument;
  let truth: string[];
  beforeAll(async () => {
    doc = await read(sampleBytes('pdf/large.pdf'));
    truth = docxParagraphs(path.join(SAMPLES, 'docx/large-docxjs.docx')).map(strip);
  });

  it('has the ground truth it is measured against', () => {
    expect(truth).toHaveLength(1093);
    expect(truth.filter((t) => ARTICLE.test(t))).toHaveLength(1040);
  });

  it('rebuilds all 1,040 articles, in order, each exactly', () => {
    const articles = doc.blocks.map((b) => strip(b.text)).filter((t) => ARTICLE.test(t));
    expect(articles).toEqual(truth.filter((t) => ARTICLE.test(t)));
  });

  it('rebuilds at least 1,080 of the 1,093 source paragraphs exactly', () => {
    const exact = exactMatches(
      doc.blocks.map((b) => strip(b.text)),
      truth,
    );
    // Measured: 1,093 of 1,093. The other blocks are the rows of the 20 tables, which the truth leaves out.
    expect(exact, `${exact} of ${truth.length} paragraphs exact`).toBeGreaterThanOrEqual(1080);
    expect(exact).toBe(1093);
  });

  it('keeps source paragraphs in order', () => {
    const blocks = new Set(doc.blocks.map((b) => strip(b.text)));
    const order = doc.blocks.map((b) => strip(b.text)).filter((t) => truth.includes(t));
    expect(order).toEqual(truth.filter((t) => blocks.has(t)));
  });

  it('removes 202 headers and 202 page numbers', () => {
    expect(doc.pages).toBe(202);
    expect(doc.streams).toEqual([
      { kind: 'header', text: '页眉：某省人力资源和社会保障厅' },
      { kind: 'footer', text: '— 1 —' },
    ]);
    expect(doc.notes.find((n) => n.code === 'PDF_RUNNING_LINES_REMOVED')?.message).toContain('共 404 行');
    expect(doc.blocks.some((b) => b.text.includes('页眉'))).toBe(false);
  });

  it('puts every block on a page it can be found on', () => {
    for (const b of doc.blocks) {
      expect(b.source.page).toBeGreaterThanOrEqual(1);
      expect(b.source.page).toBeLessThanOrEqual(202);
      for (const s of b.source.segments ?? []) expect(s.page! - b.source.page!).toBeLessThanOrEqual(1);
    }
    expect(doc.blocks.filter((b) => new Set(b.source.segments?.map((s) => s.page)).size > 1).length).toBeGreaterThan(100);
  });
});

describe('small.pdf (5 pages)', () => {
  it('rebuilds all 28 source paragraphs exactly', async () => {
    const doc = await read(sampleBytes('pdf/small.pdf'));
    const truth = docxParagraphs(path.join(SAMPLES, 'docx/small-docxjs.docx')).map(strip);
    expect(truth).toHaveLength(28);
    expect(doc.blocks.map((b) => strip(b.text))).toEqual(truth);
  });
});

describe('stsong-ucs2-nonembedded.pdf (predefined CMap, no embedded font, no ToUnicode)', () => {
  it('returns the Chinese text, not an empty document', async () => {
    const doc = await read(sampleBytes('pdf/stsong-ucs2-nonembedded.pdf'));
    const text = doc.blocks.map((b) => b.text).join('');
    expect(strip(text).length).toBeGreaterThan(200);
    expect(text).toContain('为了规范本省工伤保险工作');
    expect(doc.blocks.filter((b) => ARTICLE.test(b.text)).map((b) => b.text.slice(0, 3))).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条']);
    expect(doc.streams.map((s) => s.kind)).toEqual(['header', 'footer']);
  });
});

describe('features.pdf and its copies', () => {
  let plain: string[];
  beforeAll(async () => {
    plain = (await read(sampleBytes('pdf/features.pdf'))).blocks.map((b) => b.text);
  });

  it('moves the footnote out of the body', async () => {
    const doc = await read(sampleBytes('pdf/features.pdf'));
    expect(doc.streams).toContainEqual({ kind: 'footnote', text: '1 脚注：统筹地区是指设区的市。' });
    expect(doc.blocks.some((b) => b.text.includes('脚注'))).toBe(false);
    expect(doc.blocks.find((b) => b.text.startsWith('第六条 用人单位'))?.text).toContain('１２月３１日');
  });

  it('needs the open password of the user-password copy', async () => {
    await rejection(read(sampleBytes('pdf/features-encrypted-userpw.pdf')), 'E_PDF_ENCRYPTED');
    const doc = await read(sampleBytes('pdf/features-encrypted-userpw.pdf'), { password: 'secret' });
    expect(doc.blocks.map((b) => b.text)).toEqual(plain);
  });

  it('reads the owner-password-only copies (AES-256 and RC4) as they are', async () => {
    for (const name of ['features-encrypted-ownerpw-only.pdf', 'features-encrypted-rc4-ownerpw-only.pdf']) {
      const doc = await read(sampleBytes(`pdf/${name}`));
      expect(
        doc.blocks.map((b) => b.text),
        name,
      ).toEqual(plain);
      // A password given for a whole batch must not stop a file that needs none.
      const withPassword = await read(sampleBytes(`pdf/${name}`), { password: 'secret' });
      expect(
        withPassword.blocks.map((b) => b.text),
        name,
      ).toEqual(plain);
    }
  });

  it('rejects the copy without ToUnicode as garbled', async () => {
    await rejection(read(sampleBytes('pdf/features-no-tounicode.pdf')), 'E_PDF_GARBLED');
  });

  it('rejects the scanned copy as having no text', async () => {
    await rejection(read(sampleBytes('pdf/scanned-image-only.pdf')), 'E_PDF_NO_TEXT');
  });
});
