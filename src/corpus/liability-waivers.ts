/**
 * An employer's liability for injuries at work, agreed away. 安全生产法第五十二条第二款: 生产经营单位不得以任何形式与从业人员订立
 * 协议，免除或者减轻其对从业人员因生产安全事故伤亡依法应承担的责任. A draft that lets the parties agree that the worker bears
 * an accident's consequences himself (约定职工因违反安全操作规程发生事故伤害的，由职工自行承担相应责任，企业不再承担赔偿责任;
 * 可以在劳务协议中约定作业期间发生伤亡的，用人单位不承担责任) lets the employer shed what the law keeps on it.
 *
 * Read only where the sentence speaks of an agreement (约定, 协议, 承诺书) and of an accident or an injury; silent where it forbids
 * such a term or calls it void (不得约定, 无效), on what the law itself keeps out of work injury (故意犯罪、醉酒, stated
 * without an agreement), and on liability shared out between two businesses (劳务派遣单位 and 用工单位 may agree who pays).
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface LiabilityWaiver extends ModelledFinding {
  article: 52;
  clause: 2;
}

const AGREED = /约定|协议|承诺书|免责/u;
const ACCIDENT = /事故|伤害|伤亡|工伤|受伤|死亡/u;
const WORKER = '(?:职工|劳动者|从业人员|员工|本人|其本人|作业人员|务工人员)';
const EMPLOYER = '(?:企业|用人单位|单位|公司|生产经营单位|用工单位)';
/** The worker made to bear it, or the employer let off. */
const WAIVED = new RegExp(
  `由${WORKER}(?:自行|个人|本人)?(?:承担|负责|自负)[^，。；]{0,8}?(?:责任|后果|损失|费用)|${EMPLOYER}(?:不再|不|无需|免于|免除|免予)(?:承担|负担|负)[^，。；]{0,8}?责任|(?:工伤|事故|伤亡)(?:责任|后果)[^，。；]{0,6}?(?:自负|自行承担)`,
  'u',
);
/** The term forbidden or void, or the waiver one must not make. */
const KEPT = /不得|禁止|严禁|无效|不能以|不因/u;
/** Liability shared out between two businesses (劳务派遣单位 and 用工单位, the lending and the borrowing unit, a contractor): no worker gives anything up. */
const BETWEEN_BUSINESSES = /派遣单位|借调|借用单位|原单位|原用人单位|承包|分包|发包/u;

export function liabilityWaivers(text: string): LiabilityWaiver[] {
  return sentenceMatches(
    text,
    WAIVED,
    (sentence) => AGREED.test(sentence) && ACCIDENT.test(sentence) && !KEPT.test(sentence) && !BETWEEN_BUSINESSES.test(sentence),
  ).map((f) => ({ ...f, article: 52, clause: 2 }));
}
