/**
 * A part of the wage bill kept out of it. 关于工资总额组成的规定第四条: 工资总额由…计时工资、计件工资、奖金、津贴和补贴、加班加点
 * 工资、特殊情况下支付的工资 six parts; only what 第十一条 lists (创造发明奖, 劳动保险和职工福利费用, 劳动保护支出…) stays out. A draft
 * that leaves a part out (加班加点工资和特殊情况下支付的工资不计入工资总额; 工资总额不包括计件工资) counts the wage bill otherwise
 * than the regulation, in statistics and in every rule that measures by it.
 *
 * Silent on a budget or a base measured apart (不计入工资总额预算, 不纳入工资总额基数, 单列管理: how a state enterprise's budget is
 * managed, not what wages are), and on parts the regulation itself keeps out.
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface WageTotalExclusion extends ModelledFinding {
  article: 4;
}

/** The parts named by the regulation whose words are theirs alone (奖金 and 补贴 also name things 第十一条 keeps out). */
const PART = '(?:计时工资|计件工资|加班加点工资|加班工资|延长工作时间的工资报酬|特殊情况下支付的工资|津贴和补贴)';
const LEFT_OUT = new RegExp(
  `${PART}(?:(?:和|、|以及|及)[^，。；]{0,20}?)?[，,]?(?:均|一律)?(?:不计入|不列入|不纳入|不属于|不包括在|排除在)(?:本单位)?工资总额(?!预算|基数|考核|管理|控制|额度|指标|单列)|工资总额(?:中)?(?:不包括|不含|不包含|剔除|扣除)[^，。；]{0,20}?${PART}`,
  'u',
);

export function wageTotalExclusions(text: string): WageTotalExclusion[] {
  return sentenceMatches(text, LEFT_OUT).map((f) => ({ ...f, article: 4 }));
}
