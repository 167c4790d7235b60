/**
 * A social insurance agency's decision made final. 社会保险法 第八十三条第二款: 用人单位或者个人对社会保险经办机构不依法办理社会保险
 * 登记、核定社会保险费、支付社会保险待遇…或者侵害其他社会保险权益的行为，可以依法申请行政复议或者提起行政诉讼. A draft that makes
 * the agency's own review the last word (社会保险经办机构作出的复核决定为最终决定) closes what the law keeps open; only a law makes an
 * administrative decision final (行政复议法 第二十六条, 行政诉讼法 第十三条).
 *
 * Silent where the sentence keeps the remedies (可以依法申请行政复议, 提起行政诉讼) or speaks of an arbitral award the law itself makes
 * final (终局裁决), and outside social insurance.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

const FINAL = /(?:复核|核定|审核|处理|认定|答复)(?:决定|结论|意见|结果)?(?:为|是|即为)(?:最终|终局)(?:决定|结论|意见|处理)?/u;
const SOCIAL_INSURANCE = /社会保险|经办机构|工伤保险|养老保险|失业保险|医疗保险|待遇/u;
const REMEDY_KEPT = /(?:申请|提起)(?:行政)?(?:复议|诉讼)|向人民法院/u;

export interface FinalDecision extends ModelledFinding {
  article: 83;
  clause: 2;
}

export function finalDecisions(text: string, _leadIn?: string, title = ''): FinalDecision[] {
  const out: FinalDecision[] = [];
  if (!SOCIAL_INSURANCE.test(`${text}${title}`)) return out;
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = FINAL.exec(sentence);
    if (!m || REMEDY_KEPT.test(sentence) || /仲裁/u.test(sentence)) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], article: 83, clause: 2 });
  }
  return out;
}
