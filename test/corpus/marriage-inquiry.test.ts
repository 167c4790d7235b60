import { describe, expect, it } from 'vitest';
import { marriageInquiries } from '../../src/corpus/marriage-inquiry.js';

describe('a hiring body allowed to ask about marriage and children', () => {
  it('points at the asking, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷确因岗位工作需要的，用人单位可以在面试中询问女性求职者的婚姻状况和生育计划。';
    const [f] = marriageInquiries(text);
    expect(f).toMatchObject({ phrase: '询问女性求职者的婚姻状况', article: 43 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads other verbs and a hiring setting named by the title', () => {
    expect(marriageInquiries('招聘单位可以要求女性应聘人员如实说明近三年的生育计划。')).toHaveLength(1);
    expect(marriageInquiries('用人单位可以通过背景调查了解拟录用人员是否已婚。')).toHaveLength(1);
    expect(marriageInquiries('用人单位可以询问其婚育情况。', '', '湖南省企业招聘行为规范')).toHaveLength(1);
    expect(marriageInquiries('经办机构可以核实申领人的生育情况。', '', '湖南省生育津贴经办规程')).toEqual([]);
  });

  it('is silent where the asking is forbidden, corrected, the case of a sanction or an item under a ban', () => {
    expect(marriageInquiries('用人单位在招聘面试中不得询问或者调查女性求职者的婚育情况。')).toEqual([]);
    expect(marriageInquiries('面试官应当围绕岗位职责提问，严禁询问应聘人员的婚姻状况。')).toEqual([]);
    expect(marriageInquiries('用人单位进一步询问、调查女性求职者婚育情况的，由人力资源社会保障部门责令改正。')).toEqual([]);
    expect(marriageInquiries('（二）用人单位在面试中进一步询问女性求职者婚育情况，或者将妊娠测试作为入职体检项目的行为。')).toEqual([]);
    expect(marriageInquiries('（二）除个人基本信息外，进一步询问或者调查女性求职者的婚育情况；', '用人单位在招录过程中不得实施下列行为：')).toEqual([]);
  });
});
