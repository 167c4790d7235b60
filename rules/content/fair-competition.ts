import { analyzeClauses, provisionWord, sentenceOf, type Effect } from '../../src/analysis/clauses/index.js';
import { compileAll, regexListOption } from '../../src/rule-support/patterns.js';
import { defineRule } from '../../src/engine/rule.js';
import { builtinList, unionOf } from '../../src/engine/term-lists.js';
import { FAIR_COMPETITION } from '../../src/engine/scopes.js';

export interface Options {
  /** Regexes: a sentence matching one is not reported (e.g. an exception the review conclusion justified). */
  allow: string[];
}

const CATEGORY: Record<string, { requirement: string; basis: string; suggestion: string }> = {
  choice: {
    requirement: '政策措施不得限定经营、购买或者使用特定经营者提供的商品或者服务，不得设置不合理或者歧视性的准入、退出条件',
    basis: '《公平竞争审查条例》第八条；《优化营商环境条例》第六十四条',
    suggestion:
      '改为公开、统一的条件（如“符合条件的各类机构均可按规定申请”），或通过公开竞争方式择优确定并向社会公布；确需保留的，应在公平竞争审查结论中说明《公平竞争审查条例》第十二条的例外情形及实施期限。',
  },
  locality: {
    requirement: '政策措施不得排斥、限制外地经营者，不得以注册地、纳税地、社会保险缴纳地或者本地业绩设置歧视性要求',
    basis: '《公平竞争审查条例》第九条',
    suggestion: '删去注册地、纳税地、社会保险缴纳地、本地业绩等地域要求和本地优先的规定，对本地和外地经营者适用同一标准。',
  },
  selective: {
    requirement: '没有法律、行政法规依据或者未经国务院批准，政策措施不得给予特定经营者选择性、差异化的奖励、补贴或者税费优惠',
    basis: '《公平竞争审查条例》第十条',
    suggestion:
      '改为面向所有符合条件经营者的普惠性政策，按统一标准申领（如“对吸纳符合条件人员就业的各类企业，按规定给予补贴”）；确需保留的，写明法律、行政法规依据或者国务院批准文件。',
  },
  price: {
    requirement: '政策措施不得超越法定权限制定政府指导价、政府定价，不得违法干预实行市场调节价的商品、服务价格',
    basis: '《公平竞争审查条例》第十一条',
    suggestion: '删去价格限制，由经营者依法自主定价、明码标价；属于政府定价、政府指导价的，写明定价依据。',
  },
};

/**
 * A restriction of competition, whatever words it uses: choice confined to a
 * list, a partner or one named operator (只能在…名单内选择, 合作机构, 统一由某公司
 * 承办, 其他机构…不予认可), a local requirement (本地注册满N年, 本地纳税, 同等条件
 * 下优先本地), a selective benefit, a price set for market services. Read from
 * the clause analysis: prohibitions, conduct, competitive selection,
 * designations made by law and citations that govern the clause are left alone.
 */
/** Who publishes or keeps a roster, named before it (省社会保险经办机构公布的推荐名录): its author, not a provider in it. */
const ROSTER_AUTHOR =
  /[^，。；在从由向到]{0,14}?(?:部门|厅|局|机构|中心|委员会|人民政府)(?:统一)?(?:公布|发布|确定|制定|建立|编制)的(?=[^，。；]{0,12}?(?:名录|名单|目录|备选库|库))/gu;
/** Who must choose from the roster, the clause's subject (仲裁庭应当在…名录中): the chooser, not a provider in it. */
const CHOOSER = /^[^，。；]{0,16}?(?:应当|必须|只能|须|一律|统一)/u;

export default defineRule<Options>({
  id: 'content/fair-competition',
  meta: {
    severity: 'warning',
    description: '含有排除、限制竞争的内容（限定经营者、地域限制、选择性优惠、干预价格），需公平竞争审查',
    applies: FAIR_COMPETITION,
    basis: '《公平竞争审查条例》第八条至第十一条',
    options: (z) => z.object({ allow: regexListOption(z) }).strict(),
    defaultOptions: { allow: [] },
    messages: {
      restricts: '{{where}}规定“{{phrase}}”，{{describe}}。{{requirement}}。',
    },
    // 3: a pool of persons (考官库, 专家库) is not a list of operators; a list named after a longer qualifier is read; a
    // benefit for operators of one ownership (对省属国有企业…给予补助) is selective.
    // 4: a sentence that names the place only to say it makes no difference (不论注册地在省内还是省外) is silent; a burden
    // on 外地 operators is read within one clause; providers to be chosen or competing must be local, operators from
    // elsewhere denied (…的，不予补贴), a promise not to move away, banks named by name, a named company's platform.
    // Also: 应当从…本省…银行中选择, 委托在湘纳税…的企业, 不享受/不纳入 for outside operators, 该公司 named before.
    // 5: operators described by a local seat put first (对在本地注册纳税且…的企业予以优先), registration where another is seated as
    // the price of a benefit (应当在原单位所在市州注册…，方可享受), 统一到 a named company, 优先存放 in local banks.
    // 6: more of a benefit for one ownership (省属国有企业…的，补贴…提高50%), a local seat as an item of the conditions;
    // partners the operator chooses itself, and databases, restrict no choice.
    // 7: 统一由…公司承接, 统一向…公司订购; “一企一策” as a way of serving enterprises is no benefit.
    // 8: everyone but the one chosen barred (确定的保险机构承保…不得另行选择其他保险机构; 不得通过其他金融机构支付), read with the
    // law's designations in the bar itself; 由…有限公司统一建设 (由 before 统一).
    // 9: grants or waivers only for operators registered or paying tax locally (本省注册企业…给予岗位补贴); a bank named with
    // its branch (中国邮政储蓄银行湖南省分行) is a named enterprise; 统一委托…代发.
    // 10: 目录…确定购买内容 is no roster of operators (内容, 中心 are words, not 内/中).
    // 11: a list of persons (申请人名单) is no roster; 收到名单 receives it, and a period's 内 (工作日内) is no place in a list;
    // 仲裁庭 designates an appraiser under the law (劳动争议调解仲裁法第三十七条).
    // 12: a law firm (事务所) is an operator; 定点医疗机构 are the law's only for treatment under insurance, not for check-ups.
    // 13: fines paid at the designated bank (行政处罚法第六十七条).
    // 14: a provider the department has chosen, to be used or handed the work (应当统一交由…厅确定的一家快递企业).
    // 15: a statutory body named in the sentence does not excuse a locality condition; a local firms' grant the department pays
    // out of a fund (…的本省注册企业，由…从就业补助资金中…给予).
    // 16: a catalogue of services scopes what is bought (在目录范围内确定年度购买项目), not who supplies it.
    // 17: an operator setting its own price (由机构依法自主确定收费标准) is the market price, not an interference with it.
    // 18: a local seat held for some years in a clause after the requirement's modal (应当依法设立，在本省登记注册满3年); an
    // operator described by the persons it employs (集中使用残疾人的用人单位) is still an operator put first.
    // 19: a question of a review checklist (是否含有排除、限制竞争的内容) asks, it sets nothing.
    // 20: a place named as the boundary of the outside (住所地在本省行政区域以外) is no local condition; open only to operators
    // registered here (仅向在本省办理市场主体登记的…机构开放); a local seat with a longer description before the operator.
    // 21: outside operators excluded from a rule (外省企业在湘设立的分支机构不适用本条规定); operators limited to local ones
    // (评估机构限于在本省登记设立满三年的…事务所).
    // 22: a bank described by its role for the party (到开户银行办理) is no bank named by name.
    // 23: a roster of operators is read for the law's own bodies in itself (应当从…法律服务机构名录中选择): a 社会保险经办机构 that
    // chooses from it is no excuse.
    // 24: a bank named by name has no 的 in its name and is not the trade (工程所在地的银行业金融机构 is a place, not a bank).
    // 25: a place that picks out persons (最后参保地或者户籍所在地在本省的人员) is no local condition on operators.
    // 26: goods made here favoured in a score (配置本省企业生产的…产品…的，评估总分加5分); one provider for all with the cost
    // refused elsewhere (统一由…配置，在其他机构配置的，费用不予支付); a supplier the department fixes (统一向…确定的供应商采购);
    // an account the person chooses (其指定的亲属银行账户) is no designation.
    // 27: others' training not recognised (其他机构举办的…不予认定学时, no longer read as a case for its 学时); an operator that
    // must be registered where the work is done (在项目所在市州…登记成立的); bidders limited to banks headquartered here; a refund
    // raised for local taxpayers; branches of outside firms left out (…设立的分支机构，不纳入支持范围).
    // 28: a pool of local operators chosen from with 在…中 as well as 从…中 (在总部设在本省的地方法人银行中择优确定).
    // 29: lawyers are operators (委托在本省注册执业的律师); a long description after the local registration (在本省注册且连续执业满
    // 三年的会计师事务所); payment only through local banks (统一通过在本省注册登记的地方法人银行代发); a named insurer (统一向…
    // 分公司投保); one body given the work and all others barred (统一由…协会组织实施，其他…组织不得…开展); 市场主体登记 as a local
    // registration in a list of conditions.
    // 30: accounts at other banks refused (在其他银行开立的账户不予发放), the bank designated before; the work given to operators
    // seated here (由总部设在本省的…机构承办); a pool of persons (考评人员库) lists no operators.
    // 31: where a person works is a condition on persons (在本省…企业从事技能岗位工作).
    // 32: 本市州 is local; outside operators left out of a score (不参与加分) or turned away after a short subject (外省律师代理的，
    // 仲裁委员会不予准许); schools confined to local ones; local taxpayers only; a designated training centre; 省外出务工人员 are
    // workers, not outside operators; relief for force majeure is the law's (社会保险法第六十条); surcharges waived for listed firms.
    // 33: a designated newspaper (指定的一家省级报纸) is a designated operator.
    // 34: a branch or subsidiary required where the work is done (应当在项目所在地设立…子公司); a local provider one is required to
    // engage (要求其委托本省律师事务所); a plain duty in a document about outside operators, a 合作用工单位 (a party to the work, not a
    // chosen partner) and a note made in a catalogue (在目录中注明) are no restriction.
    // 35: travel agencies and sanatoriums are operators; an operator the department names for all (受托机构由省人力资源社会保障厅统一
    // 指定); outside operators singled out for inspection (外省注册的劳务派遣单位…的，一律列为重点检查对象).
    // 36: operators an award picks out given an edge in the market (获得…称号的企业，在招标投标活动中给予信用加分; 费率下浮一档; 直接
    // 确定为定点机构); local suppliers favoured in an evaluation (本省供应商…给予3%的价格扣除); in a roster's own clause, the body that
    // publishes it and the one that must choose from it are no provider the law names.
    // 37: outside operators put in a class by rule (外省（区、市）…分支机构，首次分类时一律列为C类).
    // 38: partners the actor is still choosing (对拟合作单位进行实地考察) confine no choice.
    // 39: 不得另行选择 with no 其他 bars all others too; training on other platforms kept out of the subsidy.
    // 40: a named enterprise designated by a statutory body (经办机构指定的…有限公司) is reported; operators picked from local ones
    // (从在本省注册的会计师事务所中指定一家).
    // 43: one operator designated in the paragraph and the others' work kept out of the subsidy or unrecognised, the refusal
    // after a comma or in the next sentence (确定一家培训机构统一承担，其他机构组织的培训不纳入培训补贴范围); a bank named as the
    // only channel before a bar on the others (统一通过湖南银行…发放，…不得选择其他金融机构); a share of the work reserved for
    // local operators (本省注册的培训机构承担的培训人次占比…不得低于百分之九十); an incumbent kept on without competition (直接委托其
    // 继续承接，不再通过竞争方式选择); operators registered elsewhere punished a tier harder.
    version: 43,
  },
  async create(context) {
    const doc = context.document;
    const allow = compileAll(context.options.allow);
    // What law itself allows or designates: the document restates it.
    const statutory = unionOf(await builtinList('fair-competition.statutory'));
    // One finding per sentence and kind, quoting the first restriction, as sure as the surest of them (指定的题库服务商 is
    // inferred; 不得委托其他服务商 after it makes it sure).
    const chosen = new Map<string, Effect>();
    const sure = new Set<string>();
    for (const e of analyzeClauses(doc).effects) {
      if (e.kind !== 'market' || e.status !== 'set') continue;
      if (allow.some((r) => r.test(sentenceOf(e)))) continue;
      // The law designates bodies and providers, never a local seat: a statutory body named in the sentence (社会保险经办机构委托…
      // 的，受托机构应当在本省注册登记满三年) does not excuse a locality condition.
      // In a roster's own clause, the body that publishes it and the one that must choose from it are no provider the law names.
      // A named enterprise is judged by its own name: the body that designated it (经办机构指定的…有限公司) is no excuse.
      const where =
        e.detail.statutoryIn === 'enterprise'
          ? (e.detail.enterprise ?? e.phrase)
          : e.detail.statutoryIn === 'phrase'
            ? e.phrase
            : e.detail.statutoryIn === 'clause'
              ? e.clause.text.replace(ROSTER_AUTHOR, '').replace(CHOOSER, '')
              : sentenceOf(e);
      if (e.subtype !== 'locality' && statutory.test(where)) continue;
      const key = `${e.clause.sentence.index}:${e.subtype}`;
      if (!chosen.has(key)) chosen.set(key, e);
      if (e.certainty === 'sure') sure.add(key);
    }
    for (const [key, e] of chosen) {
      const info = CATEGORY[e.subtype];
      context.report({
        messageId: 'restricts',
        data: { where: provisionWord(doc, e), phrase: e.phrase, describe: e.describe, requirement: info.requirement },
        span: e.span,
        // A named enterprise or a local requirement is a clear breach; a list or a price needs a reviewer.
        severity: sure.has(key) ? 'error' : undefined,
        basis: info.basis,
        suggestion: info.suggestion,
      });
    }
  },
});
