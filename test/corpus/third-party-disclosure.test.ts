import { describe, expect, it } from 'vitest';
import { thirdPartyDisclosures } from '../../src/corpus/third-party-disclosure.js';

describe('a third party’s answer made to decide disclosure', () => {
  it('reads silence as consent, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷第三方逾期未提出意见的，视为同意公开，行政机关应当予以公开。';
    const [f] = thirdPartyDisclosures(text);
    expect(f).toMatchObject({ phrase: '逾期未提出意见的，视为同意公开', article: 32 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads an objection made a veto, not the law’s own conditions', () => {
    expect(thirdPartyDisclosures('第三方不同意公开的，应当说明理由；行政机关收到第三方不同意公开的意见后，一律不予公开。')).toMatchObject([
      { phrase: '不同意公开的意见后，一律不予公开' },
    ]);
    expect(thirdPartyDisclosures('第三方不同意公开且有合理理由的，行政机关不予公开。')).toEqual([]);
    expect(thirdPartyDisclosures('第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开。')).toEqual([]);
    expect(thirdPartyDisclosures('用人单位逾期未提出异议的，视为同意调解建议。')).toEqual([]);
  });

  it('leaves another office’s silence, which the law reads as consent, beside a third party’s in the same article', () => {
    const text =
      '会损害第三方合法权益的，应当书面征求第三方意见。政府信息由两个以上行政机关共同制作的，可以征求相关行政机关的意见，被征求意见机关逾期未提出意见的视为同意公开。';
    expect(thirdPartyDisclosures(text)).toEqual([]);
    expect(thirdPartyDisclosures(`${text}第三方逾期未提出意见的视为同意公开。`)).toMatchObject([{ phrase: '逾期未提出意见的视为同意公开' }]);
  });
});
