import { describe, expect, it } from 'vitest';
import { infrequentContributionStatements, infrequentWagePayments } from '../../src/corpus/wage-frequency.js';

describe('wages paid less often than monthly (劳动法 第五十条)', () => {
  it('points at the quarterly payment, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷实行月工资制的，经务工人员书面同意，用人单位可以按季度支付工资。';
    const [r] = infrequentWagePayments(text);
    expect(r).toMatchObject({ article: 50, phrase: '按季度支付工资' });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads the same in other words: the wage named first, the half year, the year end', () => {
    expect(infrequentWagePayments('企业职工的工资每半年结算一次。')[0]).toMatchObject({ phrase: '工资每半年结算' });
    expect(infrequentWagePayments('劳动报酬可以每半年一次性结清。')[0]).toMatchObject({ phrase: '劳动报酬可以每半年一次性结清' });
    expect(infrequentWagePayments('经协商一致，工资可以于年底一次性结清。')[0]).toMatchObject({ phrase: '工资可以于年底一次性结清' });
    expect(infrequentWagePayments('用人单位可以按年度发放劳动者薪酬。')[0]).toMatchObject({ phrase: '按年度发放劳动者薪酬' });
  });

  it('is silent on the ban, on monthly pay, and on pay the law lets the parties time or that is no monthly wage', () => {
    expect(infrequentWagePayments('用人单位不得按季度支付工资。')).toEqual([]);
    expect(infrequentWagePayments('工资应当按月支付。')).toEqual([]);
    expect(infrequentWagePayments('实行计件工资制的，工资按季度结算支付。')).toEqual([]);
    expect(infrequentWagePayments('绩效工资按季度发放。')).toEqual([]);
    expect(infrequentWagePayments('年终奖金于年底一次性发放，与工资分别核算。')).toEqual([]);
    expect(infrequentWagePayments('岗位补贴按季度发放给用人单位。')).toEqual([]);
  });
});

describe('the statement of contributions told less often than monthly (社会保险法 第六十条)', () => {
  it('reads a yearly statement, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷用人单位应当每年至少一次将外籍职工社会保险费缴纳明细书面告知本人。';
    const [f] = infrequentContributionStatements(text);
    expect(f).toMatchObject({ article: 60, clause: 1 });
    expect(text.slice(f.start, f.end)).toBe('每年至少一次将外籍职工社会保险费缴纳明细书面告知');
  });

  it('is silent on a monthly statement and on a ban', () => {
    expect(infrequentContributionStatements('用人单位应当每月将社会保险费缴纳明细告知本人，每年另行汇总告知一次。')).toEqual([]);
    expect(infrequentContributionStatements('用人单位不得每年一次将社会保险费缴纳明细告知本人。')).toEqual([]);
    expect(infrequentContributionStatements('企业应当每年将企业年金个人账户缴费明细告知职工本人。')).toEqual([]);
  });

  it('reads the year’s contributions told once, in a month of the year', () => {
    expect(infrequentContributionStatements('用人单位应当每年十二月将本单位职工全年个人缴费明细一次性告知职工本人。')).toMatchObject([
      { phrase: '每年十二月将本单位职工全年个人缴费明细一次性告知' },
    ]);
  });
});
