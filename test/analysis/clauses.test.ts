import { describe, expect, it } from 'vitest';
import { analyzeClauses, type Effect } from '../../src/analysis/clauses/index.js';
import type { LegalDocument } from '../../src/document/model.js';
import { mdDoc } from '../helpers/docs.js';

/**
 * The clause analysis itself (the rules that read it are measured by the
 * labelled cases in eval/cases): what a clause does, whether the document
 * sets it, who acts, how far a negation or a citation reaches, and spans
 * that point at the phrase in the document's text, astral characters and
 * fullwidth digits included.
 */

async function article(...paragraphs: string[]): Promise<LegalDocument> {
  const [first, ...rest] = paragraphs;
  return mdDoc(
    [
      `# 湖南省某某管理办法`,
      `第一条　${first}`,
      ...rest,
      '第二条　本办法自2025年7月1日起施行，有效期5年。',
      '湖南省人力资源和社会保障厅',
      '2025年5月20日',
    ].join('\n\n') + '\n',
  );
}

function effects(doc: LegalDocument, kind?: Effect['kind']): Effect[] {
  return analyzeClauses(doc).effects.filter((e) => !kind || e.kind === kind);
}

describe('clause analysis', () => {
  it('is computed once per document and shared', async () => {
    const doc = await article('申请人应当提交居住地社区居委会出具的居住证明。');
    expect(analyzeClauses(doc)).toBe(analyzeClauses(doc));
    expect(Object.isFrozen(analyzeClauses(doc))).toBe(true);
  });

  it('quotes a local requirement to the end of its clause when that is near, and no further', async () => {
    const near = await article('入驻产业园的人力资源服务机构，须在我省注册并缴纳社会保险费满3年。');
    expect(effects(near, 'market').map((e) => e.phrase)).toEqual(['须在我省注册并缴纳社会保险费满3年']);
    const far = await article('申报单位须在本省注册并且在本省行政区域内连续依法缴纳社会保险费用满三年以上不间断，方可申报。');
    const [phrase] = effects(far, 'market').map((e) => e.phrase);
    expect(phrase.startsWith('须在本省注册')).toBe(true);
    expect(phrase.length).toBeLessThanOrEqual('须在本省注册'.length + 10);
  });

  it('reads a 备案 one must obtain before acting as a licence, and says so', async () => {
    const doc = await article('人力资源服务机构取得备案凭证后，方可开展网络招聘业务。');
    const [licence] = effects(doc, 'licence');
    expect(licence).toMatchObject({ status: 'set', certainty: 'sure' });
    expect(licence.describe).toContain('实际是设定行政许可');
    expect(licence.phrase).toContain('方可开展网络招聘业务');
  });

  it('tells a prohibition of a demand from the demand', async () => {
    const banned = await article('经办机构不得要求申请人提供无犯罪记录证明等证明材料。');
    expect(effects(banned, 'certificate').map((e) => e.status)).toEqual(['negated']);
    const demanded = await article('申请人应当提供户籍所在地村（居）民委员会出具的家庭经济困难情况证实。');
    expect(effects(demanded, 'certificate').map((e) => e.status)).toEqual(['set']);
  });

  it('lets a removal reach only its own clause', async () => {
    const doc = await article('参加培训不收取任何费用，考核合格后向人力资源社会保障部门缴纳证书工本费50元。');
    const fees = effects(doc, 'fee');
    expect(fees.map((e) => e.status)).toEqual(['negated', 'set']);
    expect(fees[1].phrase).toContain('工本费50元');
    // Paid to a training provider for its own service: no administrative fee.
    const market = await article('参加培训不收取任何费用，考核合格后向培训机构缴纳证书工本费50元。');
    expect(effects(market, 'fee').filter((e) => e.status === 'set')).toEqual([]);
  });

  it('lets a citation with its own verb govern its clause only: a fine added after it is the document’s own', async () => {
    const doc = await article('用人单位未按规定办理社会保险登记的，依照《中华人民共和国社会保险法》第八十四条处理，并处三万元罚款。');
    const clauses = analyzeClauses(doc).clauses.filter((c) => c.text.includes('社会保险法') || c.text.includes('罚款'));
    expect(clauses.find((c) => c.text.includes('社会保险法'))?.governedBy?.title).toBe('中华人民共和国社会保险法');
    const fine = effects(doc, 'sanction').find((e) => e.phrase.includes('罚款'))!;
    expect(fine.status).toBe('set');
    expect(fine.governedBy).toBeNull();
  });

  it('lets a cited article govern the measures that go on from its clause, up to a new subject', async () => {
    const chained = await article('提供虚假鉴定意见的，由人力资源社会保障行政部门依照《工伤保险条例》第六十一条的规定责令改正，处2000元以上1万元以下的罚款。');
    const fine = effects(chained, 'sanction').find((e) => e.phrase.includes('罚款'))!;
    expect(fine.status).toBe('governed');
    expect(fine.governedBy?.articleNumbers).toEqual([61]);
    const own = await article('逾期未报送的，由人力资源社会保障行政部门依照《劳动保障监察条例》第三十条的规定责令改正，所在地人民政府另处1万元罚款。');
    expect(effects(own, 'sanction').find((e) => e.phrase.includes('罚款'))?.status).toBe('set');
  });

  it('carries a cited fine across the clause that gives its standard, and past a semicolon after a refusal to obey', async () => {
    const standard = await article(
      '𠮷用人单位安排女职工从事禁忌劳动的，由人力资源社会保障部门依照《劳动保障监察条例》第二十三条的规定责令改正，按照受侵害的劳动者每人1000元以上5000元以下的标准计算，处以罚款。',
    );
    const fine = effects(standard, 'sanction').find((e) => e.phrase.includes('罚款'))!;
    expect(fine.status).toBe('governed');
    expect(fine.governedBy?.articleNumbers).toEqual([23]);
    const refused = await article(
      '未书面报告的，由人力资源社会保障部门依照《人力资源市场暂行条例》第四十二条第二款的规定责令改正；拒不改正的，处5000元以上1万元以下的罚款。',
    );
    const carried = effects(refused, 'sanction').find((e) => e.phrase.includes('罚款'))!;
    expect(carried.status).toBe('governed');
    expect(carried.governedBy?.articleNumbers).toEqual([42]);
    // A new breach after the semicolon starts the document's own measure.
    const breach = await article('未书面报告的，依照《人力资源市场暂行条例》第四十二条的规定责令改正；情节严重的，处5000元罚款。');
    expect(effects(breach, 'sanction').find((e) => e.phrase.includes('罚款'))?.status).toBe('set');
  });

  it('lets a citation heading the sentence govern the rest of it', async () => {
    const doc = await article(
      '用人单位逾期仍不缴纳的，依照《中华人民共和国社会保险法》第八十六条的规定，由社会保险费征收机构处欠缴数额一倍以上三倍以下的罚款。',
    );
    const fine = effects(doc, 'sanction').find((e) => e.phrase.includes('罚款'))!;
    expect(fine.status).toBe('governed');
    expect(fine.governedBy?.articleNumbers).toEqual([86]);
  });

  it('reads a penalty by another name after a breach, but not the same words describing conduct', async () => {
    const penalty = await article('培训机构弄虚作假骗取补贴的，取消其三年内承接政府补贴性培训项目的资格。');
    expect(effects(penalty, 'sanction').map((e) => [e.status, e.describe])).toEqual([['set', expect.stringContaining('实际是设定行政处罚')]]);
    const employer = await article('用人单位不得扣押劳动者的居民身份证和其他证件。');
    expect(effects(employer, 'compulsion').every((e) => e.status !== 'set')).toBe(true);
  });

  it('names the actor of a clause: the agent after 由, else the subject', async () => {
    const doc = await article('劳动者有权依法选择培训机构，由人力资源社会保障部门按规定给予补贴。');
    const actors = analyzeClauses(doc)
      .clauses.filter((c) => c.actor)
      .map((c) => [c.actor!.kind, c.actor!.text]);
    expect(actors).toEqual([
      ['person', '劳动者'],
      ['admin', '人力资源社会保障部门'],
    ]);
  });

  it('ends a condition run on into its duty without a comma, as a PDF that lost the comma at a line end gives it', async () => {
    const doc = await article('外地人力资源服务机构在本省设立分支机构的应当按照规定书面报告；本单位的应当另行安排。');
    const clauses = analyzeClauses(doc).clauses.filter((c) => c.block.text.includes('分支机构'));
    expect(clauses.map((c) => [c.text, c.conditional])).toEqual([
      ['外地人力资源服务机构在本省设立分支机构的', true],
      ['应当按照规定书面报告', false],
      // A name before 的 is a possessive, not a condition.
      ['本单位的应当另行安排', false],
    ]);
    expect(effects(doc, 'market')).toEqual([]);
  });

  it('ends a condition run on into the administration that acts on it (的由…部门), not a name before 由', async () => {
    const doc = await article('未按规定报送用工信息的由人力资源社会保障行政部门责令限期改正；本单位的由主管部门统一安排。');
    const clauses = analyzeClauses(doc).clauses.filter((c) => c.block.text.includes('用工信息'));
    expect(clauses.map((c) => [c.text, c.conditional])).toEqual([
      ['未按规定报送用工信息的', true],
      ['由人力资源社会保障行政部门责令限期改正', false],
      ['本单位的由主管部门统一安排', false],
    ]);
  });

  it('keeps exact spans in the document text across astral characters and fullwidth digits', async () => {
    const doc = await article('𠮷祥人力资源公司等机构违反本办法规定的，由市人力资源社会保障局处５０００元罚款。');
    const fine = effects(doc, 'sanction').find((e) => e.status === 'set')!;
    expect(fine.phrase).toBe(doc.text.slice(fine.span.start, fine.span.end));
    expect(fine.phrase).toContain('５０００元罚款');
    expect(doc.text.indexOf('𠮷')).toBeLessThan(fine.span.start);
  });

  it('ignores a compulsory measure named as the kind of activity another duty concerns', async () => {
    const doc = await article('对查封扣押财产等直接涉及重大财产权益的现场执法活动，要推行全程音像记录。');
    expect(effects(doc, 'compulsion')).toEqual([]);
    const imposed = await article('用人单位拒不提供工资支付台账的，劳动保障监察机构可以查封其财务账簿。');
    expect(effects(imposed, 'compulsion').map((e) => e.status)).toEqual(['set']);
  });

  it('reads a heading item that ends in ： as the lead-in of its 1. 2. items, negated only by its last clause', async () => {
    const doc = await mdDoc(
      [
        '# 湖南省人力资源和社会保障厅关于做好某某工作的通知',
        '各市州人力资源和社会保障局：',
        '一、工作要求',
        '（一）受理材料。劳动者投诉的，一般应当提交下列材料：',
        '1.本人有效身份证件；',
        '2.所在社区（村）居民委员会出具的在岗工作证明。',
        '（二）发现违规发放的，责令限期纠正，并追回违规发放的资金：',
        '1.对单位负责人，移送有关机关依法处理；',
        '2.对弄虚作假骗取奖金的个人，由人力资源社会保障部门处骗取金额二倍的罚款。',
        '湖南省人力资源和社会保障厅',
        '2025年5月20日',
      ].join('\n\n') + '\n',
    );
    const certificate = effects(doc, 'certificate').find((e) => e.phrase.includes('在岗工作证明'));
    expect(certificate?.status).toBe('set');
    const fine = effects(doc, 'sanction').find((e) => e.phrase.includes('罚款'));
    expect(fine?.status).toBe('set');
  });
});

describe('clause analysis: restrictions on outside operators and charges, in other words', () => {
  const set = (doc: LegalDocument, kind: Effect['kind']): string[] =>
    effects(doc, kind)
      .filter((e) => e.status === 'set')
      .map((e) => e.phrase);

  it('reads outsiders left out of a score or turned away after a short subject, schools confined to local ones, and 本市州', async () => {
    expect(set(await article('对在本市州注册登记、纳税的企业给予加分；外地企业在本地设立的分支机构不参与加分。'), 'market')).toContain(
      '外地企业在本地设立的分支机构不参与加分',
    );
    expect(set(await article('外省律师代理的，仲裁委员会不予准许。'), 'market')).toEqual(['外省律师代理的，仲裁委员会不予准许']);
    expect(set(await article('学习机构应当限于本省行政区域内的普通高等学校。'), 'market')).toEqual(['限于本省行政区域内的普通高等学校']);
    expect(set(await article('遴选范围限于在本市州连续纳税满三年的家政服务企业。'), 'market')).toHaveLength(1);
    expect(set(await article('统一由省人力资源社会保障厅指定的湖南某干部教育培训中心组织教学。'), 'market')).toHaveLength(1);
  });

  it('is silent on workers who go out to work (省外出务工人员), and on relief for the law’s own ground', async () => {
    expect(set(await article('省外出务工人员的用人单位应当按时足额支付工资。'), 'market')).toEqual([]);
    expect(set(await article('用人单位因不可抗力不能按时缴纳的，可以申请缓缴社会保险费。'), 'market')).toEqual([]);
    expect(set(await article('对列入链主企业名单的用人单位，其欠费产生的滞纳金予以全额免收。'), 'market')).toHaveLength(1);
  });

  it('reads a deposit named after its amount, and no fee in a rate or in a cost the administration bears', async () => {
    expect(set(await article('培训机构应当向人力资源社会保障部门缴存每期2万元的实习实训风险保证金。'), 'fee')).toEqual(['缴存每期2万元的实习实训风险保证金']);
    expect(set(await article('工伤保险费由税务部门征收后费率确定和缴费核定的衔接，按本办法执行。'), 'fee')).toEqual([]);
    expect(set(await article('不得向缴费人收取手续费；代收费用按照代收协议由税务部门承担。'), 'fee')).toEqual([]);
  });
});

describe('clause analysis: papers the applicant asks for, charges not paid, a designated newspaper', () => {
  const set = (doc: LegalDocument, kind: Effect['kind']): string[] =>
    effects(doc, kind)
      .filter((e) => e.status === 'set')
      .map((e) => e.phrase);

  it('reads no 证明事项 where the applicant asks the body to issue its paper, or a paper describes whom a rule is for', async () => {
    expect(set(await article('用人单位可以向参保地社会保险经办机构申请出具参保证明。'), 'certificate')).toEqual([]);
    expect(set(await article('当事人申请出具生效证明的，仲裁委员会应当核实送达回证，并核实起诉情况，在五个工作日内出具生效证明。'), 'certificate')).toEqual([]);
    expect(set(await article('持有有效参保证明的协定国人员，免于缴纳协定规定险种的社会保险费。'), 'certificate')).toEqual([]);
    expect(set(await article('申请人应当提交户籍所在地派出所出具的无犯罪记录证明。'), 'certificate')).toHaveLength(1);
  });

  it('reads no charge in a fee a party fails to pay, and a choice confined to a designated newspaper', async () => {
    expect(set(await article('负有举证责任的当事人无正当理由不预交鉴定费用，致使待证事实无法查明的，应当承担不利后果。'), 'fee')).toEqual([]);
    expect(set(await article('公告送达的，统一在省人力资源社会保障厅指定的一家省级报纸刊登。'), 'market')).toHaveLength(1);
  });
});

describe('clause analysis: one provider and the rest shut out, a local share, a renewal without competition, outsiders punished harder', () => {
  const set = (doc: LegalDocument): string[] =>
    effects(doc, 'market')
      .filter((e) => e.status === 'set')
      .map((e) => e.phrase);

  it('reads the others shut out after one operator was designated, even in the next sentence, and not after an open tender', async () => {
    expect(set(await article('转产技能培训由县级人力资源社会保障部门确定一家培训机构统一承担，其他机构组织的培训不纳入培训补贴范围。'))).toEqual([
      '其他机构组织的培训不纳入培训补贴范围',
    ]);
    expect(
      set(await article('假肢的配置，统一由省人力资源社会保障厅确定的省级康复辅具中心承担；工伤职工在其他机构配置的，工伤保险基金不予支付。')),
    ).toHaveLength(1);
    expect(set(await article('培训机构通过公开招标择优确定一家承担，在其他机构参加的培训不予补贴。'))).toEqual([]);
  });

  it('reads a bank named as the only channel before a bar on other banks, but no bank in a card account', async () => {
    expect(set(await article('差额补足资金统一通过湖南银行社会保障卡账户发放，伤残职工不得选择其他金融机构账户领取。'))).toEqual(['不得选择其他金融机构']);
    expect(set(await article('失业保险金统一通过社会保障卡银行账户发放，经办机构不得要求失业人员另行选择其他银行开户。'))).toEqual([]);
  });

  it('reads a share reserved for local operators from outside its quotation marks, a renewal without competition and a harsher tier for outsiders', async () => {
    expect(set(await article('应当将“由本省注册的培训机构承担的培训人次占比”列为必设指标，其指标值不得低于百分之九十。'))).toHaveLength(1);
    expect(set(await article('评价等次为优的承接主体，下一年度可以由购买主体直接委托其继续承接，不再通过竞争方式选择。'))).toHaveLength(1);
    expect(set(await article('符合政府采购法规定的单一来源采购情形的，可以直接委托原承接主体继续承接，不再通过竞争方式选择。'))).toEqual([]);
    expect(set(await article('对在本省行政区域外注册的施工企业，确定裁量等次时，在相应等次基础上提高一档执行。'))).toHaveLength(1);
    expect(set(await article('对本省和外省注册的企业适用同一裁量基准，不得对外省企业从重处罚。'))).toEqual([]);
  });
});
