import { describe, expect, it } from 'vitest';
import { assemble, type PageText } from '../../../src/document/readers/pdf/assemble.js';
import type { TextLine } from '../../../src/document/readers/pdf/lines.js';

const LEFT = 72;
const CHARS = 28;
const RIGHT = LEFT + CHARS * 16;

function line(page: number, y: number, text: string, options: { indent?: number; size?: number; x?: number } = {}): TextLine {
  const size = options.size ?? 16;
  const x = options.x ?? LEFT + (options.indent ?? 0) * 16;
  return { page, y, x, right: Math.min(x + [...text].length * size, RIGHT), size, text, tabular: false };
}

const full = (fill: string, head = ''): string => head + fill.repeat(CHARS - [...head].length);

function pages(...contents: TextLine[][]): PageText[] {
  return contents.map((lines, i) => ({ page: i + 1, width: 595, height: 842, lines, skipped: i === 0 ? 2 : 0 }));
}

describe('assemble', () => {
  // Page 1 ends inside 第二条, with a footnote below it; page 2 carries on.
  const doc = assemble(
    pages(
      [
        line(1, 40, '某省人力资源和社会保障厅', { size: 10.5, x: 240 }),
        line(1, 100, full('甲', '第一条 ').slice(2), { indent: 2 }),
        line(1, 128, '甲甲甲。'),
        line(1, 156, full('乙', '第二条 ').slice(2), { indent: 2 }),
        line(1, 184, full('乙')),
        line(1, 230, '1 统筹地区是指设区的市。', { size: 10 }),
        line(1, 800, '— 1 —', { size: 14, x: 280 }),
      ],
      [
        line(2, 40, '某省人力资源和社会保障厅', { size: 10.5, x: 240 }),
        line(2, 100, '乙乙乙。'),
        line(2, 128, '第三条 丙。', { indent: 2 }),
        line(2, 800, '— 2 —', { size: 14, x: 280 }),
      ],
    ),
  );

  it('joins a paragraph across the page break, past the footnote, header and footer', () => {
    expect(doc.blocks.map((b) => b.text)).toEqual([
      full('甲', '第一条 ').slice(2) + '甲甲甲。',
      full('乙', '第二条 ').slice(2) + full('乙') + '乙乙乙。',
      '第三条 丙。',
    ]);
    expect(doc.blocks[1].source.segments?.map((s) => [s.page, s.line])).toEqual([
      [1, 3],
      [1, 4],
      [2, 1],
    ]);
  });

  it('keeps the header, the page number and the footnote as streams, with notes', () => {
    expect(doc.streams).toEqual([
      { kind: 'header', text: '某省人力资源和社会保障厅' },
      { kind: 'footer', text: '— 1 —' },
      { kind: 'footnote', text: '1 统筹地区是指设区的市。' },
    ]);
    expect(doc.notes.map((n) => n.code)).toEqual([
      'PDF_RUNNING_LINES_REMOVED',
      'PDF_FOOTNOTES_SEPARATED',
      'PDF_ROTATED_TEXT_SKIPPED',
      'PDF_PARAGRAPHS_REBUILT',
    ]);
    expect(doc.notes[1].message).toContain('第 1 页');
    expect(doc.notes[2].message).toContain('2 处');
  });

  it('describes the document', () => {
    expect(doc).toMatchObject({ format: 'pdf', pages: 2 });
    expect(doc.blocks.every((b, i) => b.index === i && b.container === 'body')).toBe(true);
  });
});

describe('assemble: the text layer is judged on the body', () => {
  // Three short pages, each under a running header of undecodable symbols (a
  // logo font without a ToUnicode map): counted, the header would be a third
  // of the characters and the file unreadable.
  const body = ['第一条 甲甲甲甲甲甲。', '第二条 乙乙乙乙乙乙。', '第三条 丙丙丙丙丙丙。'];
  const withHeaders = (headers: string[]): PageText[] =>
    pages(...body.map((text, i) => [line(i + 1, 40, headers[i], { size: 10.5, x: 240 }), line(i + 1, 100, text, { indent: 2 })]));

  it('leaves out the running lines', () => {
    const doc = assemble(withHeaders(['¤¦¨¤¦', '¤¦¨¤¦', '¤¦¨¤¦']));
    expect(doc.blocks.map((b) => b.text)).toEqual(body);
    expect(doc.streams).toEqual([{ kind: 'header', text: '¤¦¨¤¦' }]);
    expect(doc.notes.map((n) => n.code)).not.toContain('PDF_TEXT_PARTLY_GARBLED');
  });

  it('counts lines that stay in the body', () => {
    // Different on every page: not running lines, so they stay and are counted.
    expect(() => assemble(withHeaders(['¤¦¨¤¦', '¦¨¤¦¤', '¨¤¦¤¦']))).toThrow(expect.objectContaining({ code: 'E_PDF_GARBLED' }));
  });
});
