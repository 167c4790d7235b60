import { describe, expect, it } from 'vitest';
import { comparable, sameAct, sameCase, thresholdsIn } from '../../src/corpus/thresholds.js';

const COLLECTION_LEAD_IN = '依照本法第五十一条的规定当场作出行政处罚决定，有下列情形之一，执法人员可以当场收缴罚款：';

describe('a threshold the law sets for an act', () => {
  it('reads the figure of a case with the act after it, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷小微企业会员五十人以上的，应当建立基层工会委员会。';
    const [t] = thresholdsIn(text);
    expect(t).toMatchObject({ phrase: '五十人以上', value: 50, unit: 'person', sense: 'atLeast', act: '应当建立基层工会委员会' });
    expect(text.slice(t.start, t.end)).toBe('五十人以上');
  });

  it('reads an item of a list with the last clause of its lead-in as the act', () => {
    const [t] = thresholdsIn('依法给予一百元以下罚款的；', COLLECTION_LEAD_IN);
    expect(t).toMatchObject({ value: 100, unit: 'yuan', sense: 'atMost', act: '依照本法第五十一条的规定当场作出行政处罚决定，执法人员可以当场收缴罚款' });
    // Without a lead-in an item names no act.
    expect(thresholdsIn('依法给予一百元以下罚款的；')).toEqual([]);
  });

  it('reads sums, bounds before the figure and a PDF line spaced out', () => {
    expect(thresholdsIn('对当事人处以 3 万元以下罚款的，执法人员可以当场收缴。')).toMatchObject([{ value: 30000, unit: 'yuan', sense: 'atMost' }]);
    expect(thresholdsIn('不超过当地月最低工资标准六个月金额的，仲裁裁决为终局裁决。')).toMatchObject([{ value: 6, unit: 'wageMonths', sense: 'atMost' }]);
  });

  it('compares only the same act, unit and sense', () => {
    const [mine] = thresholdsIn('执法人员依照简易程序当场作出行政处罚决定，依法给予五百元以下罚款的，可以当场收缴罚款。');
    const [law] = thresholdsIn('依法给予一百元以下罚款的；', COLLECTION_LEAD_IN);
    expect(comparable(mine, law) && sameAct(mine, law)).toBe(true);
    const [union] = thresholdsIn('企业、事业单位、社会组织，有会员二十五人以上的，应当建立基层工会委员会。');
    expect(comparable(mine, union)).toBe(false);
    const [otherAct] = thresholdsIn('罚款数额在五百元以下的，可以适用简易程序作出处罚决定。');
    expect(sameAct(otherAct, law)).toBe(false);
  });

  it('finds nothing where the figure is no case', () => {
    expect(thresholdsIn('用人单位应当为五十名职工缴纳社会保险费。')).toEqual([]);
    expect(thresholdsIn('对违法行为处五千元以上一万元以下罚款。')).toEqual([]);
  });
});

describe('the law’s own case restated with other figures', () => {
  const LAYOFF =
    '有下列情形之一，需要裁减人员二十人以上或者裁减不足二十人但占企业职工总数百分之十以上的，用人单位提前三十日向工会或者全体职工说明情况，听取工会或者职工的意见后，裁减人员方案经向劳动行政部门报告，可以裁减人员：';

  it('matches the case whatever act the draft attaches to it', () => {
    const [law] = thresholdsIn(LAYOFF);
    const [mine] = thresholdsIn('企业需要裁减人员三十人以上，或者裁减不足三十人但占企业职工总数百分之二十以上的，应当依照本办法报告裁减人员方案。');
    expect(comparable(mine, law) && sameCase(mine, law)).toBe(true);
    expect(sameAct(mine, law)).toBe(false);
  });

  it('does not match a shorter case that only shares the act’s noun', () => {
    const [law] = thresholdsIn(LAYOFF);
    const [mine] = thresholdsIn('企业一次裁减人员五十人以上的，应当提前三十日向工会说明情况。');
    expect(sameCase(mine, law)).toBe(false);
  });
});
