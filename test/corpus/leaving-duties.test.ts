import { describe, expect, it } from 'vitest';
import { leavingDuties } from '../../src/corpus/leaving-duties.js';

describe('duties of the Labour Contract Law when a job ends, moved by a draft', () => {
  it('reads a non-compete widened, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷竞业限制的人员包括高级管理人员、高级技术人员、其他负有保密义务的人员以及用人单位认为有必要约束的其他劳动者。';
    const [f] = leavingDuties(text);
    expect(f).toMatchObject({ phrase: '用人单位认为有必要约束的其他劳动者', article: 24, clause: 1 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(leavingDuties('竞业限制的人员限于用人单位的高级管理人员、高级技术人员和其他负有保密义务的人员。')).toEqual([]);
    expect(leavingDuties('防止借竞业限制约定妨碍普通劳动者正常择业和流动。')).toEqual([]);
  });

  it('reads severance put off past the handover or paid in parts', () => {
    expect(leavingDuties('经济补偿可以在劳动者办结工作交接之日起三十日内支付。')).toMatchObject([{ article: 50, clause: 2 }]);
    expect(leavingDuties('用人单位经营困难的，经济补偿可以分期支付。')).toMatchObject([{ article: 50, clause: 2 }]);
    expect(leavingDuties('用人单位应当在劳动者办结工作交接时支付经济补偿。')).toEqual([]);
  });

  it('reads the transfer left to the worker, not a flexible worker’s own transfer', () => {
    expect(leavingDuties('劳动者离职后的社会保险关系转移手续，由劳动者本人持解除劳动合同的证明自行办理。')).toMatchObject([{ article: 50, clause: 1 }]);
    expect(leavingDuties('灵活就业人员的基本养老保险关系转移接续手续由本人向转入地经办机构申请办理。')).toEqual([]);
    expect(leavingDuties('解除劳动合同后，用人单位不得要求劳动者自行办理档案转移手续，应当由本单位办理。')).toEqual([]);
  });
});
