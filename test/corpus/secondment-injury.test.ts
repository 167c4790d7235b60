import { describe, expect, it } from 'vitest';
import { secondmentInjuries } from '../../src/corpus/secondment-injury.js';

describe('the work-injury liability of a seconded worker put on the borrowing unit', () => {
  it('points at the bearer and the liability, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷借调期间，借调人员因工作遭受事故伤害的，由借入单位承担工伤保险责任。';
    const [f] = secondmentInjuries(text);
    expect(f).toMatchObject({ phrase: '由借入单位承担工伤保险责任', article: 43, clause: 3 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads the liability first, and a secondment named only in the title', () => {
    expect(secondmentInjuries('挂职期间的工伤保险责任由挂职单位依法承担。')).toHaveLength(1);
    expect(secondmentInjuries('工作期间发生工伤的，由接收单位负责工伤保险责任。', '', '湖南省事业单位工作人员借调管理办法')).toHaveLength(1);
    expect(secondmentInjuries('工作期间发生工伤的，由接收单位负责工伤保险责任。', '', '湖南省劳务协作管理办法')).toEqual([]);
  });

  it('is silent on the lending unit as bearer and on compensation agreed between the units', () => {
    expect(secondmentInjuries('借调人员受到工伤事故伤害的，由原单位承担工伤保险责任，借入单位可以与原单位约定补偿办法。')).toEqual([]);
    expect(secondmentInjuries('借调期间发生工伤的，借入单位应当按照约定给予借出单位补偿。')).toEqual([]);
    expect(secondmentInjuries('用人单位实行承包经营的，工伤保险责任由职工劳动关系所在单位承担。')).toEqual([]);
  });
});

describe('a worker sent to support another region (援派) is seconded too', () => {
  it('reads the liability put on the receiving unit of aid', () => {
    expect(secondmentInjuries('援派人员在受援单位工作期间受到工伤事故伤害的，由受援单位承担工伤保险责任，派出单位不再承担。')).toMatchObject([
      { phrase: '由受援单位承担工伤保险责任' },
    ]);
    expect(secondmentInjuries('援派人员在受援单位工作期间受到工伤事故伤害的，由派出单位承担工伤保险责任。')).toEqual([]);
  });
});
