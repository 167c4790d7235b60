/**
 * A person's access to their own information rationed. 个人信息保护法第四十五条: 个人有权向个人信息处理者查阅、复制其个人信息…
 * 个人请求查阅、复制其个人信息的，个人信息处理者应当及时提供. A draft that caps how often one may look (每人每年申请查阅不超过两次)
 * or makes the copy wait on an official's approval (经分管负责人审批同意后…提供) puts conditions on a right the law gives
 * without them.
 *
 * Silent on other people's information (查询他人信息), where the sentence names the law's exceptions (除外, 国家秘密, 保密), and on
 * the holder's own handling times with no cap or approval.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface AccessLimit extends ModelledFinding {
  article: 45;
  clause: 2;
}

/** One's own information looked at or copied. */
const OWN_ACCESS =
  /(?:查阅|复制|查询)[^。；]{0,6}?(?:本人|其本人|自己|其)[^。；]{0,12}?(?:个人)?(?:信息|数据|记录)|(?:本人|其)[^。；]{0,6}?(?:个人)?(?:信息|数据)[^。；]{0,6}?(?:查阅|复制)/u;
/** How often: 每人每年…不超过两次, 每年限查阅一次. */
const CAP = /每(?:人|年|月|季度?)[^，。；]{0,10}?(?:不超过|不得超过|限|最多|仅限|仅可)[^，。；]{0,6}?(?:[0-9]+|[一二两三四五六七八九十])次/u;
/** Waiting on an official's approval: 经分管负责人审批同意后. */
const APPROVAL = /经[^，。；]{0,12}?(?:负责人|领导|主任|处长|局长)[^，。；]{0,4}?(?:审批|批准|同意)[^，。；]{0,4}?(?:后|的)/u;
const EXCEPT = /除外|国家秘密|保密|他人/u;

export function accessLimits(text: string): AccessLimit[] {
  const out: AccessLimit[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!OWN_ACCESS.test(sentence) || EXCEPT.test(sentence)) continue;
    for (const re of [CAP, APPROVAL]) {
      const m = re.exec(sentence);
      if (m) out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], article: 45, clause: 2 });
    }
  }
  return out;
}
