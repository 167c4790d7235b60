/**
 * A penalty (违约金) the worker is to bear under a labour contract. The Labour
 * Contract Law allows it in two cases only: breaking a service period the
 * employer paid special training for (第二十二条) and breaking a non-compete
 * or confidentiality undertaking (第二十三条); every other penalty borne by the
 * worker is barred (第二十五条: 除本法第二十二条和第二十三条规定的情形外，用人单位不得
 * 与劳动者约定由劳动者承担违约金). A draft that lets an employer agree one for
 * leaving early, for a probation, for a job (…提前解除劳动合同的，向用人单位支付
 * 违约金) contradicts that rule whatever its words.
 *
 * Silent where the sentence names either allowed case, where it forbids the
 * penalty, and for appointment contracts of public institutions (聘用合同),
 * which another regulation governs.
 */

import { fullSentences } from '../zh/context.js';

export interface WorkerPenalty {
  /** Offsets of the words that put the penalty on the worker, in the text given. */
  start: number;
  end: number;
  phrase: string;
  /** 劳动合同法 第二十五条. */
  article: 25;
}

const WORKER =
  '(?:劳动者|职工|毕业生|员工|学徒|参训人员|参训职工|劳务派遣人员|被派遣劳动者|编外聘用人员|新录用人员|新招用人员|求职者|应聘人员|社会工作者|从业人员|劳务人员|外派人员|务工人员|农民工|服务人员)';
/**
 * The worker pays or bears the penalty: 劳动者…向用人单位支付违约金, 违约金由劳动者承担 (from the last mention of the worker; not
 * 向劳动者支付, which the employer pays); or a penalty paid to the employer, which under a labour contract only the worker pays
 * (…并按照劳动合同约定向服务机构支付违约金).
 */
const BORNE_BY_WORKER = new RegExp(
  `(?<![向给对])${WORKER}(?:(?!${WORKER})[^。；]){0,40}?(?:支付|承担|缴纳|赔付)[^，。；]{0,8}?违约金|违约金[^，。；]{0,10}?由${WORKER}[^，。；]{0,6}?(?:支付|承担|缴纳)|向[^，。；]{0,12}?(?:用人单位|单位|企业|公司|机构)[^，。；]{0,4}?(?:支付|缴纳|赔付)[^，。；]{0,14}?违约金|(?:用人单位|单位|企业|公司)[^，。；]{0,6}?要求其[^，。；]{0,24}?(?:支付|承担|缴纳|赔付)[^，。；]{0,4}?违约金`,
  'u',
);
/** The two cases the law allows, or a contract the law does not govern. */
const ALLOWED = /专项培训|培训费用|竞业限制|保守[^，。；]{0,8}?秘密|保密|聘用合同/u;
/** A service period is the law's case only for the training the employer paid (第二十二条), not for travel or other costs. */
const SERVICE_PERIOD = /服务期/u;
const TRAINING = /培训/u;
const LAWS_SERVICE_PERIOD = /违反服务期约定|约定服务期的劳动合同/u;
/** The sentence forbids the penalty or waives it. */
const FORBIDDEN = /不得|禁止|严禁|不应|不能|不允许|无需|不需要?|不承担|不支付|免除/u;
/** Only under a labour contract the employer concludes: named as such, not only in a title (《中华人民共和国劳动合同法》), or its end (辞职). */
const LABOUR_CONTRACT = /劳动合同(?![^《》]{0,30}》)|辞职|离职/u;
/** The employer forcing the worker to pay (扣押…，以迫使劳动者支付违约金的): a wrong the sentence describes, not a penalty it allows. */
const COERCED = /(?:迫使|强迫|胁迫|逼迫|强制)[^，。；]{0,6}?$/u;

/** Penalties a paragraph puts on the worker outside the two cases the law allows. */
export function workerPenalties(text: string): WorkerPenalty[] {
  const out: WorkerPenalty[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!sentence.includes('违约金') || !LABOUR_CONTRACT.test(sentence) || ALLOWED.test(sentence)) continue;
    // The training may be named in the paragraph's sentence before (…提供专项培训费用…。违反服务期约定的，…支付违约金).
    // So is the law's own wording of the case (违反服务期约定的; 解除约定服务期的劳动合同的, 实施条例第二十六条).
    if (SERVICE_PERIOD.test(sentence) && (TRAINING.test(text) || LAWS_SERVICE_PERIOD.test(sentence))) continue;
    const m = BORNE_BY_WORKER.exec(sentence);
    if (!m || FORBIDDEN.test(sentence.slice(0, m.index + m[0].length)) || COERCED.test(sentence.slice(0, m.index))) continue;
    const start = range.start + m.index;
    out.push({ start, end: start + m[0].length, phrase: m[0], article: 25 });
  }
  return out;
}
