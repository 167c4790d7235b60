/**
 * A step the law puts before an act, put after it by a draft. The law bars the act until the step is taken (未经法制审核或者审核
 * 未通过的，不得作出决定, 行政处罚法第五十八条; 未经合法性审查或者经审查不合法的，不得提交决策机关讨论); a draft that lets the act
 * be done first and the step made up afterwards (可以先行作出决定，并于…10个工作日内补办法制审核手续) turns the safeguard into a
 * formality. Matched by the step (most of the law's words for it) and by a word the two acts share.
 *
 * The law also puts a step first in so many words (仲裁庭在作出裁决前，应当先行调解; 行政机关申请人民法院强制执行前，应当催告当事人
 * 履行义务; 在作出行政处罚决定之前，应当告知当事人…): a draft that lets the act be done without it (仲裁庭可以不经调解直接作出裁决;
 * 无需催告，直接申请人民法院强制执行) skips it. Matched by the step and by two words of the act, so that a party's own act
 * (当事人不愿调解的，可以直接申请仲裁) is not the tribunal's award.
 *
 * A training or test the law wants passed before one works (安全生产法第二十八条: 未经安全生产教育和培训合格的从业人员，不得上岗
 * 作业) is such a step too: a draft that lets the work start and the training follow (可以先行上岗作业，…上岗后3个月内组织完成安全
 * 生产教育和培训) defers it.
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
  /** How the law words it: 未经…不得 (a bar), or …前，应当先… (a step put before). */
  form?: 'before';
}

export interface SkippedStep {
  start: number;
  end: number;
  phrase: string;
  act: string;
  step: string;
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
/** A step the law puts before an act in so many words, named by its first word (催告当事人履行义务 is 催告). */
const STEP_FIRST = /^(?:先行|先)?(调解|催告|告知|听证|法制审核|合法性审查|审核|审查|集体讨论|公示|评估|论证|鉴定)/u;
const LAW_BEFORE = /([^，。；]{2,20}?)(?:之)?前[，,]?(?:[^，。；]{0,8}?)应当(?:先行|先|依法)?([^，。；]{2,30})/u;
const DRAFT_SKIP =
  /(?:可以|可)?(?:不经(?:过)?|无需(?:经过?)?|无须(?:经过?)?|不必(?:经过?)?|不再|免予|省略)(?:先行)?([^，。；]{2,10}?)(?:程序|环节|手续)?[，,]?(?:而是?)?(?:直接|径行)([^，。；]{2,16})/gu;
const LAW_PREREQUISITE = /未经(?:依法)?([^，。；、]{2,14}?)(?:或者[^，。；]{2,14}?)?(?:的)?[，,](?:[^，。；]{0,8}?)?不得([^，。；：:]{2,16})/u;
/** A training or test the law wants passed before one works (未经安全生产教育和培训合格的从业人员，不得上岗作业). */
const LAW_QUALIFIED = /未经(?:依法)?([^，。；、]{2,16}?(?:培训|教育|考核|考试))合格(?:的)?[^，。；]{0,10}?[，,]?(?:[^，。；]{0,8}?)?不得([^，。；：:]{2,16})/u;
/** Work done first, the training after (可以先行上岗作业，由企业在其上岗后3个月内组织完成安全生产教育和培训; 先上岗后培训). */
const DRAFT_TRAINING_AFTER =
  /(?:可以|可)?先(?:行)?([^，。；]{2,12}?)[，,；;][^。]{0,30}?(?:后|之日起)[^。，；]{0,16}?(?:完成|进行|参加|接受|补)([^，。；]{2,20}(?:培训|教育|考核|考试))|先(上岗(?:作业)?|作业|从业)后(培训|教育|考核)/gu;
const DRAFT_DEFERRAL =
  /(?:可以|可)?先(?:行)?([^，。；]{2,16}?)[，,；;][^。]{0,40}?(?:补办|补正|补做|补充办理|事后办理)([^，。；]{2,16}?)(?:手续|程序)?(?=[，。；;]|$)/gu;

export function lawPrerequisites(text: string): LawPrerequisite[] {
  const out: LawPrerequisite[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = LAW_PREREQUISITE.exec(sentence);
    if (m && PROCEDURE.test(m[1])) {
      out.push({ step: m[1], act: m[2], words: sentence.replace(/[。；;：:]$/u, '') });
      continue;
    }
    const qualified = LAW_QUALIFIED.exec(sentence);
    if (qualified) {
      out.push({ step: qualified[1], act: qualified[2], words: sentence.replace(/[。；;：:]$/u, '') });
      continue;
    }
    const before = LAW_BEFORE.exec(sentence);
    const step = before ? STEP_FIRST.exec(before[2]) : null;
    if (before && step) out.push({ step: step[1], act: before[1].replace(/^.*?在/u, ''), words: sentence.replace(/[。；;：:]$/u, ''), form: 'before' });
  }
  return out;
}

/** The skip or the deferral forbidden by the words just before it (不得不经调解直接作出裁决; 杜绝先上岗后培训). */
function forbidden(text: string, at: number): boolean {
  return /(?:不得|禁止|严禁|不能|不允许|杜绝)$/u.test(text.slice(Math.max(0, at - 4), at));
}

/** Where a match is reported and what it quotes: without the 可以 it opens with (可以先行作出决定 quotes 先行作出决定). */
function quoted(m: RegExpMatchArray): { start: number; end: number; phrase: string } {
  const lead = /^(?:可以|可)/u.exec(m[0])?.[0].length ?? 0;
  return { start: m.index! + lead, end: m.index! + m[0].length, phrase: m[0].slice(lead) };
}

/** Acts a draft lets be done without a step (可以不经调解直接作出裁决; 无需催告，直接申请人民法院强制执行). */
export function skippedSteps(text: string): SkippedStep[] {
  const out: SkippedStep[] = [];
  for (const m of text.matchAll(DRAFT_SKIP)) {
    const step = STEP_FIRST.exec(m[1])?.[1];
    if (!step || forbidden(text, m.index!)) continue;
    out.push({ ...quoted(m), act: m[2], step });
  }
  return out;
}

/** Whether a draft does without the step the law puts before the same act: two words of the act shared, not one. */
export function skipsLawStep(draft: SkippedStep, law: LawPrerequisite): boolean {
  if (law.form !== 'before' || law.step !== draft.step) return false;
  const theirs = contentBigrams(law.act);
  let shared = 0;
  for (const g of contentBigrams(draft.act)) if (theirs.has(g)) shared++;
  return shared >= 2;
}

export function deferredSteps(text: string): DeferredStep[] {
  const out: DeferredStep[] = [];
  for (const m of text.matchAll(DRAFT_TRAINING_AFTER)) {
    if (!forbidden(text, m.index!)) out.push({ ...quoted(m), act: m[1] ?? m[3], step: m[2] ?? m[4] });
  }
  for (const m of text.matchAll(DRAFT_DEFERRAL)) {
    const step = m[2].replace(/手续$|程序$/u, '');
    if (PROCEDURE.test(step)) out.push({ ...quoted(m), act: m[1], step });
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
