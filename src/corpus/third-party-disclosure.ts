/**
 * What a third party's answer decides when information that touches it is asked for. 政府信息公开条例第三十二条: the office
 * asks the third party; 第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开; 第三方不同意公开且有合理理由的，行政机关不予
 * 公开, and even then may disclose for a major public interest. A draft that reads silence as consent (逾期未提出意见的，视为同意
 * 公开) or any objection as a veto (收到第三方不同意公开的意见后，一律不予公开) takes the decision from the office the law gives it to.
 *
 * Silent where the silence is another office's, which the law itself reads as consent (第三十四条: 被征求意见机关逾期未提出
 * 意见的视为同意公开), and where the sentence keeps the office's decision (由行政机关决定, 依照本条例的规定决定是否公开) or the law's conditions
 * (合理理由, 公共利益).
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface ThirdPartyDisclosure extends ModelledFinding {
  article: 32;
}

const THIRD_PARTY = /第三方/u;
/** Silence read as consent. */
const SILENCE_AS_CONSENT =
  /(?:逾期|期满|规定期限内)[^，。；]{0,6}?(?:未|不)(?:提出|反馈|回复)[^，。；]{0,4}?(?:意见)?的?[，,]?(?:视为|视同|即视为)(?:其)?同意(?:公开)?/u;
/** Any objection made a veto. */
const OBJECTION_AS_VETO = /不同意公开[^。；]{0,30}?(?:一律|均|即|直接)(?:不予|不得)公开/u;
/** An administrative body as the one whose silence is read. */
const OTHER_OFFICE = /机关|部门/u;
/** The office's own decision or the law's conditions, kept. */
const KEPT = /(?:由|经)?行政机关[^，。；]{0,12}?决定是否公开|依照本条例的规定决定|合理理由|公共利益/u;

export function thirdPartyDisclosures(text: string): ThirdPartyDisclosure[] {
  const out: ThirdPartyDisclosure[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!THIRD_PARTY.test(text) || KEPT.test(sentence)) continue;
    const m = SILENCE_AS_CONSENT.exec(sentence) ?? OBJECTION_AS_VETO.exec(sentence);
    if (!m) continue;
    // Another office's silence (被征求意见机关逾期未提出意见的视为同意公开) is consent by the law itself (第三十四条).
    const subject =
      sentence
        .slice(0, m.index)
        .split(/[，,；;：:]/u)
        .pop() ?? '';
    if (OTHER_OFFICE.test(subject) && !THIRD_PARTY.test(subject)) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], article: 32 });
  }
  return out;
}
