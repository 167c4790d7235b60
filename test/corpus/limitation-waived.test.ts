import { describe, expect, it } from 'vitest';
import { limitationsWaived } from '../../src/corpus/limitation-waived.js';

describe('the time after which a wrong is no longer punished, taken away', () => {
  it('points at the waiver in UTF-16 offsets after astral characters, under the penalty law or the inspection regulation', () => {
    const text = '𠮷对提供虚假材料骗取资格的，不论发生时间长短，一经发现均予以处罚。';
    const [f] = limitationsWaived(text);
    expect(f).toMatchObject({ title: '中华人民共和国行政处罚法', article: 36, phrase: '不论发生时间长短' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(limitationsWaived('用人单位拖欠工资的违法行为不受二年期限限制，劳动保障监察机构应当立案查处。')).toMatchObject([
      { title: '劳动保障监察条例', article: 20 },
    ]);
    expect(limitationsWaived('对违法招用童工的，无论何时发现，均依法予以处罚。')).toHaveLength(1);
  });

  it('is silent on money recovered, on the limit restated, on discipline and on no time word', () => {
    expect(limitationsWaived('对骗取的社会保险待遇，不论时间长短，一经发现均予追回。')).toEqual([]);
    expect(limitationsWaived('违法行为在二年内未被发现的，不再给予行政处罚。')).toEqual([]);
    expect(limitationsWaived('违法行为在规定的期限内已被发现，或者已被举报、投诉的，不受该期限限制，应当依法查处。')).toEqual([]);
    expect(limitationsWaived('工作人员违规发放补贴的，不论时间长短，一经发现依法给予处分。')).toEqual([]);
    expect(limitationsWaived('对违法行为一经查实，依法予以处罚。')).toEqual([]);
    // Words of zeal say how firmly, not how long after.
    expect(limitationsWaived('对违法招用童工的，发现一起查处一起，并依法从重处罚。')).toEqual([]);
    expect(limitationsWaived('对违规发放补贴的行为，一经发现即予查处。')).toEqual([]);
  });

  it('reads a longer time within which a wrong is still punished, beyond two years', () => {
    expect(limitationsWaived('对已退出的机构，自其退出之日起五年内发现其违法行为的，仍应当依法给予行政处罚。').map((f) => f.article)).toEqual([36]);
    expect(limitationsWaived('用人单位的违法行为在3年内被举报的，劳动保障监察机构应当立案查处。').map((f) => f.title)).toEqual(['劳动保障监察条例']);
    // Two years is the law's own; five where life, health or financial safety is harmed.
    expect(limitationsWaived('违法行为在二年内被发现的，依法给予行政处罚。')).toEqual([]);
    expect(limitationsWaived('涉及公民生命健康安全且有危害后果的，在五年内发现的，依法给予行政处罚。')).toEqual([]);
    expect(limitationsWaived('违法行为在五年内未被发现的，不再给予行政处罚。')).toEqual([]);
  });
});
