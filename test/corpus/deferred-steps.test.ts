import { describe, expect, it } from 'vitest';
import { defersLawStep, deferredSteps, lawPrerequisites, skippedSteps, skipsLawStep } from '../../src/corpus/deferred-steps.js';

const LAW_58 =
  '有下列情形之一，在行政机关负责人作出行政处罚的决定之前，应当由从事行政处罚决定法制审核的人员进行法制审核；未经法制审核或者审核未通过的，不得作出决定：';

describe('a step the law puts before an act, made up after it', () => {
  it('reads the law’s step and the act it bars until then, for procedures only', () => {
    expect(lawPrerequisites(LAW_58)).toMatchObject([{ step: '法制审核', act: '作出决定' }]);
    expect(lawPrerequisites('决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论。')).toMatchObject([
      { step: '合法性审查', act: '提交决策机关讨论' },
    ]);
    // Consent is no procedure of the administration.
    expect(lawPrerequisites('未经劳动者同意，不得公开或者利用其个人信息。')).toEqual([]);
  });

  it('points at the draft’s deferral in UTF-16 offsets after astral characters', () => {
    const text = '𠮷案件情况紧急的，可以先行作出决定，并在作出决定后五个工作日内补办法制审核手续。';
    const [d] = deferredSteps(text);
    expect(d).toMatchObject({ act: '作出决定', step: '法制审核' });
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
    expect(d.phrase.startsWith('先行作出决定')).toBe(true);
  });

  it('holds the deferral against the law whose step and act it shares, and nothing else', () => {
    const [law] = lawPrerequisites(LAW_58);
    const held = (text: string): boolean => deferredSteps(text).some((d) => defersLawStep(d, law));
    expect(held('情况紧急的，可以先行作出处罚决定，事后补办法制审核手续。')).toBe(true);
    expect(held('职工因急病可以先行请假，并在返岗后两个工作日内补办请假手续。')).toBe(false);
    expect(held('可以先行进场施工，并于进场之日起7日内补办用工实名登记。')).toBe(false);
    expect(held('行政处罚决定应当经法制审核后作出，不得先行作出决定再补办审核。')).toBe(false);
  });
});

describe('a step the law puts before an act, skipped', () => {
  const MEDIATION = '仲裁庭在作出裁决前，应当先行调解。';
  const WARNING =
    '行政机关申请人民法院强制执行前，应当催告当事人履行义务。催告书送达十日后当事人仍未履行义务的，行政机关可以向所在地有管辖权的人民法院申请强制执行。';

  it('reads the step the law puts first in so many words, by its first word', () => {
    expect(lawPrerequisites(MEDIATION)).toMatchObject([{ step: '调解', act: '作出裁决', form: 'before' }]);
    expect(lawPrerequisites(WARNING)).toMatchObject([{ step: '催告', act: '行政机关申请人民法院强制执行', form: 'before' }]);
    expect(lawPrerequisites('用人单位在解除劳动合同前，应当支付经济补偿。')).toEqual([]);
  });

  it('points at the skip in UTF-16 offsets after astral characters, in several wordings', () => {
    const text = '𠮷案情简单、事实清楚的，仲裁庭可以不经调解直接作出裁决。';
    const [d] = skippedSteps(text);
    expect(d).toMatchObject({ step: '调解', act: '作出裁决' });
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
    const [mediation] = lawPrerequisites(MEDIATION);
    const [warning] = lawPrerequisites(WARNING);
    const held = (draft: string, law = mediation): boolean => skippedSteps(draft).some((d) => skipsLawStep(d, law));
    expect(held('当事人拒不到庭的，仲裁庭不必经过调解，直接作出裁决。')).toBe(true);
    expect(held('当事人下落不明的，无需催告，直接申请人民法院强制执行。', warning)).toBe(true);
  });

  it('is silent on a party’s own act, on another step and where the step is kept', () => {
    const [mediation] = lawPrerequisites(MEDIATION);
    const held = (draft: string): boolean => skippedSteps(draft).some((d) => skipsLawStep(d, mediation));
    expect(held('当事人不愿调解的，可以不经调解直接申请仲裁。')).toBe(false);
    expect(held('仲裁庭可以不经开庭直接作出裁决。')).toBe(false);
    expect(held('仲裁庭应当先行调解，不得不经调解直接作出裁决。')).toBe(false);
  });
});

describe('a training the law wants passed before work, put after it', () => {
  const LAW_28 = '生产经营单位应当对从业人员进行安全生产教育和培训。未经安全生产教育和培训合格的从业人员，不得上岗作业。';

  it('reads the training and the work it bars until then', () => {
    expect(lawPrerequisites(LAW_28)).toMatchObject([{ step: '安全生产教育和培训', act: '上岗作业' }]);
  });

  it('points at the deferral in UTF-16 offsets after astral characters, and holds it against the law', () => {
    const [law] = lawPrerequisites(LAW_28);
    const text = '𠮷企业新招用的一线职工可以先行上岗作业，由企业在其上岗后3个月内组织完成安全生产教育和培训。';
    const [d] = deferredSteps(text);
    expect(d).toMatchObject({ act: '上岗作业', step: '安全生产教育和培训' });
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
    expect(defersLawStep(d, law)).toBe(true);
    const held = (draft: string): boolean => deferredSteps(draft).some((x) => defersLawStep(x, law));
    expect(held('季节性用工人员可先上岗作业，并于上岗之日起一个月内参加安全生产教育和培训。')).toBe(true);
  });

  it('is silent where the training comes first or the deferral is forbidden', () => {
    const [law] = lawPrerequisites(LAW_28);
    const held = (draft: string): boolean => deferredSteps(draft).some((x) => defersLawStep(x, law));
    expect(held('新招用职工应当先接受安全生产教育和培训，经考核合格后方可上岗作业。')).toBe(false);
    expect(held('企业不得先行安排职工上岗作业，再于上岗后补做安全生产教育和培训。')).toBe(false);
    expect(held('职工可以先行参加岗位练兵，并在三个月内完成技能等级认定。')).toBe(false);
  });
});
