import { describe, expect, it } from 'vitest';
import { liabilityWaivers } from '../../src/corpus/liability-waivers.js';

describe('an employer’s liability for accidents at work agreed away', () => {
  it('points at the waiver in UTF-16 offsets after astral characters', () => {
    const text = '𠮷培训协议可以约定职工因违反安全操作规程发生事故伤害的，由职工自行承担相应责任，企业不再承担赔偿责任。';
    const [w] = liabilityWaivers(text);
    expect(w).toMatchObject({ article: 52, clause: 2, phrase: '由职工自行承担相应责任' });
    expect(text.slice(w.start, w.end)).toBe(w.phrase);
  });

  it('reads it in several wordings', () => {
    const found = (text: string): boolean => liabilityWaivers(text).length > 0;
    expect(found('用工单位可以在劳务协议中约定，作业期间发生伤亡事故的，用人单位不承担赔偿责任。')).toBe(true);
    expect(found('从业人员签订安全承诺书的，因本人操作失误造成的工伤责任自负。')).toBe(true);
  });

  it('is silent where the term is forbidden or void, or no agreement is spoken of', () => {
    const found = (text: string): boolean => liabilityWaivers(text).length > 0;
    expect(found('企业不得与职工约定发生事故伤害的由职工自行承担责任。')).toBe(false);
    expect(found('劳动合同中约定职工发生工伤事故由本人自行承担责任的条款无效。')).toBe(false);
    expect(found('职工因故意犯罪导致本人伤亡的，不认定为工伤，由本人自行承担相应后果。')).toBe(false);
    expect(found('借调单位与原单位可以约定补偿办法，职工受到事故伤害的由原单位承担工伤保险责任。')).toBe(false);
    // Between two businesses: the worker keeps the employer the law names.
    expect(found('劳务派遣协议可以约定，被派遣劳动者发生工伤事故的，由劳务派遣单位承担工伤保险责任，用工单位不承担责任。')).toBe(false);
  });
});
