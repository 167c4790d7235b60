import { describe, expect, it } from 'vitest';
import { freeServiceCharges } from '../../src/corpus/free-services.js';

describe('a charge for what the law gives free', () => {
  it('reads a charge for the copy of a health record, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷劳动者离开用工单位时，有权索取本人职业健康监护档案复印件；用工单位可以按照复印成本收取工本费。';
    const [f] = freeServiceCharges(text);
    expect(f).toMatchObject({ phrase: '收取工本费', title: '中华人民共和国职业病防治法', article: 36, clause: 3 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(freeServiceCharges('索取职业健康监护档案复印件的，复印费用由劳动者本人承担。')).toHaveLength(1);
  });

  it('reads a charge for a public employment service to workers, not one to employers', () => {
    expect(freeServiceCharges('公共就业服务机构可以按照服务成本收取创业开业指导服务费。')).toMatchObject([{ article: 35 }]);
    expect(freeServiceCharges('公共就业服务机构为用人单位组织应急用工调剂的，按照每人50元的标准向用工单位收取调剂服务费。')).toEqual([]);
  });

  it('is silent where the service stays free, on a scope and on a charge named as a wrong', () => {
    expect(freeServiceCharges('用人单位应当如实、无偿提供职业健康监护档案复印件。')).toEqual([]);
    expect(freeServiceCharges('本办法适用于公共就业服务机构在提供服务过程中收取的经营服务性收费。')).toEqual([]);
    expect(freeServiceCharges('公共就业服务机构向劳动者收取费用的，责令退还。')).toEqual([]);
  });

  it('reads a charge for a person’s own social insurance record, beyond a free quota or from the first copy, employers too', () => {
    const quota = '申请人通过收件地查询、打印本人社会保险缴费记录和待遇享受记录的，每人每年可以免费办理2次；超过2次的，由收件地按照每份5元收取工本费。';
    expect(freeServiceCharges(quota)).toMatchObject([{ article: 74, clause: 4, phrase: '收取工本费' }]);
    expect(freeServiceCharges('参保人员申请打印本人补贴发放凭证、待遇支付记录的，经办机构按每份2元收取工本费，收入统一上缴财政。')).toHaveLength(1);
    expect(freeServiceCharges('用人单位调取本单位职工参保缴费明细的，经办机构向用人单位收取查询服务费。')).toHaveLength(1);
  });

  it('is silent on free records, a charge forbidden in any wording, and other copies', () => {
    expect(freeServiceCharges('参保人员查询、打印本人缴费记录的，经办机构应当免费提供，不得收取工本费。')).toEqual([]);
    expect(freeServiceCharges('职工有权查询本人个人账户的缴费记录，企业不得因职工查询收取任何费用。')).toEqual([]);
    expect(freeServiceCharges('参保人员打印本人参保缴费记录的，经办机构不再收取工本费。')).toEqual([]);
    expect(freeServiceCharges('补领社会保障卡的，按照价格主管部门核定的标准收取工本费。')).toEqual([]);
    expect(freeServiceCharges('复制人事档案材料的，可以收取工本费。')).toEqual([]);
    expect(freeServiceCharges('公共就业服务机构免费提供职业介绍；提供其他经营性服务的，可以收取费用。')).toEqual([]);
  });
});
