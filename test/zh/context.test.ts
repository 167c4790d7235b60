import { describe, expect, it } from 'vitest';
import { fullSentenceAround, fullSentences, sentenceAround } from '../../src/zh/context.js';

describe('full sentences: to 。！？, semicolons inside', () => {
  const text = '𠮷来电人可以咨询。行政机关应当答复；需要延长的，最长不得超过20个工作日。末句没有句号';

  it('splits a paragraph into its full sentences, in UTF-16 offsets, the last one without a mark too', () => {
    const parts = fullSentences(text).map((r) => text.slice(r.start, r.end));
    expect(parts).toEqual(['𠮷来电人可以咨询。', '行政机关应当答复；需要延长的，最长不得超过20个工作日。', '末句没有句号']);
    expect(fullSentences('')).toEqual([]);
  });

  it('keeps the semicolon inside, where a sentence (sentenceAround) ends at it', () => {
    const at = text.indexOf('最长');
    const full = fullSentenceAround(text, at);
    const own = sentenceAround(text, at);
    expect(text.slice(full.start, full.end)).toBe('行政机关应当答复；需要延长的，最长不得超过20个工作日。');
    expect(text.slice(own.start, own.end)).toBe('需要延长的，最长不得超过20个工作日。');
  });
});
