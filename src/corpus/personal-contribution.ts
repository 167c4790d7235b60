/**
 * Contributions the law takes off the person, put back on the person. Five
 * rules of law say who pays, and leave no share to the person:
 * - 社会保险法 第三十三条: the employer pays the work injury contribution, the
 *   worker pays none (工伤保险条例 第十条 says the same);
 * - 社会保险法 第五十三条: the same for the maternity insurance contribution;
 * - 社会保险法 第四十八条第二款: while an unemployed person draws
 *   unemployment benefit, the medical insurance contribution is paid from the
 *   unemployment fund, the person pays none;
 * - 军人保险法 第十二条: the state bears the casualty insurance of soldiers;
 * - 退役军人安置条例 第八十二条: while a veteran waits for the job the state
 *   arranges, the local government pays for the pension insurance.
 *
 * A draft that gives any part to the person (个人缴费部分由本人按月缴纳, 由分包
 * 单位和务工人员按比例分担, 从其失业保险金中代扣) takes back what the law gives.
 * Silent where the sentence keeps the rule (个人不缴纳, 不得从工资中扣除) and
 * outside the law's case (after the benefit has ended, 领取期满后).
 */

import { clauseAround, sentenceParts } from '../zh/context.js';
import { ARTICLE_LABEL } from './text.js';
import { findingAt, SOCIAL_INSURANCE_LAW, type ModelledFinding, type ModelledProvision } from './modelled-finding.js';

export interface PersonalContribution extends ModelledFinding {
  title: string;
  /** Words of the provision that say who pays, for the message. */
  word: string;
}

interface ContributionRule extends ModelledProvision {
  /** What is paid. */
  contribution: RegExp;
  /** The law's case, when the rule holds only in it. */
  within?: RegExp;
}

const RULES: ContributionRule[] = [
  { title: SOCIAL_INSURANCE_LAW, article: 33, word: '不缴纳工伤保险费', contribution: /工伤保险费/u },
  { title: SOCIAL_INSURANCE_LAW, article: 53, word: '职工不缴纳生育保险费', contribution: /生育保险费/u },
  {
    title: SOCIAL_INSURANCE_LAW,
    article: 48,
    clause: 2,
    word: '个人不缴纳',
    contribution: /医疗保险/u,
    within: /失业人员|领取失业保险金|失业保险金领取|延长领取/u,
  },
  { title: '中华人民共和国军人保险法', article: 12, word: '个人不缴纳', contribution: /(?:军人)?伤亡保险(?:费|所需资金)?/u, within: /军人|伤亡保险/u },
  {
    title: '退役军人安置条例',
    article: 82,
    word: '财政资金安排',
    contribution: /养老保险/u,
    within: /待安排工作期间/u,
  },
];

/** The person pays, or a share of it: 由（本人）缴纳, 由…和务工人员…分担, 从其工资或者失业保险金中代扣. */
const PERSON_PAYS = new RegExp(
  [
    // The person right after 由, or beside another payer (由分包单位和务工人员…分担); not the staff an employer's payroll is
    // counted by (由用人单位按照本单位职工工资总额…缴纳).
    // A short word may qualify the person after the other payer (由用人单位和超龄从业人员各承担, 由家政服务机构和家政服务人员各负担),
    // not one who pays for them (为职工).
    '由(?:[^，。；]{0,10}?(?:和|与|及|、)[^，。；为替给向]{0,4}?)?(?:本人|个人|职工|劳动者|务工人员|农民工|从业人员|失业人员|退役军人|退役士兵|军人|参保人员|被派遣劳动者|服务人员)[^，。；]{0,12}?(?:缴纳|缴费|承担|分担|负担)',
    '从[^，。；]{0,10}?(?:工资|失业保险金|待遇|生活费|报酬)[^，。；]{0,6}?(?:代扣|扣除|扣缴|抵扣)',
    // …or pays by a rate or base of its own (职工个人按照本人补缴基数的百分之零点二同步补缴).
    '(?:个人|本人|职工)(?:按|按照)[^，。；]{0,20}?(?:缴纳|缴费|补缴)(?!基数|金额|数额)',
  ].join('|'),
  'u',
);
/** The kinds of insurance a sentence may name before whoever pays; a fund or a benefit (失业保险基金, 失业保险金) is no contribution. */
const INSURANCE = /(?:职工基本养老|职工基本医疗|基本养老|基本医疗|养老|医疗|失业|工伤|生育|伤亡|长期护理)保险(?:费|所需资金)?(?!基金|金)/gu;
/** A sentence that keeps the law's rule: the person pays none, nothing is deducted. */
const KEEPS = /个人不缴纳|不缴纳|不得|不予|严禁|禁止|不由/u;
/** Past the law's case: the benefit has ended or is no longer drawn. */
const AFTER_CASE = /期满后|期满的|终止后|停止领取|不再领取|领取期满|安排工作后|报到后/u;

/** Sentences that put on the person a contribution the law puts on someone else. */
export function personalContributions(text: string): PersonalContribution[] {
  const out: PersonalContribution[] = [];
  for (const { start: at, end, sentence: whole } of sentenceParts(text)) {
    const part = text.slice(at, end);
    const sentence = text.slice(whole.start, whole.end);
    const pays = PERSON_PAYS.exec(part);
    if (!pays || KEEPS.test(part) || AFTER_CASE.test(sentence)) continue;
    // The law's case may be named in the sentence's first part (待安排工作期间，…；个人缴费部分由…).
    // The insurance named last before the payer is the one paid (基本养老保险费由单位和职工共同缴纳，生育保险费由单位缴纳: the
    // worker pays towards the pension only).
    const paid = [...part.slice(0, pays.index).matchAll(INSURANCE)].at(-1)?.[0];
    const rule = RULES.find((r) => r.contribution.test(paid ?? sentence) && (!r.within || r.within.test(sentence)));
    if (!rule) continue;
    // The clause that names the payer, up to the payment.
    // An article's label at the clause's start is no word of it (第三条　工伤保险费由…).
    const clauseStart = clauseAround(part, pays.index).start;
    const from = clauseStart + (ARTICLE_LABEL.exec(part.slice(clauseStart))?.[0].length ?? 0);
    const to = pays.index + pays[0].length;
    out.push(findingAt(part, at, from, to, rule));
  }
  return out;
}
