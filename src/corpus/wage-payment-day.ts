/**
 * When wages are paid. 工资支付暂行规定 (劳部发〔1994〕489号), a normative document of the ministry that binds the provincial
 * department:
 * - 第七条: a pay day that falls on a holiday or a rest day is brought forward to the last working day before it. A draft that
 *   puts it off (顺延至节假日或者休息日后的第一个工作日支付) pays late.
 * - 第九条: when the contract is ended, the wages are paid in full then. A draft that allows a period after it (自劳动合同解除
 *   或者终止之日起30日内，一次性结清劳动者的工资) pays late.
 *
 * Silent where the sentence keeps the rule (提前, 解除或者终止劳动合同时一次付清) and on other payments after the end (经济补偿
 * is paid when the work is handed over: 劳动合同法 第五十条).
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface LateWageDay extends ModelledFinding {
  article: 7 | 9;
}

/** Pay put off past a holiday or rest day. */
const POSTPONED =
  /(?:顺延|推迟|延后|延至|推后)[^，。；]{0,6}?(?:节假日|休息日|假期)[^，。；]{0,12}?(?:后|结束后|之后)[^，。；]{0,10}?(?:工作日)?[^，。；]{0,4}?(?:支付|发放)/u;
const HOLIDAY = /节假日|休息日|法定休假日|假期/u;
/** A period after the end of the contract to settle the wages. */
const AFTER_END =
  /(?:劳动合同|劳动关系)?(?:解除|终止)(?:或者(?:解除|终止))?(?:劳动合同|劳动关系)?[^，。；]{0,8}?(?:之日起|后)[^。；]{0,12}?[0-9一二三四五六七八九十两]+(?:个)?(?:日|天|个工作日|工作日)内[^。；]{0,16}?(?:结清|付清|支付|发放)[^。；]{0,10}?工资/u;
const PAY = /工资|薪酬|劳动报酬/u;

export function lateWageDays(text: string): LateWageDay[] {
  const out: LateWageDay[] = [];
  // The pay may be named in the sentence before (用人单位应当在约定的日期支付工资。约定的支付日期遇…的，顺延至…).
  if (!PAY.test(text)) return out;
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const late = HOLIDAY.test(sentence) && !/提前/u.test(sentence) ? POSTPONED.exec(sentence) : null;
    if (late) out.push({ start: range.start + late.index, end: range.start + late.index + late[0].length, phrase: late[0], article: 7 });
    const after = /不得|严禁/u.test(sentence) ? null : AFTER_END.exec(sentence);
    if (after) out.push({ start: range.start + after.index, end: range.start + after.index + after[0].length, phrase: after[0], article: 9 });
  }
  return out;
}
