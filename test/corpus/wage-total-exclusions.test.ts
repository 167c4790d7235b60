import { describe, expect, it } from 'vitest';
import { wageTotalExclusions } from '../../src/corpus/wage-total-exclusions.js';

describe('a part of the wage bill kept out of it (关于工资总额组成的规定第四条)', () => {
  it('points at the part and its exclusion, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷测算行业人工成本时，工资总额按照计时工资、计件工资、奖金、津贴和补贴四项口径统计，加班加点工资和特殊情况下支付的工资不计入工资总额。';
    const [f] = wageTotalExclusions(text);
    expect(f).toMatchObject({ phrase: '加班加点工资和特殊情况下支付的工资不计入工资总额', article: 4 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads it in several wordings', () => {
    expect(wageTotalExclusions('企业支付给职工的加班加点工资，不计入工资总额，由企业在成本费用中据实列支。')).toHaveLength(1);
    expect(wageTotalExclusions('本办法所称工资总额不包括计件工资。')).toHaveLength(1);
  });

  it('is silent on a budget measured apart and on what the regulation keeps out', () => {
    expect(wageTotalExclusions('经批准的科技人才激励收入，不计入工资总额预算基数。')).toEqual([]);
    expect(wageTotalExclusions('加班加点工资不纳入工资总额预算管理。')).toEqual([]);
    expect(wageTotalExclusions('创造发明奖和劳动保护支出不计入工资总额。')).toEqual([]);
  });
});
