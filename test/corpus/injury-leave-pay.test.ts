import { describe, expect, it } from 'vitest';
import { injuryLeavePay } from '../../src/corpus/injury-leave-pay.js';

describe('pay stopped or cut while an injured worker is off work (工伤保险条例第三十三条第一款)', () => {
  it('points at the cut, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷服务人员因工作遭受事故伤害，需要暂停工作接受治疗的，停工治疗期间停止发放工作生活补贴，返岗后恢复发放。';
    const [f] = injuryLeavePay(text);
    expect(f).toMatchObject({ phrase: '停止发放工作生活补贴', article: 33, clause: 1 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads it in several wordings', () => {
    expect(injuryLeavePay('职工发生工伤的，停工留薪期内工资按本人基本工资的70%发放。')).toHaveLength(1);
    expect(injuryLeavePay('患职业病的职工在停工留薪期内，企业可以停发其绩效工资。')).toHaveLength(1);
  });

  it('is silent after the period, where the pay is kept, and without an injury at work', () => {
    expect(injuryLeavePay('工伤职工停工留薪期满后仍需治疗的，继续享受工伤医疗待遇，停发原工资福利待遇。')).toEqual([]);
    expect(injuryLeavePay('职工因工负伤的，停工留薪期内原工资福利待遇不变，由所在单位按月支付。')).toEqual([]);
    expect(injuryLeavePay('职工患病治疗期间，停止发放绩效工资，按病假工资标准支付。')).toEqual([]);
  });
});
