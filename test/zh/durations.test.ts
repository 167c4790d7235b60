import { describe, expect, it } from 'vitest';
import { describeMonths, findDurations, toDays, toMonths } from '../../src/zh/durations.js';

const one = (text: string) => {
  const found = findDurations(text);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe('findDurations', () => {
  it.each([
    ['五年', 5, 'year'],
    ['3年', 3, 'year'],
    ['５年', 5, 'year'],
    ['两年', 2, 'year'],
    ['六个月', 6, 'month'],
    ['3个月', 3, 'month'],
    ['三十日', 30, 'day'],
    ['十五个工作日', 15, 'workday'],
    ['5个工作日', 5, 'workday'],
    ['两周', 2, 'week'],
    ['24小时', 24, 'hour'],
    ['半年', 0.5, 'year'],
    ['一年半', 1.5, 'year'],
    ['两个半月', 2.5, 'month'],
    ['1.5年', 1.5, 'year'],
    ['五周年', 5, 'year'],
    ['一百二十日', 120, 'day'],
  ])('%s → %d %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ start: 0, end: text.length, value, unit });
  });

  it('finds the period inside a sentence, with UTF-16 offsets after astral characters', () => {
    const text = '𠮷本办法自2025年1月1日起施行，有效期五年。';
    const [d] = findDurations(text);
    expect(text.slice(d.start, d.end)).toBe('五年');
    expect(d.start).toBe(text.indexOf('五年'));
  });

  it.each(['三月', '2024年3月', '自2024年起', '二〇二四年起', '第三年', '每月20日前', '3月5日', '有效期至2028年'])('does not read %s as a period', (text) => {
    expect(findDurations(text)).toEqual([]);
  });

  it('converts to months and days and describes months', () => {
    expect(toMonths(one('五年'))).toBe(60);
    expect(toMonths(one('一年半'))).toBe(18);
    expect(toMonths(one('三十日'))).toBeUndefined();
    expect(toDays(one('两周'))).toBe(14);
    expect(toDays(one('十五个工作日'))).toBeUndefined();
    expect(describeMonths(60)).toBe('5年');
    expect(describeMonths(18)).toBe('18个月');
  });
});
