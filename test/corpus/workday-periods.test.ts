import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countsInWorkdays, workdayCountingOf } from '../../src/corpus/workday-periods.js';
import { sharedPath } from '../helpers/shared.js';

/** The provisions of a shared-corpus law, one per line as stored. */
const law = (file: string): string[] => readFileSync(sharedPath('corpus', 'texts', 'law', file), 'utf8').split('\n');

describe('laws that count their periods in working days', () => {
  it('reads the three ways real laws say it, from their own texts', () => {
    // 行政许可法 第八十二条: every period of the law.
    const licensing = workdayCountingOf(law('administrative-licensing-law-20190423.md'));
    expect(licensing).toEqual({ all: true, upTo: null, values: [] });
    expect(countsInWorkdays(licensing, 20)).toBe(true);
    // 行政强制法 第六十九条: periods of ten days or less.
    const compulsion = workdayCountingOf(law('administrative-compulsion-law-20110630.md'));
    expect(compulsion).toEqual({ all: false, upTo: 10, values: [] });
    expect([10, 11].map((d) => countsInWorkdays(compulsion, d))).toEqual([true, false]);
    // 行政处罚法 第八十五条 and 行政复议法 (2023): listed numbers of days only.
    const penalty = workdayCountingOf(law('administrative-penalty-law-20210122.md'));
    expect(penalty).toEqual({ all: false, upTo: null, values: [2, 3, 5, 7] });
    expect([5, 15].map((d) => countsInWorkdays(penalty, d))).toEqual([true, false]);
    expect(workdayCountingOf(law('administrative-reconsideration-law-20230901.md'))?.values).toEqual([3, 5, 7, 10]);
  });

  it('finds nothing where a law only uses working days in a period of its own, or counts in calendar days', () => {
    expect(workdayCountingOf(['第二十九条 劳动争议仲裁委员会收到仲裁申请之日起五日内，认为符合受理条件的，应当受理。'])).toBeNull();
    expect(workdayCountingOf(['第十条 用人单位应当在五个工作日内办理。', '第九十条 本条例规定的期限以日计算。'])).toBeNull();
    expect(countsInWorkdays(null, 5)).toBe(false);
  });

  it('reads numbers written in digits or Chinese, fullwidth too', () => {
    expect(workdayCountingOf(['本法中１０日以内期限的规定是指工作日，不含法定节假日。'])?.upTo).toBe(10);
    expect(workdayCountingOf(['本法关于期间有关“三日”、“十五日”的规定是指工作日。'])?.values).toEqual([3, 15]);
  });
});
