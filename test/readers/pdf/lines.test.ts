import { describe, expect, it } from 'vitest';
import { buildLines, unstretch, type PdfTextItem } from '../../../src/document/readers/pdf/lines.js';

const HEIGHT = 842;
/** pdf.js viewport of an unrotated A4 page at scale 1. */
const UPRIGHT = [1, 0, 0, -1, 0, HEIGHT];

/** A run of text at (x, y) in PDF space (origin bottom left), `size` points, one em per CJK character unless width given. */
function item(str: string, x: number, y: number, size = 16, width = [...str].length * size): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width, fontName: 'f1' };
}

const horizontal = (): boolean => false;

describe('buildLines', () => {
  it('groups runs by baseline and orders lines top to bottom, runs left to right', () => {
    const { lines } = buildLines([item('第二行', 72, 700), item('后半', 72 + 5 * 16, 728), item('第一行前半', 72, 728)], UPRIGHT, 3, horizontal);
    expect(lines.map((l) => l.text)).toEqual(['第一行前半后半', '第二行']);
    expect(lines[0]).toMatchObject({ page: 3, y: HEIGHT - 728, x: 72, size: 16, tabular: false });
    expect(lines[0].right).toBe(72 + 7 * 16);
  });

  it('reads a wide gap after 第一条 as a space but not the small gaps of justified CJK text', () => {
    const { lines } = buildLines([item('第一条', 72, 700), item('为了', 72 + 48 + 16, 700), item('规范', 72 + 48 + 16 + 32 + 2, 700)], UPRIGHT, 1, horizontal);
    expect(lines[0].text).toBe('第一条 为了规范');
  });

  it('drops the autospace a word processor puts between CJK and Latin, keeps Latin word spaces', () => {
    const { lines } = buildLines(
      [
        item('第', 72, 700),
        item('1', 72 + 16 + 3.2, 700, 16, 8),
        item('部分', 72 + 16 + 3.2 + 8 + 3.2, 700),
        item('Article', 200, 600, 16, 50),
        item('5', 254, 600, 16, 8),
      ],
      UPRIGHT,
      1,
      horizontal,
    );
    expect(lines.map((l) => l.text)).toEqual(['第1部分', 'Article 5']);
  });

  it('prints a run faked bold by double printing once', () => {
    const { lines } = buildLines([item('标题', 100, 700), item('标题', 100.4, 700.2)], UPRIGHT, 1, horizontal);
    expect(lines.map((l) => l.text)).toEqual(['标题']);
  });

  it('keeps a raised footnote mark on its line and takes the baseline of the body text', () => {
    const { lines } = buildLines([item('认定申请', 72, 400), item('1', 136, 407.7, 9.3, 4.4), item('。', 140.4, 400)], UPRIGHT, 1, horizontal);
    expect(lines).toHaveLength(1);
    expect(lines[0].text).toBe('认定申请1。');
    expect(lines[0].y).toBe(HEIGHT - 400);
    expect(lines[0].size).toBe(16);
  });

  it('flags a line with a gap of two characters or more as tabular (table rows, columns)', () => {
    const { lines } = buildLines([item('项目', 72, 700), item('标准', 72 + 32 + 40, 700)], UPRIGHT, 1, horizontal);
    expect(lines[0]).toMatchObject({ text: '项目 标准', tabular: true });
  });

  it('leaves out rotated and vertical text and counts it', () => {
    const rotated: PdfTextItem = { str: '内部资料', transform: [33.9, 33.9, -33.9, 33.9, 180, 300], width: 192, fontName: 'f1' };
    const vertical = item('竖排', 500, 500);
    vertical.fontName = 'v1';
    const result = buildLines([item('正文', 72, 700), rotated, vertical], UPRIGHT, 1, (font) => font === 'v1');
    expect(result.lines.map((l) => l.text)).toEqual(['正文']);
    expect(result.skipped).toBe(2);
  });

  it('reads a page with /Rotate 90 upright through the viewport transform', () => {
    // Text drawn rotated in PDF space; pdf.js's viewport for Rotate 90 turns it back.
    const viewport = [0, 1, 1, 0, 0, 0];
    const run = (str: string, x: number, y: number): PdfTextItem => ({ str, transform: [0, 16, -16, 0, x, y], width: [...str].length * 16, fontName: 'f1' });
    const { lines, skipped } = buildLines([run('第二行', 128, 72), run('第一行', 100, 72)], viewport, 1, horizontal);
    expect(skipped).toBe(0);
    expect(lines.map((l) => l.text)).toEqual(['第一行', '第二行']);
    expect(lines[0].x).toBe(72);
  });

  it('ignores whitespace-only runs and trims runs, moving their edges', () => {
    const { lines } = buildLines([item(' ', 60, 700), item('  正文 ', 72, 700, 16, 80)], UPRIGHT, 1, horizontal);
    expect(lines[0].text).toBe('正文');
    expect(lines[0].x).toBeCloseTo(72 + 2 * 16);
    expect(lines[0].right).toBeCloseTo(72 + 4 * 16);
  });

  it('turns inner whitespace of a run into one space, keeps U+3000, and unstretches it; a run without any is kept as it is', () => {
    const texts = [
      '第一条\t\n为了规范',
      '关于加强 行 政 规 范 性 文 件',
      '二〇二六年\u3000月\u3000日',
      '第二条\u00a0\u00a0适用范围',
      '湖南省人力资源和社会保障厅𠮷',
    ].map((str, i) => buildLines([item(str, 72, 100 + i * 40)], UPRIGHT, 1, horizontal).lines[0].text);
    expect(texts).toEqual(['第一条 为了规范', '关于加强行政规范性文件', '二〇二六年\u3000月\u3000日', '第二条 适用范围', '湖南省人力资源和社会保障厅𠮷']);
  });
});

describe('spaces pdf.js writes into a stretched justified line', () => {
  it('drops them when a run has several between Chinese characters', () => {
    expect(unstretch('第三 条 认定 工伤 ，依 照《 工伤 保险 条例 》第 十四 条第')).toBe('第三条认定工伤，依照《工伤保险条例》第十四条第');
    expect(unstretch('关于加强 行 政 规 范 性 文 件')).toBe('关于加强行政规范性文件');
  });

  it('keeps one or two, which are written on purpose (after 第一条, in 年　月　日, between issuers)', () => {
    expect(unstretch('第一条 为规范就业补贴管理')).toBe('第一条 为规范就业补贴管理');
    expect(unstretch('年 月 日')).toBe('年 月 日');
    expect(unstretch('湖南省人力资源和社会保障厅 湖南省财政厅')).toBe('湖南省人力资源和社会保障厅 湖南省财政厅');
  });

  it('never touches spaces next to Latin letters or digits', () => {
    expect(unstretch('Human Resources and Social Security 第 1 条 2019 年')).toBe('Human Resources and Social Security 第 1 条 2019 年');
  });
});
