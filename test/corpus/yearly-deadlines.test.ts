import { describe, expect, it } from 'vitest';
import { laterThanLaw, yearlyDeadlines } from '../../src/corpus/yearly-deadlines.js';

const LAW = '县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。';

describe('a yearly deadline for the law’s act moved later', () => {
  it('reads the date and the act after it, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷各市州人力资源社会保障部门应当在每年3月31日前向本级政府信息公开工作主管部门提交本机关上一年度政府信息公开工作年度报告。';
    const [d] = yearlyDeadlines(text);
    expect(d).toMatchObject({ phrase: '每年3月31日前', day: 3 * 32 + 31 });
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
    expect(laterThanLaw(d, yearlyDeadlines(LAW)[0])).toBe(true);
    expect(yearlyDeadlines('应当在每年 3 月 31 日前向本级政府信息公开工作主管部门提交年度报告。')).toMatchObject([{ day: 3 * 32 + 31 }]);
  });

  it('leaves an earlier date, the same date in Chinese numerals, and another act', () => {
    const [law] = yearlyDeadlines(LAW);
    const earlier = yearlyDeadlines('各部门应当在每年1月15日前向本级政府信息公开工作主管部门提交上一年度政府信息公开工作年度报告。')[0];
    const same = yearlyDeadlines('各部门应当在每年一月三十一日前向本级政府信息公开工作主管部门提交上一年度政府信息公开工作年度报告。')[0];
    const other = yearlyDeadlines('用人单位应当在每年3月31日前报送上一年度安排残疾人就业情况。')[0];
    expect([earlier, same, other].map((d) => laterThanLaw(d, law))).toEqual([false, false, false]);
  });
});
