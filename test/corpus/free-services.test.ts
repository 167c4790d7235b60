import { describe, expect, it } from 'vitest';
import { freeServiceCharges } from '../../src/corpus/free-services.js';

describe('a charge for what the law gives free', () => {
  it('reads a charge for the copy of a health record, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷劳动者离开用工单位时，有权索取本人职业健康监护档案复印件；用工单位可以按照复印成本收取工本费。';
    const [f] = freeServiceCharges(text);
    expect(f).toMatchObject({ phrase: '收取工本费', title: '中华人民共和国职业病防治法', article: 36, clause: 3 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(freeServiceCharges('索取职业健康监护档案复印件的，复印费用由劳动者本人承担。')).toHaveLength(1);
  });

  it('reads a charge for a public employment service to workers, not one to employers', () => {
    expect(freeServiceCharges('公共就业服务机构可以按照服务成本收取创业开业指导服务费。')).toMatchObject([{ article: 35 }]);
    expect(freeServiceCharges('公共就业服务机构为用人单位组织应急用工调剂的，按照每人50元的标准向用工单位收取调剂服务费。')).toEqual([]);
  });

  it('is silent where the service stays free, on a scope and on a charge named as a wrong', () => {
    expect(freeServiceCharges('用人单位应当如实、无偿提供职业健康监护档案复印件。')).toEqual([]);
    expect(freeServiceCharges('本办法适用于公共就业服务机构在提供服务过程中收取的经营服务性收费。')).toEqual([]);
    expect(freeServiceCharges('公共就业服务机构向劳动者收取费用的，责令退还。')).toEqual([]);
  });
});
