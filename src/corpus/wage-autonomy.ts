/**
 * An enterprise forbidden to set its own pay structure. 劳动法第四十七条: 用人单位根据本单位的生产经营特点和经济效益，依法自主确定
 * 本单位的工资分配方式和工资水平. A normative document may guide pay (指引, 参考), but one that fixes the coefficients or grades it
 * lays down and forbids the enterprise to change them (企业不得自行调整上述系数) takes that autonomy away.
 *
 * Silent on state enterprises and their managers (国有企业, 负责人: their pay is set under state-asset rules), on the wage bill
 * and the minimum wage, and on a worker's agreed pay changed without consent (不得擅自降低劳动者工资: the contract's, not the
 * enterprise's own structure).
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface WageAutonomy extends ModelledFinding {
  article: 47;
}

/** The document's own figures, not to be changed by the enterprise. */
const FIXED =
  /(?:企业|用人单位)(?:一律)?(?:不得|无权|不能)(?:自行|擅自|随意)?(?:调整|变更|改变|修改|突破)(?:上述|前款|前述|本(?:细则|办法|规定|指引)(?:规定)?的)[^，。；]{0,8}?(?:系数|标准|比例|档次|等级|工资|薪酬)/u;
const KEPT = /国有|国企|负责人|工资总额|最低工资|劳动者|职工本人|约定/u;

export function wageAutonomy(text: string): WageAutonomy[] {
  return sentenceMatches(text, FIXED, (sentence) => !KEPT.test(sentence)).map((f) => ({ ...f, article: 47 }));
}
