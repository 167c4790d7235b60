/**
 * The ways to repay an overpaid benefit, taken away. 社会保险经办条例 第四十六条: 个人多享受社会保险待遇的，…责令退回；难以
 * 一次性退回的，可以签订还款协议分期退回，也可以从其后续享受的社会保险待遇或者个人账户余额中抵扣. A draft that forbids both
 * or either (不得签订还款协议分期退回，也不得从其后续领取的基本养老金中抵扣) leaves a person who cannot repay at once no way
 * the regulation gives.
 *
 * Silent where the sentence allows them (可以分期退回), and on benefits obtained by fraud (骗取, 伪造), which other rules govern.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface RepaymentOptionRemoved extends ModelledFinding {
  article: 46;
}

/** An overpaid benefit to be returned. */
const OVERPAID = /多享受|多领|多发|重复领取|冒领|不符合条件领取|违规领取|违规发放|待遇追回|追回/u;
/** Instalments or set-off forbidden. */
const FORBIDDEN =
  /(?:不得|不予|不允许|不能|一律不)(?:申请|签订还款协议)?[^，。；]{0,6}?分期(?:退回|偿还|归还)?|(?:不得|不予|不允许|不能)[^，。；]{0,16}?(?:抵扣|冲抵|抵减)/u;
const FRAUD = /骗取|欺诈|伪造|虚构/u;
/** What a set-off is made against: contributions owed, or the later benefits and the account the regulation names. */
const CONTRIBUTIONS_SIDE = /社会保险费|缴费/u;
const BENEFITS_SIDE = /(?:后续|以后|今后|其后|继续)[^，。；]{0,10}?(?:待遇|养老金|保险金|津贴)|个人账户|账户余额|(?:待遇|养老金|保险金|津贴)中/u;

export function removedRepaymentOptions(text: string): RepaymentOptionRemoved[] {
  const out: RepaymentOptionRemoved[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!OVERPAID.test(`${text.slice(0, range.start)}${sentence}`) || FRAUD.test(sentence)) continue;
    const m = FORBIDDEN.exec(sentence);
    if (!m) continue;
    // Set off against contributions owed (多享受的待遇与本人应当补缴的社会保险费不得相互冲抵): not the later benefits the regulation names.
    if (!/分期/u.test(m[0]) && CONTRIBUTIONS_SIDE.test(sentence) && !BENEFITS_SIDE.test(sentence)) continue;
    // From the first ban to the end of the last (不得签订还款协议分期退回，也不得…抵扣).
    let end = m.index + m[0].length;
    const more = FORBIDDEN.exec(sentence.slice(end));
    if (more && /^[^。；]{0,8}$/u.test(sentence.slice(end, end + more.index))) end += more.index + more[0].length;
    out.push({ start: range.start + m.index, end: range.start + end, phrase: sentence.slice(m.index, end), article: 46 });
  }
  return out;
}
