import { describe, expect, it } from 'vitest';
import { pregnancyDetriments } from '../../src/corpus/pregnancy-detriment.js';

describe('a woman’s pay or career cut for pregnancy, maternity leave or nursing', () => {
  it('points at the cut, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷孕期女职工经医疗机构证明需要减轻劳动量的，用人单位可以按照其实际承担的工作量相应核减工资，但核减后的工资不得低于当地最低工资标准。';
    const [r] = pregnancyDetriments(text);
    expect(r).toMatchObject({ article: 48, what: 'pay', phrase: '核减工资' });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
  });

  it('reads pay at another post’s rate, pro-rated bonuses and promotions deferred', () => {
    expect(pregnancyDetriments('女职工在孕期调整到其他岗位的，用人单位可以按照调整后岗位的工资标准支付工资。')[0]).toMatchObject({ what: 'pay' });
    expect(pregnancyDetriments('当年休产假的女职工，年终一次性奖金按其实际在岗月数折算发放。')).toHaveLength(1);
    expect(pregnancyDetriments('女职工休产假当年，暂缓将其列入岗位晋升和职级评定范围。')[0]).toMatchObject({ what: 'career' });
    expect(pregnancyDetriments('用人单位可以将其技能等级晋升和相应岗位聘任推迟至哺乳期满后办理。')[0]).toMatchObject({ what: 'career' });
    expect(pregnancyDetriments('申报人在申报年度内处于产假或者哺乳期的，所在单位暂不推荐其申报，待哺乳期满后再予推荐。')).toMatchObject([
      { phrase: '暂不推荐其申报', what: 'career' },
    ]);
    expect(pregnancyDetriments('女性公务员依法休产假的期间，不计算为晋升职级的任职年限。')).toMatchObject([{ what: 'career' }]);
    expect(pregnancyDetriments('女职工依法休产假的期间，计入晋升职级的任职年限，不影响其推荐申报。')).toEqual([]);
    expect(pregnancyDetriments('处于孕期、产期或者哺乳期的女性申报人，当年度暂缓申报，相关情形消除后再行申报。')).toMatchObject([{ phrase: '暂缓申报' }]);
    expect(pregnancyDetriments('孕期女职工本人可以申请暂缓申报职称评审，待产假结束后申报。')).toEqual([]);
  });

  it('is silent on the rule kept, a breach named for a penalty, maternity allowance and the family-planning body', () => {
    expect(pregnancyDetriments('用人单位不得因女职工怀孕、生育、哺乳降低其工资。')).toEqual([]);
    expect(pregnancyDetriments('女职工在孕期调整岗位的，工资待遇不因调岗而降低。')).toEqual([]);
    expect(pregnancyDetriments('查实用人单位因怀孕、产假等情形降低女职工工资的，依法予以处罚。')).toEqual([]);
    expect(pregnancyDetriments('女职工产假期间享受生育津贴，生育津贴低于本人工资标准的，由用人单位补足，不得降低其待遇。')).toEqual([]);
    expect(pregnancyDetriments('与卫生和计划生育行政部门共享信息，作为停发待遇的依据。')).toEqual([]);
  });

  it('reads a dismissal for the case itself and an appraisal capped for it, not a dismissal for misconduct', () => {
    const [d] = pregnancyDetriments('女职工在试用期内怀孕、生育，不能按期参加试用期考核的，事业单位可以解除聘用合同。');
    expect(d).toMatchObject({ what: 'dismissal', phrase: '可以解除聘用合同' });
    const [g] = pregnancyDetriments('女职工当年休产假的，当年年度考核不得确定为优秀等次。');
    expect(g).toMatchObject({ what: 'career', phrase: '年度考核不得确定为优秀等次' });
    expect(pregnancyDetriments('女职工在孕期严重违反规章制度的，用人单位可以解除劳动合同。')).toEqual([]);
    expect(pregnancyDetriments('用人单位不得因女职工怀孕、生育、哺乳限制其参加职称评聘。')).toEqual([]);
  });
});
