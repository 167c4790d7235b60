import { describe, expect, it } from 'vitest';
import { fineRevenueKept } from '../../src/corpus/fine-revenue.js';

describe('fines and confiscations kept back from the treasury (行政处罚法 第七十四条第二款)', () => {
  it('reads a share taken for the body’s spending, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷承担行政执法职能的单位，也可以从本单位当年罚没收入中按不超过5%的比例提取，用于奖励执法一线公务员。';
    const [f] = fineRevenueKept(text);
    expect(f).toMatchObject({ phrase: '从本单位当年罚没收入中按不超过5%的比例提取', article: 74, clause: 2 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(fineRevenueKept('各地罚没收入按30%的比例返还执法单位，用于执法装备购置。')).toHaveLength(1);
  });

  it('is silent on the rule kept and on the money only named', () => {
    expect(fineRevenueKept('罚款、没收的违法所得应当全部上缴国库，任何单位不得截留。')).toEqual([]);
    expect(fineRevenueKept('奖励所需经费由同级财政预算安排，不得从罚没收入中列支。')).toEqual([]);
    expect(fineRevenueKept('案件统计包括罚款和没收违法所得金额。')).toEqual([]);
  });
});
