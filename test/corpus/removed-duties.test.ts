import { describe, expect, it } from 'vitest';
import {
  dutyClause,
  dutyOverlap,
  GUARANTEE_VERBS,
  HANDLING_VERBS,
  clauseWithCase,
  relaxedWrittenForms,
  removedDuties,
  writtenFormClause,
} from '../../src/corpus/removed-duties.js';

describe('a duty to inform taken away', () => {
  it('points at the negation and its verb, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷职工未提出要求的，用人单位可以不予告知其缴费明细情况。';
    const [d] = removedDuties(text);
    expect(d).toMatchObject({ phrase: '可以不予告知', verb: '告知' });
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
  });

  it('reads it in several wordings', () => {
    expect(removedDuties('监督检查结果仅在系统内部通报，不向社会公布。')[0]).toMatchObject({ verb: '公布' });
    expect(removedDuties('各地不再定期向参保人员寄送个人权益记录单。')[0]).toMatchObject({ phrase: '不再定期向参保人员寄送' });
    expect(removedDuties('会议组成人员发表的不同意见不予载明。')[0]).toMatchObject({ verb: '载明' });
    expect(removedDuties('示范机构可以不再在服务场所明示营业执照、收费标准等事项。')[0]).toMatchObject({ verb: '明示' });
    // 不再听取…的陈述: the 的 of what is heard, not a case.
    expect(removedDuties('决定作出后即行生效，不再听取协议机构的陈述和申辩。')[0]).toMatchObject({ verb: '听取' });
    // 也不: the second of two refusals.
    expect(removedDuties('决定不予许可的，不再另行出具书面决定，也不说明理由。')[0]).toMatchObject({ phrase: '不说明理由', verb: '说明理由' });
    // What is told put before the verb with 将.
    expect(removedDuties('缓缴期间，用人单位可以不再按月将缴纳社会保险费的明细情况告知职工本人。')[0]).toMatchObject({
      phrase: '可以不再按月将缴纳社会保险费的明细情况告知',
      verb: '告知',
    });
    // …but not another act with its own 将 and verb before the duty (不再将材料报送审核并通知本人).
    expect(removedDuties('经办机构不再将申请材料报送审核并通知本人。')).toEqual([]);
  });

  it('reads a check waived (免于核实) among the duties to act', () => {
    const [d] = removedDuties('举办方可以免于核实其招聘简章的真实性、合法性。', HANDLING_VERBS);
    expect(d).toMatchObject({ phrase: '免于核实', verb: '核实' });
  });

  it('is silent on an exception restated, a case, a refusal told or decided, and a verb inside a noun', () => {
    expect(removedDuties('应当履行告知义务，法律规定不需要告知的除外。')).toEqual([]);
    expect(removedDuties('不予公开的信息，应当说明理由。')).toEqual([]);
    expect(removedDuties('依法决定不予公开的，告知申请人不予公开并说明理由。')).toEqual([]);
    expect(removedDuties('作出不予批准的书面决定并说明理由。')).toEqual([]);
    expect(removedDuties('行政机关不再处理该政府信息公开申请。')).toEqual([]);
    // A way of handling a case no longer used (告知承诺制), in two wordings.
    expect(removedDuties('对存在失信行为记录的个人，经办机构可以加强材料核验，不再适用告知承诺方式办理。')).toEqual([]);
    expect(removedDuties('申请人有虚假承诺记录的，不予告知承诺，应当提交证明材料。')).toEqual([]);
    // …while the duty itself, taken away, is still read.
    expect(removedDuties('对存在失信行为记录的个人，经办机构不再告知其办理结果。')).toHaveLength(1);
  });
});

describe('the law’s clause that puts the duty', () => {
  it('is the clause with the verb after 应当, with the clause before when it names no object', () => {
    expect(dutyClause('监督检查的情况应当及时向社会公布', '公布')).toBe('监督检查的情况应当及时向社会公布');
    expect(dutyClause('集体讨论决定情况应当如实记录，不同意见应当如实载明', '载明')).toBe('集体讨论决定情况应当如实记录，不同意见应当如实载明');
  });

  it('is none where the law allows otherwise or states no duty', () => {
    expect(dutyClause('除涉及国家秘密的外，应当公开', '公开')).toBeNull();
    expect(dutyClause('行政机关可以不予公开', '公开')).toBeNull();
    expect(dutyClause('申请人可以查询', '公开')).toBeNull();
  });

  it('measures how much of the clause a sentence says, without the words of form', () => {
    const clause = '用人单位应当按月将缴纳社会保险费的明细情况告知本人';
    expect(dutyOverlap('用人单位代扣代缴社会保险费后，可以不予告知其缴费明细情况', clause).share).toBeGreaterThan(0.5);
    expect(dutyOverlap('行政机关不予公开', clause).share).toBeLessThan(0.2);
  });
});

describe('a guarantee the law states, withdrawn', () => {
  it('finds the negated guarantee, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷基本养老保险待遇低于伤残津贴的，不再由工伤保险基金补足差额。';
    const [g] = removedDuties(text, GUARANTEE_VERBS);
    expect(g).toMatchObject({ phrase: '不再由工伤保险基金补足', verb: '补足' });
    expect(text.slice(g.start, g.end)).toBe(g.phrase);
    expect(removedDuties('其个人账户余额不予继承。', GUARANTEE_VERBS)[0]).toMatchObject({ verb: '继承' });
  });

  it('is read in the law without a modal word, and not where the law itself says otherwise', () => {
    expect(dutyClause('个人死亡的，个人账户余额可以继承', '继承')).toBe('个人账户余额可以继承');
    expect(dutyClause('基本养老保险待遇低于伤残津贴的，由工伤保险基金补足差额', '补足')).toBe('由工伤保险基金补足差额');
    expect(dutyClause('个人账户余额不得继承', '继承')).toBeNull();
    // A duty to inform still needs its modal word.
    expect(dutyClause('参保人员可以查询并公布', '公布')).toBeNull();
  });

  it('leaves informing duties to their own verbs', () => {
    expect(removedDuties('其个人账户余额不予继承。')).toEqual([]);
  });
});

describe('a written form the law asks for, relaxed', () => {
  it('finds speech allowed or writing waived, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷调查结束后，用人单位应当将处理结果告知投诉人，可以采取口头或者书面方式。';
    const [r] = relaxedWrittenForms(text);
    expect(r).toMatchObject({ phrase: '口头或者书面', verb: '书面' });
    expect(text.slice(r.start, r.end)).toBe(r.phrase);
    expect(relaxedWrittenForms('不需要与劳动者协商一致，也不需要采用书面形式变更劳动合同。')[0].phrase).toBe('不需要采用书面形式');
  });

  it('reads the law’s clause that asks for writing and the act before it, not a clause that allows speech', () => {
    expect(writtenFormClause('变更劳动合同，应当采用书面形式')).toEqual({ own: '应当采用书面形式', before: '变更劳动合同，' });
    expect(writtenFormClause('延长冻结的决定应当及时书面告知当事人')?.before).toBe('延长冻结的决定');
    expect(writtenFormClause('仲裁员有下列情形之一，应当回避，当事人也有权以口头或者书面方式提出回避申请：')).toBeNull();
    expect(writtenFormClause('当事人可以书面申请')).toBeNull();
  });

  it('reads a guarantee with the case it answers, for drafts that name the case and not who pays', () => {
    const law = '基本养老保险待遇低于伤残津贴的，由工伤保险基金补足差额';
    expect(clauseWithCase(law, '补足')).toBe('基本养老保险待遇低于伤残津贴的，由工伤保险基金补足差额');
    const draft = '基本养老保险待遇低于伤残津贴的，不再补足差额。';
    expect(dutyOverlap(draft, clauseWithCase(law, '补足')!).share).toBeGreaterThan(dutyOverlap(draft, dutyClause(law, '补足')!).share);
    expect(clauseWithCase('个人账户余额可以继承', '继承')).toBeNull();
    expect(clauseWithCase('监督检查的情况应当及时向社会公布', '公布')).toBeNull();
  });

  it('reads reasons with what they are for, a hand-over the body will not make and a set-off refused', () => {
    const text = '𠮷不符合受理条件的，向申请人推送不予受理结果即可，不再另行说明不予受理的理由。';
    const [reasons] = removedDuties(text);
    expect(reasons).toMatchObject({ verb: '说明理由', phrase: '不再另行说明不予受理的理由' });
    expect(text.slice(reasons.start, reasons.end)).toBe(reasons.phrase);
    expect(dutyClause('认为不符合受理条件的，应当书面通知申请人不予受理，并说明理由', '说明理由')).toBe('应当书面通知申请人不予受理，并说明理由');
    expect(removedDuties('仲裁庭裁决先予执行的，由劳动者自行申请执行，仲裁委员会不负责移送。', HANDLING_VERBS)).toMatchObject([{ verb: '移送' }]);
    expect(dutyClause('仲裁庭对追索劳动报酬的案件，根据当事人的申请，可以裁决先予执行，移送人民法院执行', '移送')).toBe('移送人民法院执行');
    expect(removedDuties('已经给予当事人罚款的，罚款不予折抵。', GUARANTEE_VERBS)).toMatchObject([{ verb: '折抵' }]);
  });
});
