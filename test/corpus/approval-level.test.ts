import { describe, expect, it } from 'vitest';
import { levelApprovals, loweredApproval } from '../../src/corpus/approval-level.js';

const LAW =
  '人力资源社会保障行政部门在查处拖欠农民工工资案件时，需要依法查询相关单位金融账户和相关当事人拥有房产、车辆等情况的，应当经设区的市级以上地方人民政府人力资源社会保障行政部门负责人批准，有关金融机构和登记部门应当予以配合。';

describe('an approval reserved to a level of government', () => {
  it('reads the level and the measure before it, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷需要查询相关单位金融账户的，经县级人力资源社会保障行政部门负责人批准，即可查询。';
    const [a] = levelApprovals(text);
    expect(a).toMatchObject({ level: 1, measure: '𠮷需要查询相关单位金融账户的，' });
    expect(text.slice(a.start, a.end)).toBe('经县级人力资源社会保障行政部门负责人批准');
    expect(levelApprovals(LAW)).toMatchObject([{ level: 2 }]);
    expect(levelApprovals('经省级以上公务员主管部门批准，可以简化程序。')).toMatchObject([{ level: 3 }]);
  });

  it('holds a lower level for the same measure against the law', () => {
    const [law] = levelApprovals(LAW);
    const [county] = levelApprovals(
      '查处拖欠工资案件时，需要依法查询相关单位金融账户和相关当事人拥有房产、车辆等情况的，经县级以上人力资源社会保障行政部门负责人批准后实施。',
    );
    expect(loweredApproval(county, law)).toBe(true);
  });

  it('is silent on the same or a higher level and on another measure', () => {
    const [law] = levelApprovals(LAW);
    const [province] = levelApprovals('需要依法查询相关单位金融账户和相关当事人拥有房产、车辆等情况的，经省人力资源社会保障厅负责人批准。');
    expect(loweredApproval(province, law)).toBe(false);
    const [other] = levelApprovals('举办大型招聘活动的，经县级人力资源社会保障部门负责人批准。');
    expect(loweredApproval(other, law)).toBe(false);
  });
});
