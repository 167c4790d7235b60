/**
 * A contract the administration signs with a market party, set aside by its own rule. Two provisions stand behind it:
 * - 民法典第一百三十六条第二款: 行为人非依法律规定或者未经对方同意，不得擅自变更或者解除民事法律行为. A purchase of services is a
 *   civil contract: a draft that lets the buyer change what was agreed on its own (购买主体可以…单方调整服务内容和合同价款) changes it
 *   without the other party.
 * - 优化营商环境条例第三十二条第一款: 国家机关、事业单位不得违约拖欠市场主体的货物、工程、服务等账款. A draft that lets the buyer pay
 *   later than the contract says (延期支付合同价款，不受合同约定支付期限的限制) allows the arrears the regulation forbids.
 *
 * Silent on contracts of work (劳动合同, 聘用合同, 服务协议 of persons: their own laws), on ending a contract (解除, 终止: the law
 * gives grounds for it), where the change is agreed (协商一致, 经双方同意) or the sentence forbids it.
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface ContractTermSetAside extends ModelledFinding {
  title: string;
  article: 32 | 136;
  clause: 1 | 2;
  word: string;
  why: string;
}

const PURCHASE = /购买|采购|委托|承接主体|服务合同|合同价款/u;
const WORK_CONTRACT = /劳动合同|聘用合同|劳动关系|服务协议/u;
const FORBIDDEN = /不得|严禁|禁止|不能/u;
const UNILATERAL = /单方(?:面)?(?:调整|变更|修改|改变)[^，。；]{0,12}?(?:服务内容|合同价款|合同内容|合同条款|价款|合同|协议)/u;
const AGREED = /协商一致|双方同意|经承接主体同意|对方同意|依法律规定|法律另有规定/u;
const PAID_LATE = /不受合同约定(?:的)?[^，。；]{0,6}?(?:支付|付款)(?:期限|时限|时间)(?:的)?限制/u;

export function contractTermsSetAside(text: string): ContractTermSetAside[] {
  const accept = (sentence: string) => PURCHASE.test(sentence) && !WORK_CONTRACT.test(sentence) && !FORBIDDEN.test(sentence);
  const changed = sentenceMatches(text, UNILATERAL, (sentence) => accept(sentence) && !AGREED.test(sentence)).map((f) => ({
    ...f,
    title: '中华人民共和国民法典',
    article: 136 as const,
    clause: 2 as const,
    word: '不得擅自变更',
    why: '政府购买服务合同是民事合同，一方不得擅自变更合同内容',
  }));
  const late = sentenceMatches(text, PAID_LATE, accept).map((f) => ({
    ...f,
    title: '优化营商环境条例',
    article: 32 as const,
    clause: 1 as const,
    word: '不得违约拖欠',
    why: '国家机关、事业单位不得违约拖欠市场主体的服务等账款，文件允许超过合同约定的期限付款',
  }));
  return [...changed, ...late].sort((a, b) => a.start - b.start);
}
