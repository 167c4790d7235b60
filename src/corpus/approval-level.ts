/**
 * An approval the law reserves to a level of government, given by a draft to a lower one. The law says who must approve a
 * measure (需要依法查询相关单位金融账户…的，应当经设区的市级以上地方人民政府人力资源社会保障行政部门负责人批准: 保障农民工工资
 * 支付条例第四十条; 经省级以上公务员主管部门批准，可以简化程序); a draft that lets a county office approve the same measure
 * (经县级以上人力资源社会保障行政部门负责人批准后实施) lowers the safeguard the law chose.
 *
 * Matched by the level (县级 < 设区的市级 < 省级 < 国务院) and by the measure: most of the words the law's sentence has beside its
 * approval must be in the draft's sentence.
 */

import { fullSentences } from '../zh/context.js';
import { normalizeForMatch } from '../zh/normalize.js';
import { dutyOverlap } from './removed-duties.js';

export interface LevelApproval {
  start: number;
  end: number;
  phrase: string;
  /** 1 county, 2 districted city, 3 province, 4 State Council. */
  level: number;
  /** The sentence up to the approval: the measure approved. */
  measure: string;
}

const LEVELS: Array<[RegExp, number]> = [
  [/^(?:国务院|国家|中央)/u, 4],
  [/^(?:省级|省、自治区、直辖市|省)/u, 3],
  [/^(?:设区的市级|设区的市|地市级|市级|市州|市)/u, 2],
  [/^(?:县级|县)/u, 1],
];
const APPROVAL = /经((?:国务院|国家|中央|省级|省、自治区、直辖市|省|设区的市级|设区的市|地市级|市级|市州|县级)(?:以上)?[^，。；]{0,30}?)批准/gu;

function levelOf(words: string): number | undefined {
  return LEVELS.find(([re]) => re.test(words))?.[1];
}

/** The approvals a text names with their level, each with the measure its sentence approves. */
export function levelApprovals(spaced: string): LevelApproval[] {
  // A PDF's justified line spaces the characters out: read without the spaces, report on the spaced text.
  const { text, map } = normalizeForMatch(spaced, { foldWidth: false });
  const out: LevelApproval[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    for (const m of sentence.matchAll(APPROVAL)) {
      const level = levelOf(m[1]);
      if (level === undefined) continue;
      out.push({
        start: map[range.start + m.index],
        end: map[range.start + m.index + m[0].length - 1] + 1,
        phrase: m[0],
        level,
        // What is approved is said before the approval (需要依法查询相关单位金融账户…的，应当经…批准).
        measure: sentence.slice(0, m.index).replace(/^第[零一二三四五六七八九十百千0-9]+条/u, ''),
      });
    }
  }
  return out;
}

/** Whether a draft's approval is of the law's measure, by a lower level than the law's. */
export function loweredApproval(draft: LevelApproval, law: LevelApproval): boolean {
  if (draft.level >= law.level) return false;
  // Most of the law's measure in the draft's, or most of the draft's (shorter) measure in the law's.
  const { share, shared } = dutyOverlap(draft.measure, law.measure);
  return shared >= 4 && (share >= 0.5 || dutyOverlap(law.measure, draft.measure).share >= 0.6);
}
