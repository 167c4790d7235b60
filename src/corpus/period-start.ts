/**
 * Where the law starts a period, moved by a draft to the other end of the same event. The law counts a limitation period for a
 * continuing wrong from its end (违法行为有连续或者继续状态的，从行为终了之日起计算: 行政处罚法第三十六条, 劳动保障监察条例第二十条);
 * a draft that counts it from the start (自违法行为开始之日起计算) shortens it for the very case the law provides for.
 *
 * Matched by the case (most of the law's words of the case in the draft's) and by the two starting points being opposite ends:
 * one a beginning (开始, 发生), the other an end (终了, 终止, 结束, 届满). A starting point of another kind (收到, 知道) is not
 * compared.
 */

import { fullSentences } from '../zh/context.js';
import { normalizeForMatch } from '../zh/normalize.js';
import { dutyOverlap } from './removed-duties.js';

export interface PeriodStart {
  start: number;
  end: number;
  phrase: string;
  /** The case the starting point is for (违法行为有连续或者继续状态的). */
  caseText: string;
  /** The event the period runs from (违法行为开始, 行为终了). */
  event: string;
}

const PERIOD_START = /([^，,；;。：:]{4,40}?的)[，,](?:亦|也|均|仍|一律)?(?:应当)?(?:自|从)([^，,；;。]{1,30}?)之日起(?:计算|起算)/gu;
const BEGINNING = /开始|发生|起始/u;
const ENDING = /终了|终止|结束|届满|停止/u;

/** The starting points a text sets for a case (…的，自…之日起计算). */
export function periodStarts(spaced: string): PeriodStart[] {
  // A PDF's justified line spaces the characters out: read without the spaces, report on the spaced text.
  const { text, map } = normalizeForMatch(spaced, { foldWidth: false });
  const out: PeriodStart[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    for (const m of sentence.matchAll(PERIOD_START)) {
      const at = range.start + m.index + m[0].indexOf(m[2]) - 1;
      out.push({
        start: map[at],
        end: map[range.start + m.index + m[0].length - 1] + 1,
        phrase: m[0].slice(m[0].indexOf(m[2]) - 1),
        caseText: m[1],
        event: m[2],
      });
    }
  }
  return out;
}

/** Whether the draft starts the law's period for the law's case at the other end of the event. */
export function movedStart(draft: PeriodStart, law: PeriodStart): boolean {
  const opposite = (BEGINNING.test(draft.event) && ENDING.test(law.event)) || (ENDING.test(draft.event) && BEGINNING.test(law.event));
  if (!opposite) return false;
  const { share, shared } = dutyOverlap(draft.caseText, law.caseText);
  return shared >= 3 && share >= 0.6;
}
