import { describe, expect, it } from 'vitest';
import { extractClaims, extractItemClaims, isCasesLead } from '../../src/corpus/claims.js';
import { compareQuantities, findConflict, type HigherClaim } from '../../src/corpus/conflict.js';

/** Provisions of higher law as the corpus would hold them (rank: 法律 1, 行政法规 2, 规章 3). */
const LAW: Record<string, { rank: number; date: string; text: string }> = {
  社保法46: {
    rank: 1,
    date: '2010-10-28',
    text: '失业人员失业前用人单位和本人累计缴费满一年不足五年的，领取失业保险金的期限最长为十二个月；累计缴费满五年不足十年的，领取失业保险金的期限最长为十八个月；累计缴费十年以上的，领取失业保险金的期限最长为二十四个月。',
  },
  失业条例17: {
    rank: 2,
    date: '1999-01-22',
    text: '失业人员失业前所在单位和本人按照规定累计缴费时间满1年不足5年的，领取失业保险金的期限最长为12个月；累计缴费时间满5年不足10年的，领取失业保险金的期限最长为18个月；累计缴费时间10年以上的，领取失业保险金的期限最长为24个月。',
  },
  社保法50: {
    rank: 1,
    date: '2010-10-28',
    text: '用人单位应当及时为失业人员出具终止或者解除劳动关系的证明，并将失业人员的名单自终止或者解除劳动关系之日起十五日内告知社会保险经办机构。',
  },
  失业条例16: {
    rank: 2,
    date: '1999-01-22',
    text: '城镇企业事业单位应当及时为失业人员出具终止或者解除劳动关系的证明，告知其按照规定享受失业保险待遇的权利，并将失业人员的名单自终止或者解除劳动关系之日起7日内报社会保险经办机构备案。',
  },
  社保法86: {
    rank: 1,
    date: '2010-10-28',
    text: '用人单位未按时足额缴纳社会保险费的，由社会保险费征收机构责令限期缴纳或者补足，并自欠缴之日起，按日加收万分之五的滞纳金；逾期仍不缴纳的，由有关行政部门处欠缴数额一倍以上三倍以下的罚款。',
  },
  征缴条例13: {
    rank: 2,
    date: '1999-01-22',
    text: '缴费单位未按规定缴纳和代扣代缴社会保险费的，由劳动保障行政部门或者税务机关责令限期缴纳；逾期仍不缴纳的，除补缴欠缴数额外，从欠缴之日起，按日加收2‰的滞纳金。',
  },
  社保法60: { rank: 1, date: '2010-10-28', text: '用人单位应当自行申报、按时足额缴纳社会保险费，非因不可抗力等法定事由不得缓缴、减免。' },
  女职工9: {
    rank: 2,
    date: '2012-04-28',
    text: '对哺乳未满1周岁婴儿的女职工，用人单位不得延长劳动时间或者安排夜班劳动。',
  },
  合同法19: {
    rank: 1,
    date: '2007-06-29',
    text: '劳动合同期限三个月以上不满一年的，试用期不得超过一个月；劳动合同期限一年以上不满三年的，试用期不得超过二个月；三年以上固定期限和无固定期限的劳动合同，试用期不得超过六个月。',
  },
  合同法20: {
    rank: 1,
    date: '2007-06-29',
    text: '劳动者在试用期的工资不得低于本单位相同岗位最低档工资或者劳动合同约定工资的百分之八十，并不得低于用人单位所在地的最低工资标准。',
  },
  合同法70: { rank: 1, date: '2007-06-29', text: '非全日制用工双方当事人不得约定试用期。' },
  劳动法36: { rank: 1, date: '1994-07-05', text: '国家实行劳动者每日工作时间不超过八小时、平均每周工作时间不超过四十四小时的工时制度。' },
  工时规定3: { rank: 2, date: '1994-02-03', text: '职工每日工作8小时、每周工作40小时。' },
  劳动法44: {
    rank: 1,
    date: '1994-07-05',
    text: '安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；休息日安排劳动者工作又不能安排补休的，支付不低于工资的百分之二百的工资报酬；法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬。',
  },
  女职工7: {
    rank: 2,
    date: '2012-04-28',
    text: '女职工生育享受98天产假，其中产前可以休假15天；难产的，应增加产假15天；生育多胞胎的，每多生育1个婴儿，可增加产假15天。',
  },
  年休假3: { rank: 2, date: '2007-12-14', text: '职工累计工作已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；已满20年的，年休假15天。' },
  仲裁法27: { rank: 1, date: '2007-12-29', text: '劳动争议申请仲裁的时效期间为一年。仲裁时效期间从当事人知道或者应当知道其权利被侵害之日起计算。' },
  工伤条例17: {
    rank: 2,
    date: '2003-04-27',
    text: '职工发生事故伤害或者按照职业病防治法规定被诊断、鉴定为职业病，所在单位应当自事故伤害发生之日或者被诊断、鉴定为职业病之日起30日内，向统筹地区社会保险行政部门提出工伤认定申请。遇有特殊情况，经报社会保险行政部门同意，申请时限可以适当延长。',
  },
  合同法9: {
    rank: 1,
    date: '2012-12-28',
    text: '用人单位招用劳动者，不得扣押劳动者的居民身份证和其他证件，不得要求劳动者提供担保或者以其他名义向劳动者收取财物。',
  },
  合同法84: {
    rank: 1,
    date: '2012-12-28',
    text: '用人单位违反本法规定，以担保或者其他名义向劳动者收取财物的，由劳动行政部门责令限期退还劳动者本人，并以每人五百元以上二千元以下的标准处以罚款。',
  },
  合同法22: {
    rank: 1,
    date: '2012-12-28',
    text: '劳动者违反服务期约定的，应当按照约定向用人单位支付违约金。违约金的数额不得超过用人单位提供的培训费用。用人单位要求劳动者支付的违约金不得超过服务期尚未履行部分所应分摊的培训费用。',
  },
  职教法42: {
    rank: 1,
    date: '2022-04-20',
    text: '职业学校按照规定的收费标准和办法，收取学费和其他必要费用；符合国家规定条件的，应当予以减免；不得以介绍工作、安排实习实训等名义违法收取费用。',
  },
  工伤条例20: {
    rank: 2,
    date: '2003-04-27',
    text: '社会保险行政部门应当自受理工伤认定申请之日起60日内作出工伤认定的决定，并书面通知申请工伤认定的职工或者其近亲属和该职工所在单位。',
  },
  女职工6: {
    rank: 2,
    date: '2012-04-28',
    text: '对怀孕7个月以上的女职工，用人单位不得延长劳动时间或者安排夜班劳动，并应当在劳动时间内安排一定的休息时间。',
  },
  延迟退休办法1: {
    rank: 1,
    date: '2024-09-13',
    text: '从2025年1月1日起，男职工和原法定退休年龄为五十五周岁的女职工，法定退休年龄每四个月延迟一个月，分别逐步延迟至六十三周岁和五十八周岁；原法定退休年龄为五十周岁的女职工，法定退休年龄每二个月延迟一个月，逐步延迟至五十五周岁。',
  },
  有毒物品41: {
    rank: 2,
    date: '2024-12-06',
    text: '供养亲属抚恤金：因职业中毒死亡的，对其配偶每月按照统筹地区上年度职工月平均工资的40%发给，对其生前供养的直系亲属每人每月按照统筹地区上年度职工月平均工资的30%发给；',
  },
  劳动法41: {
    rank: 1,
    date: '2018-12-29',
    text: '用人单位由于生产经营需要，经与工会和劳动者协商后可以延长工作时间，一般每日不得超过一小时。',
  },
  劳动法44列项: {
    rank: 1,
    date: '1994-07-05',
    text: '有下列情形之一的，用人单位应当按照下列标准支付高于劳动者正常工作时间工资的工资报酬：（一）安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；（二）休息日安排劳动者工作又不能安排补休的，支付不低于工资的百分之二百的工资报酬；（三）法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬。',
  },
  工伤条例17第2款: {
    rank: 2,
    date: '2010-12-20',
    text: '用人单位未按前款规定提出工伤认定申请的，工伤职工或者其近亲属、工会组织在事故伤害发生之日或者按照职业病防治法规定被诊断、鉴定为职业病之日起1年内，可以直接向用人单位所在地统筹地区社会保险行政部门提出工伤认定申请。',
  },
};

let nextId = 1;
const ids = new Map<string, number>();
function higher(...names: string[]): HigherClaim[] {
  return names.flatMap((name) => {
    const { rank, date, text } = LAW[name];
    if (!ids.has(name)) ids.set(name, nextId++);
    return extractClaims(text).map((claim) => ({ claim, rank, date, provisionId: ids.get(name)! }));
  });
}

function conflictOf(draft: string, ...names: string[]) {
  const claims = extractClaims(draft);
  expect(claims.length, `no claim in: ${draft}`).toBeGreaterThan(0);
  const found = claims.map((c) => findConflict(c, higher(...names))).filter(Boolean);
  return found[0];
}

describe('conflict with higher law: different quantity on the same subject', () => {
  it.each([
    ['累计缴费满五年不足十年的，领取失业保险金的期限最长为二十四个月。', ['社保法46', '失业条例17'], '最长为十八个月', 'error'],
    ['失业人员累计缴费五年以上不满十年的，失业保险金领取期限最长为24个月。', ['社保法46', '失业条例17'], '最长为十八个月', 'error'],
    ['新录用人员试用期统一为6个月。', ['合同法19'], '不得超过一个月', 'error'],
    ['劳动合同期限一年以上不满三年的，试用期不超过三个月。', ['合同法19'], '不得超过二个月', 'error'],
    ['用人单位逾期缴纳社会保险费的，按日加收2‰滞纳金。', ['社保法86', '征缴条例13'], '万分之五', 'error'],
    ['试用期工资不得低于劳动合同约定工资的70%。', ['合同法20'], '百分之八十', 'error'],
    ['实行每周工作44小时制度。', ['劳动法36', '工时规定3'], '40小时', 'error'],
    ['休息日安排劳动者加班又不能安排补休的，按照不低于工资的百分之一百五十支付加班工资。', ['劳动法44'], '百分之二百', 'error'],
    ['女职工生育享受90天产假。', ['女职工7'], '98天', 'error'],
    ['职工累计工作已满10年不满20年的，年休假7天。', ['年休假3'], '10天', 'error'],
    ['劳动者应当自劳动争议发生之日起六十日内申请仲裁。', ['仲裁法27'], '一年', 'error'],
    ['用人单位应当自解除劳动关系之日起7日内将失业人员名单报送社会保险经办机构。', ['社保法50', '失业条例16'], '十五日内', 'warning'],
    ['社会保险行政部门应当自受理工伤认定申请之日起90日内作出工伤认定决定。', ['工伤条例20'], '60日内', 'error'],
  ])('%s', (draft, laws, quoted, severity) => {
    const c = conflictOf(draft, ...laws);
    expect(c, 'expected a conflict').toBeDefined();
    expect(c!.higher.claim.phrase).toContain(quoted);
    expect(c!.verdict.severity).toBe(severity);
  });
});

describe('conflict with higher law: opposite modality', () => {
  it('可以缓缴 against 不得缓缴、减免 (with an exception in the law: warning)', () => {
    const c = conflictOf('困难企业可以申请缓缴社会保险费。', '社保法60');
    expect(c?.higher.claim.phrase).toBe('不得缓缴、减免');
    expect(c?.verdict.severity).toBe('warning');
  });

  it('reads who defers from a 对-phrase, not from the department that approves it', () => {
    const [claim] = extractClaims('对入园不满两年的初创企业，经县级人力资源社会保障部门审核同意，可以缓缴社会保险费。').filter((c) => c.kind === 'modal');
    expect(claim.actor).toBe('employer');
    expect(extractClaims('经人力资源社会保障部门审核同意，企业可以缓缴社会保险费。').find((c) => c.kind === 'modal')?.actor).toBe('employer');
    // 生产经营 is not an approval: the enterprise before it still acts.
    expect(extractClaims('生产经营困难的企业，经批准可以缓缴社会保险费。').find((c) => c.kind === 'modal')?.actor).toBe('employer');
  });
});

describe('a law that gives way to other rules', () => {
  it('gives way only where those rules may be a province’s own, not the state’s', () => {
    const deferring = (text: string) => extractClaims(text).map((c) => c.deferring);
    // 除国家另有规定外 / 法律、行政法规另有规定的除外: no normative document of a province is such a rule, so the ban binds it.
    expect(deferring('除国家另有规定外，用人单位不得将妊娠测试作为入职体检项目。')).toEqual([false]);
    expect(deferring('用人单位不得向劳动者收取押金，法律、行政法规另有规定的除外。')).toEqual([false]);
    // 省、自治区、直辖市另有规定的, or another rule not named: the province may have made it.
    expect(deferring('用人单位不得向劳动者收取押金，省、自治区、直辖市另有规定的除外。')).toEqual([true]);
    expect(deferring('用人单位不得向劳动者收取押金，另有规定的除外。')).toEqual([true]);
  });

  it('holds a draft that requires or permits a pregnancy test against the ban, whoever the draft leaves the check-up to', () => {
    const ban = extractClaims('除国家另有规定外，用人单位不得将妊娠测试作为入职体检项目。').map((claim) => ({
      claim,
      rank: 1,
      date: '2022-10-30',
      provisionId: 990,
    }));
    for (const draft of ['女性应聘人员的体检项目应当包含妊娠检测。', '用人单位可以将孕检作为入职体检项目。']) {
      const [claim] = extractClaims(draft);
      expect(findConflict(claim, ban)?.verdict, draft).toMatchObject({ ok: false, severity: 'warning' });
    }
    expect(extractClaims('用人单位不得将妊娠检测列为入职体检项目。').map((c) => findConflict(c, ban))).toEqual([undefined]);
  });
});

describe('a ban for a class of persons, and an exception the draft adds after a semicolon', () => {
  it('the clause after the semicolon keeps the class and the employer: 确因…的，可以安排其延长劳动时间', () => {
    const draft = '对怀孕7个月以上的女职工，用人单位一般不得延长劳动时间；确因生产经营需要，经女职工本人书面同意的，可以安排其延长劳动时间。';
    const may = extractClaims(draft).find((c) => c.kind === 'modal' && c.modality === 'may');
    expect(may?.qualifiers).toEqual(['怀孕']);
    expect(may?.actor).toBe('employer');
    const c = conflictOf(draft, '女职工6', '劳动法41');
    expect(c?.higher.claim.phrase).toBe('不得延长劳动时间或者安排夜班劳动');
    expect(c?.verdict.why).toBe('上位法禁止');
  });

  it('the general permission to work overtime is not held against the ban for pregnant workers, nor the ban against the permission', () => {
    expect(conflictOf('用人单位经与工会和劳动者协商后可以延长工作时间。', '女职工6')).toBeUndefined();
    expect(conflictOf('对怀孕7个月以上的女职工，用人单位不得延长劳动时间。', '劳动法41')).toBeUndefined();
  });

  it('a case named before any claim goes on after the semicolon: 在休息日工作的，…补休；不能安排补休的，…百分之一百五十', () => {
    const claims = extractClaims('𠮷用人单位安排劳动者在休息日工作的，应当优先安排补休；不能安排补休的，按照不低于本人工资的百分之一百五十支付加班工资。');
    const figure = claims.find((c) => c.kind === 'quantity')!;
    expect(figure.qualifiers).toEqual(['休息日']);
    expect(figure.phrase).toBe('百分之一百五十');
    // Another sentence starts afresh.
    const next = extractClaims('用人单位安排劳动者在休息日工作的，应当优先安排补休。延长工作时间的，按照不低于本人工资的百分之一百五十支付加班工资。');
    expect(next.find((c) => c.kind === 'quantity')?.qualifiers).toEqual([]);
  });

  it('a new case named after the semicolon is its own: 对哺乳…的 does not inherit 怀孕', () => {
    const claims = extractClaims(
      '对怀孕7个月以上的女职工，用人单位不得延长劳动时间；对哺乳未满1周岁婴儿的女职工，用人单位不得安排夜班劳动，可以延长劳动时间。',
    );
    expect(claims.filter((c) => c.modality === 'may').map((c) => c.qualifiers)).toEqual([['哺乳']]);
  });
});

describe('figures the law replaced, and provisions that give one subject several figures', () => {
  it('an old retirement age given as the rule, against the figures the law calls 原', () => {
    const c = conflictOf('本办法所称法定退休年龄，是指男职工年满60周岁，女职工年满50周岁。', '延迟退休办法1');
    expect(c?.higher.claim.role).toBe('former');
    expect(c?.verdict.why).toBe('本文件仍按调整前的标准规定，上位法已作调整');
  });

  it('a draft that itself calls the age the former one, and a bound at the former ages, are not reported', () => {
    expect(conflictOf('原法定退休年龄为五十周岁的女职工，每二个月延迟一个月。', '延迟退休办法1')).toBeUndefined();
    // 五十五周岁 is old for some and new for others: the law's own clause names it both ways.
    const formers = extractClaims(LAW['延迟退休办法1'].text)
      .filter((c) => c.role === 'former')
      .map((c) => c.quantity?.value);
    expect(formers).toContain(50);
  });

  it('one of several figures the provision gives (30% for other relatives) is not held against another (40% for the spouse)', () => {
    expect(conflictOf('供养亲属抚恤金标准为：配偶每月40%，其他亲属每人每月30%。', '有毒物品41')).toBeUndefined();
    expect(conflictOf('供养亲属抚恤金标准为：配偶每月35%，其他亲属每人每月30%。', '有毒物品41')?.verdict.ok).toBe(false);
  });
});

describe('money taken from a worker or a student, and a penalty bounded by a cost', () => {
  it('a permission to take a deposit from workers is held against the ban on taking property from them, however worded', () => {
    for (const draft of ['用人单位可以向新上岗人员收取不超过500元的岗位管理保证金。', '企业可以按照每人300元的标准向新录用职工收取工装押金。']) {
      const c = conflictOf(draft, '合同法9', '合同法84');
      expect(c?.higher.claim.phrase, draft).toContain('向劳动者收取财物');
      expect(c?.verdict.why).toBe('上位法禁止');
    }
  });

  it('does not read the fine for taking a deposit as a figure of the deposit, nor a ban or a refund order as a permission', () => {
    expect(extractClaims('以担保或者其他名义向劳动者收取财物的，并以每人五百元以上二千元以下的标准处以罚款。').filter((c) => c.kind === 'quantity')).toEqual(
      [],
    );
    expect(conflictOf('用人单位不得以任何名义向劳动者收取押金、保证金。', '合同法9', '合同法84')).toBeUndefined();
    // The employer's own deposit (工资保证金) is another subject.
    expect(extractClaims('施工总承包单位应当按照规定存储工资保证金。').map((c) => c.primary)).not.toContain('向劳动者收取财物');
  });

  it('reads a ceiling on what is taken as a permission to take it', () => {
    const modal = extractClaims('用人单位向新上岗人员收取的保证金每人不超过500元。').find((c) => c.kind === 'modal');
    expect(modal?.modality).toBe('may');
    expect(modal?.primary).toBe('向劳动者收取财物');
  });

  it('tells a fee taken from a student from one taken from a worker', () => {
    const c = conflictOf('技工院校可以向推荐实习岗位的学生收取实习推荐费。', '职教法42', '合同法9');
    expect(c?.higher.claim.primary).toBe('向学生收取费用');
    expect(conflictOf('技工院校按照核定的标准收取学费，不得以安排实习、推荐就业等名义收取费用。', '职教法42')).toBeUndefined();
  });

  it('holds a penalty of a multiple of the training cost against the law that caps it at that cost', () => {
    const c = conflictOf('劳动者提前解除劳动合同的，应当按照培训费用的二倍向企业支付违约金。', '合同法22');
    expect(c?.higher.claim.phrase).toContain('不得超过用人单位提供的培训费用');
    expect(c?.verdict.why).toBe('超过上位法规定的上限');
    expect(findConflict(extractClaims('违约金按照培训费用的50%计算。')[0], higher('合同法22'))).toBeUndefined();
  });
});

describe('no conflict: faithful restatement, allowed strictness, later or higher law followed', () => {
  it.each([
    ['累计缴费满五年不足十年的，领取失业保险金的期限最长为十八个月。', ['社保法46', '失业条例17']],
    ['失业保险金领取期限最长不超过二十四个月。', ['社保法46']],
    ['劳动合同期限一年以上不满三年的，试用期不得超过一个月。', ['合同法19']],
    ['用人单位应当自终止劳动关系之日起15日内告知社会保险经办机构失业人员名单。', ['社保法50', '失业条例16']],
    ['按日加收万分之五的滞纳金。', ['社保法86', '征缴条例13']],
    ['职工每日工作8小时、每周工作40小时。', ['劳动法36', '工时规定3']],
    ['试用期工资不得低于劳动合同约定工资的百分之九十。', ['合同法20']],
    ['女职工生育享受158天产假。', ['女职工7']],
    ['社会保险行政部门应当自受理工伤认定申请之日起30日内作出工伤认定决定。', ['工伤条例20']],
    ['劳动争议申请仲裁的时效期间为一年。', ['仲裁法27']],
    ['用人单位应当自事故伤害发生之日起30日内提出工伤认定申请。', ['工伤条例17']],
    ['用人单位可以与劳动者约定试用期。', ['合同法70']],
    ['用人单位应当按时足额缴纳社会保险费。', ['社保法60']],
    ['工伤职工享受停工留薪期待遇。', ['工伤条例17']],
  ])('%s', (draft, laws) => {
    const claims = extractClaims(draft);
    for (const c of claims) expect(findConflict(c, higher(...laws)), `${draft} → ${c.phrase}`).toBeUndefined();
  });
});

describe('figures offered as a choice', () => {
  const law = '设区的市级劳动能力鉴定委员会收到劳动能力鉴定申请后，应当从其建立的医疗卫生专家库中随机抽取3名或者5名相关专家组成专家组，由专家组提出鉴定意见。';
  const higherClaims = (): HigherClaim[] => extractClaims(law).map((claim, i) => ({ claim, rank: 2, date: '2010-12-20', provisionId: i }));

  it('agree with the law when they are among its choices, and not otherwise', () => {
    const said = (draft: string) => extractClaims(draft).map((c) => findConflict(c, higherClaims()));
    expect(said('劳动能力鉴定委员会收到劳动能力鉴定申请后，应当从医疗卫生专家库中随机抽取3名或者5名相关专家组成专家组。')).toEqual([undefined, undefined]);
    expect(said('劳动能力鉴定委员会收到劳动能力鉴定申请后，应当从医疗卫生专家库中随机抽取5名相关专家组成专家组。')).toEqual([undefined]);
    expect(said('劳动能力鉴定委员会收到劳动能力鉴定申请后，应当从医疗卫生专家库中随机抽取7名相关专家组成专家组。')[0]).toBeDefined();
  });
});

describe('quantity comparison', () => {
  it('compares years with months exactly, days with years roughly, and refuses close units', () => {
    const q = (value: number, unit: 'year' | 'month' | 'day' | 'week') => ({ value, dim: 'time' as const, unit });
    expect(compareQuantities(q(1, 'year'), q(12, 'month'))).toBe(0);
    expect(compareQuantities(q(2, 'year'), q(18, 'month'))).toBe(1);
    expect(compareQuantities(q(60, 'day'), q(1, 'year'))).toBe(-1);
    expect(compareQuantities(q(30, 'day'), q(1, 'month'))).toBeUndefined();
    expect(compareQuantities(q(2, 'week'), q(15, 'day'))).toBe(-1);
    expect(compareQuantities({ value: 0.002, dim: 'ratio', unit: null }, { value: 0.0005, dim: 'ratio', unit: null })).toBe(1);
    expect(compareQuantities({ value: 8, dim: 'hour', unit: null }, { value: 8, dim: 'time', unit: 'day' })).toBeUndefined();
  });

  it('reads the days a law counts in working days, written again with the same number, as the same period', () => {
    const q = (value: number, unit: 'day') => ({ value, dim: 'time' as const, unit });
    const lawTenDays = { value: 10, dim: 'workday' as const, unit: null, daysAsWritten: 10 };
    expect(compareQuantities(q(10, 'day'), lawTenDays)).toBe(0);
    expect(compareQuantities(lawTenDays, q(10, 'day'))).toBe(0);
    // Other numbers are still compared as calendar days against working days.
    expect(compareQuantities(q(30, 'day'), lawTenDays)).toBe(1);
    expect(compareQuantities(q(12, 'day'), lawTenDays)).toBeUndefined();
    expect(compareQuantities(q(10, 'day'), { value: 10, dim: 'workday', unit: null })).toBe(-1);
  });
});

describe('a payment the law sets a minimum for, and a period whose object is left out', () => {
  it('holds 不再支付 / 无需支付 overtime pay for holiday work against the 300 % floor, whatever the time off given', () => {
    for (const draft of [
      '在法定休假日安排劳动者工作的，可以安排同等时间补休，安排补休的不再支付加班工资。',
      '法定节假日安排劳动者加班的，用人单位可以安排调休，无需另行支付加班费。',
    ]) {
      const c = conflictOf(draft, '劳动法44列项');
      expect(c?.higher.claim.phrase, draft).toBe('百分之三百');
      expect(c?.verdict.why).toContain('应当支付');
    }
  });

  it('leaves out the rest-day floor that applies only without time off, a holiday taken within leave, and a benefit not paid twice', () => {
    for (const draft of [
      '休息日安排劳动者工作的，应当首先安排补休，安排补休的不再支付加班工资。',
      '职工在年休假期间享受的法定休假日不再另行支付加班工资。',
      '已领取失业保险金的，不再发放一次性生活补助。',
    ]) {
      expect(
        extractClaims(draft)
          .map((c) => findConflict(c, higher('劳动法44列项')))
          .filter(Boolean),
        draft,
      ).toEqual([]);
    }
  });

  it('reads 直接提出 after a semicolon as the application named before it, and the law’s 按前款规定 as no part of its case', () => {
    const draft = '用人单位应当自事故伤害发生之日起30日内提出工伤认定申请；用人单位未提出的，工伤职工或者其近亲属可以在事故伤害发生之日起6个月内直接提出。';
    const c = conflictOf(draft, '工伤条例17第2款');
    expect(c?.higher.claim.quantity?.text).toBe('1年');
    expect(c?.verdict.why).toBe('短于上位法规定的期限，增加当事人义务');
    // Without the application named in the sentence there is nothing to carry: no claim, no guess.
    expect(extractClaims('职工或者其近亲属可以在事故伤害发生之日起6个月内直接提出。')).toEqual([]);
  });
});

describe('a rate paid without its object, a case that starts afresh after a semicolon, and a heavier penalty for arguing', () => {
  it('reads 按照…百分之一百五十支付 as the overtime pay the sentence named, in the rest-day case it states', () => {
    const c = conflictOf(
      '企业安排职工延长工作时间的，应当依法支付加班工资：休息日工作又不能安排补休的，按照不低于本人日工资标准的百分之一百五十支付。',
      '劳动法44列项',
    );
    expect(c?.higher.claim.phrase).toBe('百分之二百');
    expect(
      conflictOf('企业安排职工延长工作时间的，应当依法支付加班工资：休息日工作又不能安排补休的，按照不低于本人日工资标准的百分之二百支付。', '劳动法44列项'),
    ).toBeUndefined();
  });

  it('keeps the case before a semicolon only for a case that turns it, not for one with an act of its own', () => {
    const [own] = extractClaims(
      '从事职业中介活动的，已依法取得许可证；开展人力资源供求信息的收集和发布等业务的，已自开展业务之日起30日内向人力资源社会保障部门备案。',
    ).filter((c) => c.kind === 'quantity');
    expect(own.qualifiers).toEqual([]);
    const [turned] = extractClaims('用人单位安排劳动者在休息日工作的，应当优先安排补休；不能安排补休的，按照不低于工资的百分之二百支付工资报酬。').filter(
      (c) => c.kind === 'quantity',
    );
    expect(turned.qualifiers).toEqual(['休息日']);
  });

  it('holds 无理申辩的，可以从重处理 against the ban on a heavier penalty for arguing, not a heavier penalty for other facts', () => {
    const law = extractClaims('行政机关不得因当事人陈述、申辩而给予更重的处罚。');
    expect(law[0]).toMatchObject({ kind: 'modal', modality: 'mustNot' });
    const higherLaw = law.map((claim, i) => ({ claim, rank: 1, date: '2021-01-22', provisionId: 900 + i }));
    const [d] = extractClaims('当事人拒不如实说明情况、无理申辩的，可以从重处理。');
    expect(findConflict(d, higherLaw)?.verdict.why).toBe('上位法禁止');
    // Stated bare after its case, with no 可以: what the draft orders.
    const [bare] = extractClaims('当事人在陈述、申辩中否认违法事实的，在法定幅度内从重处罚。');
    expect(bare).toMatchObject({ kind: 'modal', modality: 'must' });
    expect(findConflict(bare, higherLaw)?.verdict.why).toBe('上位法禁止');
    expect(extractClaims('当事人陈述、申辩后应当复核；有隐匿证据等情节的，在法定幅度内从重处罚。')).toEqual([]);
    expect(extractClaims('当事人有陈述、申辩的权利；有从重处罚情节的，依法从重处罚。').flatMap((c) => findConflict(c, higherLaw) ?? [])).toEqual([]);
  });
});

describe('the cases of a list read with its rule, tiers of a list, an approver with its place and listed cases', () => {
  const lead = '有下列情形之一的，用人单位应当向劳动者支付经济补偿：';
  const item = '（三）用人单位依照本法第四十条规定解除劳动合同的；';

  it('reads an item under 有下列情形之一的 as the case of the lead-in’s rule, its offsets the whole item', () => {
    expect(isCasesLead(lead)).toBe(true);
    expect(isCasesLead('用人单位有下列情形之一的，由劳动行政部门责令改正。')).toBe(false);
    const [c] = extractItemClaims(lead, item);
    expect(c).toMatchObject({ kind: 'modal', primary: '经济补偿', modality: 'must', conditionText: '用人单位依照本法第四十条规定解除劳动合同的' });
    expect(c.span).toEqual({ start: 0, end: item.length });
    // A catch-all item names no case; an item with its own rule is read as before.
    expect(extractItemClaims(lead, '（七）法律、行政法规规定的其他情形。')).toEqual([]);
    const higher = [{ claim: c, rank: 1, date: '2012-12-28', provisionId: 950 }];
    const [d] = extractClaims('用人单位依照劳动合同法第四十条规定解除劳动合同的，可以不支付经济补偿。');
    expect(findConflict(d, higher)?.verdict.why).toBe('上位法规定为义务');
    // A draft that refers to its own listed cases states none of them.
    const [listed] = extractClaims('劳动者有下列情形之一，用人单位解除劳动合同的，可以不支付经济补偿：');
    expect(findConflict(listed, higher)).toBeUndefined();
  });

  it('reads a case the law gives by another of its provisions, all of whose words the draft’s case holds, unless it is the one excepted', () => {
    const fifth = '（五）除用人单位维持或者提高劳动合同约定条件续订劳动合同，劳动者不同意续订的情形外，依照本法第四十四条第一项规定终止固定期限劳动合同的；';
    const [c] = extractItemClaims(lead, fifth);
    expect(c.exceptCase).toBe('用人单位维持或者提高劳动合同约定条件续订劳动合同，劳动者不同意续订');
    const higher = [{ claim: { ...c, caseRefs: ['劳动合同期满的'] }, rank: 1, date: '2012-12-28', provisionId: 951 }];
    const [d] = extractClaims('补贴期内双方订立的劳动合同期满终止时，企业可以不支付经济补偿。');
    expect(findConflict(d, higher)?.verdict.why).toBe('上位法规定为义务');
    const [excepted] = extractClaims('用人单位维持或者提高劳动合同约定条件续订劳动合同，劳动者不同意续订的，劳动合同期满终止时，用人单位可以不支付经济补偿。');
    expect(findConflict(excepted, higher)).toBeUndefined();
    // Without the referred words, the law's own words are too far from the draft's case.
    expect(findConflict(d, [{ ...higher[0], claim: c }])).toBeUndefined();
  });

  it('gives each tier of 受处分的期间为：警告，六个月；记过，十二个月 its own figure', () => {
    const claims = extractClaims('受处分的期间为：警告，六个月；记过，十二个月；记大过，十八个月。');
    expect(claims.map((c) => [c.primary, c.qualifiers.join(), c.quantity?.text])).toEqual([
      ['处分期间', '警告', '六个月'],
      ['处分期间', '记过', '十二个月'],
      ['处分期间', '记大过', '十八个月'],
    ]);
    const higher = claims.map((claim, i) => ({ claim, rank: 1, date: '2018-12-29', provisionId: 960 + i }));
    const draft = extractClaims('受处分的期间为：警告，6个月；记过，12个月；记大过，24个月。');
    expect(draft.flatMap((d) => findConflict(d, higher)?.higher.claim.phrase ?? [])).toEqual(['十八个月']);
  });

  it('does not take the approver named with its place for the one who acts', () => {
    const [d] = extractClaims('企业因经营困难不能按时足额缴纳社会保险费的，经所在地县级人力资源社会保障部门批准，可以缓缴社会保险费。');
    expect(d).toMatchObject({ kind: 'modal', primary: '缓缴', modality: 'may', actor: 'employer' });
  });

  it('gives a period for bringing the act its case names to that act, and to the subject carried after a semicolon', () => {
    const [d] = extractClaims('劳动者申请劳动人事争议仲裁的，劳动关系终止后，应当自劳动关系终止之日起六个月内提出。');
    expect(d).toMatchObject({ primary: '申请仲裁', comparator: 'within', anchor: '劳动关系终止' });
    const [h] = extractClaims('劳动者申请仲裁不受仲裁时效期间的限制；但是，劳动关系终止的，应当自劳动关系终止之日起一年内提出。');
    expect(h).toMatchObject({ primary: '申请仲裁', comparator: 'within' });
    expect(findConflict(d, [{ claim: h, rank: 1, date: '2007-12-29', provisionId: 970 }])?.higher.claim.phrase).toBe('一年内');
    // A period for another verb, two parts after the case, is not one for bringing the act.
    expect(extractClaims('劳动者申请仲裁的，劳动关系终止后，应当自劳动关系终止之日起六个月内作出答复。')).toEqual([]);
  });

  it('reads work paid by the hour as 非全日制用工', () => {
    const [d] = extractClaims('以小时计酬的家政服务员，劳动报酬结算支付周期最长不超过一个月。');
    expect(d.qualifiers).toContain('非全日制用工');
  });
});

describe('conflict with higher law: a protected class told by a figure, narrowed', () => {
  it('reports a higher bound of months pregnant and a lower age of the baby nursed', () => {
    const later = conflictOf('对怀孕满8个月的女职工，用人单位不得安排其延长劳动时间或者夜班劳动。', '女职工6');
    expect(later?.verdict.why).toBe('缩小了上位法规定的保护对象范围');
    expect(later?.inCase).toBe(true);
    const younger = conflictOf('对哺乳未满6个月婴儿的女职工，用人单位不得延长劳动时间或者安排夜班劳动。', '女职工9');
    expect(younger?.verdict.why).toBe('缩小了上位法规定的保护对象范围');
  });

  it('is silent on the same class, a wider class, and the same age in other units', () => {
    expect(conflictOf('对怀孕7个月以上的女职工，企业不得安排夜班劳动。', '女职工6')).toBeUndefined();
    expect(conflictOf('对怀孕6个月以上的女职工，用人单位不得延长其劳动时间。', '女职工6')).toBeUndefined();
    expect(conflictOf('对哺乳未满12个月婴儿的女职工，用人单位不得安排夜班劳动。', '女职工9')).toBeUndefined();
  });
});

describe('conflict with higher law: whose act it is, a ground the ban leaves out, a ban on a manner, one of the law’s cases', () => {
  const higherOf = (text: string, rank = 1) => extractClaims(text).map((claim, i) => ({ claim, rank, date: '2012-12-28', provisionId: 980 + i }));

  it('reads whoever hires the workers, or ends a worker’s contract with her, as the employer', () => {
    const [taken] = extractClaims('家政服务机构招用家政服务人员，可以收取不超过一个月工资标准的服装、工具押金。').filter((c) => c.kind === 'modal');
    expect(taken).toMatchObject({ primary: '向劳动者收取财物', actor: 'employer', modality: 'may' });
    expect(findConflict(taken, higherOf('用人单位招用劳动者，不得要求劳动者提供担保或者以其他名义向劳动者收取财物。'))?.verdict.why).toBe('上位法禁止');
    // A service that takes money from job seekers it does not hire is no employer.
    expect(extractClaims('职业介绍机构可以向求职者收取押金。').find((c) => c.kind === 'modal')?.actor).not.toBe('employer');
  });

  it('reads an identity card kept under another name as kept, and the label of a banned item as no word of it', () => {
    const law = extractItemClaims('职业中介机构不得有下列行为：', '（四）扣押劳动者的居民身份证和其他证件；');
    expect(law[0]).toMatchObject({ primary: '扣押身份证件', modality: 'mustNot', phrase: '不得扣押劳动者的居民身份证和其他证件' });
    const [kept] = extractClaims('输出组织可以统一代为保管被输出人员的居民身份证，待其到岗后交还本人。');
    expect(kept).toMatchObject({ primary: '扣押身份证件', modality: 'may' });
    expect(
      findConflict(
        kept,
        law.map((claim) => ({ claim, rank: 1, date: '2015-04-24', provisionId: 990 })),
      )?.verdict.why,
    ).toBe('上位法禁止');
    expect(extractClaims('办理就业登记时，应当出示居民身份证。').some((c) => c.primary === '扣押身份证件')).toBe(false);
  });

  it('leaves alone the ground the law excepts from its ban, and holds any other ground against it', () => {
    const law = higherOf('用人单位应当自行申报、按时足额缴纳社会保险费，非因不可抗力等法定事由不得缓缴、减免。');
    const [forceMajeure] = extractClaims('用人单位因不可抗力不能按时足额缴纳社会保险费的，可以依法向社会保险费征收机构申请缓缴。');
    expect(findConflict(forceMajeure, law)).toBeUndefined();
    const [hardship] = extractClaims('用人单位生产经营困难的，可以申请缓缴社会保险费。');
    expect(findConflict(hardship, law)?.verdict.why).toBe('上位法禁止');
  });

  it('does not read a ban on a way of paying as a ban on paying', () => {
    const law = higherOf('用人单位应将工资支付给劳动者本人。', 3);
    const [manner] = extractClaims('用人单位不得按季度支付工资。');
    expect(findConflict(manner, law)).toBeUndefined();
    const [none] = extractClaims('用人单位不得支付工资。');
    expect(findConflict(none, law)?.verdict.why).toBe('上位法规定为义务');
  });

  it('holds a draft that names one of the law’s cases joined by 或者 against that case', () => {
    const law = higherOf('以完成一定工作任务为期限的劳动合同或者劳动合同期限不满三个月的，不得约定试用期。');
    const [short] = extractClaims('应急用工劳动合同期限不满三个月的，用人单位与劳动者可以约定不超过十五日的试用期。').filter((c) => c.kind === 'modal');
    expect(findConflict(short, law)?.verdict.why).toBe('上位法禁止');
    const [longer] = extractClaims('劳动合同期限一年以上的，可以约定不超过二个月的试用期。').filter((c) => c.kind === 'modal');
    expect(findConflict(longer, law)).toBeUndefined();
  });

  it('reads drawing a pension account early as the act the law bans', () => {
    const law = higherOf('个人账户不得提前支取，记账利率不得低于银行定期存款利率，免征利息税。');
    const [early] = extractClaims('受灾参保人员可以申请提前支取本人基本养老保险个人账户储存额的百分之五十。').filter((c) => c.kind === 'modal');
    expect(findConflict(early, law)?.verdict.why).toBe('上位法禁止');
    expect(extractClaims('住房公积金可以提前支取。').some((c) => c.primary === '提前支取')).toBe(false);
  });
});

describe('conflict with higher law: a period run from the making of a paper the law runs from its receipt', () => {
  const law = extractClaims('劳动者对本法第四十七条规定的仲裁裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼。').map((claim, i) => ({
    claim,
    rank: 1,
    date: '2007-12-29',
    provisionId: 995 + i,
  }));

  it('reports the party’s days lost, and leaves the law’s own start alone', () => {
    const [made] = extractClaims('当事人对仲裁裁决不服的，可以自裁决书作出之日起十五日内向人民法院提起诉讼。');
    expect(made.anchor).toBe('裁决书作出');
    expect(findConflict(made, law)?.verdict.why).toBe('起算时间早于上位法规定的收到之日，缩短了当事人的期限');
    const [received] = extractClaims('当事人对仲裁裁决不服的，可以自收到裁决书之日起十五日内向人民法院提起诉讼。');
    expect(findConflict(received, law)).toBeUndefined();
  });
});
