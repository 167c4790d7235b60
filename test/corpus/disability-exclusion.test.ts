import { describe, expect, it } from 'vitest';
import { disabilityExclusions } from '../../src/corpus/disability-exclusion.js';

describe('a disabled person shut out for the disability', () => {
  it('reads a promotion and a title withheld, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷有残疾的公务员，不列为职级晋升民主测评对象，当年不参加职级晋升。';
    const [f] = disabilityExclusions(text);
    expect(f).toMatchObject({ phrase: '不列为职级晋升民主测评对象', article: 38, clause: 2 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(disabilityExclusions('申报人因肢体残疾不能从事现场操作的，不得申报职称评审。')).toMatchObject([{ phrase: '不得申报职称评审', article: 38 }]);
  });

  it('reads a school refusing disabled candidates under the admission article', () => {
    expect(disabilityExclusions('技工院校可以根据专业教学需要，对肢体、视力、听力残疾的考生不予录取。')).toMatchObject([
      { phrase: '不予录取', article: 25, word: '不得因其残疾而拒绝招收' },
    ]);
  });

  it('is silent on the rule kept, the state’s admission requirements, favour, and other exclusions', () => {
    expect(disabilityExclusions('用人单位在职称评定、晋级等方面不得歧视残疾职工。')).toEqual([]);
    expect(disabilityExclusions('残疾考生符合国家规定的录取要求的，学校应当录取，不予录取的应当说明理由。')).toEqual([]);
    expect(disabilityExclusions('同等条件下优先录用残疾人，不得以残疾为由不予录用。')).toEqual([]);
    expect(disabilityExclusions('未按比例安排残疾人就业的用人单位，不得参评就业工作先进单位。')).toEqual([]);
    expect(disabilityExclusions('本办法所称健康歧视，是指用人单位在招聘活动中，以求职者残疾或者处于孕期等为由，拒绝录用或者提高录用标准的行为。')).toEqual([]);
  });
});
