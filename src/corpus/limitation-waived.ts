/**
 * The time after which a wrong is no longer punished, taken away. 行政处罚法 第三十六条: 违法行为在二年内未被发现的，不再给予行政
 * 处罚 (five years where life, health or financial safety is harmed); 劳动保障监察条例 第二十条: a breach of labour law not found
 * or reported within two years 不再查处. A draft that punishes whenever the wrong comes to light (不论发生时间长短，一经发现均予以
 * 处罚; 不受时间限制，发现一起查处一起), or longer (五年内发现的，仍应当依法给予行政处罚), takes the limit away.
 *
 * Silent where the sentence recovers money rather than punishes (追回, 追缴, 退还: no penalty), restates the limit (二年内未被
 * 发现的，不再…) or the case of a wrong found in time (期限内已被发现或者已被举报的，不受该期限限制), or speaks of discipline or crime
 * (处分, 刑事责任), which other laws govern.
 */

import { fullSentences } from '../zh/context.js';
import { parseChineseNumber } from '../zh/numerals.js';
import { findingAt, type ModelledFinding, type ModelledProvision } from './modelled-finding.js';

export interface LimitationWaived extends ModelledFinding {
  title: string;
  word: string;
  why: string;
}

const PENALTY_LAW: ModelledProvision = { title: '中华人民共和国行政处罚法', article: 36, word: '不再给予行政处罚' };
const SUPERVISION: ModelledProvision = { title: '劳动保障监察条例', article: 20, word: '不再查处' };

/**
 * Any time at all: 不论发生时间长短, 无论何时发现, 不受时间（时效、期限）限制. Words of zeal (一经发现，严肃查处; 发现一起查处一起)
 * say how firmly, not how long after: they are left alone.
 */
const ANY_TIME =
  /(?:不论|无论|不管)[^，。；]{0,10}?(?:时间长短|时间|时限|期限|多久|长短|何时|早晚|年限)|不受[^，。；]{0,8}?(?:时间|时效|期限|年限)[^，。；]{0,4}?限制/u;
const PUNISHED = /处罚|罚款|查处|立案查处|行政处理/u;
const NOT_PENALTY = /追回|追缴|退还|返还|清退|处分|刑事责任|移送司法/u;
/** The limit itself, restated, or the case of a wrong found or reported within it (期限内已被…发现，或者已被举报的，不受该期限限制). */
const LIMIT_KEPT =
  /(?:二|两|2)年内未被[^，。；]{0,12}?发现|不再(?:给予行政处罚|查处)|(?:期限|期间|年)内[^，。；]{0,4}?(?:已经?)?被[^，。；]{0,16}?发现|已(?:经)?被[^，。；]{0,16}?(?:发现|举报|投诉)/u;

/**
 * A longer time stated as the one within which a wrong found is still punished (自其退出之日起五年内发现的，仍应当依法给予行政
 * 处罚): beyond two years, the limit is taken away for the years in between. Five years is the law's own for harm to life,
 * health or financial safety, which the sentence then names.
 */
const LONGER =
  /([三四五六七八九十3-9]|[1-9][0-9])年(?:以)?内(?:被)?(?:发现|查实|举报|投诉)[^，。；]{0,16}?的[^。；]{0,20}?(?:给予行政处罚|予以处罚|处罚|查处)/u;
const LIFE_OR_MONEY = /生命健康|金融安全/u;

function longerLimit(sentence: string): RegExpExecArray | null {
  const m = LONGER.exec(sentence);
  if (!m || /不再|不予/u.test(m[0])) return null;
  const years = parseChineseNumber(m[1]) ?? 0;
  return years > 2 && !(years <= 5 && LIFE_OR_MONEY.test(sentence)) ? m : null;
}

export function limitationsWaived(text: string): LimitationWaived[] {
  const out: LimitationWaived[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = ANY_TIME.exec(sentence) ?? longerLimit(sentence);
    if (!m || !PUNISHED.test(sentence) || NOT_PENALTY.test(sentence) || LIMIT_KEPT.test(sentence)) continue;
    // A labour inspection's own word (查处) answers the inspection regulation; any other penalty the penalty law.
    const law = /查处|劳动保障监察/u.test(sentence) && !/行政处罚/u.test(sentence) ? SUPERVISION : PENALTY_LAW;
    out.push({
      ...findingAt(sentence, range.start, m.index, m.index + m[0].length, law),
      why: '违法行为超过法定期限未被发现的，不再处罚，文件不得取消这一时效',
    });
  }
  return out;
}
