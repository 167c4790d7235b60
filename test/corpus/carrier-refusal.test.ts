import { describe, expect, it } from 'vitest';
import { carrierRefusals } from '../../src/corpus/carrier-refusal.js';

describe('a carrier of an infectious disease turned away', () => {
  it('points at the carrier and the refusal, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷经体检发现为乙型肝炎病毒表面抗原携带者的，员工制家政企业不予录用。';
    const [r] = carrierRefusals(text);
    expect(r).toMatchObject({ phrase: '乙型肝炎病毒表面抗原携带者的，员工制家政企业不予录用', article: 30 });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads it in several wordings, and an item under a lead-in that refuses', () => {
    expect(carrierRefusals('经入职体检确认为传染病病原携带者的，用人单位可以根据岗位需要自主决定是否录用。')).toHaveLength(1);
    expect(carrierRefusals('乙肝病毒携带者一律不得聘用为护理人员。')).toHaveLength(1);
    // Failed at the medical, or not recruited into a programme: the same refusal by another name.
    expect(carrierRefusals('经检查属于乙型肝炎病原携带者的，一律按体检不合格处理，不予招募。')[0]).toMatchObject({
      phrase: '乙型肝炎病原携带者的，一律按体检不合格处理',
    });
    expect(carrierRefusals('体检发现传染病病原携带者的，视为体检不合格。')).toHaveLength(1);
    const [item] = carrierRefusals('（三）经入职体检确认为传染病病原携带者的。', '有下列情形之一的，评价机构不得聘用为考评人员：');
    expect(item.phrase).toBe('传染病病原携带者');
    expect(carrierRefusals('（三）经入职体检确认为传染病病原携带者的。', '有下列情形之一的，应当重点关注：')).toEqual([]);
  });

  it('is silent on the law restated, its exception, a definition and a carrier only named', () => {
    expect(carrierRefusals('用人单位招用人员，不得以是传染病病原携带者为由拒绝录用。')).toEqual([]);
    expect(carrierRefusals('传染病病原携带者在治愈前，不得从事国务院卫生行政部门规定禁止从事的易使传染病扩散的工作，用人单位可以不予录用。')).toEqual([]);
    expect(carrierRefusals('本办法所称健康歧视，是指以求职者是传染病病原携带者为由，拒绝录用的行为。')).toEqual([]);
    expect(carrierRefusals('入职体检不得将乙肝病毒携带者检测列入体检项目。')).toEqual([]);
  });
});
