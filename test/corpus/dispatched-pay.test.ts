import { describe, expect, it } from 'vitest';
import { dispatchedPay } from '../../src/corpus/dispatched-pay.js';

describe('dispatched workers paid a share of the same post’s pay (劳动合同法第六十三条第一款)', () => {
  it('points at the share, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷劳务派遣用工单位对与本单位职工技能等级相同的被派遣劳动者，可以按照本单位同类岗位职工岗位工资的80%确定其岗位工资。';
    const [f] = dispatchedPay(text);
    expect(f).toMatchObject({ phrase: '按照本单位同类岗位职工岗位工资的80%', article: 63, clause: 1 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads it in several wordings', () => {
    expect(dispatchedPay('企业使用被派遣劳动者的，被派遣劳动者的工资标准，按照不高于本企业同类岗位职工工资水平的80%确定。')).toHaveLength(1);
    expect(dispatchedPay('劳务派遣人员的绩效工资为同类岗位在编人员绩效工资的百分之七十。')).toHaveLength(1);
    expect(dispatchedPay('派遣员工的薪酬应当控制在同类岗位职工薪酬以下。')).toHaveLength(1);
  });

  it('is silent on a floor, on equal pay kept, and when no dispatched worker is paid', () => {
    expect(dispatchedPay('被派遣劳动者的工资不低于本单位同类岗位职工工资的100%。')).toEqual([]);
    expect(dispatchedPay('用工单位应当按照同工同酬原则，对被派遣劳动者与本单位同类岗位的劳动者实行相同的劳动报酬分配办法。')).toEqual([]);
    expect(dispatchedPay('试用期职工的工资按照本单位同类岗位职工工资的80%确定。')).toEqual([]);
  });
});
