import { describe, expect, it } from 'vitest';
import { pensionRightsTaken } from '../../src/corpus/pension-rights.js';

describe('the funeral grant and the choice at retirement age taken away (社会保险法 第十七条、第十六条)', () => {
  it('reads the grant denied to the family of one who died in service, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷未达到法定退休年龄死亡的在职参保人员，其遗属仅可申领个人账户余额，不享受丧葬补助金和抚恤金。';
    const [f] = pensionRightsTaken(text);
    expect(f).toMatchObject({ phrase: '不享受丧葬补助金和抚恤金', article: 17 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('is silent on a death at work and on a grant not paid twice', () => {
    expect(pensionRightsTaken('参保人员因工死亡的，其遗属按照工伤保险规定领取丧葬补助金，不再发放基本养老保险丧葬补助金。')).toEqual([]);
    expect(pensionRightsTaken('参保人员死亡的，其遗属已领取丧葬补助金的，不得重复领取丧葬补助金。')).toEqual([]);
  });

  it('reads the relationship ended for short contributions, not at the person’s request', () => {
    expect(
      pensionRightsTaken('职工达到法定退休年龄时累计缴费不足最低缴费年限的，应当在六个月内补缴；逾期未补缴的，终止其职工基本养老保险关系。'),
    ).toMatchObject([{ phrase: '终止其职工基本养老保险关系', article: 16, clause: 2 }]);
    expect(pensionRightsTaken('累计缴费不足十五年的参保人员本人书面申请终止基本养老保险关系的，经办机构可以终止其基本养老保险关系。')).toEqual([]);
  });
});
