import { describe, expect, it } from 'vitest';
import { insuranceWaivers } from '../../src/corpus/insurance-waivers.js';

describe('the employer let off the insurance it owes because the worker gave it up', () => {
  it('points at the employer let off, in UTF-16 offsets after astral characters, under the rule for workers past retirement age', () => {
    const text = '𠮷用人单位应当为超龄劳动者单项参加工伤保险。超龄劳动者书面承诺放弃工伤保障的，用人单位可以不为其办理。';
    const [f] = insuranceWaivers(text);
    expect(f).toMatchObject({ phrase: '用人单位可以不为其办理', article: 6 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads the waiver of an ordinary worker against the employer’s duty to pay', () => {
    const [f] = insuranceWaivers('职工自愿放弃参加社会保险并签订承诺书的，单位不再为其缴纳社会保险费。');
    expect(f).toMatchObject({ title: '中华人民共和国社会保险法', article: 60 });
  });

  it('is silent where the waiver is void or the duty kept, and where nothing is waived', () => {
    expect(insuranceWaivers('劳动者书面承诺放弃缴纳社会保险的，该承诺无效，用人单位仍应当为其缴纳。')).toEqual([]);
    expect(insuranceWaivers('职工不得以放弃社会保险为条件要求用人单位支付补偿。')).toEqual([]);
    expect(insuranceWaivers('职工离职的，用人单位不再为其缴纳社会保险费。')).toEqual([]);
  });
});
