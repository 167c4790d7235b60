/**
 * A limit the law sets, taken away in the law's own words. The law bounds a liability or a duty by a measure (民法典第一千一百六十一条:
 * 继承人以所得遗产实际价值为限清偿被继承人依法应当缴纳的税款和债务); a draft that says the measure does not bound it (由其继承人全额退还，
 * 不以所得遗产实际价值为限) takes away what the law gives. Found by the measure itself: the draft's 不以X为限 and a law's 以X为限,
 * X the same words.
 *
 * Silent where the measure is too short to name anything (不以此为限), where the negation is a case (…不以…为限的), where the
 * sentence forbids it (不得…不以…为限), and, in the corpus, where the law's own words are 不以X为限 too.
 */

import { fullSentences } from '../zh/context.js';
import { dutyOverlap } from './removed-duties.js';

export interface NegatedLimit {
  start: number;
  end: number;
  phrase: string;
  /** The measure the law bounds by (所得遗产实际价值). */
  measure: string;
}

const NEGATED = /不以([^，。；、“”]{4,20}?)为限/gu;
const FORBIDS = /不得|禁止|严禁/u;

export function negatedLimits(text: string): NegatedLimit[] {
  const out: NegatedLimit[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    for (const m of sentence.matchAll(NEGATED)) {
      const end = m.index + m[0].length;
      if (/^的/u.test(sentence.slice(end)) || FORBIDS.test(sentence.slice(0, m.index))) continue;
      out.push({ start: range.start + m.index, end: range.start + end, phrase: m[0], measure: m[1] });
    }
  }
  return out;
}

const BOUND = /(?<!不)以([^，。；、“”]{4,20}?)为限/gu;

/** The limits a law's text sets (以X为限, not 不以X为限): the measure and the sentence that sets it. */
export function lawLimits(lawText: string): Array<{ measure: string; sentence: string }> {
  const out: Array<{ measure: string; sentence: string }> = [];
  for (const range of fullSentences(lawText)) {
    const sentence = lawText.slice(range.start, range.end);
    for (const m of sentence.matchAll(BOUND)) out.push({ measure: m[1], sentence: sentence.replace(/[。；]$/u, '') });
  }
  return out;
}

/**
 * Whether the draft's measure is the law's, in other words or not (其继承的遗产实际价值 for 所得遗产实际价值): most of the law's
 * words are in it.
 */
export function sameMeasure(draft: string, law: string): boolean {
  const { share, shared } = dutyOverlap(draft, law);
  return shared >= 3 && share >= 0.6;
}
