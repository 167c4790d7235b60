/**
 * Two rules of 工伤保险条例 on what a work-injury fund pays, set aside by a draft.
 * - 第三十一条: 社会保险行政部门作出认定为工伤的决定后发生行政复议、行政诉讼的，行政复议和行政诉讼期间不停止支付工伤职工治疗工伤
 *   的医疗费用. A draft that suspends those costs while the employer contests the decision (在行政复议和行政诉讼期间，经办机构暂停
 *   支付…医疗费用) makes the worker wait for treatment the regulation pays at once.
 * - 第六十四条第二款: 本人工资低于统筹地区职工平均工资60%的，按照统筹地区职工平均工资的60%计算 (and above 300%, at 300%). A draft
 *   that computes a low wage as it is (按照其本人实际平均月缴费工资计算，不再作保底调整) takes away the floor.
 *
 * Silent where the sentence keeps the payment (不停止支付, 继续支付) or the floor (按照…平均工资的60%计算).
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface InjuryFundPayment extends ModelledFinding {
  article: 31 | 64;
  clause: 1 | 2;
  word: string;
  why: string;
}

const UNDER_REVIEW = /行政复议|行政诉讼|复议|诉讼期间|起诉/u;
const MEDICAL_SUSPENDED = /(?:暂停|停止|暂缓|中止|不予)(?:支付|拨付|报销|结算)[^，。；]{0,16}?医疗费/u;
const INJURY = /工伤/u;
const PAYMENT_KEPT = /不停止|继续支付|照常支付|不得(?:暂停|停止)/u;

/** The wage base without its floor (or cap): computed as it is, or the adjustment refused. */
const FLOOR_REMOVED =
  /(?:按照?|以)(?:其)?(?:本人)?实际[^，。；]{0,12}?(?:工资|收入)[^，。；]{0,4}?(?:计算|核定|确定)|不再(?:作|进行)?(?:保底|托底)(?:调整|计算)?|不(?:予|作)(?:保底|托底)/u;
const WAGE_BASE = /本人工资|平均月缴费工资|缴费工资/u;
const BELOW_AVERAGE = /低于[^，。；]{0,16}?(?:平均工资|社平工资)/u;
const FLOOR_KEPT = /按照?[^，。；]{0,16}?平均工资的(?:60|６０)[%％]|百分之六十计算/u;

export function injuryFundPayments(text: string): InjuryFundPayment[] {
  const suspended = sentenceMatches(
    text,
    MEDICAL_SUSPENDED,
    (sentence) => UNDER_REVIEW.test(sentence) && INJURY.test(sentence) && !PAYMENT_KEPT.test(sentence),
  ).map((f) => ({
    ...f,
    article: 31 as const,
    clause: 1 as const,
    word: '不停止支付',
    why: '行政复议和行政诉讼期间不停止支付工伤职工治疗工伤的医疗费用',
  }));
  const floors = sentenceMatches(
    text,
    FLOOR_REMOVED,
    (sentence) => WAGE_BASE.test(sentence) && BELOW_AVERAGE.test(sentence) && INJURY.test(text) && !FLOOR_KEPT.test(sentence),
  ).map((f) => ({
    ...f,
    article: 64 as const,
    clause: 2 as const,
    word: '本人工资低于',
    why: '本人工资低于统筹地区职工平均工资60%的，按照统筹地区职工平均工资的60%计算，文件取消了这一保底',
  }));
  return [...suspended, ...floors].sort((a, b) => a.start - b.start);
}
