import { describe, expect, it } from 'vitest';
import { securityNumbers } from '../../src/corpus/security-numbers.js';

describe('a social security number other than the identity number (社会保险法第五十八条第三款)', () => {
  it('points at the number assigned anew, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷参保人员由外省转入我省参保的，由我省社会保险经办机构为其重新编制个人社会保障号码，原社会保障号码同时停止使用。';
    const [f] = securityNumbers(text);
    expect(f).toMatchObject({ phrase: '重新编制个人社会保障号码', article: 58, clause: 3 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads it in several wordings', () => {
    expect(securityNumbers('新参保人员的社会保障号码按照本省编码规则生成，共十八位。')).toHaveLength(1);
    expect(securityNumbers('经办机构应当为灵活就业人员另行分配社会保障号码。')).toHaveLength(1);
  });

  it('is silent where the identity number is kept, for foreigners, and on card numbers', () => {
    expect(securityNumbers('个人社会保障号码为公民身份号码，经办机构不得另行编制。')).toEqual([]);
    expect(securityNumbers('在本省就业的外国人，由经办机构按照国家规定为其分配社会保障号码。')).toEqual([]);
    expect(securityNumbers('社会保障卡卡号由发卡银行按照规则生成。')).toEqual([]);
  });
});
