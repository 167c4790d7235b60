import { describe, expect, it } from 'vitest';
import { withheldTransfers } from '../../src/corpus/withheld-transfer.js';

describe('a file or social insurance transfer held back when the job ends', () => {
  it('points at the deferral, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷毕业生解除劳动合同时尚有培训费用、借款等事项未结清的，用人单位可以暂缓转递其档案，待结清后再行办理。';
    const [w] = withheldTransfers(text);
    expect(w.phrase).toBe('暂缓转递其档案');
    expect(text.slice(w.start, w.end)).toBe(w.phrase);
    expect(w).toMatchObject({ article: 50, clause: 1 });
  });

  it('reads it in several wordings', () => {
    expect(withheldTransfers('工作人员辞职未办结交接的，事业单位可以暂缓办理其人事档案和社会保险关系转移手续。')).toHaveLength(1);
    expect(withheldTransfers('职工离职未归还公司财物的，暂不出具解除劳动合同证明。')).toHaveLength(1);
  });

  it('is silent on a ban, on conduct a penalty answers, on severance pay and outside the end of a job', () => {
    expect(withheldTransfers('用人单位不得以劳动者未结清借款为由暂缓办理档案和社会保险关系转移手续。')).toEqual([]);
    expect(withheldTransfers('劳动者依法解除劳动合同，用人单位扣押劳动者档案的，依法给予处罚。')).toEqual([]);
    expect(withheldTransfers('用人单位应当支付经济补偿的，在办结工作交接时支付，暂缓支付的部分应当书面告知劳动者。')).toEqual([]);
    expect(withheldTransfers('新录用人员的档案暂缓转递至单位。')).toEqual([]);
  });
});
