/**
 * Wages paid less often than monthly. 劳动法 第五十条: 工资应当以货币形式按月支付给劳动者本人 (工资支付暂行规定 第七条: 工资至少每月
 * 支付一次). A draft that lets or makes an employer pay by the quarter, the half year or the year (经务工人员书面同意，用人单位可以按
 * 季度支付工资; 工资于年底一次性结清) withholds the wages the law makes due each month.
 *
 * Silent where the sentence forbids it (不得按季度支付), on pay that the law lets the parties time (计件工资: 保障农民工工资支付条例
 * 第十三条), on what is not the monthly wage (绩效工资, 奖金, 年终奖, 年薪的兑现部分, 提成), and on money other than wages (补贴,
 * 工程款).
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

/** A payment of wages put at a quarter, a half year or a year. */
const INFREQUENT = new RegExp(
  [
    '(?:按|每)(?:季度?|半年|年度?)(?:一次性?)?[^，。；]{0,4}?(?:支付|发放|结算|结清)[^，。；]{0,4}?(?:工资|劳动报酬|薪酬)',
    '(?:工资|劳动报酬|薪酬)[^，。；]{0,8}?(?:按|每)(?:季度?|半年|年度?)(?:一次性?)?(?:支付|发放|结算|结清)',
    '(?:工资|劳动报酬|薪酬)[^，。；]{0,10}?(?:于|在)?(?:季度末|年底|年终|年末|项目完工后|工程结束后)(?:一次性?)?(?:支付|发放|结算|结清)',
    // The pay named in the clause before (工资按月计算，可以在项目完工验收合格后一次性结算发放).
    '(?:工资|劳动报酬|薪酬)[^。；]{0,12}?[，,][^，。；]{0,6}?(?:于|在)(?:项目|工程)(?:全部)?(?:完工|竣工|结束)(?:验收)?(?:合格)?(?:后|时)(?:一次性?)?(?:结算)?(?:支付|发放|结清)',
  ].join('|'),
  'u',
);
const BANNED = /不得|严禁|禁止|不允许|不准/u;
/** Pay the law leaves the parties to time, or that is no monthly wage. */
const NOT_MONTHLY_WAGE = /计件|绩效|奖金|年终奖|奖励|提成|年薪|分红|补贴|补助|津贴|工程款|进度款/u;

export interface InfrequentWagePayment extends ModelledFinding {
  article: 50;
}

export function infrequentWagePayments(text: string): InfrequentWagePayment[] {
  const out: InfrequentWagePayment[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = INFREQUENT.exec(sentence);
    if (!m || BANNED.test(sentence) || NOT_MONTHLY_WAGE.test(sentence)) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], article: 50 });
  }
  return out;
}

/**
 * The statement of contributions told less often than monthly. 社会保险法 第六十条第一款: 用人单位应当按月将缴纳社会保险费的明细
 * 情况告知本人. A draft that makes it yearly or quarterly (每年至少一次将…社会保险费缴纳明细书面告知本人) tells the worker less often
 * than the law, as does one sending the year's statement once (每年十二月将…全年个人缴费明细一次性告知职工本人). Silent where the
 * sentence forbids it, keeps the month (按月, 每月), or speaks of an annuity or the housing fund.
 */
const CONTRIBUTION_STATEMENT =
  /(?:每|按)(?:年|季度?|半年)[^，。；]{0,6}?(?:至少)?(?:一次)?[^，。；]{0,4}?(?:将)?[^，。；]{0,20}?(?:社会保险费|缴费)[^，。；]{0,8}?明细[^，。；]{0,8}?告知/u;

export function infrequentContributionStatements(text: string): Array<ModelledFinding & { article: 60; clause: 1 }> {
  const out: Array<ModelledFinding & { article: 60; clause: 1 }> = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = CONTRIBUTION_STATEMENT.exec(sentence);
    // An annuity or housing fund statement (企业年金个人账户缴费明细) is no social insurance contribution's.
    if (!m || BANNED.test(sentence) || /按月|每月|年金|公积金/u.test(sentence)) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], article: 60, clause: 1 });
  }
  return out;
}
