import { analyzeClauses, provisionWord, sentenceOf, type Effect } from '../../src/analysis/clauses/index.js';
import { RestatementFinder, measureWord } from '../../src/corpus/restatement.js';
import { compileAll, regexListOption } from '../../src/rule-support/patterns.js';
import { defineRule } from '../../src/engine/rule.js';
import { builtinList, unionOf } from '../../src/engine/term-lists.js';
import { NO_CREATION } from '../../src/engine/scopes.js';
import { CHINESE_NUMERAL_CHARS } from '../../src/zh/numerals.js';

export interface Options {
  /** Regexes: a sentence matching one is not reported (measures the office knows to be set by law). */
  allow: string[];
}

type Category = 'penalty' | 'compulsion' | 'licence' | 'fee';

const CATEGORY: Record<Category, { name: string; requirement: string; basis: string; suggestion: string }> = {
  penalty: {
    name: '行政处罚',
    requirement: '除法律、法规、规章外，其他规范性文件不得设定行政处罚',
    basis: '《中华人民共和国行政处罚法》第十六条；《湖南省规范性文件管理办法》第六条',
    suggestion: '删去该处罚规定；法律、法规、规章已有规定的，写明依据，如“依照《中华人民共和国××法》第×条的规定处理”。',
  },
  compulsion: {
    name: '行政强制',
    requirement: '法律、法规以外的其他规范性文件不得设定行政强制措施，行政强制执行由法律设定',
    basis: '《中华人民共和国行政强制法》第十条第四款、第十三条；《湖南省规范性文件管理办法》第六条',
    suggestion: '删去该强制措施；法律、法规已有规定的，写明依据，如“依照《……》第×条的规定执行”。',
  },
  licence: {
    name: '行政许可',
    requirement: '规范性文件一律不得设定行政许可（无论称为审批、核准、备案、登记还是认定）',
    basis: '《中华人民共和国行政许可法》第十七条；《湖南省规范性文件管理办法》第六条',
    suggestion: '删去以批准（备案、登记、认定）作为开展活动前提的要求，改为事后备案、告知承诺或者事中事后监管；确属法律、法规设定的许可，写明设定依据。',
  },
  fee: {
    name: '行政收费',
    requirement: '规范性文件不得设定行政事业性收费（包括押金、保证金、工本费）',
    basis: '《湖南省规范性文件管理办法》第六条；《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）',
    suggestion: '删去收费要求；确属依法设立的行政事业性收费，写明设定依据和收费项目批准文件。',
  },
};

const CATEGORY_OF: Partial<Record<Effect['kind'], Category>> = { sanction: 'penalty', compulsion: 'compulsion', licence: 'licence', fee: 'fee' };

/** The approval nearest the gated activity: the last clause of a gate that names several. */
function lastClause(gate: string): string {
  return gate.split(/[，,；;]/u).at(-1) ?? gate;
}

/**
 * A measure the document sets for itself: a penalty after a breach (罚款, or
 * 取消资格/降低等级/扣减补贴 by other names), a coercive measure (查封, 冻结,
 * 暂停账户支付, 扣留证件), a licence (批准, or 备案/登记 that must come before an
 * activity), a fee (工本费, 押金, 保证金 collected by a public body). Read from
 * the clause analysis: a prohibition, a condition describing conduct, a
 * citation that governs the clause, or a general reference to law with
 * nothing fixed by the document are not measures set by it.
 */
/** A verb with no object of its own after an approval (…批准后实施): it carries out what the sentence applied for. */
const BARE_ACTIVITY = /^(?:实施|执行|实行|施行|开展|办理)$/u;
/** A document whose title is about social insurance contributions: its 滞纳金 is theirs. */
const SOCIAL_INSURANCE_DOCUMENT = /(?:社会|养老|医疗|工伤|失业|生育)保险费|社会保险(?:征缴|缴费|欠费)|社保费/u;

/** Fees a law says may not be charged at all, which conflict/corpus reports against that law. */
const FREE_BY_LAW = /仲裁费|案件受理费|仲裁受理费/u;

/** A document of discretion standards for penalties (行政处罚裁量基准, 罚款裁量办法, 规范…行政处罚裁量权的通知). */
const DISCRETION_DOCUMENT = /裁量(?:权)?(?:基准|标准|办法|规则|细则|适用|权)|(?:罚款|处罚)裁量/u;
/** A fine given by a range of sums (处1万元以上2万元以下的罚款, 按每人2000元以上5000元以下的标准处以罚款). */
const FINE_RANGE = new RegExp(`[0-9０-９.${CHINESE_NUMERAL_CHARS}]+元以上[^，。；]{0,12}?元?以下`, 'u');

/**
 * A fine a discretion benchmark grades by a range (行政处罚法第三十四条: 行政机关可以依法制定行政处罚裁量基准): it applies the
 * fine a law sets, and whether the range keeps inside the law's is conflict/corpus's finding. A kind of penalty the law
 * does not have (按日连续处罚) is still a new one.
 */
function gradedFine(e: Effect, title: string): boolean {
  // A PDF's lines may break a title or a sum with spaces.
  if (e.kind !== 'sanction' || e.subtype !== 'fine' || !DISCRETION_DOCUMENT.test(title.replace(/\s+/gu, ''))) return false;
  if (/按日|连续处罚/u.test(e.phrase)) return false;
  return FINE_RANGE.test(e.clause.block.text.slice(e.clause.start, e.end).replace(/\s+/gu, ''));
}

export default defineRule<Options>({
  id: 'content/ultra-vires',
  meta: {
    severity: 'error',
    description: '文件自行设定行政处罚、行政强制、行政许可或行政收费（越权设定，包括换了名目的）',
    applies: NO_CREATION,
    basis: '《中华人民共和国行政处罚法》第十六条；《中华人民共和国行政许可法》第十七条；《中华人民共和国行政强制法》第十条；《湖南省规范性文件管理办法》第六条',
    options: (z) => z.object({ allow: regexListOption(z) }).strict(),
    defaultOptions: { allow: [] },
    messages: {
      created: '{{where}}规定“{{phrase}}”，{{describe}}。{{requirement}}。',
      inferred: '{{where}}规定“{{phrase}}”，{{describe}}，请核对是否有法律、法规依据。{{requirement}}。',
    },
    // 3: a statutory licence named beside a new approval no longer excuses it; a cited article governs the measures
    // that go on from it (依照…第六十一条的规定责令改正，处…罚款); a restated lead-in with one of its items is restatement.
    // 4: an employer's or operator's own act outside the vocabulary of activities, gated on the administration's consent
    // or reply (经预审同意后方可提交职工代表大会讨论), is read as a licence to be checked; one preposition governs two
    // cited titles (依照《A》第四十八条和《B》的规定); an item restated with its lead-in's occasion is restatement; a ban
    // after a refusal or a low rating; a fee at a rate paid into the administration's account.
    // Also: 责令停产整顿; a restated fine found by its conditions; a cited article past a semicolon; 通报批评 with
    // 追究有关人员责任 is accountability.
    // 5: a restatement is recognised with its figures in Chinese numerals or Arabic digits alike (二千元 = 2000元) and
    // with the law's 劳动行政部门 written as today's 人力资源社会保障行政部门.
    // 6: a fee of a public service body (公共就业和人才服务机构), a deposit named after wages (工资支付保证金), 按日连续处罚,
    // seizure by exam staff, a ban on applying for posts (不得报考、应聘), services withheld after a breach (暂停为其办理…业务).
    // 7: a licence gate with a comma after the operator (未列入名录的机构，不得…); who gives a grant is read before the activity.
    // 8: 暂停…许可证N个月, 纳入…失信人员名单, seizure by investigators; 职业年金 is not a fee.
    // 9: a sanction after a semicolon, under a citation that heads the sentence before, is the document's own when the
    // cited article (stored in the corpus) has no measure of its kind.
    // 10: measures on the administration's own staff, papers or events are internal (暂扣其行政执法证件; a department's
    // event approved by a co-ordinating body, 行政许可法第三条第二款); a fee at what the price or finance authority fixed;
    // 考核收费 is a noun; the law's fine restated for a narrower case of its conduct (骗取…待遇 for 骗取社会保险待遇).
    // 11: services withheld after a breach (不再为其提供…服务, 暂停办理其…业务; 缠访闹访 is a breach); an approval to be had
    // before an activity by reporting for it (招用…前，应当…报…部门审批).
    // 12: who collects is read from the sentence's first words when the clause names nobody (劳务经纪人…的，可以向劳动者收取…);
    // 划拨的…资金 is a noun phrase.
    // 13: a cited article's fine goes on after the standard it is taken at (依照…第八十四条的规定责令限期退还，并以每人…的标准处以
    // 罚款); approvals of the pay and personnel of public bodies (事业单位工资变动事项实行审批管理) are internal, 行政许可法第三条第二款.
    // 14: kinds of penalty a lead-in lists as a case (拟作出下列行政处罚决定的) are imposed by none; a sanction the article the case
    // says was broken provides (违反《…》第四十三条规定…的，…吊销…); the surcharge on an unpaid fine; a record of payments
    // (征收形成的缴费记录) is no charge.
    // 15: ending a labour or appointment contract is an act an approval can gate (未经审核同意的，不得解除), and so is one made void
    // without a filing (未经备案的，解除决定不发生效力); a bar on applying for posts after a dismissal (自辞退之日起五年内不得报考),
    // which reaches the person as a member of the public.
    // 16: services withheld from an employer whose case was referred to the police (已移送公安机关的…暂停为其办理…业务).
    // 17: 加处罚款 and the fine already added (已加处的罚款) in any wording (行政强制法第四十五条); 不缴纳申请费 denies the fee; a
    // superior body's 通报批评 of a lower one is supervision; 信息处理费 is the information regulation's own (第四十二条).
    // 18: a term in which one's applications are refused after a listing or an abandoned application (自列入之日起一年内对其
    // 提出的…申请不予受理).
    // 19: the law's own case restated nearly word for word with its measure and figures (…以及未依法登记、备案的单位使用童工…的，
    // 该非法单位…予以取缔), a measure another body takes at the department's request (提请…吊销营业执照) or the sentence undoes
    // (撤销…没收财物以及对财产的查封), items that define a term, a case that goes on after ，或者, a problem described (存在…等问题).
    // 20: a cited fine goes on across the clause that gives its standard (按照…的标准计算，处以罚款) and past a semicolon after
    // a refusal to obey (…的规定责令改正；拒不改正的，处…罚款) when the cited article has the measure with the same figures.
    // 21: 报 before the office that approves (应当报…部门审核同意后方可办理) and an approval then carried out without 方可 (…批准后
    // 执行) gate an employer's or operator's own act; the act is the case's (解除…劳动合同的，…方可办理). Not a body's own step,
    // nor the pay of public institutions.
    // 22: a question of a review checklist (是否违法设定行政许可、行政处罚) asks, it sets nothing.
    // 23: a general reference named by its field (依照劳动保障监察有关行政法规的规定) carries a measure without figures, like 依法.
    // 24: a 滞纳金 in a document on social insurance contributions is theirs (社会保险法第八十六条); 依照该条第二款 is the article cited
    // before; an article applied as a whole (依照…第二十四条的规定处理) carries the measure on the persons it names when the
    // article has it with the same figures; arrears (欠费) are no charge; a bar on hiring (暂停招用新的劳动者) and services withheld
    // from an employer's staff (暂停为该单位职工办理…) are sanctions, and arrears (欠缴) are a breach.
    // 25: 扣押劳动者证件 named as the wrong investigated (查处扣押劳动者证件案件); 属于前款规定的收取费用 charges nothing; an
    // officer's 行政执法证件 taken back is accountability; kinds of penalty named as decisions (已经作出的警告、吊销许可证等行政处罚
    // 决定); only the clause that leads items in negates them (…责令限期纠正，并追回…：).
    // 26: a qualification withdrawn for a term named before it (三年内取消其…资格) punishes.
    // 27: 无正当理由 (累计三次无正当理由不参加面试的) is a breach a sanction answers.
    // 28: the statutory 工资保证金 named short (存储保证金) in a document on it, and the occupational injury contribution of platform
    // workers (职业伤害保障费), are no administrative fees; a licensing system the state runs (从事国家实行准入管理职业的岗位) is not set.
    // 29: a cited article joined with the state's rules (依照…第四十八条和国家有关规定，列入…名单) governs the measure as 的规定 does.
    // 30: an online account's rights suspended (暂停其…在线申办权限) and a bar on sending out workers (暂停其…新增派遣外派人员)
    // punish; an officer who is the object of the breach (拒绝执法人员录音录像) is not the one who breaks the rules; a part after a
    // semicolon that names no actor goes on with the part before (…报…审核；未经审核同意的，不得…); a fee for what the
    // administration organises, paid by the participant (…部门组织的…培训，培训费每人200元，由劳务人员…缴纳).
    // 31: conduct described as 有…等行为 sets no fee; a fee the document says elsewhere an authority prices (考务费按照…核定的收费
    // 标准收取) is not set by it; kinds of decision named (拟作出…限制从业等处理决定) are not imposed; a 保障金 paid to a department
    // is a deposit; 学时 ending a clause is no 时-case.
    // 32: 万分之五的滞纳金 is the statutory one only for contributions (not on union dues or benefits to give back); money debited
    // from an account (扣划应退款项) and an account frozen named before (对…账户，…予以冻结); 冻结的账户 names an account;
    // 征收机构 collects nothing; an item with no subject of its own is done by its lead-in's (…企业应当符合下列要求：…统一收取服务费用).
    // 33: an act of the parties together (用人单位与劳动者…审查同意后方可履行), a step before a court (未经审批同意的，企业不得提出破产
    // 申请) and an act done when declaring (方可在申报时扣除) are gated acts of one's own; 经办机构 holds no 经; a longer account named
    // after 冻结; contributions named by the act of paying them (收取企业和职工缴费) are no fee; the scope (本办法适用于…) sets nothing.
    // 36: a deposit named after its amount (缴存每期2万元的…风险保证金); a rate (费率) is no fee, nor a cost the administration bears
    // itself (代收费用…由税务部门承担); a business licence (营业执照) is the registration law sets.
    // 37: a payment the sentence says was not made (不预交鉴定费用) is no charge; a labour arbitration fee is left to conflict/corpus,
    // which reports it against the law that makes arbitration free.
    // 38: a fine a discretion benchmark grades by a range (处1万元以上2万元以下的罚款 in a 裁量基准) applies the law's fine.
    // 39: an approval of what the sentence applied for (申请实行综合计算工时工作制…，经批准后实施) is read with it; a measure after
    // 并可以 goes on from a cited article; a region's allotment cut (核减该县下一年度…资金安排) is no penalty; a fee an operator takes
    // in and hands on to the department (统一上缴同级人力资源社会保障部门), fees of 每人每次三百元, deposits of 相当于…的保证金; a bar on
    // applications after listing in a 名录.
    // 40: a fee an employer charges (用人单位应当如实提供，并可以…收取复印费用) or asks its staff to pay (企业…可以要求员工…缴纳…押金)
    // is no administrative fee; the benefits of an award stopped when it is revoked are no penalty.
    // 41: money debited as 划扣 as well as 扣划; the law's fine on a fraud restated with other multiples is the law's changed
    // (conflict/corpus), not a new one; a refusal to consent (拒绝授予…权限) is no breach a sanction answers.
    // 42: a bar on registering for exams after a listing (记入诚信档案…三年内不得报名参加); a sanction after a semicolon whose figures
    // the article cited earlier in the sentence has (依照…第七十八条的规定给予警告；…一年内不得再次报名参加该项考试); 参与…服务项目 is an
    // activity a licence can gate.
    // 43: a class of measure defined (属于没收较大数额违法所得) imposes nothing; 承揽 is an activity and 审核同意 a grant a licence can
    // require; the employer picked out by a count of its staff (职工人数在三百人以上的用人单位) is the actor; a sentence that opens
    // with the grant (经检查机关验收合格…后，方可恢复招用) is read with the actor of the sentence before.
    // 44: a fee charged by a school or an enterprise named in the case (…作为基地的，可以…收取培训费用) is theirs; a confirmation the
    // administration awaits from an employer (由用人单位…确认后，方可作出…决定) is no licence; applications not received for a term.
    // 46: an office named by its remit (负责罚款执行工作的机构) imposes nothing; money taken from the party's account named first
    // (从其存款账户中直接划拨) is a transfer, money paid out of the administration's own fund is not; a compulsion the law provides
    // (加处罚款) excuses only itself, not a 划拨 in the same sentence.
    version: 50,
    needsCorpus: true,
  },
  async create(context) {
    const doc = context.document;
    const statutory = await builtinList('ultra-vires.statutory');
    const allow = compileAll(context.options.allow);
    const seen = new Set<string>();
    let restatements: RestatementFinder | undefined;
    for (const e of analyzeClauses(doc).effects) {
      const category = CATEGORY_OF[e.kind];
      if (!category) continue;
      // A citation heading an earlier sentence of the paragraph reaches past its semicolon (依照…第六十三条的规定，责令改正，处…
      // 罚款；拒不改正的，暂停…): a sanction there is the cited article's only if the article has it.
      // So does an article applied as a whole before a measure on the persons it names (依照…第二十四条的规定处理，对…处…罚款): the
      // measure is the article's only if the article has it.
      const carried =
        e.status === 'governed' &&
        e.kind === 'sanction' &&
        !!e.governedBy &&
        (e.governedBy.start < e.clause.sentence.start ||
          (e.governedBy.end < e.clause.start && /处理/u.test(e.clause.block.text.slice(e.governedBy.end, e.clause.start))));
      if (e.status !== 'set' && !carried) continue;
      if (carried) {
        restatements ??= new RestatementFinder(await context.corpus(), doc, context.asOf, context.settings);
        if (restatements.citedProvides(e) !== false) continue;
      }
      const sentence = sentenceOf(e);
      if (allow.some((r) => r.test(sentence))) continue;
      // Measures that law itself creates (社会保险费, 劳务派遣许可…): the document restates them. A licence is the
      // statutory one only when the approval or the activity it gates is: “在已取得人力资源服务许可证的基础上，还应当另行
      // 报经…审批” names the statutory licence and sets another.
      // A fee is the statutory one only when the money named is (工资保证金, not a 监管服务费 charged on it).
      // The paper's full name may start before the gate's word (领取营业执照后方可…: the gate is 执照).
      const paperName = e.clause.block.text.slice(Math.max(e.clause.start, e.start - 4), e.start);
      // An approval of what was applied for, with a bare verb after it (申请实行综合计算工时工作制…，经…批准后实施): the thing applied for
      // is the activity.
      const appliedFor =
        category === 'licence' && BARE_ACTIVITY.test(e.detail.activity ?? '')
          ? (/申请([^。；]*)$/u.exec(e.clause.block.text.slice(e.clause.sentence.start, e.start))?.[1] ?? '')
          : '';
      // …and an application named by no object (在申请时提出，经批准后执行) is the one the document is about, its title's.
      const unnamedApplication =
        category === 'licence' && /(?:^|[^请])申请(?:时|中|书中|材料中)/u.test(e.clause.block.text.slice(e.clause.sentence.start, e.start))
          ? (doc.header.title?.text ?? '')
          : '';
      const about =
        category === 'licence'
          ? [paperName + lastClause(e.detail.gate ?? e.phrase), e.detail.activity ?? '', appliedFor, unnamedApplication].join('\n')
          : category === 'fee' && e.detail.money
            ? e.detail.money
            : sentence;
      // A compulsion the law provides excuses only itself: 加处罚款 in the sentence does not make a 划拨 beside it the law's.
      const lawful = unionOf(statutory.filter((s) => !s.tag || s.tag === category));
      const measure = category === 'compulsion' ? measureWord(e) : null;
      if (measure ? [...about.matchAll(new RegExp(lawful.source, 'gu'))].some((m) => m[0].includes(measure)) : lawful.test(about)) continue;
      // A fee the law itself makes free (劳动争议调解仲裁法第五十三条: 劳动争议仲裁不收费) is reported by conflict/corpus against that
      // article, the more exact finding.
      if (category === 'fee' && FREE_BY_LAW.test(about)) continue;
      // In a document on social insurance contributions, a 滞纳金 with no other payer named is the contributions' (社会保险法第八十六条).
      if (category === 'compulsion' && /滞纳金/u.test(e.phrase) && SOCIAL_INSURANCE_DOCUMENT.test(doc.header.title?.text ?? '')) continue;
      const key = `${e.clause.sentence.index}:${category}`;
      if (seen.has(key)) continue;
      // Restating what a higher law provides, without naming it, is not setting the measure.
      const word = measureWord(e);
      restatements ??= new RestatementFinder(await context.corpus(), doc, context.asOf, context.settings);
      if (word && restatements.restated(e, word)) continue;
      if (e.kind === 'sanction' && (restatements.violatedProvides(e) || restatements.citedEarlierProvides(e))) continue;
      // The law's own fine in multiples of the sum obtained by fraud: a grade inside its range (处骗取金额二倍的罚款 under 二倍以上五倍
      // 以下) is a discretion benchmark, other multiples change the law's fine (conflict/corpus).
      if (e.kind === 'sanction' && restatements.lawSetsMultiples(e)) continue;
      if (gradedFine(e, doc.header.title?.text ?? '')) continue;
      seen.add(key);
      const info = CATEGORY[category];
      context.report({
        messageId: e.certainty === 'sure' ? 'created' : 'inferred',
        data: { where: provisionWord(doc, e), phrase: e.phrase, describe: e.describe, requirement: info.requirement },
        span: e.span,
        severity: e.certainty === 'sure' ? 'error' : 'warning',
        basis: info.basis,
        suggestion: info.suggestion,
      });
    }
  },
});
