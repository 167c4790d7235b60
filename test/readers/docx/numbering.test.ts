import { describe, expect, it } from 'vitest';
import { blockWithText, lines, readFixture } from './helpers.js';

describe('numbering engine', () => {
  it('continues 第%1条 (chineseCountingThousand) across chapter headings, past 99', async () => {
    const doc = await readFixture('docxjs-articles.docx');
    const articles = doc.blocks.filter((b) => b.text.includes('项规定'));
    expect(articles).toHaveLength(112);
    // The fixture's text says which article it is ("第N项规定"); the label must agree.
    const { parseChineseNumber } = await import('../../../src/zh/numerals.js');
    for (const b of articles) {
      const n = Number(/^第(\d+)项规定/.exec(b.text)![1]);
      expect(parseChineseNumber(b.label!.slice(1, -1)), b.text).toBe(n);
    }
    expect(articles.map((b) => b.label).slice(0, 4)).toEqual(['第一条', '第二条', '第三条', '第四条']);
    expect(blockWithText(doc, '第105项').label).toBe('第一百零五条');
    expect(blockWithText(doc, '第110项').label).toBe('第一百一十条');
    expect(blockWithText(doc, '第112项').label).toBe('第一百一十二条');
    // Chapter headings between them carry no label and do not reset the count.
    expect(blockWithText(doc, '第二章').label).toBeUndefined();
    expect(blockWithText(doc, '第4项').label).toBe('第四条');
    // The label is not part of the text.
    expect(articles.every((b) => !b.text.startsWith('第一') && !b.text.startsWith('第二'))).toBe(true);
  });

  it('renders a four-level 一、/（一）/1./（1） outline with restarts, lvlRestart, isLgl, bullets and none', async () => {
    const doc = await readFixture('outline.docx');
    expect(lines(doc)).toEqual([
      '|各有关单位：',
      '一、|总体要求',
      '（一）|坚持以人民为中心。',
      '（二）|坚持依法依规。',
      '1.|加强组织领导。',
      '2.|压实工作责任。',
      '（1）|市级层面。',
      '（2）|县级层面。',
      '3.|强化督促检查。',
      '|（1）手写编号的一项。',
      '二、|主要任务',
      '（一）|扩大参保覆盖面。',
      // Level 3 restarts under the new level 1 even though level 2 was skipped.
      '1.|开展专项行动。',
      '三、|保障措施',
      '1.|落实经费保障。',
      '1.|甲项',
      '1.1|甲项之一',
      '2.|乙项',
      // lvlRestart=0: level 2 never restarts.
      '2.2|乙项之一（不重新编号）',
      '第一章|总则',
      // isLgl: the chapter number in digits, not 一.1.
      '1.1|适用范围',
      // A bullet shows no label; numFmt none still shows the literal text of lvlText.
      '|项目符号的段落',
      '附件|无编号格式的段落',
      '1.|丙',
      '1.1.|丙一',
      '(1)|丙一之一',
      '1.2.|丙二',
      // lvlRestart=1: level 3 goes on across level 2 …
      '(2)|丙二之一（接续）',
      '2.|丁',
      // … and restarts after level 1.
      '(1)|丁之一（重新开始）',
    ]);
  });

  it('counts per abstractNum and restarts on a startOverride the first time its numId is used', async () => {
    const doc = await readFixture('overrides.docx');
    expect(doc.blocks.map((b) => b.label ?? '')).toEqual([
      '第一条',
      '第二条',
      '第三条', // numId 2 shares the abstractNum: continues
      '第四条',
      '第一条', // numId 3 has startOverride 1
      '第二条',
      '第三条', // back to numId 1: the shared counter goes on
      '第一百零五条',
      '第一百零六条',
      '第一百零九条',
      '第一百一十条',
      '第一百一十一条',
      '', // a numId that does not exist: no number, as in Word
    ]);
  });

  it('follows numStyleLink and numbering inherited from styles through basedOn', async () => {
    const doc = await readFixture('style-numbering.docx');
    expect(lines(doc)).toEqual([
      '第一章|总则',
      '第一节|一般规定',
      // taiwaneseCountingThousand with a U+3000 inside lvlText (as LibreOffice writes it): trimmed from the label.
      '第一条|为了规范劳动合同管理，制定本办法。',
      '第二条|本办法适用于本省行政区域内的用人单位。',
      '第二节|特别规定',
      '第二章|劳动合同',
      '第一节|订立',
      '第三条|用人单位应当订立书面劳动合同。',
      // numId 0 on the paragraph removes the style's numbering.
      '|附件（去掉了编号的章标题样式）',
      '|内置二级标题',
      '|大纲级别为正文',
      '|直接设置大纲级别',
    ]);
  });

  it('renders every format with its own start value and lvlText, and picks a renderable custom format', async () => {
    const doc = await readFixture('formats.docx');
    const byFormat = new Map<string, string[]>();
    for (const b of doc.blocks) {
      const fmt = b.text.split(' ')[0];
      byFormat.set(fmt, [...(byFormat.get(fmt) ?? []), b.label ?? '']);
    }
    expect(Object.fromEntries(byFormat)).toEqual({
      ideographTraditional: ['甲、', '乙、', '丙、'],
      ideographZodiac: ['子', '丑', '寅'],
      decimalEnclosedCircleChinese: ['①', '②', '③'],
      decimalEnclosedParen: ['⒆', '⒇', '(21)'],
      decimalEnclosedFullstop: ['⒈', '⒉', '⒊'],
      chineseLegalSimplified: ['壹拾', '壹拾壹', '壹拾贰'],
      chineseCounting: ['九十九、', '一百、', '一百零一、'],
      japaneseCounting: ['一百一十', '一百一十一', '一百一十二'],
      taiwaneseCountingThousand: ['第一条', '第二条', '第三条'],
      ideographDigital: ['九', '一〇', '一一'],
      decimalFullWidth: ['９．', '１０．', '１１．'],
      decimalZero: ['09', '10', '11'],
      upperRoman: ['III.', 'IV.', 'V.'],
      lowerLetter: ['(z)', '(aa)', '(bb)'],
      ordinal: ['1st', '2nd', '3rd'],
      // mc:Choice with a zero-padded custom format.
      custom: ['001', '002'],
      // mc:Choice with a custom format we cannot render: the mc:Fallback (upperLetter) is used.
      fallback: ['A', 'B'],
    });
  });

  it('reads numbering.xml written with a default namespace and a document with another prefix', async () => {
    const doc = await readFixture('prefixes.docx');
    expect(lines(doc)).toEqual(['第一条|前缀不同的命名空间。', '|第二段\t制表符后']);
  });
});
