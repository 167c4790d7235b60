import { describe, expect, it } from 'vitest';
import { localRates } from '../../src/corpus/local-rates.js';

describe('the unemployment insurance rate set below the province (失业保险条例第九条)', () => {
  it('points at the rate set, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷市州人民政府可以根据本地区失业保险基金支付能力，自行确定本地区失业保险费率，报省人力资源社会保障厅备案后执行。';
    const [f] = localRates(text);
    expect(f).toMatchObject({ phrase: '自行确定本地区失业保险费率', article: 9 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads it in other words', () => {
    expect(localRates('县级人力资源社会保障部门可以降低本地失业保险费率。')).toHaveLength(1);
  });

  it('is silent where a rate set above is executed, and on other rates', () => {
    expect(localRates('各市州执行国家和省规定的失业保险费率，不得自行调整。')).toEqual([]);
    expect(localRates('市州人民政府可以确定本地区工伤保险行业基准费率的具体档次。')).toEqual([]);
    expect(localRates('各市州不得自行确定本地区失业保险费率。')).toEqual([]);
  });
});
