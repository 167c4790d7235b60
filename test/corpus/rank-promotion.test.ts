import { describe, expect, it } from 'vitest';
import { rankStepsSkipped } from '../../src/corpus/rank-promotion.js';

describe('a civil servant’s rank promoted past the law’s steps (公务员法 第四十九条)', () => {
  it('reads a rank skipped and the announcement left out, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷民主测评优秀率达到90%以上且任职年限满规定年限的，可以越级晋升职级。';
    const [f] = rankStepsSkipped(text);
    expect(f).toMatchObject({ phrase: '可以越级晋升职级', article: 49, word: '逐级晋升' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(rankStepsSkipped('晋升四级主任科员以下职级的，经机关集体研究决定后可以不进行公示，直接按照管理权限审批。')).toMatchObject([
      { phrase: '可以不进行公示', word: '经公示后' },
    ]);
  });

  it('is silent on leading posts, on the rule kept and outside ranks', () => {
    expect(rankStepsSkipped('特别优秀的，经批准可以破格晋升领导职务。')).toEqual([]);
    expect(rankStepsSkipped('公务员职级应当逐级晋升，不得越级晋升职级。')).toEqual([]);
    expect(rankStepsSkipped('专业技术岗位等级晋升结果经单位研究可以不进行公示。')).toEqual([]);
  });
});
