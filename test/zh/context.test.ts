import { describe, expect, it } from 'vitest';
import { caseUnits, fullSentenceAround, fullSentences, sentenceAround, sentenceParts } from '../../src/zh/context.js';

describe('full sentences: to 。！？, semicolons inside', () => {
  const text = '𠮷来电人可以咨询。行政机关应当答复；需要延长的，最长不得超过20个工作日。末句没有句号';

  it('splits a paragraph into its full sentences, in UTF-16 offsets, the last one without a mark too', () => {
    const parts = fullSentences(text).map((r) => text.slice(r.start, r.end));
    expect(parts).toEqual(['𠮷来电人可以咨询。', '行政机关应当答复；需要延长的，最长不得超过20个工作日。', '末句没有句号']);
    expect(fullSentences('')).toEqual([]);
  });

  it('gives the parts between semicolons, each with its full sentence', () => {
    const parts = sentenceParts(text).map((p) => [text.slice(p.start, p.end), text.slice(p.sentence.start, p.sentence.end)]);
    expect(parts).toEqual([
      ['𠮷来电人可以咨询。', '𠮷来电人可以咨询。'],
      ['行政机关应当答复；', '行政机关应当答复；需要延长的，最长不得超过20个工作日。'],
      ['需要延长的，最长不得超过20个工作日。', '行政机关应当答复；需要延长的，最长不得超过20个工作日。'],
      ['末句没有句号', '末句没有句号'],
    ]);
  });

  it('keeps the semicolon inside, where a sentence (sentenceAround) ends at it', () => {
    const at = text.indexOf('最长');
    const full = fullSentenceAround(text, at);
    const own = sentenceAround(text, at);
    expect(text.slice(full.start, full.end)).toBe('行政机关应当答复；需要延长的，最长不得超过20个工作日。');
    expect(text.slice(own.start, own.end)).toBe('需要延长的，最长不得超过20个工作日。');
  });

  it('gives a case with its consequence (caseUnits), from the start of its part to the clause after 的', () => {
    const text = '𠮷劳动模范累计缴费满二十年的，方可按月领取基本养老金，并按规定提高退休费比例。其他人员按规定执行；另有约定的，从其约定。';
    const units = caseUnits(text).map((u) => text.slice(u.start, u.end));
    expect(units).toEqual(['𠮷劳动模范累计缴费满二十年的，方可按月领取基本养老金', '另有约定的，从其约定']);
    expect(caseUnits('没有情形的句子。')).toEqual([]);
  });
});
