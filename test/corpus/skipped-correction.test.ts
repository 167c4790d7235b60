import { describe, expect, it } from 'vitest';
import { correctionsFirst, directFines, fineMatch, yuan } from '../../src/corpus/skipped-correction.js';

const LAW =
  '未按照本条例第三十二条规定明示有关事项，未按照本条例第三十六条规定提交经营情况年度报告的，由人力资源社会保障行政部门责令改正；拒不改正的，处5000元以上1万元以下的罚款。';

describe('a fine the law gives only after an order to correct', () => {
  it('reads sums in figures and in numerals alike', () => {
    expect([yuan('5000'), yuan('1万'), yuan('一万'), yuan('0.5万'), yuan('５０００')]).toEqual([5000, 10000, 10000, 5000, 5000]);
  });

  it('points at the draft’s fine, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷机构未按照规定期限提交年度报告的，由人力资源社会保障部门处5000元以上1万元以下的罚款。';
    const [f] = directFines(text);
    expect(f).toMatchObject({ phrase: '处5000元以上1万元以下的罚款', low: 5000, high: 10000 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    // A PDF's justified line spaces the words out.
    expect(directFines('由人力资源社会保障行政部门处 5000 元以上 1 万元以下的罚款。')).toMatchObject([{ low: 5000, high: 10000 }]);
  });

  it('is silent where the draft orders a correction first', () => {
    expect(directFines('未按规定提交年度报告的，责令改正；拒不改正的，处5000元以上1万元以下的罚款。')).toEqual([]);
    expect(directFines('逾期不改正的，处五千元以上一万元以下的罚款。')).toEqual([]);
    expect(directFines('由人力资源社会保障部门责令 改 正； 拒 不改 正的 ， 处5000元以上1万元以下的罚款。')).toEqual([]);
  });

  it('matches the law’s fine by its sums and its conduct, article numbers left out', () => {
    const [law] = correctionsFirst(LAW);
    expect(law).toMatchObject({ low: 5000, high: 10000, words: '责令改正；拒不改正的，处5000元以上1万元以下的罚款' });
    const [same] = directFines('第十一条　机构未按照规定期限提交年度报告的，由人力资源社会保障部门处5000元以上1万元以下的罚款。');
    expect(fineMatch(same, law)).toBeGreaterThan(0);
    const [otherSums] = directFines('机构未按照规定期限提交年度报告的，处2000元以上3000元以下的罚款。');
    expect(fineMatch(otherSums, law)).toBe(0);
    const [otherConduct] = directFines('用人单位拖欠劳动报酬的，处5000元以上1万元以下的罚款。');
    expect(fineMatch(otherConduct, law)).toBe(0);
    expect(correctionsFirst('违反本条例规定的，处5000元以上1万元以下的罚款。')).toEqual([]);
  });
});
