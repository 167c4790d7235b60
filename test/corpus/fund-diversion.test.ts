import { describe, expect, it } from 'vitest';
import { fundContextOf, fundDiversions } from '../../src/corpus/fund-diversion.js';

const none = fundContextOf('', '');

describe('an earmarked fund spent on what the law closes to it', () => {
  it('points at the use and its verb, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷各市州可以从当年失业保险基金中统筹不超过百分之二，用于支付经办机构工作人员的加班补助。';
    const [d] = fundDiversions(text, none);
    expect(d).toMatchObject({ article: 69, clause: 2, title: '中华人民共和国社会保险法' });
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
    expect(d.phrase).toBe('用于支付经办机构工作人员的加班补助');
  });

  it('joins a use named before its verb to the clause that spends the money, without the article’s label', () => {
    const text = '第六条　经办机构开展稽核所需的人员经费、运行经费，可以从工伤保险基金中列支，列支比例不超过百分之五。';
    const [d] = fundDiversions(text, none);
    expect(d.phrase).toBe('经办机构开展稽核所需的人员经费、运行经费，可以从工伤保险基金中列支');
  });

  it('reads other budgets and premises as such uses', () => {
    expect(fundDiversions('可以将部分基金结余调入一般公共预算，统筹用于民生领域支出。', fundContextOf('', '养老保险基金'))).toHaveLength(1);
    expect(fundDiversions('确有困难的，可以从养老保险基金中调剂资金弥补本级财政收支缺口。', none)).toHaveLength(1);
    expect(fundDiversions('可以安排失业保险基金结余用于改建经办服务大厅。', none)).toHaveLength(1);
  });

  it('knows the fund’s money by the document’s definitions', () => {
    const defined = '本办法所称专账资金，是指从失业保险基金结余中提取、专项用于职业技能培训的资金。';
    const context = fundContextOf('', defined);
    expect(context.aliases.get('专账资金')).toBe('social');
    expect(fundDiversions('专账资金可以用于培训管理信息系统的运行维护。', context)).toHaveLength(1);
    const program = fundContextOf('', '本办法所称稳岗返还，是指从失业保险基金中向参保单位返还部分失业保险费。');
    expect(fundDiversions('可以从稳岗返还资金中统筹部分资金用于经办机构的工作经费。', program)).toHaveLength(1);
    const abbreviated = fundContextOf('', '从失业保险基金结余中提取的职业技能提升资金（以下简称提升资金），实行专账管理。');
    expect(fundDiversions('提升资金可以用于办公设备购置。', abbreviated)).toHaveLength(1);
    // Without the definition the same words name no fund.
    expect(fundDiversions('专账资金可以用于培训管理信息系统的运行维护。', none)).toEqual([]);
  });

  it('knows the fund’s money by where the document says it is paid from, and a local budget made good as a use', () => {
    const paid = fundContextOf('', '稳岗资金从失业保险基金中列支，只能用于国务院规定的支出项目。');
    expect(paid.aliases.get('稳岗资金')).toBe('social');
    const text = '𠮷各地当年未拨付完毕的稳岗资金，经同级人民政府同意，可以调剂用于弥补当地财政其他民生支出。';
    const [d] = fundDiversions(text, paid);
    expect(d).toMatchObject({ article: 69 });
    expect(text.slice(d.start, d.end)).toContain('弥补当地财政其他民生支出');
    // Money the budget pays (就业补助资金) made good from the budget is no fund spent.
    expect(fundDiversions('各地当年未拨付完毕的稳岗资金，经同级人民政府同意，可以调剂用于弥补当地财政其他民生支出。', none)).toEqual([]);
  });

  it('knows the fund’s money by the title, and answers 残疾人就业条例 第十六条 for the disabled persons’ fund', () => {
    const context = fundContextOf('关于印发《湖南省残疾人就业保障金支持就业服务项目管理办法》的通知', '');
    const [d] = fundDiversions('项目资金可以统筹用于市县人力资源社会保障部门的工作经费和办公设备购置。', context);
    expect(d).toMatchObject({ article: 16, title: '残疾人就业条例' });
    expect(fundDiversions('项目资金可以统筹用于市县人力资源社会保障部门的工作经费。', none)).toEqual([]);
  });

  it('is silent on a ban, a violation, another source, a lawful use and the investment’s own fee', () => {
    expect(fundDiversions('经办机构的人员经费由同级财政保障，不得从社会保险基金中列支。', none)).toEqual([]);
    expect(fundDiversions('对挤占挪用社会保险基金用于人员经费的，责令限期追回。', none)).toEqual([]);
    expect(fundDiversions('失业保险基金用于支付职业培训补贴，经办机构的工作经费纳入部门预算。', none)).toEqual([]);
    expect(fundDiversions('零工市场的运行经费可以从就业补助资金中列支。', none)).toEqual([]);
    expect(fundDiversions('工伤保险基金用于支付工伤职工的医疗费用和伤残津贴。', none)).toEqual([]);
    expect(fundDiversions('养老保险基金委托投资的管理费用，按照合同约定从投资收益中支付。', none)).toEqual([]);
  });
});

describe('social insurance funds kept in one account', () => {
  it('reports two funds merged, and answers 第六十四条第一款', () => {
    const text = '工伤保险基金和失业保险基金规模较小的统筹地区，可以将两项基金合并建账、合并核算。';
    const [d] = fundDiversions(text, none);
    expect(d).toMatchObject({ article: 64, clause: 1 });
    expect(d.phrase).toBe('可以将两项基金合并建账、合并核算');
  });

  it('is silent on the medical and maternity funds the law itself merges, and on a ban', () => {
    expect(fundDiversions('基本医疗保险基金与生育保险基金合并建账及核算。', none)).toEqual([]);
    expect(fundDiversions('工伤保险基金和失业保险基金不得合并建账。', none)).toEqual([]);
  });

  it('reads recovered benefits as the fund’s money when they are spent, not when they are the base of a charge', () => {
    const context = fundContextOf('', '追回的款项应当及时缴入社会保险基金。');
    const [d] = fundDiversions('经办机构可以从追回款项中提取追回工作经费，用于调查核实、异地协查。', context);
    expect(d).toMatchObject({ article: 69 });
    expect(fundDiversions('经办机构按照追回金额的3%向第三人收取追偿服务费，用于弥补追偿工作经费。', context)).toEqual([]);
    expect(fundDiversions('不得从追回款项中提取工作经费。', context)).toEqual([]);
  });
});

describe('late fees on contributions, the fund’s money', () => {
  it('reports late fees spent on rewards where the sentence or the title is about contributions', () => {
    const text = '社会保险费清欠工作中加收的滞纳金，可以按照不超过百分之二十的比例提取，用于奖励清欠工作成绩突出的单位和个人。';
    expect(fundDiversions(text, fundContextOf('湖南省某某管理办法', text))).toMatchObject([{ article: 69 }]);
    const bare = '清欠工作中加收的滞纳金，可以提取一定比例用于奖励清欠工作成绩突出的单位和个人。';
    expect(fundDiversions(bare, fundContextOf('湖南省社会保险费清欠工作考核办法', bare))).toMatchObject([{ article: 69 }]);
  });

  it('is silent on late fees of another charge and on rewards paid from the budget', () => {
    const other = '清欠工作中加收的滞纳金，可以提取一定比例用于奖励清欠工作成绩突出的单位和个人。';
    expect(fundDiversions(other, fundContextOf('湖南省某某管理办法', other))).toEqual([]);
    const budget = '社会保险费清欠工作奖励所需经费纳入部门预算，用于奖励清欠工作成绩突出的单位和个人。';
    expect(fundDiversions(budget, fundContextOf('湖南省某某管理办法', budget))).toEqual([]);
  });
});
