/**
 * The day the surcharge on unpaid social insurance contributions starts. 社会保险法第八十六条: the collector orders the
 * employer to pay within a time limit, 并自欠缴之日起，按日加收万分之五的滞纳金: the surcharge counts from the day the
 * contributions fell due, not from the end of the time limit. A draft that starts it later (自限期缴纳期满之次日起, 自逾期之日起,
 * 自责令补缴决定送达之日起) spares the employer the days between.
 *
 * Silent where the surcharge runs from 欠缴之日, and on other debts a draft may surcharge (违规所得, 待遇退回, 给付义务): those
 * are no contributions, and whether a document may surcharge them at all is content/ultra-vires's question.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface LateSurchargeStart extends ModelledFinding {
  article: 86;
}

/** The day a surcharge runs from, before it is added: 自限期缴纳期满之次日起，按日加收…滞纳金 / 滞纳金（的计算期间，）自…之日起. */
const START =
  /自([^，。；]{1,30}?)(?:之次日|次日|之日)起[，,]?(?:按日)?(?:加收|计收|收取)?[^。；]{0,20}?滞纳金|滞纳金(?:的)?(?:计算期间|计算时间|计算|起算)?[，,]?(?:自|从)([^，。；]{1,30}?)(?:之次日|次日|之日)起/u;
/** Contributions, named in the sentence or the one before it. */
const CONTRIBUTIONS = /社会保险费|(?:养老|医疗|失业|工伤|生育)保险费|社保费|缴费|欠费|补缴|未缴纳|缴纳或者补足/u;
/**
 * The day the law names: contributions unpaid (欠缴之日, 应缴未缴之日), or the day they fell due (自原缴费期限届满之日起, for a
 * deferral revoked) — not a time limit an order set (限期缴纳期满, 责令的缴费期限届满).
 */
const DUE_DAY = /欠缴|欠费|应缴未缴|应当缴纳之日|未按时足额缴纳|^(?:(?!责令|限期)[^，。；])*(?:原|法定|规定的|正常)缴费期限届满/u;
/** A later event: the end of the time limit, the order, its service, a reminder. */
const LATER_EVENT = /期满|逾期|责令|送达|催告|通知|决定|届满/u;
/** Debts that are not contributions: money to give back, or a decision's payment. */
const OTHER_DEBT = /退回|清退|退还|违规所得|应退|给付义务/u;

/** Surcharges on contributions that a draft starts after the day they fell due. */
export function lateSurchargeStarts(text: string): LateSurchargeStart[] {
  const out: LateSurchargeStart[] = [];
  const sentences = fullSentences(text);
  sentences.forEach((range, k) => {
    const sentence = text.slice(range.start, range.end);
    const m = START.exec(sentence);
    if (!m) return;
    const event = m[1] ?? m[2];
    if (DUE_DAY.test(event) || !LATER_EVENT.test(event)) return;
    const before = k > 0 ? text.slice(sentences[k - 1].start, sentences[k - 1].end) : '';
    if (!CONTRIBUTIONS.test(sentence) && !CONTRIBUTIONS.test(before)) return;
    if (OTHER_DEBT.test(sentence)) return;
    const start = range.start + m.index;
    out.push({ start, end: start + m[0].length, phrase: m[0], article: 86 });
  });
  return out;
}
