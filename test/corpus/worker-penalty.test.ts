import { describe, expect, it } from 'vitest';
import { workerPenalties } from '../../src/corpus/worker-penalty.js';

describe('a penalty the worker bears outside the two cases the law allows', () => {
  it('points at the words that put it on the worker, in UTF-16 offsets after astral characters too', () => {
    const text = '𠮷用人单位与毕业生订立劳动合同时，可以约定毕业生在劳动合同期限内提前解除劳动合同的，向用人单位支付违约金。';
    const [p] = workerPenalties(text);
    expect(p.phrase).toBe('毕业生在劳动合同期限内提前解除劳动合同的，向用人单位支付违约金');
    expect(text.slice(p.start, p.end)).toBe(p.phrase);
  });

  it('reads it in several wordings', () => {
    expect(workerPenalties('劳动合同中可以约定，职工在试用期内辞职的，应当承担违约金2000元。')).toHaveLength(1);
    expect(workerPenalties('被派遣劳动者未满合同期限离职的，违约金由被派遣劳动者承担，具体数额在劳动合同中约定。')).toHaveLength(1);
    // Paid to the employer, whoever the worker is called: under a labour contract only the worker pays the employer.
    expect(workerPenalties('受聘人员提出解除劳动合同的，应当提前三十日通知服务机构，并按照劳动合同约定向服务机构支付违约金。')[0]).toMatchObject({
      phrase: '向服务机构支付违约金',
    });
    // The worker named by a pronoun the employer demands it of, after leaving.
    expect(workerPenalties('参训人员在以工代训补贴期满后一年内离职的，企业可以要求其按照以工代训补贴标准的二倍支付违约金。')[0]).toMatchObject({
      phrase: '参训人员在以工代训补贴期满后一年内离职的，企业可以要求其按照以工代训补贴标准的二倍支付违约金',
    });
    expect(workerPenalties('职工在合同期内离职的，企业可以要求其支付违约金。')).toHaveLength(1);
    // …not the employer's own penalty to the worker it demands nothing of.
    expect(workerPenalties('企业违反约定辞退参训人员的，应当向参训人员支付违约金。')).toEqual([]);
  });

  it('is silent on a service period, a non-compete, a ban, an appointment contract and a penalty the employer pays', () => {
    expect(workerPenalties('用人单位为劳动者提供专项培训费用的，可以在劳动合同中约定服务期，劳动者违反服务期约定的，应当支付违约金。')).toEqual([]);
    expect(workerPenalties('劳动合同约定竞业限制的，劳动者违反竞业限制约定，应当按照约定向用人单位支付违约金。')).toEqual([]);
    expect(workerPenalties('除服务期和竞业限制外，用人单位不得在劳动合同中约定由劳动者承担违约金。')).toEqual([]);
    expect(workerPenalties('用人单位不得与劳动者约定由劳动者支付违约金的劳动合同条款。')).toEqual([]);
    expect(workerPenalties('事业单位与工作人员订立聘用合同，可以约定工作人员提前解除聘用合同的违约金。')).toEqual([]);
    expect(workerPenalties('用人单位违反劳动合同约定的，应当向劳动者支付违约金。')).toEqual([]);
  });

  it('reads a service period bought with something other than training, and workers named by their trade', () => {
    const travel = '输入地用人单位承担外出务工人员往返交通费用的，可以与务工人员约定服务期；务工人员未满服务期离职的，应当按照约定向用人单位支付违约金。';
    expect(workerPenalties(travel)[0]).toMatchObject({ phrase: '务工人员未满服务期离职的，应当按照约定向用人单位支付违约金' });
    expect(
      workerPenalties('家政服务人员在劳动合同期满前提出解除劳动合同的，应当按照劳动合同尚未履行的月数，向家政服务机构支付每月不超过500元的违约金。'),
    ).toHaveLength(1);
    // The training named in the paragraph, or the law's own words for the case, keep the law's 服务期.
    expect(workerPenalties('用人单位为劳动者提供专项培训费用的，可以约定服务期。劳动者未满服务期离职的，应当按照约定向用人单位支付违约金。')).toEqual([]);
    expect(workerPenalties('用人单位与劳动者解除约定服务期的劳动合同的，劳动者应当按照劳动合同的约定向用人单位支付违约金。')).toEqual([]);
  });
});
