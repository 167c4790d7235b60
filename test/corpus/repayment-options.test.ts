import { describe, expect, it } from 'vitest';
import { removedRepaymentOptions } from '../../src/corpus/repayment-options.js';

describe('the ways to repay an overpaid benefit, taken away', () => {
  it('points from the first ban to the last, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷多发的基本养老金由多领人员一次性全额退回，不得签订还款协议分期退回，也不得从其后续领取的基本养老金中抵扣。';
    const [r] = removedRepaymentOptions(text);
    expect(r).toMatchObject({ article: 46, phrase: '不得签订还款协议分期退回，也不得从其后续领取的基本养老金中抵扣' });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads either ban alone, with the overpayment named in a sentence before', () => {
    expect(removedRepaymentOptions('违规领取的基本养老金，由经办机构责令退回。当事人应当一次性全额退回，不得申请分期退回。')).toHaveLength(1);
    expect(removedRepaymentOptions('重复领取的待遇，不予从其后续待遇中抵扣。')).toHaveLength(1);
  });

  it('is silent where the options are kept, and on benefits obtained by fraud', () => {
    expect(removedRepaymentOptions('多领的待遇难以一次性退回的，可以签订还款协议分期退回，也可以从其后续待遇中抵扣。')).toEqual([]);
    expect(removedRepaymentOptions('以伪造证明材料骗取的待遇，应当一次性退回，不得分期退回。')).toEqual([]);
    expect(removedRepaymentOptions('培训补贴资金不得分期拨付。')).toEqual([]);
  });

  it('is silent on a set-off against contributions owed, which is no repayment out of later benefits', () => {
    expect(removedRepaymentOptions('多享受的待遇与本人应当补缴的社会保险费不得相互冲抵。')).toEqual([]);
    expect(removedRepaymentOptions('多领的待遇不得从其后续领取的养老金中抵扣，也不得与应补缴的社会保险费冲抵。')).toHaveLength(1);
  });
});
