import { describe, expect, it } from 'vitest';
import { personalContributions } from '../../src/corpus/personal-contribution.js';

describe('a contribution the law takes off the person, put back on the person', () => {
  it('points at the payer’s clause, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷失业人员在领取失业保险金期间参加职工基本医疗保险，个人缴费部分由失业人员本人按月缴纳。';
    const [d] = personalContributions(text);
    expect(d).toMatchObject({ title: '中华人民共和国社会保险法', article: 48, clause: 2 });
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
    expect(d.phrase).toBe('个人缴费部分由失业人员本人按月缴纳');
  });

  it('answers the law that says who pays: work injury, the unemployed’s medical insurance, a waiting veteran’s pension', () => {
    expect(personalContributions('项目工伤保险费由总承包单位和务工人员按照七比三的比例分担。')[0]).toMatchObject({ article: 33 });
    expect(personalContributions('用人单位可以从职工工资中代扣工伤保险费的百分之二十。')[0]).toMatchObject({ article: 33 });
    expect(personalContributions('领取失业保险金期间应当缴纳的职工医疗保险费，由经办机构从其失业保险金中代扣。')[0]).toMatchObject({ article: 48 });
    // The case named before a semicolon holds for the part after it.
    const veteran = '待安排工作期间，退役士兵参加职工基本养老保险，单位缴费部分由财政资金安排；个人缴费部分由本人按月缴纳。';
    expect(personalContributions(veteran)[0]).toMatchObject({ title: '退役军人安置条例', article: 82 });
    expect(personalContributions('生育保险费由用人单位和职工按比例分担。')[0]).toMatchObject({ article: 53 });
  });

  it('reads the insurance named last before the payer, and no payroll the employer’s contribution is counted by', () => {
    expect(personalContributions('基本养老保险费由用人单位和职工共同缴纳，生育保险费由用人单位缴纳。')).toEqual([]);
    expect(personalContributions('生育保险费由用人单位按照本单位职工工资总额和规定的费率按月缴纳。')).toEqual([]);
    const unemployed = '应缴纳的基本医疗保险费中，单位缴费部分从失业保险基金中支付，个人缴费部分由失业人员本人按月缴纳。';
    expect(personalContributions(`失业人员在领取失业保险金期间参加职工基本医疗保险。${unemployed}`)[0]).toMatchObject({ article: 48 });
  });

  it('reads the person qualified after the other payer, not one paid for', () => {
    const [r] = personalContributions('超龄从业人员的工伤保险费，由用人单位和超龄从业人员各承担50%。');
    expect(r).toMatchObject({ article: 33, phrase: '由用人单位和超龄从业人员各承担' });
    expect(personalContributions('工伤保险费由用人单位和劳务派遣单位为被派遣劳动者缴纳。')).toEqual([]);
  });

  it('is silent where the person pays none, after the law’s case, and on contributions the person does pay', () => {
    expect(personalContributions('工伤保险费由用人单位缴纳，职工个人不缴纳工伤保险费。')).toEqual([]);
    expect(personalContributions('用人单位不得从劳动者工资中扣除工伤保险费。')).toEqual([]);
    expect(personalContributions('失业保险金领取期满后参加职工基本医疗保险的，基本医疗保险费由本人缴纳。')).toEqual([]);
    expect(personalContributions('退役士兵安排工作后，基本养老保险费由接收单位和本人按照规定缴纳。')).toEqual([]);
    expect(personalContributions('待安排工作期间参加职工基本医疗保险的，个人缴费部分由个人缴纳。')).toEqual([]);
    expect(personalContributions('职工应当缴纳的基本养老保险费由用人单位从其工资中代扣代缴。')).toEqual([]);
  });

  it('reads a share put on workers named by their trade, and quotes from after the article label', () => {
    const text = '第五条　工伤保险费由家政服务机构和家政服务人员各负担50%，家政服务人员负担部分由家政服务机构按月代扣。';
    const [r] = personalContributions(text);
    expect(r).toMatchObject({ article: 33, phrase: '工伤保险费由家政服务机构和家政服务人员各负担' });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
    expect(personalContributions('工伤保险费由家政服务机构缴纳，家政服务人员不缴纳工伤保险费。')).toEqual([]);
  });
});

describe('a worker paying arrears of the injury contribution at a rate of its own', () => {
  it('reads it, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷补缴工伤保险费的，单位按照核定的基数补缴；职工个人按照本人补缴基数的百分之零点二同步补缴工伤保险费。';
    const [f] = personalContributions(text);
    expect(f).toMatchObject({ article: 33 });
    expect(text.slice(f.start, f.end)).toBe('职工个人按照本人补缴基数的百分之零点二同步补缴');
  });
});
