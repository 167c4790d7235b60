import { describe, expect, it } from 'vitest';
import { specialOperationWaivers } from '../../src/corpus/special-operations.js';

const phrases = (t: string) => specialOperationWaivers(t).map((f) => f.phrase);

describe('special-operation qualification waived', () => {
  it('finds the waiver in several wordings, with offsets after astral characters', () => {
    const text = '𠮷取得高级工证书的人员，从事相应特种作业时可以不再取得特种作业操作资格，由用人单位直接安排上岗。';
    const [f] = specialOperationWaivers(text);
    expect(f).toMatchObject({ phrase: '可以不再取得特种作业操作资格', article: 30, clause: 1 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(phrases('获奖选手回到所在单位后可以不再经专门的安全作业培训取得特种作业操作证，直接上岗从事相应特种作业。')).toEqual([
      '可以不再经专门的安全作业培训取得特种作业操作证',
    ]);
    expect(phrases('竞赛获奖的焊工可以先上岗后取证，从事特种作业。')).toEqual(['可以先上岗后取证']);
  });

  it('stays silent where the qualification is required, and outside special operations', () => {
    expect(phrases('从事特种作业的人员应当持证上岗，未取得特种作业操作证的，不得上岗作业。')).toEqual([]);
    expect(phrases('特种作业人员必须经专门的安全作业培训，取得相应资格，方可上岗作业。')).toEqual([]);
    expect(phrases('取得高级工证书的人员，申报技师时可以不再取得中级工证书。')).toEqual([]);
  });
});
