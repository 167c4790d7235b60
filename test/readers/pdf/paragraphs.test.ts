import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/document/readers/pdf/layout.js';
import type { TextLine } from '../../../src/document/readers/pdf/lines.js';
import { buildBlocks, lineFeatures, type ParagraphLine } from '../../../src/document/readers/pdf/paragraphs.js';

/** Text block 72..520 (28 characters of 16 pt), 28 pt line pitch. */
const LAYOUT: Layout = { bodySize: 16, left: 72, right: 520, pitch: 28, indent: 2 };
const FULL = 28;

interface Spec {
  text: string;
  page?: number;
  /** Indent in characters. */
  indent?: number;
  /** Override the right edge (defaults to the width of the text, or the margin for FULL-length lines). */
  right?: number;
  size?: number;
  gap?: number;
}

/** Lines laid out top to bottom; `gap` adds extra space before a line. */
function lines(...specs: Spec[]): ParagraphLine[] {
  let y = 100;
  let page = 1;
  let lineNo = 0;
  return specs.map((s) => {
    if ((s.page ?? page) !== page) {
      page = s.page!;
      y = 100;
      lineNo = 0;
    } else if (lineNo > 0) {
      y += LAYOUT.pitch + (s.gap ?? 0);
    }
    const size = s.size ?? 16;
    const x = LAYOUT.left + (s.indent ?? 0) * 16;
    const line: TextLine = { page, y, x, right: s.right ?? Math.min(x + [...s.text].length * size, LAYOUT.right), size, text: s.text, tabular: false };
    return { line, lineNo: ++lineNo, layout: LAYOUT, features: lineFeatures(line, LAYOUT) };
  });
}

const texts = (ls: ParagraphLine[]): string[] => buildBlocks(ls).map((b) => b.text);
const full = (head: string, fill = '文'): string => head + fill.repeat(FULL - [...head].length);

describe('buildBlocks', () => {
  it('joins the lines of an indented paragraph without anything between CJK characters', () => {
    const a = full('这是第一行', '甲');
    const b = full('', '乙');
    expect(texts(lines({ text: a.slice(2), indent: 2 }, { text: b }, { text: '结尾。' }, { text: '下一段。', indent: 2 }))).toEqual([
      a.slice(2) + b + '结尾。',
      '下一段。',
    ]);
  });

  it('starts a paragraph at 第X条, 一、, （一） even after a full line', () => {
    const out = texts(lines({ text: full('前文') }, { text: '第二条 正文。' }, { text: full('一、') }, { text: '（一）项目' }));
    expect(out).toEqual([full('前文'), '第二条 正文。', full('一、'), '（一）项目']);
  });

  it('reads 第三条 after a full line without a sentence end as a wrapped reference', () => {
    const out = texts(lines({ text: full('依照本办法', '甲') }, { text: '第三条规定处理。' }));
    expect(out).toEqual([full('依照本办法', '甲') + '第三条规定处理。']);
  });

  it('starts a paragraph at 1. or 附件 when the line above ended a sentence', () => {
    const out = texts(
      lines({ text: full('按下列规定执行', '甲').slice(0, FULL - 1) + '：' }, { text: '1.加强组织领导。' }, { text: full('增长', '乙') }, { text: '1.5倍。' }),
    );
    expect(out).toEqual([full('按下列规定执行', '甲').slice(0, FULL - 1) + '：', '1.加强组织领导。', full('增长', '乙') + '1.5倍。']);
  });

  it('continues after a line one character short unless it ended a sentence', () => {
    const short = '甲'.repeat(FULL - 1);
    expect(texts(lines({ text: short }, { text: '，续行' }))).toEqual([short + '，续行']);
    expect(texts(lines({ text: short.slice(1) + '。' }, { text: '新段落' }))).toEqual([short.slice(1) + '。', '新段落']);
  });

  it('continues a line that starts with closing punctuation or follows an opening bracket, however short the line above', () => {
    const short = '甲'.repeat(FULL - 3);
    expect(texts(lines({ text: short }, { text: '”），续行' }))).toEqual([short + '”），续行']);
    expect(texts(lines({ text: short + '（' }, { text: '续行）。' }))).toEqual([short + '（续行）。']);
  });

  it('starts a paragraph after a short line, on a wide gap and on a size change', () => {
    expect(texts(lines({ text: '短行' }, { text: '下一段' }))).toEqual(['短行', '下一段']);
    expect(texts(lines({ text: full('') }, { text: '空一行之后', gap: 14 }))).toEqual([full(''), '空一行之后']);
    expect(texts(lines({ text: full(''), size: 16 }, { text: '小字', size: 12 }))).toEqual([full(''), '小字']);
  });

  it('joins the lines of a large heading, centred or not, and centres the block', () => {
    const first = { text: '某省人力资源和社会保障厅关于印发', size: 22, right: 72 + 16 * 22 + 10 };
    first.right = LAYOUT.right - 2;
    const ls = lines({ ...first }, { text: '办法的通知', size: 22, indent: 11, right: 72 + 11 * 16 + 5 * 22 });
    const blocks = buildBlocks(ls);
    expect(blocks.map((b) => b.text)).toEqual(['某省人力资源和社会保障厅关于印发办法的通知']);
    expect(blocks[0].style).toMatchObject({ fontSize: 22, alignment: 'center' });
  });

  it('keeps centred body-size lines (chapter headings) and right-aligned lines (signature, date) apart', () => {
    const blocks = buildBlocks(
      lines(
        { text: '第一章 总则', indent: 11, right: 520 - 11 * 16 },
        { text: '某省人力资源和社会保障厅', indent: 12, right: 520 - 4 * 16 },
        { text: '2024年12月20日', indent: 16, right: 520 - 4 * 16 },
      ),
    );
    expect(blocks.map((b) => [b.text, b.style.alignment])).toEqual([
      ['第一章 总则', 'center'],
      ['某省人力资源和社会保障厅', 'right'],
      ['2024年12月20日', 'right'],
    ]);
  });

  it('keeps the continuation lines of a paragraph indented as a whole', () => {
    const out = texts(
      lines({ text: '甲'.repeat(24), indent: 4 }, { text: '乙'.repeat(24), indent: 4 }, { text: '丙丙。', indent: 4 }, { text: '下一段', indent: 2 }),
    );
    expect(out).toEqual(['甲'.repeat(24) + '乙'.repeat(24) + '丙丙。', '下一段']);
  });

  it('takes a full one-line paragraph followed by a line at the usual indent as two paragraphs', () => {
    const out = texts(lines({ text: '甲'.repeat(FULL - 2), indent: 2 }, { text: '乙乙。', indent: 2 }));
    expect(out).toEqual(['甲'.repeat(FULL - 2), '乙乙。']);
  });

  it('joins a paragraph across a page break and records the segments', () => {
    const a = full('第一条 ', '甲');
    const blocks = buildBlocks(lines({ text: a }, { text: full('', '乙') }, { text: '丙𠮷。', page: 2 }, { text: '第二条 下一条。', page: 2 }));
    expect(blocks.map((b) => b.text)).toEqual([a + full('', '乙') + '丙𠮷。', '第二条 下一条。']);
    expect(blocks[0].source).toEqual({
      paragraph: 0,
      page: 1,
      line: 1,
      segments: [
        { offset: 0, page: 1, line: 1 },
        { offset: a.length, page: 1, line: 2 },
        { offset: a.length + FULL, page: 2, line: 1 },
      ],
    });
    expect(blocks[1].source).toEqual({ paragraph: 1, page: 2, line: 2 });
  });

  it('does not join across a page without text', () => {
    expect(texts(lines({ text: full('') }, { text: '续', page: 3 }))).toEqual([full(''), '续']);
  });

  it('puts a space between Latin words split over two lines, nothing between CJK and Latin', () => {
    const en = 'Regulations on the administration of vocational'.padEnd(56, 'x');
    const ls = lines({ text: en, right: 520 }, { text: 'skills training.' }, { text: full('甲'), gap: 20 }, { text: 'ABC。' });
    expect(texts(ls)).toEqual([en + ' skills training.', full('甲') + 'ABC。']);
  });

  it('starts a paragraph at a date on a line of its own', () => {
    expect(texts(lines({ text: full('') }, { text: '二〇二四年十二月二十日' }))).toEqual([full(''), '二〇二四年十二月二十日']);
  });

  it('never joins table rows', () => {
    const ls = lines({ text: full('') }, { text: '项目 标准' });
    ls[1].line.tabular = true;
    expect(texts(ls)).toEqual([full(''), '项目 标准']);
  });

  it('records the first-line indent in characters', () => {
    const blocks = buildBlocks(lines({ text: '缩进两字。', indent: 2 }, { text: '顶格。' }));
    expect(blocks.map((b) => b.style.indent)).toEqual([2, 0]);
  });
});
