import { describe, expect, it } from 'vitest';
import { protectedTerminations } from '../../src/corpus/protected-termination.js';

describe('contracts the law keeps alive, ended', () => {
  it('points at the ending in a protected case, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷疑似职业病病人在医学观察期间劳动合同期满的，用人单位可以按期终止劳动合同，但应当依法支付经济补偿。';
    const [r] = protectedTerminations(text);
    expect(r).toMatchObject({ phrase: '用人单位可以按期终止', article: 45, title: '中华人民共和国劳动合同法' });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads an ending at expiry in other cases and words, and a capped extension', () => {
    expect(protectedTerminations('劳动合同期满时女职工处于哺乳期的，用人单位提前三十日书面通知后，可以按期终止劳动合同。')).toHaveLength(1);
    expect(protectedTerminations('劳动合同期满时职工仍在医疗期内的，劳动合同到期终止。')).toHaveLength(1);
    expect(protectedTerminations('在本单位连续工作满十五年且距法定退休年龄不足五年的劳动者，劳动合同到期的，单位可以依法终止。')).toHaveLength(1);
    const [capped] = protectedTerminations(
      '劳动者患病或者非因工负伤，劳动合同期满时仍在医疗期内的，劳动合同续延至医疗期满时终止，但续延期限最长不超过六个月。',
    );
    expect(capped.phrase).toBe('续延期限最长不超过六个月');
  });

  it('is silent where the extension is kept, the worker asks, the case is unprotected or a work injury', () => {
    expect(protectedTerminations('劳动合同期满，女职工在孕期、产期、哺乳期的，劳动合同应当续延至哺乳期满时终止。')).toEqual([]);
    expect(protectedTerminations('劳动合同期满时劳动者仍在医疗期内的，劳动合同顺延至医疗期满时自动终止。')).toEqual([]);
    expect(protectedTerminations('哺乳期内劳动合同期满，女职工本人要求终止劳动合同的，用人单位可以按期终止。')).toEqual([]);
    expect(protectedTerminations('劳动合同期满，用人单位可以按期终止劳动合同，并依法支付经济补偿。')).toEqual([]);
    expect(protectedTerminations('七级伤残职工劳动合同期满的，用人单位可以终止劳动合同，并支付一次性伤残就业补助金。')).toEqual([]);
  });

  it('reads the employer ending a disabled worker’s employment by grade', () => {
    const [five] = protectedTerminations('职工因工致残被鉴定为五级、六级伤残的，用人单位应当为其安排适当工作；难以安排工作的，用人单位可以与其解除劳动关系。');
    expect(five).toMatchObject({ article: 36, word: '本人提出', phrase: '用人单位可以与其解除劳动关系' });
    const [three] = protectedTerminations('职工因工致残被鉴定为三级伤残的，用人单位可以终止劳动关系。');
    expect(three).toMatchObject({ article: 35, word: '保留劳动关系' });
    expect(protectedTerminations('经工伤职工本人提出，五级、六级伤残职工可以与用人单位解除或者终止劳动关系。')).toEqual([]);
    expect(protectedTerminations('五级至八级伤残职工的劳动关系，用人单位可以依法解除劳动合同。')).toEqual([]);
    expect(protectedTerminations('疑似职业病病人在诊断或者医学观察期间聘用合同期满的，聘用合同终止，费用由事业单位承担。')).toMatchObject([
      { article: 45, phrase: '聘用合同终止' },
    ]);
    // 不得 is no leave to end it, with or without 与其 between.
    expect(protectedTerminations('工作人员因工致残被鉴定为一级至四级伤残的，保留人事关系，退出工作岗位，事业单位不得与其解除聘用合同。')).toEqual([]);
  });

  it('reads the loss of withheld evidence put on the worker, and keeps the law’s rule silent', () => {
    const [r] = protectedTerminations('考勤记录由用人单位保存；用人单位拒不提供的，视为劳动者举证不能。');
    expect(r).toMatchObject({ article: 6, phrase: '用人单位拒不提供的，视为劳动者举证不能' });
    expect(protectedTerminations('与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供；用人单位不提供的，应当承担不利后果。')).toEqual([]);
    expect(protectedTerminations('劳动者主张加班费的，应当就加班事实的存在承担举证责任。')).toEqual([]);
  });
});

describe('a protected worker dismissed under 第四十条 or 第四十一条 (劳动合同法 第四十二条)', () => {
  it('reads a lay-off and a dismissal on notice, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷哺乳期女职工所在岗位因企业转产被整体撤销的，企业可以将其列入被裁减人员名单。';
    const [f] = protectedTerminations(text);
    expect(f).toMatchObject({ title: '中华人民共和国劳动合同法', article: 42 });
    expect(text.slice(f.start, f.end)).toBe('可以将其列入被裁减人员名单');
    const [g] = protectedTerminations(
      '工伤职工经鉴定为九级伤残，不能从事原工作的，用人单位可以依照《中华人民共和国劳动合同法》第四十条的规定，提前三十日以书面形式通知本人后解除劳动合同。',
    );
    expect(g).toMatchObject({ article: 42 });
  });

  it('is silent where the sentence keeps the protection, at the end of medical leave and under another law’s article', () => {
    expect(protectedTerminations('孕期、产期、哺乳期的女职工不得列入被裁减人员名单。')).toEqual([]);
    expect(protectedTerminations('劳动者医疗期满后不能从事原工作的，用人单位可以依照《中华人民共和国劳动合同法》第四十条的规定解除劳动合同。')).toEqual([]);
    expect(protectedTerminations('工伤职工有下列情形的，依照《工伤保险条例》第四十条的规定调整待遇。')).toEqual([]);
  });
});

describe('records the employer keeps laid on the worker to produce (劳动争议调解仲裁法 第六条)', () => {
  it('reads the demand and the loss after the semicolon, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷职工主张用人单位未安排其休年休假的，应当自行提供考勤记录、休假审批记录等证据；职工不能提供的，由职工承担不利后果。';
    const [f] = protectedTerminations(text);
    expect(f).toMatchObject({ article: 6 });
    expect(text.slice(f.start, f.end)).toBe('应当自行提供考勤记录、休假审批记录等证据；职工不能提供的，由职工承担不利后果');
  });

  it('is silent where the employer bears the loss or the papers are the worker’s own', () => {
    expect(protectedTerminations('职工主张加班的，应当提供加班审批记录；用人单位不提供的，由用人单位承担不利后果。')).toEqual([]);
    expect(protectedTerminations('劳动者应当提供本人的身份证明；不能提供的，不予受理。')).toEqual([]);
  });
});
