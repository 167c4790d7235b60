/**
 * The reader on the fixtures made by fixtures/readers/make-pdf.mjs. Each PDF
 * comes with the source paragraphs and, for every paragraph, the page and
 * text of each of its lines as poppler (a different PDF engine) reads them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, SourceDocument } from '../../../src/document/model.js';
import { expected, fixtureBytes, read, rejection, strip, type ExpectedDoc, type ExpectedParagraph } from './helpers.js';

/** Text of each source line of a block, cut at its segments (the whole text when there are none). */
function lineTexts(block: Block): string[] {
  const segments = block.source.segments;
  if (!segments) return [block.text];
  return segments.map((s, i) => block.text.slice(s.offset, i + 1 < segments.length ? segments[i + 1].offset : undefined));
}

/** 1-based line on its page of each expected line, counting body lines only. */
function lineNumbers(doc: ExpectedDoc): number[][] {
  const perPage = new Map<number, number>();
  return doc.paragraphs.map((p) =>
    p.lines.map((l) => {
      const n = (perPage.get(l.page) ?? 0) + 1;
      perPage.set(l.page, n);
      return n;
    }),
  );
}

describe('gbt-notice.pdf (GB/T 9704 layout, 3 pages)', () => {
  const truth = expected('gbt-notice.expected.json');
  let doc: SourceDocument;
  beforeAll(async () => {
    doc = await read(fixtureBytes('gbt-notice.pdf'));
  });

  it('rebuilds exactly the source paragraphs, in order', () => {
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(truth.pages);
    expect(truth.pages).toBeGreaterThanOrEqual(3);
    expect(doc.blocks.map((b) => strip(b.text))).toEqual(truth.paragraphs.map((p) => strip(p.text)));
  });

  it('numbers blocks in reading order as body paragraphs', () => {
    doc.blocks.forEach((b, i) => {
      expect(b.index).toBe(i);
      expect(b.source.paragraph).toBe(i);
      expect(b.container).toBe('body');
      expect(b.text).not.toContain('\n');
    });
  });

  it('maps every line of every block back to its page and line', () => {
    const numbers = lineNumbers(truth);
    doc.blocks.forEach((block, i) => {
      const want: ExpectedParagraph = truth.paragraphs[i];
      expect(block.source.page).toBe(want.lines[0].page);
      expect(block.source.line).toBe(numbers[i][0]);
      expect(lineTexts(block).map(strip)).toEqual(want.lines.map((l) => l.text));
      if (want.lines.length > 1) {
        expect(block.source.segments?.map((s) => [s.page, s.line])).toEqual(want.lines.map((l, k) => [l.page, numbers[i][k]]));
        expect(block.source.segments?.[0].offset).toBe(0);
      } else {
        expect(block.source.segments).toBeUndefined();
      }
    });
  });

  it('joins an article across the page break and says where the next page begins', () => {
    const index = truth.paragraphs.findIndex((p) => /^第.+条/.test(p.text) && new Set(p.lines.map((l) => l.page)).size > 1);
    expect(index).toBeGreaterThanOrEqual(0);
    const want = truth.paragraphs[index];
    const block = doc.blocks[index];
    const startPage = want.lines[0].page;
    expect(block.source.page).toBe(startPage);
    const next = block.source.segments?.find((s) => s.page === startPage + 1);
    expect(next).toBeDefined();
    const onFirstPage = want.lines
      .filter((l) => l.page === startPage)
      .map((l) => l.text)
      .join('');
    const onNextPage = want.lines
      .filter((l) => l.page === startPage + 1)
      .map((l) => l.text)
      .join('');
    expect(strip(block.text.slice(0, next!.offset))).toBe(onFirstPage);
    expect(strip(block.text.slice(next!.offset))).toBe(onNextPage);
    expect(next!.line).toBe(1);
  });

  it('keeps an astral character (𠮷) and counts offsets in UTF-16 units', () => {
    const block = doc.blocks.find((b) => b.text.includes('𠮷'));
    expect(block).toBeDefined();
    const at = block!.text.indexOf('𠮷');
    expect(block!.text.codePointAt(at)).toBe(0x20bb7);
    const want = truth.paragraphs[block!.index];
    expect(want.lines[0].text).toContain('𠮷');
    const second = block!.source.segments![1].offset;
    const firstLine = block!.text.slice(0, second);
    // One astral character: one more UTF-16 unit than code points.
    expect([...firstLine].length).toBe(second - 1);
    expect(strip(firstLine)).toBe(want.lines[0].text);
    expect(strip(block!.text.slice(second)).startsWith(want.lines[1].text)).toBe(true);
  });

  it('keeps fullwidth digits as printed', () => {
    expect(doc.blocks.some((b) => b.text.includes('不超过１２００元'))).toBe(true);
    expect(doc.blocks.some((b) => b.text.includes('２０２５年１月１日'))).toBe(true);
  });

  it('removes the running header and the page numbers and keeps each once as a stream', () => {
    for (const b of doc.blocks) {
      expect(b.text).not.toContain(truth.header!);
      expect(b.text).not.toMatch(/—\s*\d+\s*—/);
    }
    expect(doc.streams.filter((s) => s.kind === 'header')).toEqual([{ kind: 'header', text: truth.header }]);
    const footers = doc.streams.filter((s) => s.kind === 'footer');
    expect(footers).toHaveLength(1);
    expect(footers[0].text).toMatch(/^—\s*1\s*—$/);
    const note = doc.notes.find((n) => n.code === 'PDF_RUNNING_LINES_REMOVED');
    expect(note?.message).toContain(`${truth.pages} 页`);
    expect(note?.message).toContain(`共 ${2 * truth.pages} 行`);
  });

  it('reports layout styles: centred 22 pt title over two lines, centred chapters, indents, right-aligned signature', () => {
    const [title] = doc.blocks;
    expect(title.style.fontSize).toBeCloseTo(22, 0);
    expect(title.style.alignment).toBe('center');
    expect(title.source.segments).toHaveLength(2);
    truth.paragraphs.forEach((p, i) => {
      const style = doc.blocks[i].style;
      if (p.kind === 'center') expect(style.alignment, p.text).toBe('center');
      if (p.kind === 'right') expect(style.alignment, p.text).toBe('right');
      if (p.kind === 'flush') expect(style.indent, p.text).toBe(0);
      if (p.kind === 'body') {
        expect(style.indent, p.text).toBe(2);
        expect(style.fontSize).toBeCloseTo(16, 0);
      }
    });
  });

  it('says that paragraphs were rebuilt', () => {
    const note = doc.notes.find((n) => n.code === 'PDF_PARAGRAPHS_REBUILT');
    expect(note?.message).toContain(`${doc.blocks.length} 段`);
  });
});

describe('plain-spacing.pdf (no indent, no markers, space after paragraphs)', () => {
  const truth = expected('plain-spacing.expected.json');
  let doc: SourceDocument;
  beforeAll(async () => {
    doc = await read(fixtureBytes('plain-spacing.pdf'));
  });

  it('splits paragraphs on the vertical gap alone', () => {
    expect(doc.blocks.map((b) => strip(b.text))).toEqual(truth.paragraphs.map((p) => strip(p.text)));
    expect(doc.blocks[0].style.alignment).toBe('center');
  });

  it('removes a page number that appears on one page only (page 1 has none)', () => {
    expect(doc.pages).toBe(2);
    expect(doc.blocks.some((b) => /第\s*\d+\s*页/.test(b.text))).toBe(false);
    expect(doc.streams).toEqual([{ kind: 'footer', text: '第 2 页 共 2 页' }]);
  });
});

describe('stsong-ucs2.pdf (STSong-Light, predefined CMap UniGB-UCS2-H, not embedded)', () => {
  const truth = expected<{ title: string; paragraphs: string[]; pageNumber: string; watermark: string }>('stsong-ucs2.expected.json');
  let doc: SourceDocument;
  beforeAll(async () => {
    doc = await read(fixtureBytes('stsong-ucs2.pdf'));
  });

  it('decodes the Chinese text through the CMap files', () => {
    expect(doc.blocks.map((b) => strip(b.text))).toEqual([truth.title, ...truth.paragraphs].map(strip));
  });

  it('drops the page number of a one-page document', () => {
    expect(doc.streams).toEqual([{ kind: 'footer', text: truth.pageNumber }]);
  });

  it('leaves the rotated watermark out and says so', () => {
    expect(doc.blocks.some((b) => b.text.includes(truth.watermark))).toBe(false);
    expect(doc.notes.find((n) => n.code === 'PDF_ROTATED_TEXT_SKIPPED')?.message).toContain('1 处');
  });
});

describe('passwords', () => {
  const truth = expected('gbt-notice.expected.json');

  it('asks for the open password', async () => {
    const e = await rejection(read(fixtureBytes('gbt-notice-userpw.pdf')), 'E_PDF_ENCRYPTED');
    expect(e.message).toContain('需要提供');
  });

  it('says when the password given is wrong', async () => {
    const e = await rejection(read(fixtureBytes('gbt-notice-userpw.pdf'), { password: 'wrong' }), 'E_PDF_ENCRYPTED');
    expect(e.message).toContain('不正确');
  });

  it('reads with the right password', async () => {
    const doc = await read(fixtureBytes('gbt-notice-userpw.pdf'), { password: 'secret' });
    expect(doc.blocks.map((b) => strip(b.text))).toEqual(truth.paragraphs.map((p) => strip(p.text)));
  });

  it('ignores a password given for a file that needs none', async () => {
    const doc = await read(fixtureBytes('gbt-notice.pdf'), { password: 'secret' });
    expect(doc.blocks).toHaveLength(truth.paragraphs.length);
  });
});

describe('unusable files', () => {
  it('rejects a text layer without ToUnicode as garbled', async () => {
    const e = await rejection(read(fixtureBytes('gbt-notice-no-tounicode.pdf')), 'E_PDF_GARBLED');
    expect(e.message).toContain('乱码');
  });

  it('rejects scanned pages as having no text', async () => {
    const e = await rejection(read(fixtureBytes('scanned.pdf')), 'E_PDF_NO_TEXT');
    expect(e.message).toContain('扫描件');
  });

  it('rejects random bytes, a text file and truncated PDFs as corrupt', async () => {
    let seed = 42;
    const random = new Uint8Array(20_000).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    await rejection(read(random), 'E_PDF_CORRUPT');
    await rejection(read(new TextEncoder().encode('第一条 这不是 PDF。')), 'E_PDF_CORRUPT');
    const full = fixtureBytes('gbt-notice.pdf');
    for (const share of [0.02, 0.5, 0.98]) {
      await rejection(read(full.subarray(0, Math.floor(full.length * share))), 'E_PDF_CORRUPT');
    }
  });

  it('rejects an empty file', async () => {
    await rejection(read(new Uint8Array(0)), 'E_EMPTY_FILE');
  });

  it('stops at the page limit before reading any text', async () => {
    const e = await rejection(read(fixtureBytes('gbt-notice.pdf'), { limits: { maxPdfPages: 2 } }), 'E_LIMIT_PAGES');
    expect(e.message).toContain('3 页');
  });
});

describe('the caller’s bytes', () => {
  it('are neither detached nor changed', async () => {
    const data = fixtureBytes('stsong-ucs2.pdf');
    const copy = data.slice();
    await read(data);
    expect(data.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(data).equals(Buffer.from(copy))).toBe(true);
  });
});
