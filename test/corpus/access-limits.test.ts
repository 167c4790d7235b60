import { describe, expect, it } from 'vitest';
import { accessLimits } from '../../src/corpus/access-limits.js';

describe('a person’s access to their own information rationed (个人信息保护法第四十五条)', () => {
  it('points at the approval and the cap, in UTF-16 offsets after astral characters', () => {
    const text =
      '𠮷持卡人申请查阅、复制本人社会保障卡信息的，应当向参保地社会保险经办机构提交书面申请，经分管负责人审批同意后，自受理之日起三十个工作日内提供；每人每年申请查阅不超过两次。';
    const found = accessLimits(text);
    expect(found.map((f) => f.phrase)).toEqual(['每人每年申请查阅不超过两次', '经分管负责人审批同意后']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads a cap in other words', () => {
    expect(accessLimits('参保人员查询本人缴费记录的，每年限查询一次。')).toHaveLength(1);
  });

  it('is silent on other people’s information, the law’s exceptions, and a handling time alone', () => {
    expect(accessLimits('用人单位查询他人参保信息的，每月不超过两次。')).toEqual([]);
    expect(accessLimits('个人查阅本人信息涉及国家秘密的，经主要负责人批准后提供。')).toEqual([]);
    expect(accessLimits('个人申请查阅本人社会保障卡信息的，经办机构应当在5个工作日内提供。')).toEqual([]);
  });
});
