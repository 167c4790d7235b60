import { describe, expect, it } from 'vitest';
import { arbitrationFees } from '../../src/corpus/arbitration-fee.js';

describe('a fee for labour dispute arbitration (劳动争议调解仲裁法 第五十三条)', () => {
  it('points at the fee, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷劳动人事争议仲裁委员会受理案件后，申请人应当按照仲裁请求金额的百分之一预交仲裁费用。';
    const [r] = arbitrationFees(text);
    expect(r).toMatchObject({ article: 53, phrase: '预交仲裁费用' });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads the labour disputes from the document’s title when the paragraph does not name them', () => {
    const text = '外籍当事人申请仲裁的，应当按照仲裁请求金额的百分之一预交仲裁费用。';
    expect(arbitrationFees(text)).toEqual([]);
    expect(arbitrationFees(text, undefined, '湖南省涉外和涉港澳台劳动人事争议处理工作规程')).toHaveLength(1);
  });

  it('reads the same in other words', () => {
    expect(arbitrationFees('仲裁委员会可以向申请人收取案件受理费每件100元。')).toHaveLength(1);
    expect(arbitrationFees('劳动争议案件的仲裁费用由败诉方承担。')).toHaveLength(1);
  });

  it('is silent on the rule kept, on costs the law leaves to the parties, and on commercial arbitration', () => {
    expect(arbitrationFees('劳动争议仲裁不收费，仲裁委员会不得向当事人收取仲裁费用。')).toEqual([]);
    expect(arbitrationFees('劳动争议当事人申请鉴定的，鉴定费用由申请人预交。')).toEqual([]);
    expect(arbitrationFees('商事仲裁的仲裁费用按照仲裁机构章程收取。')).toEqual([]);
    expect(arbitrationFees('用人单位向劳动者收取仲裁费用的，由劳动保障行政部门责令退还。')).toEqual([]);
  });
});
