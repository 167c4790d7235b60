/**
 * What asking for review does to a decision: nothing, unless the law says so.
 * 行政复议期间行政行为不停止执行 (行政复议法第四十二条), 诉讼期间，不停止行政行为的
 * 执行 (行政诉讼法第五十六条), 行政处罚不停止执行 (行政处罚法第七十三条第一款): the
 * exceptions are the law's own (the body decides, a party asks and the
 * reviewer agrees, a court orders, another law provides). A normative document
 * that makes every review suspend a decision (在复议、诉讼期间行政决定暂停执行)
 * rewrites that rule. And the fine added for late payment stops counting while
 * the review runs (加处罚款的数额在行政复议或者行政诉讼期间不予计算, 第七十三条第三款):
 * one that keeps it running (连续计算) takes that away.
 *
 * A civil servant's 复核 or 申诉 does not stop the personnel decision either
 * (公务员法第九十六条第二款: 复核、申诉期间不停止人事处理的执行); read only where
 * the sentence or the document's title speaks of civil servants.
 *
 * Nor does asking for a retrial stop a judgment in force (行政诉讼法第九十条: 可以…申请再审，但判决、裁定不停止执行): a draft that
 * holds off what the judgment orders until the court decides on the retrial (在人民法院作出是否再审的裁定前，暂缓履行) rewrites it;
 * the court's own order to stay it (裁定中止原判决的执行) is the law's.
 *
 * Silent where the sentence keeps the rule (不停止执行), names one of the law's
 * exceptions, or speaks of a suspension other than for a review.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface ReviewSuspension extends ModelledFinding {
  title: string;
  /** What the law says instead, for the message. */
  rule: string;
}

const REVIEW = /(?:申请)?(?:行政)?复议|(?:提起)?(?:行政)?诉讼/u;
/** A civil servant's review of a personnel decision, during which it runs (复核、申诉期间). */
const PERSONNEL_REVIEW = /(?:申请)?复核[^，。；]{0,4}?(?:申诉)?期间|申诉期间|(?:申请复核|提出申诉)的[，,]/u;
/** A decision stopped because of the review: 暂停执行, 停止执行, 中止执行, 暂缓执行. */
const SUSPENDED = /(?<!不)(?:暂停|停止|中止|暂缓)(?:执行|履行)/u;
/** The law's own exceptions, or the rule itself. */
const EXCEPTION =
  /不停止|认为需要停止|申请停止执行|依法决定停止|裁定停止|人民法院[^，。；]{0,10}?(?:裁定|决定)|法律(?:、(?:行政)?法规)?(?:另有)?规定|另有规定|限制人身自由|暂缓执行申请|驳回|停止执行的申请|(?:复议机关|复议机构|被申请人|人民法院|行政机关)[^。；]{0,40}?(?:决定|责令|裁定)(?:停止|暂停|中止)/u;
/** A retrial asked for, and what stays a judgment by law: the court's own order to stay it once it takes the case. */
const RETRIAL = /申请再审|再审申请/u;
const RETRIAL_EXCEPTION = /不停止|(?:裁定|决定)(?:中止|停止)|(?:决定|裁定)再审(?:后|的)/u;
/** The surcharge kept running through the review. */
const SURCHARGE_RUNS = /加处(?:的)?罚款[^。；]{0,30}?(?:连续计算|继续计算|照常计算|持续计算|累计计算|不停止计算|一并计算|计入)/u;
const SURCHARGE_PAUSED = /不予计算|不计算|不计入|停止计算|扣除/u;

/** Sentences of a paragraph that suspend a decision for every review, or keep the surcharge running through one. */
export function reviewSuspensions(text: string, _leadIn?: string, title = ''): ReviewSuspension[] {
  const out: ReviewSuspension[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const personnel = PERSONNEL_REVIEW.exec(sentence);
    if (personnel && /公务员/u.test(`${sentence}${title}`) && !/事业单位/u.test(`${sentence}${title}`)) {
      const m = SUSPENDED.exec(sentence);
      if (m && m.index > personnel.index && !EXCEPTION.test(sentence)) {
        out.push({
          start: range.start + personnel.index,
          end: range.start + m.index + m[0].length,
          phrase: sentence.slice(personnel.index, m.index + m[0].length),
          title: '中华人民共和国公务员法',
          article: 96,
          clause: 2,
          rule: '复核、申诉期间不停止人事处理的执行',
        });
        continue;
      }
    }
    const retrial = RETRIAL.exec(sentence);
    if (retrial) {
      const m = SUSPENDED.exec(sentence.slice(retrial.index));
      if (m && !RETRIAL_EXCEPTION.test(sentence)) {
        const at = retrial.index + m.index;
        out.push({
          start: range.start + retrial.index,
          end: range.start + at + m[0].length,
          phrase: sentence.slice(retrial.index, at + m[0].length),
          title: '中华人民共和国行政诉讼法',
          article: 90,
          rule: '当事人…可以向上一级人民法院申请再审，但判决、裁定不停止执行',
        });
        continue;
      }
    }
    if (!REVIEW.test(sentence) || !/期间|的[，,]/u.test(sentence)) continue;
    const surcharge = SURCHARGE_RUNS.exec(sentence);
    if (surcharge && !SURCHARGE_PAUSED.test(surcharge[0])) {
      const start = range.start + surcharge.index;
      out.push({
        start,
        end: start + surcharge[0].length,
        phrase: surcharge[0],
        title: '中华人民共和国行政处罚法',
        article: 73,
        clause: 3,
        rule: '加处罚款的数额在行政复议或者行政诉讼期间不予计算',
      });
      continue;
    }
    const m = SUSPENDED.exec(sentence);
    if (!m || EXCEPTION.test(sentence)) continue;
    // The review comes before the suspension it causes (申请行政复议…的，…暂停执行; 在复议、诉讼期间…暂停执行).
    const review = REVIEW.exec(sentence.slice(0, m.index));
    if (!review) continue;
    const start = range.start + m.index;
    const phrase = sentence.slice(review.index, m.index + m[0].length);
    const penalty = /处罚/u.test(sentence);
    const reconsideration = /复议/u.test(sentence);
    out.push({
      start: range.start + review.index,
      end: start + m[0].length,
      phrase,
      ...(penalty
        ? { title: '中华人民共和国行政处罚法', article: 73, clause: 1, rule: '行政处罚不停止执行，法律另有规定的除外' }
        : reconsideration
          ? { title: '中华人民共和国行政复议法', article: 42, rule: '行政复议期间行政行为不停止执行' }
          : { title: '中华人民共和国行政诉讼法', article: 56, rule: '诉讼期间，不停止行政行为的执行' }),
    });
  }
  return out;
}
