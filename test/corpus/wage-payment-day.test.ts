import { describe, expect, it } from 'vitest';
import { lateWageDays } from '../../src/corpus/wage-payment-day.js';

describe('wages paid late: after a holiday, or some time after the contract ends', () => {
  it('points at the postponed pay day, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷工资支付日遇法定节假日或者休息日的，可以顺延至节假日或者休息日后的第一个工作日支付。';
    const [r] = lateWageDays(text);
    expect(r).toMatchObject({ article: 7, phrase: '顺延至节假日或者休息日后的第一个工作日支付' });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads a pay day named in the sentence before', () => {
    const text = '用人单位应当在与劳动者约定的日期支付工资。约定的支付日期遇法定节假日或者休息日的，顺延至节假日或者休息日结束后的第一个工作日支付。';
    expect(lateWageDays(text)[0]).toMatchObject({ article: 7 });
    expect(lateWageDays('约定的缴费日期遇节假日的，顺延至节假日结束后的第一个工作日办理。')).toEqual([]);
  });

  it('reads a period after the end of the contract, in other words', () => {
    expect(lateWageDays('用人单位应当自劳动合同解除或者终止之日起30日内，一次性结清劳动者的工资。')[0]).toMatchObject({ article: 9 });
    expect(lateWageDays('劳动关系解除后，用人单位应当在15个工作日内结清劳动者的全部工资。')[0]).toMatchObject({ article: 9 });
  });

  it('is silent on the rule kept and on other payments', () => {
    expect(lateWageDays('工资支付日遇节假日或者休息日的，应当提前在最近的工作日支付。')).toEqual([]);
    expect(lateWageDays('劳动合同解除或者终止时，用人单位应当一次付清劳动者工资。')).toEqual([]);
    expect(lateWageDays('经济补偿在劳动者办结工作交接时支付。')).toEqual([]);
    expect(lateWageDays('用人单位不得在劳动合同解除之日起30日后才结清工资。')).toEqual([]);
  });
});
