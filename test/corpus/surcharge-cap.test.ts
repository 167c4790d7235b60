import { describe, expect, it } from 'vitest';
import { surchargeCaps } from '../../src/corpus/surcharge-cap.js';

describe('the surcharge on an unpaid fine capped above the fine', () => {
  it('points at the cap, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额累计不超过罚款数额的二倍。';
    const [c] = surchargeCaps(text);
    expect(c.phrase).toBe('加处罚款的数额累计不超过罚款数额的二倍');
    expect(text.slice(c.start, c.end)).toBe(c.phrase);
    expect(surchargeCaps('加处的罚款累计不得超过罚款本金的3倍。')).toHaveLength(1);
  });

  it('is silent on the law’s cap and on a cap of once the fine', () => {
    expect(surchargeCaps('加处罚款的数额不得超出罚款的数额。')).toEqual([]);
    expect(surchargeCaps('加处罚款的总额以罚款数额的一倍为限。')).toEqual([]);
    expect(surchargeCaps('逾期缴纳社会保险费的，按日加收万分之五的滞纳金。')).toEqual([]);
  });
});

describe('the surcharge on an unpaid fine run until payment with no cap', () => {
  it('points at the open-ended surcharge, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷当事人到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，直至当事人缴清罚款为止。';
    const [c] = surchargeCaps(text);
    expect(c.phrase).toBe('加处罚款，直至当事人缴清罚款为止');
    expect(text.slice(c.start, c.end)).toBe(c.phrase);
    expect(surchargeCaps('逾期不缴纳罚款的，每日按罚款数额的3%加处罚款至全部缴纳之日止。')).toHaveLength(1);
  });

  it('reads the cap anywhere in the document, and leaves other surcharges alone', () => {
    const open = '加处罚款自罚款缴纳期限届满的次日起计算，至当事人缴清罚款之日止。';
    expect(surchargeCaps(open)).toHaveLength(1);
    expect(surchargeCaps(open, true)).toEqual([]);
    expect(surchargeCaps('每日按罚款数额的百分之三加处罚款，直至缴清为止，但加处罚款的数额不得超出罚款的数额。')).toEqual([]);
    expect(surchargeCaps('自欠缴之日起，按日加收万分之五的滞纳金，直至缴清为止。')).toEqual([]);
  });
});

describe('the surcharge on an unpaid fine at another daily rate than the law’s three per cent', () => {
  it('points at the rate, in UTF-16 offsets after astral characters, in several wordings', () => {
    const text = '𠮷到期不缴纳罚款的，自缴纳期限届满的次日起，每日按罚款数额的百分之五加处罚款。';
    const [c] = surchargeCaps(text);
    expect(c).toMatchObject({ phrase: '每日按罚款数额的百分之五加处罚款', kind: 'rate' });
    expect(text.slice(c.start, c.end)).toBe(c.phrase);
    expect(surchargeCaps('逾期不缴纳的，按日加处罚款数额的1%，加处罚款的数额不得超出罚款的数额。')).toMatchObject([{ kind: 'rate' }]);
    expect(surchargeCaps('当事人逾期缴纳罚款的，每日按照罚款金额的4％加处罚款。')).toMatchObject([{ kind: 'rate' }]);
  });

  it('is silent on the law’s rate and on a late fee on contributions', () => {
    expect(surchargeCaps('到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。')).toEqual([]);
    expect(surchargeCaps('每日按罚款数额的3%加处罚款。')).toEqual([]);
    expect(surchargeCaps('用人单位逾期不缴纳社会保险费的，按日加收万分之五的滞纳金。')).toEqual([]);
  });
});
