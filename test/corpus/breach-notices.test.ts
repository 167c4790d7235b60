import { describe, expect, it } from 'vitest';
import { breachNotices } from '../../src/corpus/breach-notices.js';

describe('the people whose personal information leaked, left uninformed (个人信息保护法第五十七条)', () => {
  it('points at the words that leave them out, in UTF-16 offsets after astral characters', () => {
    const text =
      '𠮷发生或者可能发生社会保障卡信息泄露、篡改、丢失的，处理单位应当立即采取补救措施，并向省人力资源社会保障厅报告；为避免引起社会恐慌，一律不通知受影响的持卡人。';
    const [f] = breachNotices(text);
    expect(f).toMatchObject({ phrase: '一律不通知受影响的持卡人', article: 57, clause: 1 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads it in several wordings', () => {
    expect(
      breachNotices('发生或者可能发生薪酬调查数据泄露、篡改、丢失的，受托机构应当在30日内向省人力资源社会保障厅书面报告，无需通知相关职工。'),
    ).toHaveLength(1);
    expect(breachNotices('参保人员个人信息发生泄露的，经办机构按程序向上级报告，不再另行告知本人。')).toHaveLength(1);
    expect(breachNotices('考生报名信息被篡改或者丢失的，考试机构不向考生通知，由考试机构内部处理。')).toHaveLength(1);
  });

  it('is silent on the law’s own exception, on an order to tell them, on the failure named as a wrong, and without a leak', () => {
    expect(
      breachNotices('处理单位采取措施能够有效避免信息泄露、篡改、丢失造成危害的，可以不通知个人；省人力资源社会保障厅认为可能造成危害的，应当要求其通知个人。'),
    ).toEqual([]);
    expect(breachNotices('发生或者可能发生个人信息泄露的，处理单位应当立即采取补救措施，并通知受影响的持卡人。')).toEqual([]);
    expect(breachNotices('发生个人信息泄露后处理单位不通知受影响个人的，由省人力资源社会保障厅责令改正。')).toEqual([]);
    expect(breachNotices('经办机构调整业务流程的，不再另行通知参保人员。')).toEqual([]);
  });
});
