import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/run.js';

/**
 * ESLint-style valid/invalid lists for the content rules, one provision per
 * case: the fixtures show whole documents, these pin down the judgement on
 * single sentences (what is a prohibition, a condition, a citation…).
 */
interface Cases {
  invalid: Array<[text: string, phrase: string, severity?: string]>;
  valid: string[];
}

const CASES: Record<string, Cases> = {
  'content/ultra-vires': {
    invalid: [
      ['见习单位未按规定支付见习补贴的，由县级以上人力资源社会保障部门处以2000元罚款。', '处以2000元罚款', 'error'],
      ['违反本办法规定的，由人力资源社会保障部门依法处以5000元罚款。', '处以5000元罚款'],
      ['情节严重的，吊销其人力资源服务许可证。', '吊销其人力资源服务许可证'],
      ['拒不改正的，由人力资源社会保障部门查封其经营场所。', '查封其经营场所'],
      ['报名参加职业技能等级认定的人员，应当缴纳考试费200元。', '缴纳考试费200元'],
      ['由人才交流服务中心收取档案保管费。', '收取档案保管费'],
      ['从事职业技能培训活动的机构，须经县级以上人力资源社会保障部门批准。', '从事职业技能培训活动的机构，须经县级以上人力资源社会保障部门批准'],
      ['未经批准，不得开展职业技能评价活动。', '未经批准，不得开展'],
    ],
    valid: [
      '用人单位未依法办理社会保险登记的，依照《中华人民共和国社会保险法》第八十四条的规定处理。',
      '对拒不改正的，依法予以处罚。',
      '违反本办法规定的，依照有关法律法规的规定予以处理。',
      '用人单位不得扣押劳动者居民身份证和其他证件。',
      '用人单位扣押劳动者身份证件的，由人力资源社会保障行政部门责令限期退还劳动者本人。',
      '人力资源服务机构不得向劳动者收取押金。',
      '公共就业服务机构为劳动者免费提供服务，不收取任何费用。',
      '用人单位应当按时足额缴纳社会保险费。',
      '参保人员按规定缴纳相关费用。',
      '逾期不缴纳的，自欠缴之日起按日加收万分之五的滞纳金。',
      '培训机构收取培训费的，应当开具发票。',
      '职业技能培训机构收取培训费应当明码标价。',
      '经营性人力资源服务机构从事职业中介活动的，应当依法向人力资源社会保障行政部门申请行政许可，取得人力资源服务许可证。',
      '对征地农民给予征收补偿费。',
      '查封、扣押的期限不得超过三十日。',
    ],
  },
  'content/certification': {
    invalid: [
      ['申请人须提供户籍所在地村（居）委会出具的无违法犯罪记录证明。', '户籍所在地村（居）委会出具的无违法犯罪记录证明', 'warning'],
      ['申请人提供身份证和村委会出具的困难证明。', '村委会出具的困难证明'],
      ['申请人不再提供户籍证明，但须提供收入证明。', '收入证明'],
      ['遗属凭派出所出具的亲属关系证明办理。', '派出所出具的亲属关系证明'],
    ],
    valid: [
      '失业人员持解除或者终止劳动关系的证明办理失业登记。',
      '申请人不再提供收入证明，由经办机构通过数据共享核查。',
      '申请人书面承诺符合条件的，不再要求提供相关证明。',
      '申请人应当提交营业执照、劳动合同等证明材料。',
      '社会保险经办机构应当为参保人员出具参保缴费证明。',
      '申请人提交医疗诊断证明或者职业病诊断证明书。',
      '申请人应当提供能够证明其身份的材料。',
      '按照《工伤保险条例》第十八条的规定提交与用人单位存在劳动关系的证明材料。',
      '用人单位提供虚假证明材料的，依法处理。',
      '劳动保障监察机构调查时，可以要求用人单位提供有关证明材料。',
      '推行证明事项告知承诺制。',
    ],
  },
  'content/fair-competition': {
    invalid: [
      ['劳动者须在省人力资源社会保障厅公布的定点培训机构名录内的机构参加培训。', '须在省人力资源社会保障厅公布的定点培训机构', 'warning'],
      ['入驻的人力资源服务机构，须在我省注册并缴纳社会保险费满3年。', '须在我省注册', 'error'],
      ['对××集团新招用员工，按其缴纳社会保险费的50%给予返还。', '对××集团新招用员工，按其缴纳社会保险费的50%给予返还', 'error'],
      ['政府购买的就业服务项目，本省企业优先承接。', '本省企业优先', 'error'],
      ['对重点企业实行一企一策。', '一企一策', 'warning'],
      ['人力资源服务机构收取的服务费不得高于每人500元。', '服务费不得高于每人500元', 'warning'],
    ],
    valid: [
      '对吸纳符合条件人员就业的各类企业，按规定给予一次性吸纳就业补贴。',
      '对符合条件的人力资源服务公司给予奖补。',
      '不得指定培训机构，不得限定劳动者参加特定机构的培训。',
      '行政机关不得滥用行政权力，限定或者变相限定单位或者个人购买其指定的经营者提供的商品。',
      '失业人员到指定的公共就业服务机构办理失业登记。',
      '通过政府采购方式公开择优确定培训机构，并向社会公布名单。',
      '经营劳务派遣业务，注册资本不得少于人民币二百万元。',
      '用人单位应当指定专人负责职业卫生管理工作。',
      '社会保险费不得减免。',
    ],
  },
  'content/discrimination': {
    invalid: [
      ['招聘岗位限男性。', '限男性', 'error'],
      ['招聘人员年龄在35周岁以下。', '35周岁以下', 'warning'],
      ['入职体检项目包括乙肝五项，乙肝病原携带者不予录用。', '乙肝五项', 'error'],
      ['申领创业补贴的人员须具有本省户籍。', '须具有本省户籍', 'warning'],
      ['用人单位招用女职工，可以约定劳动合同期内不得生育。', '劳动合同期内不得生育', 'error'],
      ['招聘时已婚已育者优先。', '已婚已育者优先', 'error'],
      ['招录工作人员，农村户口不予录用。', '农村户口不予', 'error'],
    ],
    valid: [
      '用人单位招用人员，不得以性别为由拒绝录用妇女。',
      '不得将乙肝病毒血清学指标作为入职体检项目。',
      '不得安排女职工从事矿山井下劳动。',
      '禁止用人单位招用未满十六周岁的未成年人。',
      '用人单位安排残疾人就业的比例不得低于本单位在职职工总数的1.5%。',
      '就业见习对象为16至24岁失业青年。',
      '达到法定退休年龄的，依法享受基本养老保险待遇。',
      '创业担保贷款对象年龄在60周岁以下。',
      '招聘岗位面向社会公开，男女不限。',
      '用人单位招用人员，应当依法对少数民族劳动者给予适当照顾。',
    ],
  },
};

const articleDoc = (text: string): string => `# 湖南省某某办法\n\n第一条 ${text}\n`;

describe.each(Object.entries(CASES))('%s', (ruleId, cases) => {
  it.each(cases.invalid)('reports: %s', async (text, phrase, severity) => {
    const f = await findingsOf(articleDoc(text), ruleId, { asOf: '2025-06-01' });
    expect(f, f.map((x) => x.message).join('\n')).toHaveLength(1);
    expect(f[0].message).toContain(`“${phrase}”`);
    expect(f[0].location.address).toBe('第一条');
    expect(f[0].suggestion).toBeTruthy();
    if (severity) expect(f[0].severity).toBe(severity);
  });

  it.each(cases.valid)('stays quiet: %s', async (text) => {
    const f = await findingsOf(articleDoc(text), ruleId, { asOf: '2025-06-01' });
    expect(f.map((x) => x.message)).toEqual([]);
  });
});

describe('list items', () => {
  it('follow their lead-in: a prohibition above the list covers every item', async () => {
    const doc = '# 湖南省某某办法\n\n第一条 用人单位在招录过程中，不得实施下列行为：\n\n（一）限定为男性或者规定男性优先；\n\n（二）将妊娠测试作为入职体检项目。\n';
    expect(await findingsOf(doc, 'content/discrimination')).toEqual([]);
  });

  it('describe conduct under “有下列情形之一的”', async () => {
    const doc = '# 湖南省某某办法\n\n第一条 有下列情形之一的，依照《劳动保障监察条例》处理：\n\n（一）为用人单位指定培训机构；\n\n（二）向劳动者收取押金。\n';
    expect(await findingsOf(doc, 'content/fair-competition')).toEqual([]);
    expect(await findingsOf(doc, 'content/ultra-vires')).toEqual([]);
  });

  it('are demands when the lead-in asks for materials', async () => {
    const doc = '# 湖南省某某办法\n\n第一条 申请补贴，应当提交下列材料：\n\n（一）身份证明；\n\n（二）用人单位出具的在职证明。\n';
    const f = await findingsOf(doc, 'content/certification');
    expect(f.map((x) => [x.location.address, x.message])).toEqual([
      ['第一条第（二）项', '证明事项应当有法律、法规或者国务院决定依据，本条要求提供“用人单位出具的在职证明”，未写明依据。'],
    ]);
  });
});

describe('options', () => {
  it('allow sentences and add statutory certificates', async () => {
    const text = '申请人须提供出生医学证明和户籍所在地村委会出具的困难证明。';
    const plain = await findingsOf(articleDoc(text), 'content/certification');
    expect(plain[0].message).toContain('“出生医学证明”“户籍所在地村委会出具的困难证明”');
    const extended = await findingsOf(articleDoc(text), 'content/certification', { options: { statutory: ['出生医学证明'] } });
    expect(extended[0].message).toContain('“户籍所在地村委会出具的困难证明”');
    expect(extended[0].message).not.toContain('出生医学证明');
    const allowed = await findingsOf(articleDoc('报名人员应当缴纳考试费200元。'), 'content/ultra-vires', { options: { allow: ['考试费'] } });
    expect(allowed).toEqual([]);
  });
});
