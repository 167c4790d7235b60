/**
 * Who bears a cost. The law says which fund, body or party pays a cost (工伤职工到统筹地区以外就医所需的交通、食宿费用从工伤
 * 保险基金支付), or who does not (当事人不承担行政机关组织听证的费用); a draft that puts the same cost on another kind of payer
 * (所需的交通、食宿费用，由用人单位承担; 听证所需的场地租用、速录等费用，由要求听证的当事人承担) shifts a burden the law
 * placed. The cost is matched by its own words (交通, 食宿; 听证), with actors and words of form left out; the payer by its
 * kind: a fund, the administration, an employer, a person.
 */

import { bigramCoverage } from '../zh/similarity.js';
import { ARTICLE_LABEL } from './text.js';

export type PayerKind = 'fund' | 'admin' | 'employer' | 'person';

export interface CostStatement {
  /** The content words of the cost (交通, 食宿): what the cost is for. */
  words: string[];
  payer: PayerKind;
  /** The law says this payer does not bear it (当事人不承担…费用). */
  exempt: boolean;
  /** The case a burden is put in (职工或者其近亲属认为是工伤，用人单位不认为是工伤的): only a draft that names it is held to it. */
  inCase?: string;
  start: number;
  end: number;
  phrase: string;
}

/** X费用，由Y承担 / X费用从Y支付 / X津贴，所需资金从Y支付. */
const BORNE =
  /([^，。；：:]{2,50}?(?:费用|费|抚恤金|补助金|津贴))(?:[，,]?|。(?=所需))(?:所需(?:资金|经费|费用)[，,]?)?(?:均|都|一律|统一)?(?:由|从|在)([^，。；]{2,24}?)(?:承担|分担|支付|负担|列支|中列支|开支|缴纳|报销|垫付)/gu;
/**
 * A benefit with its payer before it: 由工伤保险基金向其供养亲属按月支付供养亲属抚恤金, 从工伤保险基金领取丧葬补助金 (the
 * payer first, the benefit after the verb).
 */
const PAID_BY =
  /(?:由|从)([^，。；]{2,16}?)(?:按月|每月|一次性)?(?:向[^，。；]{1,12}?)?(?:按月|每月|一次性)?(?:支付|发放|发给|拨付|领取)([^，。；]{2,40}(?:抚恤金|补助金|津贴|生活费))/gu;
/** A benefit named by its own name. */
const BENEFIT_NAME = /(?:补助金|津贴|抚恤金|生活费)$/u;
/**
 * The burden of proof, put on a party in the law's case (职工或者其近亲属认为是工伤，用人单位不认为是工伤的，由用人单位承担举证
 * 责任): a burden, like a cost, that a draft may not move to the other side.
 */
const BURDEN = /(?:^|[，,。；])([^，。；]{2,40}?的[，,])?由([^，。；]{2,20}?)(?:对[^，。；]{0,30}?)?承担举证责任/gu;
/** Y不承担X费用. */
const NOT_BORNE = /([^，。；：:]{2,20}?)不(?:承担|负担|支付)([^，。；]{2,30}?(?:费用|费))/gu;

const PAYERS: Array<[PayerKind, RegExp]> = [
  ['fund', /基金|统筹/u],
  ['admin', /行政机关|部门|财政|预算|政府|经办机构|经费|组织.*的/u],
  ['employer', /用人单位|用工单位|所在单位|企业|单位|雇主/u],
  ['person', /当事人|申请人|利害关系人|职工|劳动者|个人|本人|参保人|学员|求职者|被派遣劳动者|近亲属/u],
];

function payerKind(text: string): PayerKind | null {
  for (const [kind, re] of PAYERS) if (re.test(text)) return kind;
  return null;
}

/** Words of form or of who acts, which say nothing of what the cost is for. */
const FORM =
  /行政机关|用人单位|经办机构|社会保险经办机构|当事人|工伤职工|职工|组织|举办|所需要?的?|所发生的?|发生的?|符合(?:本(?:条例|办法|法|规定|细则))?(?:有关)?规定|相关|有关|其他|必要的?|合理的?|等|的|费用|费|以及|及其|或者/gu;

function costWords(cost: string): string[] {
  return (
    cost
      .replace(ARTICLE_LABEL, '')
      // 本办法规定的丧葬补助金: the document naming its own rule, not what the cost is for.
      .replace(/^本(?:办法|规定|细则|条例|通知|意见|方案)(?:规定|所称)?的/u, '')
      .replace(FORM, '、')
      .split(/[、和及与或\s]+/u)
      .filter((w) => w.length >= 2)
  );
}

function statement(m: RegExpMatchArray, cost: string, payer: string, exempt: boolean): CostStatement | null {
  const kind = payerKind(payer);
  // The cost is named by what it pays for (交通、食宿费用), or by its own name when that is all there is (诉讼费).
  // …向其遗属发给一次性丧葬补助金和抚恤金: the benefits, not the giving.
  const words = costWords(cost.replace(/^.*[，,]/u, '').replace(/^[^，。；]*?(?:发给|发放|给予)(?:一次性)?/u, ''));
  if (!kind || words.length === 0) return null;
  const label = ARTICLE_LABEL.exec(m[0])?.[0].length ?? 0;
  return { words, payer: kind, exempt, start: m.index! + label, end: m.index! + m[0].length, phrase: m[0].slice(label) };
}

/** Who bears the burden of proof, with the case it is put in (the clause before it, when that is a case). */
function burdens(text: string): CostStatement[] {
  const out: CostStatement[] = [];
  for (const m of text.matchAll(BURDEN)) {
    // One party and those who act for it (职工或者其近亲属) are one side.
    const payer = payerKind(m[2].replace(/或者?其?(?:近亲属|代理人|监护人)/u, ''));
    if (!payer) continue;
    const lead = m[0].length - m[0].replace(/^[，,。；]/u, '').length;
    const caseStart = text.lastIndexOf('。', m.index! + lead) + 1;
    const inCase = text.slice(caseStart, m.index! + lead + (m[1]?.length ?? 0));
    out.push({
      words: ['举证责任'],
      payer,
      exempt: false,
      inCase: /的[，,]$/u.test(inCase) ? inCase : undefined,
      start: m.index! + lead,
      end: m.index! + m[0].length,
      phrase: m[0].slice(lead),
    });
  }
  return out;
}

/** Who the law says bears or does not bear a cost, in one provision. */
export function costsInLaw(text: string): CostStatement[] {
  const out: CostStatement[] = [];
  for (const m of text.matchAll(BORNE)) {
    // 由工伤保险基金支付一次性工伤医疗补助金，由用人单位支付…: the payer-first form, read by PAID_BY below.
    if (/^(?:由|从)/u.test(m[1])) continue;
    const s = statement(m, m[1], m[2], false);
    if (s) out.push(s);
  }
  for (const m of text.matchAll(NOT_BORNE)) {
    const s = statement(m, m[2], m[1], true);
    if (s) out.push(s);
  }
  out.push(...burdens(text));
  // Each benefit of a list (丧葬补助金、供养亲属抚恤金和一次性工亡补助金) is paid by the payer on its own.
  for (const m of text.matchAll(PAID_BY)) {
    const s = statement(m, m[2], m[1], false);
    if (s) out.push(...s.words.map((w) => ({ ...s, words: [w] })));
  }
  return out;
}

/** Who a draft paragraph says bears a cost. */
export function costsInDraft(text: string): CostStatement[] {
  const out: CostStatement[] = [];
  for (const m of text.matchAll(BORNE)) {
    // A choice of payers of different kinds is no payer; of one kind (由提出听证申请的申请人或者利害关系人承担) it is that kind. A cost
    // shared with the person (由用人单位和劳动者各承担百分之五十) puts part of it on the person: read as the person's, so that a cost
    // the law leaves to an employer or a fund is shifted; shared by others, it is no one's.
    if (/^(?:由|从)/u.test(m[1])) continue;
    const shared = /共同|分别|按比例|和|、|各/u.test(m[2]);
    const choices = /或者/u.test(m[2]) ? m[2].split(/或者/u).map(payerKind) : null;
    if (choices && (choices[0] === null || choices.some((k) => k !== choices[0]))) continue;
    if (shared && !(PAYERS[3][1].test(m[2]) && m[2].split(/和|、|与/u).length > 1)) continue;
    const s = statement(m, m[1], shared ? '个人' : m[2], false);
    // Named benefits listed together (一次性工伤医疗补助金和一次性伤残就业补助金均由工伤保险基金支付) are each paid by that payer.
    if (s && s.words.length > 1 && s.words.every((w) => BENEFIT_NAME.test(w))) out.push(...s.words.map((w) => ({ ...s, words: [w] })));
    else if (s) out.push(s);
  }
  out.push(...burdens(text));
  for (const m of text.matchAll(PAID_BY)) {
    if (/或者|和|、|共同|分别/u.test(m[1])) continue;
    const s = statement(m, m[2], m[1], false);
    if (s) out.push(s);
  }
  return out;
}

/**
 * Whether a draft puts the cost on a payer the law does not: every content word of the law's cost is in the draft's
 * sentence, the first of the draft's is in the law's provision, and the draft's payer is of another kind than the law's, or the kind the law exempts.
 */
export function shiftsCost(draft: CostStatement, law: CostStatement, sentence: string, provision: string): boolean {
  // A burden put in a case binds only a draft that names that case.
  if (law.inCase && bigramCoverage(law.inCase.replace(/[，,]/gu, ''), sentence) < 0.6) return false;
  // A long word in other words at its edges (转往统筹地区以外就医 for 到统筹地区以外就医) is the same word.
  // The cost named short after the provision has named it in full (上岗前职业健康检查。检查费用由求职者先行垫付) is the same cost.
  const shortFor = (w: string): boolean => draft.words.length === 1 && w.length > draft.words[0].length && w.endsWith(draft.words[0]) && provision.includes(w);
  if (!law.words.every((w) => sentence.includes(w) || (w.length > 3 && bigramCoverage(w, sentence) >= 0.75) || shortFor(w))) return false;
  // …and the first word of the draft's cost is the law's too: 职业病诊断、鉴定费用 is not the 鉴定费用 of a review.
  // A kind of the law's cost named with its own qualifier (离岗前职业健康检查 for the law's 职业健康检查) is the law's cost.
  const first = draft.words[0];
  if (!provision.includes(first) && !law.words.some((w) => w.length >= 3 && first.endsWith(w))) return false;
  return law.exempt ? draft.payer === law.payer : draft.payer !== law.payer;
}
