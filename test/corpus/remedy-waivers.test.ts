import { describe, expect, it } from 'vitest';
import { remedyWaivers } from '../../src/corpus/remedy-waivers.js';

const phrases = (t: string) => remedyWaivers(t).map((f) => f.phrase);

describe('review and suit given up for a grant', () => {
  it('finds the promise in several wordings, with offsets after astral characters', () => {
    const text = '𠮷申请信用修复的，应当书面承诺不就原行政处罚决定申请行政复议或者提起行政诉讼。';
    const [f] = remedyWaivers(text);
    expect(f).toMatchObject({ article: 7, clause: 1, phrase: '承诺不就原行政处罚决定申请行政复议' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(phrases('当事人声明放弃申请行政复议的，可以按照处罚幅度的下限给予行政处罚。')).toEqual(['声明放弃申请行政复议']);
    expect(phrases('对已经提起行政诉讼的当事人，应当先行撤回起诉后方可申请减轻行政处罚。')).toEqual(['先行撤回起诉']);
  });

  it('stays silent on a ban on the demand and outside administrative penalties', () => {
    expect(phrases('行政机关不得以当事人承诺放弃申请行政复议作为减轻行政处罚的条件。')).toEqual([]);
    expect(phrases('申请人承诺不就工伤认定结论提起诉讼的，经办机构可以先行支付。')).toEqual([]);
  });
});
