import { describe, expect, it } from 'vitest';
import { fineRevenueAppraised, fineRevenueKept } from '../../src/corpus/fine-revenue.js';

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
    expect(fineRevenueKept('举报属实的，按照罚没款金额的5%给予举报人奖励，所需经费由财政保障。')).toEqual([]);
  });
});

describe('the amounts of fines counted in the appraisal of the body that fines', () => {
  it('points at the amount, in UTF-16 offsets after astral characters, in several wordings', () => {
    const text = '𠮷罚没款入库情况纳入年度绩效考核，罚没款入库金额完成年度目标的，予以通报表扬。';
    const [f] = fineRevenueAppraised(text);
    expect(f).toMatchObject({ phrase: '罚没款入库金额', article: 74, clause: 3 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(fineRevenueAppraised('各市州年度罚款数额纳入执法工作考核，排名前三的予以奖励。')).toHaveLength(1);
    expect(fineRevenueAppraised('对完成罚没收入任务的执法机构，在评先评优中优先考虑。')).toHaveLength(1);
  });

  it('is silent on a ban, on promptness of payment and on statistics', () => {
    expect(fineRevenueAppraised('罚没款数额不得与执法人员的考核、考评挂钩。')).toEqual([]);
    expect(fineRevenueAppraised('罚没款及时入库情况纳入执法案卷评查考核。')).toEqual([]);
    expect(fineRevenueAppraised('案件统计包括罚款和没收违法所得金额。')).toEqual([]);
    expect(fineRevenueAppraised('举报属实的，按照罚没款金额的5%给予举报人奖励。')).toEqual([]);
  });
});
