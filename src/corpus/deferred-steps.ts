/**
 * A step the law puts before an act, put after it by a draft. The law bars the act until the step is taken (未经法制审核或者审核
 * 未通过的，不得作出决定, 行政处罚法第五十八条; 未经合法性审查或者经审查不合法的，不得提交决策机关讨论); a draft that lets the act
 * be done first and the step made up afterwards (可以先行作出决定，并于…10个工作日内补办法制审核手续) turns the safeguard into a
 * formality. Matched by the step (most of the law's words for it) and by a word the two acts share.
 */

import { fullSentences } from '../zh/context.js';
import { bigramCoverage } from '../zh/similarity.js';
import { contentBigrams } from './removed-duties.js';

export interface LawPrerequisite {
  /** The step the act must wait for (法制审核). */
  step: string;
  /** The act barred until then (作出决定). */
  act: string;
  words: string;
}

export interface DeferredStep {
  start: number;
  end: number;
  phrase: string;
  act: string;
  step: string;
}

/** A step that is a procedure: a review, an approval, a registration, a publication. */
const PROCEDURE = /(?:审核|审查|审批|批准|许可|登记|公布|备案|讨论|听证|鉴定|公示|评估|论证|核准)$/u;
const LAW_PREREQUISITE = /未经(?:依法)?([^，。；、]{2,14}?)(?:或者[^，。；]{2,14}?)?(?:的)?[，,](?:[^，。；]{0,8}?)?不得([^，。；：:]{2,16})/u;
const DRAFT_DEFERRAL =
  /(?:可以|可)?先(?:行)?([^，。；]{2,16}?)[，,；;][^。]{0,40}?(?:补办|补正|补做|补充办理|事后办理)([^，。；]{2,16}?)(?:手续|程序)?(?=[，。；;]|$)/gu;

export function lawPrerequisites(text: string): LawPrerequisite[] {
  const out: LawPrerequisite[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = LAW_PREREQUISITE.exec(sentence);
    if (!m || !PROCEDURE.test(m[1])) continue;
    out.push({ step: m[1], act: m[2], words: sentence.replace(/[。；;：:]$/u, '') });
  }
  return out;
}

export function deferredSteps(text: string): DeferredStep[] {
  const out: DeferredStep[] = [];
  for (const m of text.matchAll(DRAFT_DEFERRAL)) {
    const step = m[2].replace(/手续$|程序$/u, '');
    if (!PROCEDURE.test(step)) continue;
    const lead = /^(?:可以|可)/u.exec(m[0])?.[0].length ?? 0;
    const start = m.index! + lead;
    out.push({ start, end: m.index! + m[0].length, phrase: m[0].slice(lead), act: m[1], step });
  }
  return out;
}

/** Whether a draft makes up afterwards the step the law puts before the act. */
export function defersLawStep(draft: DeferredStep, law: LawPrerequisite): boolean {
  // The same step both ways: 审核 alone (a record checked before it is evidence) is not 法制审核.
  if (bigramCoverage(law.step, draft.step) < 0.5 || bigramCoverage(draft.step, law.step) < 0.5) return false;
  const theirs = contentBigrams(law.act);
  for (const g of contentBigrams(draft.act)) if (theirs.has(g)) return true;
  return false;
}
