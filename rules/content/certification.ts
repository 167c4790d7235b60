import { RestatementFinder, measureWord } from '../../src/corpus/restatement.js';
import { analyzeClauses, provisionWord, sentenceOf, type Effect } from '../../src/analysis/clauses/index.js';
import { compileAll, regexListOption } from '../../src/rule-support/patterns.js';
import { defineRule } from '../../src/engine/rule.js';
import { builtinList, unionOf, type ListItem } from '../../src/engine/term-lists.js';
import { STATE_COUNCIL_37 } from '../../src/engine/scopes.js';

export interface Options {
  /** Regexes: a sentence matching one is not reported. */
  allow: string[];
  /** Regexes for further statutory documents (a demanded paper ending with one is not reported). */
  statutory: string[];
}

/**
 * A demand that an applicant bring a paper in which someone else attests a
 * fact — 证明, or the same thing under another name (说明, 情况证实, a third
 * party's 承诺书), obtained from a 村（居）委会, a unit or a police station —
 * without a law, regulation or State Council decision behind it. Read from
 * the clause analysis: 不得要求…提供 and 无需提供 prohibit or waive the
 * demand, a duty to issue (为…出具) is not a demand, an operator checking its
 * client's papers or an inspection asking for records is not a 证明事项, and a
 * citation that governs the clause gives the basis.
 */
/** A paragraph about the end of employment, whose 证明 is the statutory termination paper (劳动合同法第五十条). */
const TERMINATION = /(?:解除|终止)(?:或者?(?:解除|终止))?(?:劳动(?:合同|关系)|聘用合同)/u;

/** Papers the person may show, any one of them: 可以凭A、B或者C等…材料. */
const MAY_SHOW_ANY = /可以凭([^。；，]{2,60}?)等?(?:能够[^。；，]{0,16}?的)?(?:材料|资料|证件)/u;

/** Shared data as the ground, a paper only accepted where the data is missing: …共享…；…暂未更新的，可以凭…. */
const SHARED_DATA_FIRST = /(?:共享|比对|核验)[^。]{0,40}?(?:暂未|尚未|未能|无法|不能)[^。，；]{0,16}?(?:的|时)[，,](?:也)?可以凭/u;

/** A paper demanded besides the commitment: 承诺…的，还应当提交, 承诺…后，仍须提供, 同时提交…证明. */
const ON_TOP_OF_COMMITMENT = /承诺[^。]{0,30}?[，,][^。]{0,12}?(?:还|仍|另行|同时|并)(?:应当|须|需|需要|必须)?(?:提交|提供|出具|开具)/u;

export default defineRule<Options>({
  id: 'content/certification',
  meta: {
    severity: 'warning',
    description: '要求申请人提供他人出具的证明材料（含换了名称的说明、证实、承诺书），未写明法律、法规或者国务院决定依据（证明事项）',
    applies: STATE_COUNCIL_37,
    basis: '《优化营商环境条例》第四十四条；《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）',
    options: (z) => z.object({ allow: regexListOption(z), statutory: regexListOption(z) }).strict(),
    defaultOptions: { allow: [], statutory: [] },
    messages: {
      demanded: '{{where}}规定“{{phrase}}”，{{describe}}。证明事项应当有法律、法规或者国务院决定依据，本文件未写明依据。',
      inferred: '{{where}}规定“{{phrase}}”，{{describe}}，请核对是否有法律、法规或者国务院决定依据。',
    },
    // 3: 证明 after a modal (能够证明) is a verb; a list of papers goes on past a comma (，以及…出具的证明); a paper that
    // must carry a residents' committee's or community's opinion or seal.
    // 4: a paper named among the services a body provides (提供…出具相关证明等服务) is offered, not asked for; 应 inside a
    // word (应付, 相应) no longer ends a prohibition.
    // Also: a notarial certificate (继承权公证书) is a paper another issues.
    // 5: an institution that issues a paper (事业单位应当在解除…聘用合同时出具…证明) is read from the clause or sentence it opens.
    // 6: a body named after 本人 (本人居住地社区服务中心出具的) issues the paper; community service centres are third parties.
    // 7: 违反规定要求提供证明材料 describes a breach; 用人单位的委托证明 is statutory (人力资源市场暂行条例第二十六条).
    // 8: existing papers named as proof (以…缴费记录等作为…证明材料), papers on the retained list (清单所列证明) and a paper a
    // body issues as its service (提供下列服务：…出具相关证明) are no demand; an identity paper a police station issues is.
    // 9: a paper for one's own enforcement certificate (申领行政执法证件…附具…证明) is internal management.
    // 10: the termination paper of an appointment contract (解除聘用合同的证明), and an employer's 证明 named again in a paragraph
    // on the end of employment (失业人员持用人单位出具的证明…), are the statutory one (劳动合同法第五十条、第九十六条).
    // 11: a paper an office of the department writes for the department's own decision (由承办处室出具合法合规说明).
    // 12: the law's own sentence that asks for the paper, restated (…不是受害人本人的，…并提供相应证明: 国家赔偿法第十二条).
    // 13: a question of a review checklist (是否没有法律、法规依据要求…提供证明) asks, it demands nothing.
    // 14: the papers a court filing needs (向人民法院提起诉讼的，应当提交…证明) are the court's; a notice's heading item that ends
    // in ： leads its 1. 2. items in (（一）受理材料。…应当提交下列材料：…3.居民委员会出具的在岗工作证明).
    // 15: the certificate of ending a contract written 劳动（聘用）合同 is the statutory one (劳动合同法第五十条).
    // 16: a treating hospital's certificate for sick leave is statutory; a paper that names what a fee is for (证明工本费) is asked of
    // nobody; a bare 开 is 开证明, not the 开 of 开户银行.
    // 17: a fact proven only by another's paper (以中国驻当地使领馆出具的事故证明为准) is a demand of that paper.
    // 18: one government applying to another (市州…提出申请，并附…市州财政部门出具的…证明) is asked for no 证明事项; an operator or
    // employer made to ask for a paper another body issues (要求其提交…派出所出具的…证明, 原工作单位出具的…证明) is; the subject of
    // 要求 is not a party inside the time or case that opens the sentence (…核定参保单位…时，应当要求…); a paper one must obtain
    // (应当取得…出具的…证明); a prison's 释放证明书 is statutory (监狱法第三十五条).
    // 19: the paper proving an employment relation (与用人单位存在用工关系的证明材料) is the statutory one (工伤保险条例第十八条).
    // 20: the applicant asking a body to issue its paper (申请出具生效证明, 向经办机构申请出具参保证明), a paper that describes whom a
    // rule is for (持有有效参保证明的…人员), and a paper the body issues after a case named before it, are no 证明事项.
    // 21: a label naming the duty to issue a paper (（一）出具离职证明。) and a service to issue and check papers (提供证明电子化出具和
    // 核验服务) demand nothing.
    // 22: a paper one body writes for another's own decision (出具鉴定意见…作为考核的参考) asks nothing of an applicant.
    // 23: the papers of a licence or an inspection the law sets (特种设备生产许可证明, 监督检验证明), like a business licence.
    // 24: a hospital's admission record and a death certificate are statutory papers; a paper the person may use where shared data
    // is missing (共享信息暂未更新的，可以凭…) is demanded of nobody; an explanation a body writes (由技工院校出具书面说明) proves
    // nothing unless handed in; an attachment's title (附件：…证明管理办法) demands nothing.
    // 26: the applicant named by the case writing its own paper (工会组织代为申请的，由该工会组织出具…书面意见) is no certificate;
    // a paper demanded on top of a commitment (承诺…的，每季度还应当提交…证明) is.
    version: 27,
    needsCorpus: true,
  },
  async create(context) {
    const doc = context.document;
    const [statutoryList, commitment] = await Promise.all([builtinList('certification.statutory'), builtinList('certification.commitment')]);
    const extra: ListItem[] = context.options.statutory.map((source) => ({ re: new RegExp(source, 'gu'), source }));
    const statutory = unionOf([...statutoryList, ...extra], 'end');
    const allow = compileAll(context.options.allow);
    const committed = unionOf(commitment);
    // One finding per sentence, quoting every paper it demands.
    const bySentence = new Map<number, Effect[]>();
    let restatements: RestatementFinder | undefined;
    for (const e of analyzeClauses(doc).effects) {
      if (e.kind !== 'certificate' || e.status !== 'set') continue;
      const sentence = sentenceOf(e);
      // A commitment in place of the paper excuses it; a paper demanded on top of one (以告知承诺方式承诺未重新就业的，每季度还应当提交…
      // 未就业证明) does not.
      if (allow.some((r) => r.test(sentence)) || (committed.test(sentence) && !ON_TOP_OF_COMMITMENT.test(sentence))) continue;
      // 以…共享的死亡登记信息为准；共享信息暂未更新的，可以凭…证明等材料认定: the body checks shared data first, and a paper is only
      // one way the person may fill the gap it leaves; nothing is demanded where the data is there.
      if (SHARED_DATA_FIRST.test(sentence)) continue;
      // 可以凭居民死亡医学证明（推断）书、火化证明或者户口簿等材料办理: one of papers the person may choose, a statutory one among
      // them; none is demanded.
      const choice = MAY_SHOW_ANY.exec(sentence);
      if (choice && choice[1].split(/、|或者|或/u).some((paper) => statutory.test(paper.replace(/等$/u, '')))) continue;
      // A statutory document (身份证明, 解除劳动合同的证明, 诊断证明…): the law requires it. Identity is proven by the identity
      // card itself; an identity paper a police station or a residents' committee issues (派出所出具的身份证明) is a certificate.
      const issuedIdentity = /身份证明/u.test(e.phrase) && e.detail.issuerKind === 'third-party';
      if (!issuedIdentity && (statutory.test(e.detail.paper ?? e.phrase) || statutory.test(e.phrase))) continue;
      // 失业人员持用人单位出具的证明…办理失业登记, after the employer's duty to issue the termination paper: that paper, named again.
      if (/出具的证明$/u.test(e.detail.paper ?? e.phrase) && TERMINATION.test(e.clause.sentence.block.text)) continue;
      // The law's own sentence restated (赔偿请求人不是受害人本人的，应当说明与受害人的关系，并提供相应证明: 国家赔偿法第十二条).
      restatements ??= new RestatementFinder(await context.corpus(), doc, context.asOf, context.settings);
      if (restatements.restated(e, measureWord(e) ?? '证明')) continue;
      const list = bySentence.get(e.clause.sentence.index) ?? [];
      list.push(e);
      bySentence.set(e.clause.sentence.index, list);
    }
    for (const effects of bySentence.values()) {
      const first = effects[0];
      const last = effects[effects.length - 1];
      const sure = effects.find((e) => e.certainty === 'sure');
      context.report({
        messageId: sure ? 'demanded' : 'inferred',
        data: { where: provisionWord(doc, first), phrase: effects.map((e) => e.phrase).join('”“'), describe: (sure ?? first).describe },
        span: { start: first.span.start, end: last.span.end },
        severity: sure ? 'error' : 'warning',
        suggestion:
          '删去该证明要求，改为告知承诺或由经办机构通过部门间数据共享核查；确有法律、法规或者国务院决定依据的，写明依据，如“按照《××条例》第×条规定提交……”。',
      });
    }
  },
});
