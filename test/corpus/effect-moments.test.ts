import { describe, expect, it } from 'vitest';
import { draftEffects, lawEffects, otherMoment } from '../../src/corpus/effect-moments.js';

const LAW_14 = '调解协议书由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力，当事人应当履行。';
const LAW_42 = '调解书由仲裁员签名，加盖劳动争议仲裁委员会印章，送达双方当事人。调解书经双方当事人签收后，发生法律效力。';

describe('when a paper takes effect', () => {
  it('reads the paper and what makes it take effect from the law', () => {
    expect(lawEffects(LAW_14)).toMatchObject([{ paper: '调解协议书', trigger: '由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章' }]);
    expect(lawEffects(LAW_42)).toMatchObject([{ paper: '调解书', trigger: '经双方当事人签收' }]);
    // The paper spoken of, not the moment it takes effect.
    expect(lawEffects('调解协议书的内容应当载明争议事项。')).toEqual([]);
  });

  it('points at the draft’s moment in UTF-16 offsets after astral characters', () => {
    const text = '𠮷仲裁庭在线调解达成协议的，应当制作调解书，调解书通过平台推送至当事人账户即发生法律效力。';
    const [d] = draftEffects(text);
    expect(d).toMatchObject({ paper: '调解书', trigger: '通过平台推送至当事人账户' });
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
  });

  it('holds another act than the law’s against it, in several wordings', () => {
    const [law14] = lawEffects(LAW_14);
    const [law42] = lawEffects(LAW_42);
    const other = (draft: string, law = law14): boolean => draftEffects(draft).some((d) => otherMoment(d, law));
    expect(other('调解协议书经劳动人事争议仲裁委员会审查确认后生效。')).toBe(true);
    expect(other('调解协议书由双方当事人签名，并报仲裁委员会备案后生效。')).toBe(true);
    expect(other('调解书通过平台推送至当事人账户即发生法律效力。', law42)).toBe(true);
    expect(other('调解书自送达之日起发生法律效力。', law42)).toBe(true);
  });

  it('is silent where the draft names only the law’s acts, names none, or denies the effect', () => {
    const [law14] = lawEffects(LAW_14);
    const [law42] = lawEffects(LAW_42);
    const other = (draft: string, law = law14): boolean => draftEffects(draft).some((d) => otherMoment(d, law));
    expect(other('电子调解协议书经双方当事人电子签名、调解员电子签名并加盖调解组织电子印章后生效。')).toBe(false);
    expect(other('调解协议书由双方当事人签字或者盖章，经调解员签字并加盖调解委员会印章后生效。')).toBe(false);
    expect(other('调解书经双方当事人签收后，发生法律效力。', law42)).toBe(false);
    expect(other('调解协议书未经双方当事人签名的，不发生效力。')).toBe(false);
    expect(other('本协议自签订之日起生效。')).toBe(false);
    // The settlement of another procedure, under the same name.
    expect(other('行政复议调解书经双方当事人签字后生效。', law42)).toBe(false);
    expect(other('人民法院调解书经双方当事人签字即发生法律效力。', law42)).toBe(false);
  });
});
