import { describe, expect, it } from 'vitest';
import { delayedDuties, delaysDuty, immediateDuties } from '../../src/corpus/immediate-duties.js';

const LAW = '发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人。通知应当包括下列事项：';

describe('a duty the law wants done at once', () => {
  it('reads the law’s case and act, and the draft’s period, in UTF-16 offsets after astral characters', () => {
    const [law] = immediateDuties(LAW);
    expect(law.caseText).toBe('发生或者可能发生个人信息泄露、篡改、丢失的');
    expect(law.act).toContain('通知履行个人信息保护职责的部门和个人');
    const text = '𠮷发生简历信息泄露、篡改、丢失的，平台应当在发现之日起30日内通知履行个人信息保护职责的部门和受影响的求职者。';
    const [mine] = delayedDuties(text);
    expect(text.slice(mine.start, mine.end)).toBe('应当在发现之日起30日内通知履行个人信息保护职责的部门和受影响的求职者');
    expect(delaysDuty(mine, law)).toBe(true);
  });

  it('holds the same act in other words and with another period against it', () => {
    const [law] = immediateDuties(LAW);
    const [mine] = delayedDuties('发生或者可能发生个人信息泄露、篡改、丢失的，服务机构须于十五个工作日内通知履行个人信息保护职责的部门和个人。');
    expect(delaysDuty(mine, law)).toBe(true);
  });

  it('is silent where the draft keeps it immediate, on another act and outside the law’s case', () => {
    const [law] = immediateDuties(LAW);
    expect(delayedDuties('发生个人信息泄露的，应当立即采取补救措施，并在24小时内通知有关部门。')).toEqual([]);
    const [otherAct] = delayedDuties('发生或者可能发生个人信息泄露、篡改、丢失的，应当在30日内报送年度安全评估报告。');
    expect(otherAct === undefined || !delaysDuty(otherAct, law)).toBe(true);
    const [otherCase] = delayedDuties('检查结束后，服务机构应当在15日内通知履行个人信息保护职责的部门和个人。');
    expect(delaysDuty(otherCase, law)).toBe(false);
  });
});
