import { describe, expect, it } from 'vitest';
import { finalDecisions } from '../../src/corpus/final-decisions.js';

describe('a social insurance agency’s decision made final (社会保险法 第八十三条第二款)', () => {
  it('reads the review made the last word, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷工伤职工对核定的待遇有异议的，可以向社会保险经办机构申请复核。社会保险经办机构作出的复核决定为最终决定。';
    const [f] = finalDecisions(text);
    expect(f).toMatchObject({ phrase: '复核决定为最终决定', article: 83, clause: 2 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('is silent where the remedies are kept, on a final award the law makes, and outside social insurance', () => {
    expect(finalDecisions('经办机构的复核决定为最终决定，但当事人可以依法申请行政复议或者提起行政诉讼。')).toEqual([]);
    expect(finalDecisions('追索劳动报酬不超过当地月最低工资标准十二个月金额的争议，仲裁裁决为终局裁决。')).toEqual([]);
    expect(finalDecisions('竞赛组委会的复核结果为最终结果。', undefined, '湖南省职业技能竞赛管理办法')).toEqual([]);
  });
});
