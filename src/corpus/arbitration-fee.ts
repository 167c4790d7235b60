/**
 * A fee for labour dispute arbitration. 劳动争议调解仲裁法 第五十三条: 劳动争议仲裁不收费。劳动争议仲裁委员会的经费由财政予以保障.
 * A draft that has the parties pay for it (应当按照仲裁请求金额的百分之一预交仲裁费用; 收取案件受理费) charges what the law makes free.
 *
 * Silent where the sentence keeps the rule (不收费, 不得收取), on the parties' own costs the law leaves to them (鉴定费, 律师费,
 * 差旅费), and on arbitration of other matters (商事仲裁).
 */

import { fullSentences } from '../zh/context.js';
import { namedAsConduct, type ModelledFinding } from './modelled-finding.js';

export interface ArbitrationFee extends ModelledFinding {
  article: 53;
}

/** Paying or charging for the arbitration itself. */
const CHARGED =
  /(?:预交|缴纳|交纳|预缴|收取|预收|收缴|核收)[^，。；]{0,10}?(?:仲裁费用|仲裁费|案件受理费|仲裁受理费|案件处理费|立案费)|(?:仲裁费用|仲裁费|案件受理费|仲裁受理费|案件处理费)[^，。；]{0,8}?由[^，。；]{1,12}?(?:预交|承担|负担|缴纳)/u;
/** Labour or personnel disputes: the arbitration the law governs. */
const LABOUR_DISPUTE = /劳动争议|人事争议|劳动仲裁|仲裁委员会|(?:劳动者|职工|用人单位)[^。；]{0,12}?仲裁/u;
const KEEPS = /不收费|(?:不得|严禁|禁止)[^，。；]{0,10}?收取|不收取|免收|免费|不予收取/u;
const COMMERCIAL = /商事|经济合同|仲裁机构章程/u;

/** Fees in a paragraph; the document's title may be what says the disputes are labour disputes (…劳动人事争议处理工作规程). */
export function arbitrationFees(text: string, _leadIn?: string, title = ''): ArbitrationFee[] {
  const out: ArbitrationFee[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = CHARGED.exec(sentence);
    if (!m || KEEPS.test(sentence) || COMMERCIAL.test(sentence) || !LABOUR_DISPUTE.test(`${title}\n${text}`)) continue;
    const end = m.index + m[0].length;
    if (namedAsConduct(sentence, end)) continue;
    out.push({ start: range.start + m.index, end: range.start + end, phrase: m[0], article: 53 });
  }
  return out;
}
