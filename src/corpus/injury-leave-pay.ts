/**
 * Pay stopped or cut while an injured worker is off work for treatment. 工伤保险条例第三十三条第一款: 职工因工作遭受事故伤害或者
 * 患职业病需要暂停工作接受工伤医疗的，在停工留薪期内，原工资福利待遇不变，由所在单位按月支付. A draft that stops or cuts the pay or
 * allowances for that time (停工治疗期间停止发放工作生活补贴; 停工留薪期内按基本工资的70%发放; 按照其原工资的70%按月发放工资) takes what the regulation keeps.
 *
 * Silent after the period (停工留薪期满后, 评定伤残等级后: the regulation itself stops the original pay then), where the sentence
 * keeps the pay (照常发放, 不变, 不得降低), and where no injury at work is the case.
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface InjuryLeavePay extends ModelledFinding {
  article: 33;
  clause: 1;
}

const INJURY = /工伤|因工(?:作)?(?:遭受)?(?:事故)?(?:伤害|负伤|受伤)|事故伤害|职业病/u;
const OFF_WORK = /停工留薪期(?!满|届满|结束)|停工(?:治疗|医疗)期间|暂停工作接受(?:工伤)?(?:医疗|治疗)|治疗期间/u;
const CUT =
  /(?:停止|暂停|不再|不予)(?:发放|支付|计发)[^，。；]{0,10}?(?:工资|补贴|补助|待遇|福利|津贴|绩效)|停发[^，。；]{0,10}?(?:工资|补贴|补助|待遇|福利|津贴|绩效)|(?:工资|补贴|补助|待遇|津贴|绩效)[^，。；]{0,10}?(?:停发|减半|按[^，。；]{0,12}?[1-9][0-9]?[%％](?:发放|计发|支付))|按(?:照)?[^，。；]{0,8}?(?:工资|待遇|收入)的?(?:百分之[一二三四五六七八九]十?[一二三四五六七八九]?|[1-9][0-9]?[%％])[^，。；]{0,6}?(?:发放|计发|支付)/u;
const AFTER = /停工留薪期(?:满|届满|结束)(?:后|之后|以后)|评定伤残等级后|伤残等级评定后/u;
const KEPT = /照常|照发|不变|不得(?:降低|停发|扣减)|全额/u;

export function injuryLeavePay(text: string): InjuryLeavePay[] {
  return sentenceMatches(text, CUT, (sentence) => INJURY.test(sentence) && OFF_WORK.test(sentence) && !AFTER.test(sentence) && !KEPT.test(sentence)).map(
    (f) => ({ ...f, article: 33, clause: 1 }),
  );
}
