/**
 * An act the law allows only with a person's agreement, allowed by a draft without it. The law says that with the
 * worker's or party's consent or agreement something may be done (经与农民工书面协商一致的，可以由合并或者分立后承继其权利和
 * 义务的用人单位清偿; 经职工本人同意，可以不安排职工休年休假); a draft that lets it be done and says the agreement is not needed
 * (…由合并或者分立后承继其权利和义务的用人单位…清偿，无需另行征得职工同意) takes away the person's say. The act is matched by
 * the law's own words, most of which the draft's sentence must hold. Consent to the processing of personal information is
 * another law's rule (src/corpus/consent.ts).
 */

import { bigramCoverage } from '../zh/similarity.js';
import { fullSentences } from '../zh/context.js';

export interface ConsentCondition {
  /** What may be done with the agreement (由合并或者分立后承继其权利和义务的用人单位清偿). */
  act: string;
  phrase: string;
}

export interface ConsentWaived {
  start: number;
  end: number;
  phrase: string;
}

/** Persons whose agreement the law asks: not a body's approval (经…部门同意 is a licence, read elsewhere). */
const PERSON = /劳动者|职工|农民工|本人|当事人|监护人|父母|员工|劳务人员|被派遣劳动者|双方/u;
const LAW_CONSENT = /经(?:与)?([^，。；]{1,16}?)(?:书面)?(?:协商一致|同意)(?:的|后)?[，,]([^，。；]{0,10}?)(?:可以|方可)([^。；]+)/gu;
const WAIVER =
  /(?:无需|无须|不需要?|不必|不用|不再)(?:另行|再行|单独|事先|重新|再)?(?:征得|取得|征求|经过?|与)?([^，。；]{0,12}?)(?:的)?(?:书面)?(?:同意|协商一致|协商)|(?:可以|可)不经(?:过)?([^，。；]{0,12}?)(?:的)?(?:书面)?(?:同意|协商一致|协商)/gu;
const INFORMATION = /信息|数据|资料|照片|简历/u;
/** How much of the law's act the draft's sentence must hold. */
const SAME_ACT = 0.6;

/** What a provision of the law allows only with a person's agreement. */
export function consentConditions(text: string): ConsentCondition[] {
  const out: ConsentCondition[] = [];
  for (const m of text.matchAll(LAW_CONSENT)) if (PERSON.test(m[1])) out.push({ act: m[3], phrase: m[0] });
  return out;
}

/** A person's agreement waived in a draft paragraph (无需另行征得职工同意), outside the processing of personal information. */
export function consentsWaived(text: string): ConsentWaived[] {
  if (INFORMATION.test(text)) return [];
  const out: ConsentWaived[] = [];
  for (const m of text.matchAll(WAIVER)) {
    if (!PERSON.test(m[1] ?? m[2] ?? '')) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, phrase: m[0] });
  }
  return out;
}

/** Whether the draft's sentence does the act the law allows only with the agreement. */
export function doesConsentedAct(sentence: string, law: ConsentCondition): boolean {
  return bigramCoverage(law.act, sentence) >= SAME_ACT;
}

/**
 * The other way round: work the law bars outright for a protected worker (用人单位不得安排未成年工从事接触职业病危害的作业;
 * 不得安排女职工在经期从事高处作业), allowed by a draft once the worker or a guardian agrees (经本人及其监护人书面同意，用人单位
 * 可以安排其从事接触职业病危害的作业). The law leaves no room for consent there: the bar protects the worker from the employer
 * and from the worker's own need of the job.
 */
export interface AssignmentBan {
  /** Who is protected (未成年工, 女职工, 孕期…). */
  who: string;
  /** The work barred (从事接触职业病危害的作业). */
  work: string;
  phrase: string;
}

export interface ConsentedAssignment {
  start: number;
  end: number;
  phrase: string;
  /** The sentence, where the protected worker is named (the draft's 其 stands for the worker named before). */
  sentence: string;
  work: string;
}

const PROTECTED_WORKER = /未成年工|未成年人|童工|女职工|孕期|哺乳期|经期|怀孕|残疾职工/u;
const LAW_BAN = /不得安排([^，。；]{2,24}?)(?:从事|参加|在)([^。；]{4,60}?)(?=[；。]|$)/gu;
const CONSENTED =
  /经(?:过)?[^，。；]{0,16}?(?:本人|监护人|职工|劳动者|女职工|未成年工)[^，。；]{0,8}?(?:书面)?(?:同意|申请|自愿)(?:的|后)?[，,][^，。；]{0,12}?(?:可以|可)(?:安排)(?:其|该)?[^，。；]{0,8}?(?:从事|参加)([^，。；]{4,40})/u;

/** What a provision of the law bars an employer from assigning a protected worker to. */
export function assignmentBans(text: string): AssignmentBan[] {
  const out: AssignmentBan[] = [];
  for (const m of text.matchAll(LAW_BAN)) if (PROTECTED_WORKER.test(m[1])) out.push({ who: m[1], work: m[2], phrase: m[0] });
  return out;
}

/** Work a draft paragraph lets an employer assign on the worker's or guardian's consent. */
export function consentedAssignments(text: string): ConsentedAssignment[] {
  const out: ConsentedAssignment[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = CONSENTED.exec(sentence);
    if (!m || !PROTECTED_WORKER.test(sentence)) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], sentence, work: m[1] });
  }
  return out;
}

/** Whether the law's ban is on the draft's work for the draft's worker. */
export function liftsBan(draft: ConsentedAssignment, law: AssignmentBan): boolean {
  const who = PROTECTED_WORKER.exec(law.who)?.[0];
  return !!who && draft.sentence.includes(who) && bigramCoverage(law.work, draft.work) >= SAME_ACT;
}
