import { describe, expect, it } from 'vitest';
import { lateSurchargeStarts } from '../../src/corpus/surcharge-start.js';

describe('the surcharge on unpaid contributions started after the day they fell due', () => {
  it('points at the start and the surcharge, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷用人单位逾期仍未补缴社会保险费的，自责令限期缴纳期满之次日起，按日加收万分之五的滞纳金。';
    const [s] = lateSurchargeStarts(text);
    expect(s).toMatchObject({ phrase: '自责令限期缴纳期满之次日起，按日加收万分之五的滞纳金', article: 86 });
    expect(text.slice(s.start, s.end)).toBe(s.phrase);
  });

  it('reads it in several wordings, with the contributions in the sentence before', () => {
    expect(lateSurchargeStarts('用人单位逾期未缴纳或者补足的，滞纳金自限期缴纳期满之次日起，按日加收万分之五。')).toHaveLength(1);
    expect(lateSurchargeStarts('责令用人单位补缴少缴的社会保险费。逾期仍未补缴的，自逾期之日起按日加收滞纳金。')).toHaveLength(1);
    expect(lateSurchargeStarts('欠缴养老保险费的，滞纳金自催告书送达之日起计算。')).toHaveLength(1);
  });

  it('is silent on the day the law names and on debts that are not contributions', () => {
    expect(lateSurchargeStarts('用人单位未按时足额缴纳社会保险费的，自欠缴之日起，按日加收万分之五的滞纳金。')).toEqual([]);
    expect(lateSurchargeStarts('违规领取的补贴逾期未退回的，自退回期限届满之次日起按日加收滞纳金。')).toEqual([]);
    expect(lateSurchargeStarts('用人单位逾期不履行给付义务的，自逾期之日起按日加收未付金额万分之五的滞纳金。')).toEqual([]);
    expect(lateSurchargeStarts('自本办法施行之日起，按照新的标准计算。')).toEqual([]);
  });
});

describe('the surcharge’s period named before its start', () => {
  it('reads 滞纳金的计算期间，自…之次日起, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷滞纳金的计算期间，自责令限期缴纳的期限届满之次日起，至用人单位实际缴清欠缴的社会保险费之日止。';
    const [f] = lateSurchargeStarts(text);
    expect(f).toMatchObject({ article: 86 });
    expect(text.slice(f.start, f.end)).toContain('自责令限期缴纳的期限届满之次日起');
  });

  it('is silent where the period runs from the day the contributions fell due', () => {
    expect(lateSurchargeStarts('滞纳金的计算期间，自欠缴之日起，至用人单位实际缴清欠缴的社会保险费之日止。')).toEqual([]);
  });

  it('is silent where a deferral revoked sends the surcharge back to the original due day, not where an order set the limit', () => {
    expect(lateSurchargeStarts('以虚报手段取得缓缴资格的，撤销缓缴决定，自原缴费期限届满之日起依法计算并加收滞纳金，补缴社会保险费。')).toEqual([]);
    expect(lateSurchargeStarts('补缴社会保险费的，滞纳金自法定缴费期限届满之次日起计算。')).toEqual([]);
    expect(lateSurchargeStarts('用人单位欠缴社会保险费，自责令的缴费期限届满之次日起，按日加收滞纳金。')).toHaveLength(1);
  });
});
