/**
 * A duty the law wants done at once, given a period by a draft. The law says that in a case something must be done 立即
 * (个人信息保护法第五十七条: 发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息
 * 保护职责的部门和个人); a draft that lets the same act wait (应当在发现之日起30日内通知履行个人信息保护职责的部门…) delays what
 * the law does not let wait.
 *
 * Matched by the act (most of the draft's act words in the law's sentence after 立即) and by the case (the law's case words in
 * the draft's sentence). Silent where the draft also says 立即 or 及时 for the act, or where the law has no case of its own.
 */

import { fullSentences } from '../zh/context.js';
import { dutyOverlap } from './removed-duties.js';

export interface ImmediateDuty {
  /** The law's case, before its modal (发生或者可能发生个人信息泄露、篡改、丢失的). */
  caseText: string;
  /** What is to be done at once: the sentence from 立即 on. */
  act: string;
  phrase: string;
}

export interface DelayedDuty {
  start: number;
  end: number;
  phrase: string;
  /** The act the period is given for (通知履行个人信息保护职责的部门和受影响的求职者). */
  act: string;
  sentence: string;
}

const LAW_IMMEDIATE = /^(.{4,60}?的)[，,][^。；]{0,30}?(?:应当|必须)(?:[^，。；]{0,8}?)立即([^。；]{4,80})/u;
const PERIOD_THEN_ACT =
  /(?:应当|须|必须)[^，。；]{0,20}?(?:[0-9０-９]+|[零一二两三四五六七八九十百]+)(?:个)?(?:工作日|日|天|小时|个月)(?:内|以内)[，,]?((?:通知|报告|告知|采取|停止|上报|通报|送达|删除|更正)[^，。；]{2,40})/u;

/** The duties a provision of the law wants done at once, each with its case. */
export function immediateDuties(text: string): ImmediateDuty[] {
  const out: ImmediateDuty[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = LAW_IMMEDIATE.exec(sentence);
    if (m) out.push({ caseText: m[1], act: m[2], phrase: `立即${m[2]}`.replace(/[。；]$/u, '') });
  }
  return out;
}

/** Acts a draft paragraph gives a period for. */
export function delayedDuties(text: string): DelayedDuty[] {
  const out: DelayedDuty[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (/立即|及时|即时/u.test(sentence)) continue;
    const m = PERIOD_THEN_ACT.exec(sentence);
    if (!m) continue;
    const start = range.start + m.index;
    out.push({ start, end: start + m[0].length, phrase: m[0], act: m[1], sentence });
  }
  return out;
}

/** Whether the law's duty at once is the draft's act in the draft's case. */
export function delaysDuty(draft: DelayedDuty, law: ImmediateDuty): boolean {
  const act = dutyOverlap(law.act, draft.act);
  const kase = dutyOverlap(draft.sentence, law.caseText);
  return act.shared >= 4 && act.share >= 0.6 && kase.shared >= 3 && kase.share >= 0.5;
}
