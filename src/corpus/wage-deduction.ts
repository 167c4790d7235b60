/**
 * What may be taken out of a worker's pay. 工资支付暂行规定第十五条: 用人单位不得克扣劳动者工资, and may withhold only income tax,
 * the worker's own social insurance contributions, maintenance a court orders and what law or regulation allows (第十六条: the
 * worker's compensation for a loss caused, at most 20 % a month). A draft that lets the employer or an agent take another charge
 * from the pay (可以从劳动者应得的工资和经济补偿中直接扣除本机构的代办服务费; 从工资中扣除培训费、管理费) takes what the worker has
 * earned.
 *
 * Silent where the thing taken is one the law allows (个人所得税, 社会保险费, 抚养费, 住房公积金, 经济损失的赔偿), where the sentence
 * forbids the taking (不得从工资中扣除), or names it as a wrong (…的，责令改正; 克扣工资的行为).
 */

import { fullSentences } from '../zh/context.js';
import { namedAsConduct, type ModelledFinding } from './modelled-finding.js';

export interface WageDeduction extends ModelledFinding {
  article: 15;
}

/** Taken from the pay: 从…工资…中扣除 X, 在工资中抵扣 X. */
const TAKEN = /(?:从|在)[^，。；]{0,16}?(?:工资|劳动报酬|薪酬)[^，。；]{0,10}?中(?:直接|一次性|按月)?(?:扣除|扣减|抵扣|扣缴|冲抵|抵减|扣收)([^，。；]{1,24})/u;
/** What the law lets be withheld. */
const ALLOWED = /个人所得税|税款|社会保险|保险费|抚养费|赡养费|扶养费|住房公积金|公积金|经济损失|赔偿|多发|多支付|预支|借支|工会会费/u;
const FORBIDDEN = /不得|禁止|严禁|不应|不能|无权/u;
const BY_LAW = /法律、?(?:行政)?法规(?:的)?规定|依照法律|依法/u;

export function wageDeductions(text: string): WageDeduction[] {
  const out: WageDeduction[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = TAKEN.exec(sentence);
    if (!m || ALLOWED.test(m[1]) || FORBIDDEN.test(sentence.slice(0, m.index + m[0].length))) continue;
    // The law's own last item (法律、法规规定可以从劳动者工资中扣除的其他费用).
    if (BY_LAW.test(sentence)) continue;
    // The charge must be named: a fee or a cost (服务费, 管理费, 培训费用, 押金), not a share of the pay itself.
    if (!/费|押金|保证金|罚款|违约金|款项/u.test(m[1])) continue;
    const end = m.index + m[0].length;
    if (namedAsConduct(sentence, end)) continue;
    out.push({ start: range.start + m.index, end: range.start + end, phrase: m[0], article: 15 });
  }
  return out;
}
