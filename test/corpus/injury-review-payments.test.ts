import { describe, expect, it } from 'vitest';
import { injuryFundPayments } from '../../src/corpus/injury-review-payments.js';

const found = (t: string) => injuryFundPayments(t).map((f) => [f.article, f.phrase]);

describe('work-injury payments the regulation keeps', () => {
  it('finds medical costs suspended during review or suit, with offsets after astral characters', () => {
    const text = '𠮷用人单位申请行政复议或者提起行政诉讼的，在行政复议和行政诉讼期间，经办机构暂停支付工伤职工治疗工伤的医疗费用。';
    const [f] = injuryFundPayments(text);
    expect(f).toMatchObject({ article: 31, clause: 1, phrase: '暂停支付工伤职工治疗工伤的医疗费' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(found('工伤认定决定被申请复议的，复议期间暂缓报销工伤医疗费用。')).toEqual([[31, '暂缓报销工伤医疗费']]);
  });

  it('finds the wage floor taken away', () => {
    expect(found('工伤职工本人工资低于统筹地区职工平均工资60%的，按照其本人实际平均月缴费工资计算。')).toEqual([[64, '按照其本人实际平均月缴费工资计算']]);
    expect(found('工伤职工本人工资低于统筹地区职工平均工资的，不再作保底调整。')).toEqual([[64, '不再作保底调整']]);
  });

  it('stays silent where the payment or the floor is kept, or no injury is the case', () => {
    expect(found('行政复议和行政诉讼期间不停止支付工伤职工治疗工伤的医疗费用。')).toEqual([]);
    expect(found('本人工资低于统筹地区职工平均工资60%的，按照统筹地区职工平均工资的60%计算。')).toEqual([]);
    expect(found('行政诉讼期间暂停支付案件代理费用。')).toEqual([]);
  });
});
