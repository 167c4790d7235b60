import { describe, expect, it } from 'vitest';
import { lawLimits, negatedLimits, sameMeasure } from '../../src/corpus/negated-limits.js';

describe('a limit the law sets, taken away in its words', () => {
  it('points at the negated limit, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷多领的待遇由其继承人全额退还，不以所得遗产实际价值为限。';
    const [n] = negatedLimits(text);
    expect(n).toMatchObject({ phrase: '不以所得遗产实际价值为限', measure: '所得遗产实际价值' });
    expect(text.slice(n.start, n.end)).toBe(n.phrase);
  });

  it('is silent on a short measure, a case and a ban', () => {
    expect(negatedLimits('补贴对象包括但不以此为限。')).toEqual([]);
    expect(negatedLimits('约定不以所得遗产实际价值为限的，该约定无效。')).toEqual([]);
    expect(negatedLimits('不得约定继承人的责任不以所得遗产实际价值为限。')).toEqual([]);
  });

  it('reads the law’s limits, not its own negations, and compares measures in other words', () => {
    const law = '继承人以所得遗产实际价值为限清偿被继承人依法应当缴纳的税款和债务。超过遗产实际价值部分，继承人自愿偿还的不在此限。';
    expect(lawLimits(law)).toEqual([{ measure: '所得遗产实际价值', sentence: '继承人以所得遗产实际价值为限清偿被继承人依法应当缴纳的税款和债务' }]);
    expect(lawLimits('赔偿不以实际损失数额为限。')).toEqual([]);
    expect(sameMeasure('其继承的遗产实际价值', '所得遗产实际价值')).toBe(true);
    expect(sameMeasure('本人实际缴费年限', '所得遗产实际价值')).toBe(false);
  });
});
