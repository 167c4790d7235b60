import { describe, expect, it } from 'vitest';
import { allowedBy, draftPermissions, draftWaivers, lawBans, permitsBanned, statedDuties, waivesDuty } from '../../src/corpus/reversed-modals.js';

const EVIDENCE_BAN = '在诉讼过程中，被告及其诉讼代理人不得自行向原告、第三人和证人收集证据。';
const CONTRACT_DUTY = '用人单位招用残疾人职工，应当依法与其签订劳动合同或者服务协议。';
const COUNTED_IN = '用人单位跨地区招用残疾人的，应当计入所安排的残疾人职工人数之内。';

describe('an act the law bans outright, allowed by a draft', () => {
  it('reads the permission and its act, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷诉讼过程中，承办机构发现证据不足的，可以直接向原告、第三人及有关证人询问、收集证据。';
    const [p] = draftPermissions(text);
    expect(text.slice(p.start, p.end)).toBe(p.phrase);
    expect(p.phrase).toBe('可以直接向原告、第三人及有关证人询问、收集证据');
    const [ban] = lawBans(EVIDENCE_BAN);
    expect(ban).toMatchObject({ actor: 'admin', act: '自行向原告、第三人和证人收集证据' });
    expect(permitsBanned(p, ban)).toBe(true);
  });

  it('needs the law’s verb and object and the same kind of actor', () => {
    const [ban] = lawBans('用人单位招用劳动者，不得向劳动者收取押金。');
    const [fee] = draftPermissions('用人单位可以向劳动者收取培训费用。');
    expect(permitsBanned(fee, ban)).toBe(false);
    const [redispatch] = lawBans('用工单位不得将被派遣劳动者再派遣到其他用人单位。');
    const [agency] = draftPermissions('劳务派遣单位可以将被派遣劳动者派遣到其他用工单位。');
    expect(permitsBanned(agency, redispatch)).toBe(false);
  });

  it('reads no ban with a case, a condition or an exception, and no permission that keeps from the act or bounds it', () => {
    expect(lawBans('未经劳动者同意，用人单位不得延长工作时间。')).toEqual([]);
    expect(lawBans('劳动者有下列情形之一的，用人单位不得解除劳动合同。')).toEqual([]);
    expect(lawBans('用人单位不得安排女职工加班。但是，法律另有规定的除外。')).toEqual([]);
    expect(draftPermissions('可以在不损害公共利益和他人合法权益的情况下，与当事人达成执行协议。')).toEqual([]);
    expect(draftPermissions('病假工资可以低于当地最低工资标准支付，但不得低于当地最低工资标准的80%。')).toEqual([]);
  });

  it('leaves what the law’s own provision allows', () => {
    const law = '用人单位不得克扣劳动者工资。有下列情况之一的，用人单位可以代扣劳动者工资：代扣代缴的个人所得税。';
    const [p] = draftPermissions('用人单位可以代扣劳动者工资。');
    expect(allowedBy(p, law)).toBe(true);
    expect(allowedBy(p, EVIDENCE_BAN)).toBe(false);
  });
});

describe('a duty the law puts, waived by a draft', () => {
  it('reads the waiver and holds it to the law’s duty, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷辅助性就业机构招收残疾人，可以不签订劳动合同或者服务协议，工作时间由双方口头约定。';
    const [w] = draftWaivers(text);
    expect(text.slice(w.start, w.end)).toBe(w.phrase);
    expect(w.phrase).toBe('可以不签订劳动合同或者服务协议');
    const [duty] = statedDuties(CONTRACT_DUTY);
    expect(waivesDuty(w, duty)).toBe(true);
  });

  it('holds a duty given in a case only against a draft that names the case', () => {
    const [duty] = statedDuties(COUNTED_IN);
    expect(duty.inCase).toBe('用人单位跨地区招用残疾人的');
    const [named] = draftWaivers('用人单位跨市州或者跨省招用的残疾人，一律不计入本单位所安排的残疾人职工人数。');
    expect(waivesDuty(named, duty)).toBe(true);
    const [other] = draftWaivers('用人单位安排的见习人员，不计入本单位所安排的残疾人职工人数。');
    expect(waivesDuty(other, duty)).toBe(false);
  });

  it('reads no waiver that is a case, a thing named, an adverb or a rule with its exceptions', () => {
    expect(draftWaivers('用人单位故意拖延不订立劳动合同，对劳动者造成损害的，应当承担赔偿责任。')).toEqual([]);
    expect(draftWaivers('对不予行政处罚决定书应当载明理由。')).toEqual([]);
    expect(draftWaivers('公共就业服务机构应当不断提高服务的质量和效率。')).toEqual([]);
    expect(draftWaivers('就读的时间，不计算为工作年限；国家另有规定的，从其规定。')).toEqual([]);
    const [broad] = statedDuties('行政机关应当及时、准确地公开政府信息。');
    const [withheld] = draftWaivers('涉及商业秘密的，不予公开政府信息。');
    expect(waivesDuty(withheld, broad)).toBe(false);
  });
});
