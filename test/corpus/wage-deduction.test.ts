import { describe, expect, it } from 'vitest';
import { wageDeductions } from '../../src/corpus/wage-deduction.js';

describe('a charge taken out of the worker’s pay', () => {
  it('points at the deduction, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷服务机构可以从劳动者应得的工资和经济补偿中直接扣除本机构的代办服务费。';
    const [f] = wageDeductions(text);
    expect(f).toMatchObject({ phrase: '从劳动者应得的工资和经济补偿中直接扣除本机构的代办服务费', article: 15 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(wageDeductions('劳务派遣单位可以在被派遣劳动者的工资中按月扣收管理费。')).toHaveLength(1);
  });

  it('is silent on what the law allows, on a ban and on the law’s own last item', () => {
    expect(wageDeductions('用人单位可以从劳动者工资中代扣代缴个人所得税和社会保险费。')).toEqual([]);
    expect(wageDeductions('因劳动者本人原因造成经济损失的，可以从其工资中扣除赔偿费用。')).toEqual([]);
    expect(wageDeductions('用人单位不得从劳动者工资中扣除培训费用。')).toEqual([]);
    expect(wageDeductions('（五）法律、法规规定可以从劳动者工资中扣除的其他费用。')).toEqual([]);
    expect(wageDeductions('从劳动者工资中扣除的部分，应当在工资清单中列明。')).toEqual([]);
  });
});
