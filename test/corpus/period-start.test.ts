import { describe, expect, it } from 'vitest';
import { movedStart, periodStarts } from '../../src/corpus/period-start.js';

const LAW = '前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。';

describe('where the law starts a period', () => {
  it('reads the case and the event, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷违法行为有连续或者继续状态的，自违法行为开始之日起计算。';
    const [s] = periodStarts(text);
    expect(s).toMatchObject({ caseText: '𠮷违法行为有连续或者继续状态的', event: '违法行为开始' });
    expect(text.slice(s.start, s.end)).toBe('自违法行为开始之日起计算');
    expect(periodStarts('违法行为有连续或者继续状态的， 亦从违法 行为开始之日起计算。')).toMatchObject([{ event: '违法行为开始' }]);
  });

  it('holds a start at the other end of the law’s event for the law’s case against it', () => {
    const law = periodStarts(LAW);
    const [mine] = periodStarts('违法行为有连续或者继续状态的，自违法行为开始之日起计算。');
    expect(law.some((l) => movedStart(mine, l))).toBe(true);
  });

  it('is silent on the law’s own start, on another case and on another kind of event', () => {
    const law = periodStarts(LAW);
    const [same] = periodStarts('违法行为有连续或者继续状态的，从行为终了之日起计算。');
    expect(law.some((l) => movedStart(same, l))).toBe(false);
    const [otherCase] = periodStarts('申请人对复核结果有异议的，自复核程序开始之日起计算。');
    expect(law.some((l) => movedStart(otherCase, l))).toBe(false);
    const [otherEvent] = periodStarts('违法行为有连续或者继续状态的，自收到举报之日起计算。');
    expect(law.some((l) => movedStart(otherEvent, l))).toBe(false);
  });
});
