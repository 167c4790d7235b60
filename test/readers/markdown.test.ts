import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/document/limits.js';
import { readMarkdown } from '../../src/document/readers/markdown.js';

const read = (s: string) => readMarkdown(new TextEncoder().encode(s), { limits: DEFAULT_LIMITS });

describe('readMarkdown', () => {
  it('yields headings, paragraphs and items with source lines', async () => {
    const doc = await read('# 标题\n\n## 第一章 总则\n\n第一条 为了规范\n见习工作，制定本办法。\n\n（一）第一项；\n');
    expect(doc.blocks.map((b) => b.text)).toEqual(['标题', '第一章 总则', '第一条 为了规范见习工作，制定本办法。', '（一）第一项；']);
    expect(doc.blocks.map((b) => b.style.headingLevel)).toEqual([1, 2, undefined, undefined]);
    expect(doc.blocks.map((b) => b.source.line)).toEqual([1, 3, 5, 8]);
    // The soft break joined CJK without a space; the segment says where line 6 starts.
    expect(doc.blocks[2].source.segments).toEqual([
      { offset: 0, line: 5 },
      { offset: 8, line: 6 },
    ]);
  });

  it('renders ordered-list numbers into labels, as Word automatic numbering', async () => {
    const doc = await read('3. 第三点\n4. 第四点\n');
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([
      ['3.', '第三点'],
      ['4.', '第四点'],
    ]);
  });

  it('skips HTML comments (fixture expectations) and keeps table cells', async () => {
    const doc = await read('正文𠮷。\n\n<!-- expect: x/y@第一条 -->\n\n| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n');
    expect(doc.blocks.map((b) => b.text)).toEqual(['正文𠮷。', '甲', '乙', '1', '2']);
    expect(doc.blocks.slice(1).every((b) => b.container === 'table')).toBe(true);
  });

  it('joins Latin words across a soft break with a space', async () => {
    const doc = await read('Human\nResources\n');
    expect(doc.blocks[0].text).toBe('Human Resources');
  });
});
