/**
 * What fines and confiscations bring in belongs to the treasury. 行政处罚法 第七十四条第二款: 罚款、没收的违法所得或者没收非法财物
 * 拍卖的款项，必须全部上缴国库，任何行政机关或者个人不得以任何形式截留、私分或者变相私分. A draft that lets a body keep part of it for
 * its own spending (也可以从本单位当年罚没收入中按不超过5%的比例提取，用于奖励执法一线公务员; 罚没收入按比例返还执法单位) keeps back
 * what the law sends to the treasury.
 *
 * Silent where the sentence keeps the rule (不得, 严禁, 全部上缴国库) and where the money is only named (罚没收入纳入预算管理).
 *
 * Nor may the amounts count in the body's or its staff's appraisal (第七十四条第三款: 不得同…考核、考评直接或者变相挂钩): a draft
 * that sets a target for them or rewards reaching it (罚没款入库金额完成年度目标的，予以通报表扬) ties them. How promptly the
 * money is paid in (罚没款及时入库情况纳入考核) is no amount, and is left alone.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export const ADMINISTRATIVE_PENALTY_LAW = '中华人民共和国行政处罚法';

const REVENUE = '(?:罚没收入|罚没款项?|罚款收入|罚没资金|罚款和没收(?:的)?违法所得|罚款、没收的违法所得)';
/** Spending out of the revenue: 从…罚没收入中…提取; 罚没收入…按比例返还. */
const KEPT_BACK = new RegExp(
  `从[^，。；]{0,10}?${REVENUE}[^，。；]{0,4}?中[^，。；]{0,16}?(?:提取|列支|安排|留用|支出|返还|划拨)|${REVENUE}[^，。；]{0,10}?(?:按[^，。；]{0,10}?比例)?(?:返还|留用|提取|用于奖励|奖励给?)`,
  'u',
);
const KEEPS = /不得|严禁|禁止|上缴国库|全额上缴|全部上缴/u;

export interface FineRevenueKept extends ModelledFinding {
  article: 74;
  clause: 2 | 3;
}

/** The amount of fines or confiscations, or a target for it: 罚没款入库金额, 罚款数额, 罚没收入任务. */
const AMOUNT = new RegExp(`(?:${REVENUE}|罚款|罚没款|罚没)[^，。；]{0,8}?(?:金额|数额|总额|任务|指标|目标|多少)`, 'u');
/**
 * What an appraisal of the body or its staff counts or gives: 考核, 绩效, 评先评优, 排名, 通报表扬. A reward to an informant paid as a
 * share of the fine (按照罚没款金额的5%给予举报人奖励) appraises no one.
 */
const APPRAISAL = /考核|考评|绩效|评先|评优|排名|通报表扬|挂钩/u;
const UNTIED = /不得|严禁|禁止|不与|不作为|不纳入|不列入/u;

export function fineRevenueKept(text: string): FineRevenueKept[] {
  const out: FineRevenueKept[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = KEPT_BACK.exec(sentence);
    if (!m || KEEPS.test(sentence)) continue;
    // A sum reckoned as a share of the amount (按照罚没款金额的5%给予举报人奖励) is measured by the fine, not paid out of it.
    if (!m[0].startsWith('从') && new RegExp(`^${REVENUE}(?:金额|数额|总额)的`, 'u').test(m[0])) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], article: 74, clause: 2 });
  }
  return out;
}

/** The amounts of fines counted in an appraisal (罚没款入库金额完成年度目标的，予以通报表扬; 将罚款数额纳入绩效考核). */
export function fineRevenueAppraised(text: string): FineRevenueKept[] {
  const out: FineRevenueKept[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = AMOUNT.exec(sentence);
    if (!m || !APPRAISAL.test(sentence) || UNTIED.test(sentence)) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], article: 74, clause: 3 });
  }
  return out;
}
