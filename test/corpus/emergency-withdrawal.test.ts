import { describe, expect, it } from 'vitest';
import { emergencyWithdrawals } from '../../src/corpus/emergency-withdrawal.js';

describe('leaving work in an emergency made to wait or punished', () => {
  it('points from the approval to the penalty, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷劳动者认为作业现场存在直接危及人身安全的紧急情况，需要停止作业的，应当事先报告现场负责人并经其批准；未经批准擅自停止作业的，按旷工处理。';
    const [r] = emergencyWithdrawals(text);
    expect(r).toMatchObject({ article: 55, clause: 1 });
    expect(r.phrase.startsWith('应当事先报告现场负责人并经其批准')).toBe(true);
    expect(r.phrase.endsWith('旷工')).toBe(true);
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads approval and a penalty alone, in other words', () => {
    expect(emergencyWithdrawals('遇有险情需要撤离作业场所的，须经班组长同意后方可撤离。')).toHaveLength(1);
    const [p] = emergencyWithdrawals('发生危及人身安全的紧急情况时，未经同意擅自撤离的，扣减当月绩效工资。');
    expect(p).toMatchObject({ clause: 2 });
  });

  it('is silent on the right restated, a report after the stop, and work stopped for other reasons', () => {
    expect(emergencyWithdrawals('从业人员发现直接危及人身安全的紧急情况时，有权停止作业或者在采取可能的应急措施后撤离作业场所。')).toEqual([]);
    expect(emergencyWithdrawals('发现险情停止作业后，应当立即报告现场负责人。')).toEqual([]);
    expect(emergencyWithdrawals('用人单位不得因劳动者在紧急情况下停止作业而降低其工资。')).toEqual([]);
    expect(emergencyWithdrawals('设备检修需要停止作业的，应当经车间主任批准。')).toEqual([]);
  });
});
