/**
 * A threshold the law sets for an act, moved by a draft. The law opens or closes an act with a figure in its case (依法给予一百元
 * 以下罚款的，执法人员可以当场收缴罚款; 有会员二十五人以上的，应当建立基层工会委员会; 劳动者一方在十人以上，并有共同请求的，可以
 * 推举代表…; 不超过当地月最低工资标准十二个月金额的争议，仲裁裁决为终局裁决); a draft that names the same act with another figure
 * (五百元以下, 五十人以上, 三十人以上, 六个月金额) widens or narrows whom the law's rule reaches. So does a time the law gives a case in hours
 * (在48小时之内经抢救无效死亡的，视同工伤; 24小时之内).
 *
 * The act is the part of the sentence after the case (or, for an item of a list, the lead-in the item completes); the draft's act
 * must hold most of the law's words. Figures are compared only in the same unit (persons, yuan, months of the minimum wage) and
 * in the same sense (以上 with 以上, 以下 with 不超过); a draft figure that is any of the law's figures for the act is not reported.
 */

import { sentenceParts } from '../zh/context.js';
import { halfwidthDigits, parseChineseNumber } from '../zh/numerals.js';
import { normalizeForMatch } from '../zh/normalize.js';
import { dutyOverlap } from './removed-duties.js';

export type ThresholdSense = 'atLeast' | 'atMost' | 'below' | 'above';

export interface Threshold {
  /** Offsets of the figure with its bound (五百元以下) in the text read. */
  start: number;
  end: number;
  phrase: string;
  value: number;
  unit: 'person' | 'yuan' | 'wageMonths' | 'hour';
  sense: ThresholdSense;
  /** The act the case opens: the words after it, or the lead-in of a list the item completes. */
  act: string;
  /** The case itself without its figures and the list's lead words (需要裁减人员…以上或者裁减不足…但占企业职工总数百分之…以上). */
  caseWords: string;
}

const NUMBER = '[0-9０-９]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+';
const UNIT = '人|名|万元|元|个月金额|个?小时';
const BEFORE = '不超过|超过|不足|未满|达到|满';
const AFTER = '以上|以下|以内|之内|内';
const FIGURE = new RegExp(`(${BEFORE})?[^，。；：]{0,16}?(${NUMBER})(${UNIT})(${AFTER})?`, 'gu');

const SENSE: Record<string, ThresholdSense> = {
  以上: 'atLeast',
  达到: 'atLeast',
  满: 'atLeast',
  以下: 'atMost',
  以内: 'atMost',
  之内: 'atMost',
  内: 'atMost',
  不超过: 'atMost',
  不足: 'below',
  未满: 'below',
  超过: 'above',
};

/** Modal and framing words of an act: what it is, not how it is put. */
const MODAL = /可以|应当|必须|须|不得|依法|由|其/gu;

function amount(text: string, unit: string): { value: number; unit: Threshold['unit'] } | undefined {
  if (unit.endsWith('小时')) {
    const hours = /^[0-9.]+$/u.test(halfwidthDigits(text)) ? Number(halfwidthDigits(text)) : parseChineseNumber(text);
    return hours === undefined || !Number.isFinite(hours) ? undefined : { value: hours, unit: 'hour' };
  }
  const n = /^[0-9.]+$/u.test(halfwidthDigits(text)) ? Number(halfwidthDigits(text)) : parseChineseNumber(text);
  if (n === undefined || !Number.isFinite(n)) return undefined;
  if (unit === '人' || unit === '名') return { value: n, unit: 'person' };
  if (unit === '万元') return { value: n * 10000, unit: 'yuan' };
  if (unit === '元') return { value: n, unit: 'yuan' };
  return { value: n, unit: 'wageMonths' };
}

/** The figures with a bound in a case (…的), each with the act that follows the case in its sentence, or `leadIn` for an item. */
export function thresholdsIn(spaced: string, leadIn?: string): Threshold[] {
  // A PDF's justified line spaces the characters out: read without the spaces, report on the spaced text.
  const { text, map } = normalizeForMatch(spaced, { foldWidth: false });
  const out: Threshold[] = [];
  // Each part of a sentence between semicolons is a rule of its own (…二十五人以上的，应当建立…；不足二十五人的，可以…).
  for (const range of sentenceParts(text)) {
    const sentence = text.slice(range.start, range.end);
    // The case ends at the first 的 that closes a clause (…在十人以上，并有共同请求的，); the act is what follows it.
    const caseEnd = /的[，,]/u.exec(sentence);
    const itemCase = leadIn !== undefined && /的(?:争议|情形|人员)?[；;。]?$/u.test(sentence);
    if (!caseEnd && !itemCase) continue;
    const caseText = caseEnd ? sentence.slice(0, caseEnd.index) : sentence;
    // An item completes its lead-in (…有下列情形之一，执法人员可以当场收缴罚款：; 下列劳动争议，…仲裁裁决为终局裁决，…：).
    const act = (
      caseEnd ? sentence.slice(caseEnd.index + 2) : (leadIn ?? '').replace(/[：:]\s*$/u, '').replace(/有?(?:下列|以下)[^，。；：:]*[，,]?/gu, '')
    ).replace(/[。；;]$/u, '');
    if (act.replace(MODAL, '').length < 4) continue;
    const caseWords = caseText.replace(/有?(?:下列|以下)[^，。；：:]*之一[，,]?/gu, '').replace(new RegExp(`(?:${NUMBER})`, 'gu'), '，');
    for (const m of caseText.matchAll(FIGURE)) {
      const sense = SENSE[m[4] ?? ''] ?? SENSE[m[1] ?? ''];
      if (!sense) continue;
      const a = amount(m[2], m[3]);
      if (!a) continue;
      const from = m.index + (m[1] ? 0 : m[0].indexOf(m[2]));
      const to = m.index + m[0].length;
      out.push({
        start: map[range.start + from],
        end: map[range.start + to - 1] + 1,
        phrase: m[0].slice(from - m.index),
        value: a.value,
        unit: a.unit,
        sense,
        act,
        caseWords,
      });
    }
  }
  return out;
}

/** Whether a draft's threshold is for the law's act: most of the law's words of the act are in the draft's. */
export function sameAct(draft: Threshold, law: Threshold): boolean {
  const mine = draft.act.replace(MODAL, '，');
  const theirs = law.act.replace(MODAL, '，');
  // Most of the law's act in the draft's, or all but a little of the draft's in the law's (a lead-in says more than the act).
  const lawInDraft = dutyOverlap(mine, theirs);
  const draftInLaw = dutyOverlap(theirs, mine);
  return lawInDraft.shared >= 3 && (lawInDraft.share >= 0.4 || draftInLaw.share >= 0.7);
}

/**
 * Whether a draft's threshold is in the law's own case, restated with other figures (企业需要裁减人员三十人以上，或者裁减不足
 * 三十人但占企业职工总数百分之二十以上的 for 劳动合同法第四十一条's 二十人, 百分之十): nearly all the words of a case long
 * enough to be the law's alone, whatever the draft's act goes on to say.
 */
export function sameCase(draft: Threshold, law: Threshold): boolean {
  const overlap = dutyOverlap(draft.caseWords, law.caseWords);
  return overlap.shared >= 8 && overlap.share >= 0.8;
}

/** Whether two thresholds bound the same way in the same unit: only those compare. */
export function comparable(draft: Threshold, law: Threshold): boolean {
  return draft.unit === law.unit && draft.sense === law.sense;
}
