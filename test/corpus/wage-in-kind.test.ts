import { describe, expect, it } from 'vitest';
import { wagesInKind } from '../../src/corpus/wage-in-kind.js';

describe('wages paid in kind', () => {
  it('points at the goods that replace the pay, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷经劳动者书面同意，用人单位也可以以购物卡、消费券等形式发放高温津贴。';
    const [r] = wagesInKind(text);
    expect(r).toMatchObject({ phrase: '以购物卡、消费券等形式发放', article: 50 });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads other goods and words', () => {
    expect(wagesInKind('企业经营困难的，经职工代表大会同意，可以用本企业产品抵顶部分工资。')[0].phrase).toBe('用本企业产品抵顶');
    expect(wagesInKind('夜班津贴可以按月折合为代金券发放。')).toHaveLength(1);
    expect(wagesInKind('加班工资经双方协商，可以提货券替代。')).toHaveLength(1);
  });

  it('is silent on the rule kept, a breach named, a point to inspect, money cards and a listed case', () => {
    expect(wagesInKind('用人单位不得以防暑降温饮料充抵高温津贴。')).toEqual([]);
    expect(wagesInKind('用人单位以实物、有价证券等形式代替货币支付农民工工资的，由人力资源社会保障行政部门处理。')).toEqual([]);
    expect(wagesInKind('对以防暑降温饮料等实物充抵高温津贴的用人单位，责令改正。')).toEqual([]);
    expect(wagesInKind('（三）是否以防暑降温饮料或者其他实物充抵高温津贴；')).toEqual([]);
    expect(wagesInKind('工资以银行卡形式按月发放至劳动者本人。')).toEqual([]);
    expect(wagesInKind('（一）以实物、有价证券等形式代替货币支付农民工工资；', '用人单位有下列情形之一的，由人力资源社会保障行政部门责令限期改正：')).toEqual(
      [],
    );
  });
});
