import { describe, expect, it } from 'vitest';
import { blockSpan, findInBlock, spanInBlock } from '../../src/rule-support/span.js';
import { mdDoc } from '../helpers/docs.js';

describe('spans inside a paragraph', () => {
  it('point at the same characters in the document text, after astral characters too', async () => {
    const doc = await mdDoc('# 𠮷𠮷办法\n\n第一条 为了𠮷规范见习，制定本办法。\n\n第二条 见习单位应当按月发放补贴。\n');
    const block = doc.source.blocks.findIndex((b) => b.text.includes('按月发放'));
    expect(block).toBeGreaterThan(0);
    const text = doc.source.blocks[block].text;
    const s = spanInBlock(doc, block, text.indexOf('按月'), text.indexOf('按月') + 2);
    expect(doc.text.slice(s.start, s.end)).toBe('按月');
    expect(doc.text.slice(blockSpan(doc, block).start, blockSpan(doc, block).end)).toBe(text);
    const found = findInBlock(doc, block - 1, '𠮷规范');
    expect(found && doc.text.slice(found.start, found.end)).toBe('𠮷规范');
    expect(findInBlock(doc, block, '𠮷')).toBeUndefined();
    // `from` skips an earlier occurrence.
    const title = doc.source.blocks.findIndex((b) => b.text.startsWith('𠮷𠮷'));
    expect(findInBlock(doc, title, '𠮷', 1)).toEqual(spanInBlock(doc, title, 2, 4));
  });
});
