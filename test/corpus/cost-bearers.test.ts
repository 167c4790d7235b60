import { describe, expect, it } from 'vitest';
import { costsInDraft, costsInLaw, shiftsCost } from '../../src/corpus/cost-bearers.js';

const TRAVEL =
  '职工住院治疗工伤的伙食补助费，以及经医疗机构出具证明，报经办机构同意，工伤职工到统筹地区以外就医所需的交通、食宿费用从工伤保险基金支付，基金支付的具体标准由统筹地区人民政府规定。';
const HEARING = '当事人不承担行政机关组织听证的费用。';
const REVIEW = '行政复议期间涉及专门事项需要鉴定的，当事人可以自行委托鉴定机构进行鉴定。鉴定费用由当事人承担。';

function shifted(paragraph: string, provision: string): boolean {
  return costsInDraft(paragraph).some((d) => costsInLaw(provision).some((l) => shiftsCost(d, l, paragraph, provision)));
}

describe('who bears a cost', () => {
  it('reads the payer and the content words of the cost, in the law and in a draft', () => {
    const [travel] = costsInLaw(TRAVEL).filter((c) => c.words.includes('交通'));
    expect(travel.payer).toBe('fund');
    expect(travel.words).toEqual(['到统筹地区以外就医', '交通', '食宿']);
    const [hearing] = costsInLaw(HEARING);
    expect(hearing).toMatchObject({ payer: 'person', exempt: true, words: ['听证'] });
  });

  it('reports a cost moved from the fund to the employer, and a cost put on the party the law spares', () => {
    expect(shifted('工伤职工经批准转往统筹地区以外就医的，所需的交通、食宿费用，由用人单位承担。', TRAVEL)).toBe(true);
    expect(shifted('听证所需的场地租用、速录等费用，由要求听证的当事人承担。', HEARING)).toBe(true);
    // A choice between payers of one kind is that kind.
    const LICENSING_HEARING = '申请人、利害关系人不承担行政机关组织听证的费用。';
    expect(shifted('组织听证所需的场地、记录和通知等费用，由提出听证申请的申请人或者利害关系人承担。', LICENSING_HEARING)).toBe(true);
  });

  it('leaves alone the law’s own payer, a shared cost, and a cost of another procedure that shares a word', () => {
    expect(shifted('工伤职工到统筹地区以外就医所需的交通、食宿费用从工伤保险基金支付。', TRAVEL)).toBe(false);
    expect(shifted('听证所需的费用由行政机关承担，列入部门预算。', HEARING)).toBe(false);
    expect(shifted('所需的交通、食宿费用由用人单位和工伤保险基金按比例分担。', TRAVEL)).toBe(false);
    // A choice between payers of different kinds names none.
    expect(shifted('所需的交通、食宿费用，由用人单位或者工伤职工本人承担。', TRAVEL)).toBe(false);
    expect(shifted('听证所需的费用，由组织听证的行政机关或者申请听证的当事人承担。', HEARING)).toBe(false);
    expect(shifted('职业病诊断、鉴定费用由用人单位承担。', REVIEW)).toBe(false);
  });

  it('reads a cost the law leaves to the employer shared with the worker, named by its kind', () => {
    const CHECK = '职业健康检查费用由用人单位承担。';
    expect(shifted('离岗前职业健康检查的费用，由用人单位和劳动者各承担百分之五十。', CHECK)).toBe(true);
    expect(shifted('职业健康检查费用由用人单位与职工按比例分担。', CHECK)).toBe(true);
    expect(shifted('职业健康检查费用由用人单位和工会共同承担。', CHECK)).toBe(false);
    expect(shifted('职业健康检查费用由用人单位或者劳动者承担。', CHECK)).toBe(false);
  });

  it('gives offsets in UTF-16 units after an astral character', () => {
    const text = '𠮷𠮷，听证所需的场地租用、速录等费用，由要求听证的当事人承担。';
    const [c] = costsInDraft(text);
    expect(text.slice(c.start, c.end)).toBe(c.phrase);
    expect(c.start).toBe(5);
  });

  it('reads a benefit with its payer before it, each benefit of a list on its own, and the payer the law names in another case', () => {
    const MISSING =
      '职工因工外出期间发生事故或者在抢险救灾中下落不明的，从事故发生当月起3个月内照发工资，从第4个月起停发工资，由工伤保险基金向其供养亲属按月支付供养亲属抚恤金。';
    const DEATH = '职工因工死亡，其近亲属按照下列规定从工伤保险基金领取丧葬补助金、供养亲属抚恤金和一次性工亡补助金：';
    expect(costsInLaw(DEATH).map((c) => [c.words, c.payer])).toEqual([
      [['丧葬补助金'], 'fund'],
      [['供养亲属抚恤金'], 'fund'],
      [['一次性工亡补助金'], 'fund'],
    ]);
    expect(shifted('职工在抢险救灾中下落不明的，由所在用人单位按月向其供养亲属支付供养亲属抚恤金。', MISSING)).toBe(true);
    expect(shifted('职工因工死亡的，供养亲属抚恤金由用人单位支付。', MISSING)).toBe(true);
    expect(shifted('职工因工死亡的，其近亲属从用人单位领取丧葬补助金。', DEATH)).toBe(true);
    expect(shifted('职工在抢险救灾中下落不明的，由工伤保险基金向其供养亲属按月支付供养亲属抚恤金。', MISSING)).toBe(false);
    expect(costsInDraft('伤残津贴由用人单位或者工伤保险基金按月支付。')).toEqual([]);
  });

  it('reads the payer of a benefit named after it (所需资金), in the law and in a draft', () => {
    const [law] = costsInLaw('参加基本养老保险的个人，因病或者非因工致残完全丧失劳动能力的，可以领取病残津贴。所需资金从基本养老保险基金中支付。');
    expect(law.payer).toBe('fund');
    expect(law.words.join('')).toMatch(/病残津贴$/u);
    const [funeral] = costsInLaw(
      '失业人员在领取失业保险金期间死亡的，参照当地对在职职工死亡的规定，向其遗属发给一次性丧葬补助金和抚恤金。所需资金从失业保险基金中支付。',
    );
    expect(funeral).toMatchObject({ words: ['丧葬补助金', '抚恤金'], payer: 'fund' });
    // Named benefits listed together are each the payer's.
    expect(costsInDraft('本办法规定的丧葬补助金和抚恤金，所需资金由失业人员失业前所在用人单位承担。')).toMatchObject([
      { words: ['丧葬补助金'], payer: 'employer' },
      { words: ['抚恤金'], payer: 'employer' },
    ]);
  });

  it('reads each benefit of a list paid by one payer against the law that splits them, and the payer-first form only as such', () => {
    const law = '劳动、聘用合同期满终止的，由工伤保险基金支付一次性工伤医疗补助金，由用人单位支付一次性伤残就业补助金。';
    expect(costsInLaw(law)).toMatchObject([
      { words: ['一次性工伤医疗补助金'], payer: 'fund' },
      { words: ['一次性伤残就业补助金'], payer: 'employer' },
    ]);
    const draft = '聘用合同期满终止的，一次性工伤医疗补助金和一次性伤残就业补助金均由工伤保险基金支付。';
    const [medical, employment] = costsInDraft(draft);
    const [fundPays, employerPays] = costsInLaw(law);
    expect(shiftsCost(medical, fundPays, draft, law)).toBe(false);
    expect(shiftsCost(employment, employerPays, draft, law)).toBe(true);
    expect(costsInDraft(law).every((c) => c.phrase.startsWith('由'))).toBe(true);
  });
});
