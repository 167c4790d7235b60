import { describe, expect, it } from 'vitest';
import { deniedRights, grantedRights, sameRight } from '../../src/corpus/denied-rights.js';

describe('a right the law gives a person, denied by a draft', () => {
  it('points at the denial, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷授权有效期内，个人不得撤回授权；确需撤回的，应当经查询机构同意。';
    const [d] = deniedRights(text);
    expect(d).toMatchObject({ phrase: '不得撤回授权', verb: '撤回' });
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
    expect(deniedRights('认证记录属于内部资料，待遇领取人员不得查阅、复制。')).toMatchObject([{ verb: '查阅' }]);
    // The person named in the clause before: 个人不得要求…，也不得申请….
    expect(deniedRights('结论即为最终结论，个人不得要求经办机构说明理由，也不得要求人工复核。')).toHaveLength(2);
  });

  it('is silent on officials, roles, bodies, a ground of secrecy and a case', () => {
    expect(deniedRights('经办人员不得查阅、复制与业务无关的个人信息。')).toEqual([]);
    expect(deniedRights('查阅人员不得查阅本人及其亲属的档案。')).toEqual([]);
    expect(deniedRights('用人单位不得要求劳动者提供担保。')).toEqual([]);
    expect(deniedRights('涉及国家秘密的，申请人不得查阅、复制。')).toEqual([]);
    expect(deniedRights('对申请人不得查阅的材料，应当说明理由。')).toEqual([]);
  });

  it('matches the law’s right by its verb and one more word, authorisation read as consent', () => {
    const law = '基于个人同意处理个人信息的，个人有权撤回其同意。';
    expect(grantedRights(law, '撤回')).toEqual(['个人有权撤回其同意']);
    expect(grantedRights('用人单位有权撤回其委托。', '撤回')).toEqual([]);
    expect(grantedRights('个人有权查阅、复制其个人信息，法律另有规定的除外。', '查阅')).toEqual([]);
    const [withdrawn] = deniedRights('授权有效期内，个人不得撤回授权。');
    expect(sameRight(withdrawn, '个人有权撤回其同意')).toBe(true);
    const [refused] = deniedRights('求职者不得要求招聘单位退还体检费用。');
    expect(sameRight(refused, '个人有权要求个人信息处理者予以说明')).toBe(false);
  });

  it('reads a refusal the law allows, denied on a ground the draft gives (不得以此为由拒绝), and no other refusal', () => {
    const law = '执法人员不出示执法证件的，当事人或者有关人员有权拒绝接受调查或者检查。';
    const text = '𠮷执法人员可以口头说明身份，当事人不得以此为由拒绝接受检查。';
    const [denied] = deniedRights(text);
    expect(denied).toMatchObject({ verb: '拒绝', phrase: '不得以此为由拒绝接受检查' });
    expect(text.slice(denied.start, denied.end)).toBe(denied.phrase);
    expect(grantedRights(law, '拒绝')).toEqual(['当事人或者有关人员有权拒绝接受调查或者检查']);
    expect(sameRight(denied, '当事人或者有关人员有权拒绝接受调查或者检查')).toBe(true);
    // Overtime refused is no inspection refused, nor an unsafe order.
    const [overtime] = deniedRights('生产经营旺季，职工不得拒绝加班。');
    expect(sameRight(overtime, '劳动者对用人单位管理人员违章指挥、强令冒险作业，有权拒绝执行')).toBe(false);
    expect(sameRight(overtime, '当事人或者有关人员有权拒绝接受调查或者检查')).toBe(false);
    expect(deniedRights('检查人员不得拒绝当事人查验执法证件的要求。')).toEqual([]);
  });

  it('reads a remedy barred and the case the law gives it in, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷仲裁裁决被人民法院裁定撤销的，当事人应当重新申请仲裁，不得直接向人民法院提起诉讼。';
    const [barred] = deniedRights(text);
    expect(barred).toMatchObject({ verb: '提起诉讼', phrase: '不得直接向人民法院提起诉讼' });
    expect(text.slice(barred.start, barred.end)).toBe(barred.phrase);
    expect(deniedRights('劳动者不得就同一欠薪事项另行申请劳动争议仲裁或者提起诉讼。')).toMatchObject([{ verb: '申请仲裁' }]);
    const given = grantedRights('仲裁裁决被人民法院裁定撤销的，当事人可以自收到裁定书之日起十五日内就该劳动争议事项向人民法院提起诉讼。', '提起诉讼');
    expect(given).toEqual(['仲裁裁决被人民法院裁定撤销的，当事人可以自收到裁定书之日起十五日内就该劳动争议事项向人民法院提起诉讼']);
    expect(sameRight(barred, given[0])).toBe(true);
  });

  it('is silent on a remedy in another case, the law’s order of steps, a repeated claim and a bar on asking', () => {
    const given = grantedRights('仲裁裁决被人民法院裁定撤销的，当事人可以自收到裁定书之日起十五日内就该劳动争议事项向人民法院提起诉讼。', '提起诉讼');
    const [otherCase] = deniedRights('对终局裁决不服的，劳动者不得向人民法院提起诉讼。');
    expect(sameRight(otherCase, given[0])).toBe(false);
    const general = grantedRights('用人单位与劳动者发生劳动争议，当事人可以依法申请调解、仲裁、提起诉讼，也可以协商解决。', '提起诉讼');
    const [order] = deniedRights('劳动争议未经劳动人事争议仲裁委员会仲裁的，当事人不得直接向人民法院提起诉讼。');
    expect(sameRight(order, general[0])).toBe(false);
    expect(deniedRights('仲裁裁决作出后，当事人不得就同一争议事项重复申请仲裁。')).toEqual([]);
    expect(deniedRights('申请人已作出承诺的，经办机构不得要求其另行提供证明材料。')).toEqual([]);
  });
});

describe('a civil servant’s review and appeal barred', () => {
  const law = grantedRights(
    '公务员对涉及本人的下列人事处理不服的，可以自知道该人事处理之日起三十日内向原处理机关申请复核；对复核结果不服的，可以自接到复核决定之日起十五日内，按照规定向同级公务员主管部门或者作出该人事处理的机关的上一级机关提出申诉；',
    '申请复核',
  );

  it('holds a bar for the one who objects against the law’s remedy, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷聘任制公务员对年度考核结果不服的，不得申请复核或者提出申诉。';
    const [d] = deniedRights(text);
    expect(d.verb).toBe('申请复核');
    expect(text.slice(d.start, d.end)).toBe('不得申请复核或者提出申诉');
    expect(law.some((clause) => sameRight(d, clause))).toBe(true);
  });

  it('is silent where an employer objects and on an appeal made again', () => {
    expect(deniedRights('用人单位对处理结果不服的，不得申请复核。')).toEqual([]);
    expect(deniedRights('公务员对同一人事处理不服的，不得重复提出申诉。')).toEqual([]);
  });
});
