/**
 * Leaving work in an emergency made to wait for approval, or punished. 安全生产法 第五十五条: 从业人员发现直接危及人身安全的
 * 紧急情况时，有权停止作业或者在采取可能的应急措施后撤离作业场所; its second paragraph forbids lowering pay or ending the
 * contract for it. A draft that makes the stop wait for a superior's approval (需要停止作业的，应当事先报告现场负责人并经其批准)
 * or punishes a stop without approval (未经批准擅自停止作业的，按旷工处理) takes back a right the law gives at once.
 *
 * Silent where the sentence keeps the right (有权停止作业, 不得因…降低工资) and where the worker only has to report (停止作业后
 * 应当立即报告): the law asks for the report, not for leave.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface EmergencyWithdrawal extends ModelledFinding {
  article: 55;
  clause: 1 | 2;
}

/** Stopping work or leaving the place of work. */
const WITHDRAW = /停止作业|停止工作|撤离(?:作业场所|工作场所|现场|危险区域)?|停工避险|紧急避险/u;
/** An emergency that threatens life: the law's case. */
const EMERGENCY = /危及(?:人身|生命)安全|紧急情况|紧急撤离|险情|中暑先兆|高温危险/u;
/** Approval before the stop: 应当…经…批准, 经…同意后方可. */
const GATE = /(?:应当|须|必须|需)(?:事先|事前|先行|预先)?[^，。；]{0,16}?(?:批准|同意|许可|审批)|经[^，。；]{0,16}?(?:批准|同意)(?:后)?(?:方可|才能|才可以)/u;
/** A penalty for stopping without approval. */
const PUNISHED =
  /未经[^，。；]{0,10}?(?:批准|同意)[^，。；]{0,12}?(?:停止作业|停止工作|撤离)[^。；]{0,20}?(?:旷工|扣减|扣发|降低|解除|处分|违纪|违反劳动纪律|不予支付)/u;
const KEEPS = /有权|不得因|不得以|不得扣减|不得降低|无需|无须|不需要/u;

export function emergencyWithdrawals(text: string): EmergencyWithdrawal[] {
  const out: EmergencyWithdrawal[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const stop = WITHDRAW.exec(sentence);
    if (!stop || !EMERGENCY.test(sentence) || KEEPS.test(sentence)) continue;
    const gate = GATE.exec(sentence.slice(stop.index));
    const punished = PUNISHED.exec(sentence);
    if (!gate && !punished) continue;
    const from = gate ? stop.index + gate.index : punished!.index;
    const to = punished ? punished.index + punished[0].length : stop.index + gate!.index + gate![0].length;
    out.push({
      start: range.start + from,
      end: range.start + Math.max(to, from),
      phrase: sentence.slice(from, Math.max(to, from)),
      article: 55,
      clause: gate ? 1 : 2,
    });
  }
  return out;
}
