import { describe, expect, it } from 'vitest';
import { contractTermsSetAside } from '../../src/corpus/contract-terms.js';

const found = (t: string) => contractTermsSetAside(t).map((f) => [f.article, f.phrase]);

describe('a purchase contract set aside by the buyer', () => {
  it('finds a change made alone and a payment made late, with offsets after astral characters', () => {
    const text = '𠮷合同履行期间，购买主体可以根据绩效监控情况单方调整服务内容和合同价款。';
    const [f] = contractTermsSetAside(text);
    expect(f).toMatchObject({ article: 136, clause: 2, phrase: '单方调整服务内容' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(found('采购人可以根据资金到位情况延期支付服务费用，不受合同约定付款期限的限制。')).toEqual([[32, '不受合同约定付款期限的限制']]);
    expect(found('委托方可以单方变更委托合同的服务标准。')).toEqual([[136, '单方变更委托合同']]);
  });

  it('stays silent on contracts of work, agreed changes, ending a contract and bans', () => {
    expect(found('用人单位单方变更劳动合同约定的工作岗位的，应当与劳动者协商一致。')).toEqual([]);
    expect(found('需要调整服务内容的，购买主体与承接主体协商一致后，可以单方调整合同价款。')).toEqual([]);
    expect(found('承接主体严重违约的，购买主体可以单方解除购买服务合同。')).toEqual([]);
    expect(found('购买主体不得单方调整合同价款，不得违约拖欠服务账款。')).toEqual([]);
  });
});
