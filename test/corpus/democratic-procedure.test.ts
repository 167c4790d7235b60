import { describe, expect, it } from 'vitest';
import { skippedDemocraticProcedures } from '../../src/corpus/democratic-procedure.js';

describe('rules on the workers’ own terms made without them (劳动合同法 第四条第二款)', () => {
  it('points at the procedure left out, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷企业制定绩效考核制度，由企业管理层讨论通过后即可施行，可以不经职工代表大会或者全体职工讨论。';
    const [r] = skippedDemocraticProcedures(text);
    expect(r).toMatchObject({ article: 4, clause: 2, phrase: '可以不经职工代表大会或者全体职工讨论' });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads the same in other words, and management alone where the workers are not named at all', () => {
    expect(skippedDemocraticProcedures('休假管理制度由单位主要负责人审定后即可公布施行，无需经职工代表大会或者全体职工讨论。')).toHaveLength(1);
    expect(skippedDemocraticProcedures('工资分配办法由公司董事会决定后即行实施。')[0]).toMatchObject({ phrase: '由公司董事会决定后即行实施' });
    expect(skippedDemocraticProcedures('工资分配办法经职工代表大会讨论后，由公司董事会决定后即行实施。')).toEqual([]);
  });

  it('is silent on the rule kept, on a case that names the omission, and on rules for civil servants', () => {
    expect(skippedDemocraticProcedures('用人单位制定直接涉及劳动者切身利益的规章制度，应当经职工代表大会或者全体职工讨论。')).toEqual([]);
    expect(skippedDemocraticProcedures('考核制度未经职工代表大会讨论的，不得施行。')).toEqual([]);
    expect(skippedDemocraticProcedures('对不经职工代表大会讨论即公布规章制度的用人单位，责令改正。')).toEqual([]);
    expect(skippedDemocraticProcedures('公务员考核办法由机关领导班子讨论通过后即可施行。')).toEqual([]);
  });
});
