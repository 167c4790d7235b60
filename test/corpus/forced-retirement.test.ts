import { describe, expect, it } from 'vitest';
import { forcedRetirements } from '../../src/corpus/forced-retirement.js';

describe('the worker’s choice of when to retire, taken from the worker', () => {
  it('points at the employer’s decision, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷职工达到法定退休年龄，用人单位根据生产经营需要，可以决定其弹性延迟退休，延迟时间最长不超过三年。';
    const [r] = forcedRetirements(text);
    expect(r).toMatchObject({ article: 3, phrase: '用人单位根据生产经营需要，可以决定其弹性延迟退休' });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads an early retirement arranged for the worker, and a worker told to obey', () => {
    expect(forcedRetirements('职工符合特殊工种提前退休条件的，由用人单位统一安排办理提前退休手续，职工本人不得选择继续工作至法定退休年龄。')).toHaveLength(1);
    expect(forcedRetirements('事业单位因工作需要，可以安排专业技术人员延迟退休，本人应当服从单位安排。')).toHaveLength(1);
    // The employer arranges it, and the worker may refuse only with a reason it accepts.
    expect(
      forcedRetirements('职工达到法定退休年龄后，用人单位因工作需要，可以安排职工弹性延迟退休，延迟时间最长不超过三年，职工无正当理由不得拒绝。')[0],
    ).toMatchObject({ phrase: '用人单位因工作需要，可以安排职工弹性延迟退休' });
    expect(forcedRetirements('企业可以安排职工弹性提前退休。')).toHaveLength(1);
  });

  it('is silent where the choice is kept', () => {
    expect(forcedRetirements('职工达到法定退休年龄，所在单位与职工协商一致的，可以弹性延迟退休。')).toEqual([]);
    expect(forcedRetirements('职工可以自愿选择弹性提前退休，用人单位不得强制。')).toEqual([]);
    expect(forcedRetirements('经本人申请，单位可以决定其弹性延迟退休。')).toEqual([]);
    expect(forcedRetirements('职工本人提出弹性延迟退休申请的，用人单位可以在协商一致后安排其延迟退休。')).toEqual([]);
  });
});
