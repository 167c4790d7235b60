/**
 * Personal information kept for ever. 个人信息保护法第十九条: 除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要
 * 的最短时间. A draft that keeps the personal data it collects without end (考生身份信息和考场音视频资料…永久保存; 样本职工个人层面
 * 的原始薪酬数据…长期保存，不作删除处理) sets aside the limit the law puts on every processing purpose.
 *
 * Silent on archives and records a law itself has kept (档案, 台账, 个人权益记录, 操作日志: 档案法, 社会保险法), on a ban on
 * deleting as tampering (不得删除、篡改), and where the sentence keeps the law's exception (法律、行政法规另有规定).
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface UnlimitedRetention extends ModelledFinding {
  article: 19;
}

/** Information about identifiable persons: the law's words and those drafts use for it. */
const PERSONAL =
  /个人信息|身份信息|生物识别|人脸(?:信息|图像|识别)|指纹|音视频|录音录像|个人层面|(?:职工|员工|个人|本人|考生|求职者|参保人员?)(?:的)?(?:原始)?(?:薪酬|工资|收入|健康|就业|联系)?(?:数据|信息)/u;
/** Kept without end, or never deleted by choice (不作删除处理), not forbidden to be deleted (不得删除). */
const FOR_EVER = /(?:永久|长期|无限期|无期限)(?:保存|保留|留存|存储)|(?:不作|不予|不再|一律不)删除(?:处理)?|永不删除/u;
/** What the law keeps for ever itself, or the sentence's own exception. */
const KEPT_BY_LAW = /档案|台账|登记簿|权益记录|操作日志|日志|销毁|法律、行政法规另有规定|法律法规另有规定/u;

export function unlimitedRetentions(text: string): UnlimitedRetention[] {
  return sentenceMatches(text, FOR_EVER, (sentence, m) => PERSONAL.test(sentence.slice(0, m.index)) && !KEPT_BY_LAW.test(sentence)).map((f) => ({
    ...f,
    article: 19,
  }));
}
