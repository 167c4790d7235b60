/**
 * A fine the law gives only after an order to correct, imposed straight away by a draft. The law says 责令改正；拒不改正的，处
 * 5000元以上1万元以下的罚款 (人力资源市场暂行条例第四十四条: a late annual report); a draft that fines the same conduct with the
 * same sums and no order first (未按照规定期限提交年度报告的，由人力资源社会保障部门处5000元以上1万元以下的罚款) takes away the
 * chance to correct that the law gives.
 *
 * Matched by the sums (in figures or Chinese numerals, 1万元 = 一万元 = 10000元) and by the conduct: at least four words of the
 * draft's case, and two in five, must be in the law's; of several articles with the same sums the one sharing most is meant. Silent where the draft's sentence or paragraph orders a correction (责令改正, 限期改正) or
 * speaks of a refusal to correct.
 */

import { halfwidthDigits, parseChineseNumber } from '../zh/numerals.js';
import { fullSentences } from '../zh/context.js';
import { dutyOverlap } from './removed-duties.js';

export interface DirectFine {
  start: number;
  end: number;
  phrase: string;
  low: number;
  high: number;
  /** The conduct the fine answers: the sentence before the fine. */
  conduct: string;
}

export interface CorrectionFirst {
  low: number;
  high: number;
  /** The conduct the law's fine answers, before its order to correct. */
  conduct: string;
  /** The law's sentence from the order to the fine, for the message. */
  words: string;
}

// A PDF's text layer may space out the words of a justified line (处 5000元以上, 责令 改 正).
const SUM = '([0-9０-９.]+\\s*万?|[零一二两三四五六七八九十百千万]+)\\s*元';
const FINE = new RegExp(`处\\s*(?:以\\s*)?${SUM}\\s*以上\\s*${SUM}\\s*以下\\s*(?:的)?\\s*罚款`, 'gu');
const CORRECTED = /责令(?:限期)?改正|限期改正|拒不改正|逾期不改正|逾期未改正|责令整改|限期整改/u;
const LAW_FINE = new RegExp(`(责令(?:限期)?改正[^。]{0,40}?(?:拒不改正|逾期不改正|逾期未改正)的[，,]?处(?:以)?${SUM}以上${SUM}以下(?:的)?罚款)`, 'gu');

/** A sum in yuan: 5000, 1万, 一万, 0.5万. */
export function yuan(spaced: string): number | undefined {
  const text = halfwidthDigits(spaced.replace(/\s+/gu, ''));
  const wan = /^([0-9.]+)万$/u.exec(text);
  if (!wan) return parseChineseNumber(text);
  const n = Number(wan[1]);
  return Number.isFinite(n) ? n * 10000 : undefined;
}

/** Fines in a paragraph that no order to correct comes before. */
export function directFines(text: string): DirectFine[] {
  if (CORRECTED.test(text.replace(/\s+/gu, ''))) return [];
  const out: DirectFine[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    for (const m of sentence.matchAll(FINE)) {
      const low = yuan(m[1]);
      const high = yuan(m[2]);
      if (low === undefined || high === undefined) continue;
      out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], low, high, conduct: sentence.slice(0, m.index) });
    }
  }
  return out;
}

/** The fines a law's text gives only after an order to correct. */
export function correctionsFirst(lawText: string): CorrectionFirst[] {
  const out: CorrectionFirst[] = [];
  for (const range of fullSentences(lawText)) {
    const sentence = lawText.slice(range.start, range.end);
    for (const m of sentence.matchAll(LAW_FINE)) {
      const low = yuan(m[2]);
      const high = yuan(m[3]);
      if (low === undefined || high === undefined) continue;
      out.push({ low, high, conduct: sentence.slice(0, m.index), words: m[1] });
    }
  }
  return out;
}

/** What the conduct is, without article numbers (第十一条　, 违反本条例第三十六条规定): those name places, not acts. */
function conductWords(text: string): string {
  return text.replace(/(?:本条例|本法|本规定)?第[一二三四五六七八九十百零]+条(?:第[一二三四五六七八九十]+款)?/gu, '，');
}

/**
 * How well the law's fine answers the draft's: 0 unless the sums are the same and many words of the draft's conduct are the
 * law's, else the share of those words (the best of several articles with the same sums is the one meant).
 */
export function fineMatch(fine: DirectFine, law: CorrectionFirst): number {
  if (fine.low !== law.low || fine.high !== law.high) return 0;
  // The share of the draft's words found in the law's conduct (the law's lists many acts, the draft names one).
  const { share, shared } = dutyOverlap(conductWords(law.conduct), conductWords(fine.conduct.replace(/由[^，。；]*?(?:部门|机关|机构)$/u, '')));
  return shared >= 4 && share >= 0.4 ? share : 0;
}
