import { describe, expect, it } from 'vitest';
import { wageAutonomy } from '../../src/corpus/wage-autonomy.js';

describe('an enterprise forbidden to set its own pay structure (劳动法第四十七条)', () => {
  it('points at the ban, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷企业实行技能等级岗位工资制度的，应当按照下列系数确定各技能等级岗位工资：初级工1.0、中级工1.2。企业不得自行调整上述系数。';
    const [f] = wageAutonomy(text);
    expect(f).toMatchObject({ phrase: '企业不得自行调整上述系数', article: 47 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads it in other words', () => {
    expect(wageAutonomy('用人单位不得擅自改变本细则规定的薪酬等级。')).toHaveLength(1);
  });

  it('is silent on state enterprises, the wage bill, the minimum wage and a worker’s agreed pay', () => {
    expect(wageAutonomy('国有企业不得自行调整上述工资标准。')).toEqual([]);
    expect(wageAutonomy('企业不得自行突破上述工资总额。')).toEqual([]);
    expect(wageAutonomy('用人单位不得擅自降低劳动者的工资标准。')).toEqual([]);
  });
});
