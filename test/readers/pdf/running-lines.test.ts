import { describe, expect, it } from 'vitest';
import type { TextLine } from '../../../src/document/readers/pdf/lines.js';
import { removeRunningLines } from '../../../src/document/readers/pdf/running-lines.js';

const HEIGHT = 842;

function line(page: number, y: number, text: string, size = 16): TextLine {
  return { page, y, x: 72, right: 72 + text.length * size, size, text, tabular: false };
}

/** A page of body lines from y = 100, 28 pt apart, between an optional header and footer. */
function page(n: number, body: string[], header?: string, footer?: string): TextLine[] {
  const lines = body.map((t, i) => line(n, 100 + 28 * i, t));
  if (header) lines.unshift(line(n, 50, header, 10.5));
  if (footer) lines.push(line(n, 800, footer, 14));
  return lines;
}

const heights = (n: number): number[] => Array.from({ length: n }, () => HEIGHT);

describe('removeRunningLines', () => {
  it('removes a header and page numbers repeated on at least half of the pages', () => {
    const text = (n: number): string[] => [`${'甲乙丙丁'[n - 1]}页的正文第一行`, '正文第二行', `正文第三行${'甲乙丙丁'[n - 1]}`];
    const pages = [1, 2, 3, 4].map((n) => page(n, text(n), n === 1 ? undefined : '某省人力资源和社会保障厅文件', `— ${n} —`));
    const { body, removed } = removeRunningLines(pages, heights(4));
    expect(body.map((lines) => lines.map((l) => l.text))).toEqual([1, 2, 3, 4].map(text));
    expect(removed.filter((r) => r.kind === 'header').map((r) => r.line.page)).toEqual([2, 3, 4]);
    const footers = removed.filter((r) => r.kind === 'footer');
    expect(footers.map((r) => r.line.text)).toEqual(['— 1 —', '— 2 —', '— 3 —', '— 4 —']);
    expect(footers.every((r) => r.pageNumber && r.key === '—#—')).toBe(true);
  });

  it('keeps a body line that repeats at the top of pages but not at the same height', () => {
    const pages = [1, 2, 3].map((n) => {
      const lines = page(n, ['重复的句子。', `${'甲乙丙'[n - 1]}段正文`]);
      lines[0].y = 100 + 40 * n;
      return lines;
    });
    const { removed } = removeRunningLines(pages, heights(3));
    expect(removed).toEqual([]);
  });

  it('needs at least two pages to call a line repeated', () => {
    const { removed } = removeRunningLines([page(1, ['正文'], '页眉文字')], heights(1));
    expect(removed).toEqual([]);
  });

  it.each([
    ['— 3 —'],
    ['-3-'],
    ['- 3 -'],
    ['第3页'],
    ['第 3 页 共 10 页'],
    ['第3页/共10页'],
    ['共10页 第3页'],
    ['3/10'],
    ['Page 3 of 10'],
    ['第三页'],
    ['－３－'],
  ])('recognises the page number %s even on a one-page document', (text) => {
    const { body, removed } = removeRunningLines([page(1, ['第一条　正文。', '第二条　正文。'], undefined, text)], heights(1));
    expect(body[0].map((l) => l.text)).toEqual(['第一条　正文。', '第二条　正文。']);
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ kind: 'footer', pageNumber: true });
  });

  it('takes a bare number for a page number only when it stands apart from the text', () => {
    const apart = removeRunningLines([page(1, ['正文一', '正文二'], undefined, '3')], heights(1));
    expect(apart.removed.map((r) => r.line.text)).toEqual(['3']);
    const close = removeRunningLines([page(1, ['下列数字：', '3'])], heights(1));
    expect(close.removed).toEqual([]);
  });

  it('leaves list items and numbered lines at the foot of a page alone', () => {
    for (const last of ['3.', '（一）', '1、', '第三条', '2024']) {
      const { removed } = removeRunningLines([page(1, ['正文一', '正文二', last])], heights(1));
      expect(removed, last).toEqual([]);
    }
  });

  it('recognises a page number at the top of the page as a header', () => {
    const { removed } = removeRunningLines([page(1, ['正文一', '正文二'], '- 7 -')], heights(1));
    expect(removed.map((r) => [r.kind, r.line.text])).toEqual([['header', '- 7 -']]);
  });
});
