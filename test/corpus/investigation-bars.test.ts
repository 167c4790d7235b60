import { describe, expect, it } from 'vitest';
import { investigationBarsLifted } from '../../src/corpus/investigation-bars.js';

describe('an act the law bars while an official is under investigation, allowed', () => {
  it('reads leave to promote or award during the case, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷公务员已被立案调查，但尚未作出处理决定的，经所在机关主要负责人同意，可以按期晋升职级。';
    const [f] = investigationBarsLifted(text);
    expect(f).toMatchObject({ phrase: '可以按期晋升', article: 52, clause: 2 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(investigationBarsLifted('推荐对象正在被立案调查的，可以先行作出奖励决定，待调查结束后再视情况予以维持或者撤销。')).toMatchObject([
      { phrase: '可以先行作出奖励' },
    ]);
  });

  it('leaves the bar kept, the act after the case, and the supervisory body’s own consent', () => {
    expect(investigationBarsLifted('公务员被立案调查的，暂缓晋升职级；调查结束后未受到处分的，可以按期晋升职级。')).toEqual([]);
    expect(investigationBarsLifted('公职人员在被立案调查期间，经监察机关同意，可以辞去公职。')).toEqual([]);
    expect(investigationBarsLifted('公职人员在被立案调查期间，经所在单位同意，可以辞去公职。')).toMatchObject([{ phrase: '可以辞去公职' }]);
    expect(investigationBarsLifted('推荐对象受到诫勉的，当年不得推荐；诫勉期满后，可以按规定予以奖励。')).toEqual([]);
  });

  it('reads promotion left open in a sanction’s term, not a pay step the law leaves open after a warning', () => {
    const text = '𠮷事业单位中从事管理的人员在政务处分期内受到警告处分的，不影响其参加专业技术岗位等级晋升竞聘。';
    const [f] = investigationBarsLifted(text);
    expect(f).toMatchObject({ phrase: '不影响其参加专业技术岗位等级晋升', article: 20 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(investigationBarsLifted('公务员在政务处分期内受到警告的，可以按期晋升职级。')).toMatchObject([{ article: 19 }]);
    expect(investigationBarsLifted('公务员在受处分期间受到警告处分的，可以晋升工资档次。')).toEqual([]);
    expect(investigationBarsLifted('公务员在政务处分期内不得晋升职级，处分期满后可以按规定晋升。')).toEqual([]);
  });
});
