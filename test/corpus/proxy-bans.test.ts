import { describe, expect, it } from 'vitest';
import { proxyBans } from '../../src/corpus/proxy-bans.js';

describe('social insurance business no one may do for another, in any case (社会保险经办条例第三十条)', () => {
  it('points at the refusal, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷社会保障卡首次申领、挂失后补领以及金融账户激活业务，一律由申请人本人到服务网点现场办理，任何情形下均不予代办。';
    const [f] = proxyBans(text);
    expect(f).toMatchObject({ phrase: '不予代办', article: 30 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('reads it in other wordings', () => {
    expect(proxyBans('领取养老金资格认证一律由本人到经办机构办理，不得委托他人办理。')).toHaveLength(1);
  });

  it('is silent where the groups the regulation names keep a way, on unauthorised proxies, and outside social insurance', () => {
    expect(proxyBans('社会保障卡业务一律由本人办理；老年人、残疾人等行动不便的，可以委托他人代办。')).toEqual([]);
    expect(proxyBans('未经本人授权的，经办机构一律不予代办社会保险业务。')).toEqual([]);
    expect(proxyBans('考生报名一律由本人在网上完成，不得委托他人代为办理。')).toEqual([]);
  });
});
