import { describe, expect, it } from 'vitest';
import { figureDefinitions } from '../../src/corpus/definitions.js';
import { deemedDecisions, statesAnItem } from '../../src/corpus/copies.js';

describe('terms defined by a figure', () => {
  it('reads the term without its pointer words, and the figure in UTF-16 offsets after astral characters', () => {
    const text = '𠮷本办法所称临时性工作岗位，是指存续时间不超过一年的岗位。';
    const [d] = figureDefinitions(text);
    expect(d.term).toBe('临时性工作岗位');
    expect(d.figures.map((f) => f.phrase)).toEqual(['不超过一年']);
    expect(text.slice(d.figures[0].start, d.figures[0].end)).toBe('不超过一年');
  });

  it('reads the law’s wording with 前款规定的 and a definition among others', () => {
    const law = '前款规定的临时性工作岗位是指存续时间不超过六个月的岗位；辅助性工作岗位是指为主营业务岗位提供服务的非主营业务岗位。';
    const found = figureDefinitions(law);
    expect(found).toHaveLength(1);
    expect(found[0].term).toBe('临时性工作岗位');
    expect(found[0].figures[0]).toMatchObject({ value: 6, unit: 'month' });
    expect(figureDefinitions('企业使用被派遣劳动者的临时性工作岗位，是指存续时间不超过一年的岗位。')[0].term).toBe('临时性工作岗位');
  });

  it('leaves out definitions without a figure, a negated one and a term of one or two characters', () => {
    expect(figureDefinitions('辅助性工作岗位是指为主营业务岗位提供服务的非主营业务岗位。')).toEqual([]);
    expect(figureDefinitions('临时性工作岗位不是指存续时间不超过一年的岗位。')).toEqual([]);
    expect(figureDefinitions('本人是指年满十六周岁的劳动者。')).toEqual([]);
  });
});

describe('decisions deemed made', () => {
  it('tells a refusal from a grant, with the case before it, in UTF-16 offsets', () => {
    const text = '𠮷许可机关应当作出决定；逾期未作决定的，视为不予延续，申请人应当停止经营。';
    const [d] = deemedDecisions(text);
    expect(d).toMatchObject({ phrase: '视为不予延续', refusal: true, act: '延续', when: '逾期未作决定的' });
    expect(text.slice(d.start, d.end)).toBe('视为不予延续');
    expect(deemedDecisions('逾期未作决定的，视为准予延续。')[0]).toMatchObject({ refusal: false, act: '延续' });
  });
});

describe('a text that states one item of a list', () => {
  const items = ['（一）施工总承包单位未按规定开设或者使用农民工工资专用账户；', '（二）施工总承包单位未按规定存储工资保证金或者未提供金融机构保函；'];
  it('is told by the item’s words, whatever penalty follows', () => {
    expect(statesAnItem('施工总承包单位未按规定开设或者使用农民工工资专用账户的，责令限期改正；逾期不改正的，并处2万元以上5万元以下的罚款。', items)).toBe(
      true,
    );
    expect(statesAnItem('用人单位未编制工资支付台账的，责令限期改正；逾期不改正的，并处2万元以上5万元以下的罚款。', items)).toBe(false);
  });
});
