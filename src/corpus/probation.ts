/**
 * The probation period a labour contract of a given term may have. The Labour
 * Contract Law ties the longest probation to the contract's term (第十九条第一款:
 * three months to under a year, one month; a year to under three years, two
 * months; three years or more, or no fixed term, six months), allows none for
 * a contract under three months or for one task (第三款), and none in
 * part-time work (第七十条). A draft that fixes a contract's term and then a
 * probation longer than that term allows (劳动合同期限一般为一年，试用期为三个月)
 * contradicts the law whatever words it uses, though no figure of the draft
 * equals a figure of the law's table.
 *
 * Only a term stated as one length is read (期限为一年, 三年期劳动合同, 订立2年的
 * 劳动合同); a range (一年以上不满三年的) is the law's table restated, which the
 * claim comparison handles. 聘用合同 of public institutions follow their own
 * regulation (事业单位人事管理条例第十三条: 初次就业…3年以上的，试用期为12个月), read
 * by `institutionProbationExcesses`: twelve months is the longest probation a
 * 聘用合同 can have, so a longer one contradicts it whatever term it states.
 */

import { parseChineseNumber } from '../zh/numerals.js';
import { fullSentences } from '../zh/context.js';

export interface ProbationExcess {
  /** Offsets of the probation's words (试用期为三个月) in the text given. */
  start: number;
  end: number;
  phrase: string;
  /** The term as the draft states it (一年, 无固定期限, 非全日制用工). */
  term: string;
  /** Longest probation the law allows for that term, in months (0: none). */
  limitMonths: number;
  /** Where the law says so: 第十九条 (clause 1 or 3) or 第七十条. */
  article: 19 | 70;
  clause: 1 | 3;
}

// A PDF's text layer may put a space between a figure and the words around it (试用期为 15 日).
const NUMBER = '[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3}';
const SP = '\\s?';
const LENGTH_UNIT = '(年|个月|个自然月)';
/** Not part of a range or an approximation: 一年以上, 三年以下, 1至3年, 三年左右. */
const EXACT_AFTER = '(?![以及至到－—~-]|左右|内|之内|以内|不满|多)';

/** A contract term of one length: （合同）期限（一般）为一年, 期限为3年的劳动合同, 三年期劳动合同, 订立2年的固定期限劳动合同. */
const TERM_RES: RegExp[] = [
  new RegExp(`(?<!试用期?|服务|见习|培训)期限(?:一般|原则上|统一|均|通常)?(?:为|是|定为|按)${SP}(${NUMBER})${SP}${LENGTH_UNIT}${EXACT_AFTER}`, 'gu'),
  new RegExp(`(${NUMBER})${SP}${LENGTH_UNIT}期(?:的)?(?:固定期限)?劳动合同`, 'gu'),
  new RegExp(`(?:订立|签订|续订)(?:期限为)?${SP}(${NUMBER})${SP}${LENGTH_UNIT}${EXACT_AFTER}(?:的)?(?:固定期限)?劳动合同`, 'gu'),
];
/** Terms with no length: the law's own words for them. */
const OPEN_ENDED = /无固定期限(?:的)?劳动合同/u;
const ONE_TASK = /以完成一定工作任务为期限/u;
const PART_TIME = /非全日制用工|非全日制用工劳动者|非全日制劳动者/u;
/** The probation given as a length: 试用期为三个月, 试用期一般不超过6个月, 约定3个月的试用期, 约定不超过十五日的试用期. */
const PROBATION_RES: RegExp[] = [
  new RegExp(
    `试用期(?:限|期限)?(?:一般|原则上|统一|均|最长|最多|可以|可)?(?:为|是|定为|约定为|不超过|不得超过|不超出|延长至|延长为)${SP}(${NUMBER})${SP}(个月|个自然月|月|日|天|周|个星期|年)${EXACT_AFTER}`,
    'gu',
  ),
  new RegExp(`约定${SP}(?:不超过|不得超过|最长|最多)?${SP}(${NUMBER})${SP}(个月|个自然月|日|天|周|个星期)(?:的)?试用期`, 'gu'),
];
/** A sentence that forbids a probation, or one on a public institution's own staff (their 聘用合同 follow their own regulation). */
const PROBATION_BARRED = /不得约定试用期|不约定试用期/u;
const NOT_HERE = new RegExp(`${PROBATION_BARRED.source}|聘用合同`, 'u');
const PUBLIC_INSTITUTION = /事业单位/u;
/** Staff outside the establishment (编外) are hired under labour contracts even in a public institution. */
const OUTSIDE_ESTABLISHMENT = /编外|劳务派遣|临聘|劳动合同制/u;

function months(value: number, unit: string): number {
  if (unit.startsWith('年')) return value * 12;
  if (unit.includes('月')) return value;
  if (unit === '周' || unit === '个星期') return (value * 7) / 30;
  return value / 30;
}

/** The longest probation for a term of this many months (Infinity: no fixed term). */
function limitFor(termMonths: number): { limit: number; clause: 1 | 3 } {
  if (termMonths < 3) return { limit: 0, clause: 3 };
  if (termMonths < 12) return { limit: 1, clause: 1 };
  if (termMonths < 36) return { limit: 2, clause: 1 };
  return { limit: 6, clause: 1 };
}

interface Term {
  at: number;
  text: string;
  limit: number;
  article: 19 | 70;
  clause: 1 | 3;
}

function termsIn(sentence: string): Term[] {
  const out: Term[] = [];
  for (const re of TERM_RES) {
    for (const m of sentence.matchAll(re)) {
      const value = parseChineseNumber(m[1]);
      if (value === undefined || value <= 0) continue;
      const { limit, clause } = limitFor(months(value, m[2]));
      out.push({ at: m.index!, text: `${m[1]}${m[2]}`, limit, article: 19, clause });
    }
  }
  const open = OPEN_ENDED.exec(sentence);
  if (open) out.push({ at: open.index, text: '无固定期限', limit: 6, article: 19, clause: 1 });
  const task = ONE_TASK.exec(sentence);
  if (task) out.push({ at: task.index, text: '以完成一定工作任务为期限', limit: 0, article: 19, clause: 3 });
  const part = PART_TIME.exec(sentence);
  if (part) out.push({ at: part.index, text: part[0], limit: 0, article: 70, clause: 1 });
  return out.sort((a, b) => a.at - b.at);
}

/** Probations in one paragraph longer than the law allows for the contract term the same sentence states. */
export function probationExcesses(text: string): ProbationExcess[] {
  const out: ProbationExcess[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!sentence.includes('试用期') || !sentence.includes('劳动合同') || NOT_HERE.test(sentence)) continue;
    if (PUBLIC_INSTITUTION.test(sentence) && !OUTSIDE_ESTABLISHMENT.test(sentence)) continue;
    const terms = termsIn(sentence);
    if (terms.length === 0) continue;
    for (const re of PROBATION_RES) {
      for (const m of sentence.matchAll(re)) {
        const value = parseChineseNumber(m[1]);
        if (value === undefined || value <= 0) continue;
        // The term the probation belongs to: the last one stated before it, else the first after it.
        const term = terms.filter((t) => t.at < m.index!).at(-1) ?? terms[0];
        if (months(value, m[2]) <= term.limit) continue;
        const start = range.start + m.index!;
        out.push({ start, end: start + m[0].length, phrase: m[0], term: term.text, limitMonths: term.limit, article: term.article, clause: term.clause });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface InstitutionProbationExcess {
  start: number;
  end: number;
  phrase: string;
  article: 13;
}

/** The sentence or the document is about a public institution's own staff (事业单位, 聘用合同, 聘用人员). */
const INSTITUTION = /事业单位|聘用合同/u;
/** Other persons on probation: civil servants (公务员法), workers under labour contracts. */
const NOT_INSTITUTION = /公务员|参照公务员法管理|劳动合同/u;

/**
 * Probations of a public institution's staff longer than twelve months (受聘人员首次与事业单位订立聘用合同的，试用期为18个月).
 * `title` is the document's: a 事业单位 document's 聘用人员 need not name the institution in every sentence.
 */
export function institutionProbationExcesses(text: string, _leadIn?: string, title = ''): InstitutionProbationExcess[] {
  const out: InstitutionProbationExcess[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!sentence.includes('试用期') || PROBATION_BARRED.test(sentence) || NOT_INSTITUTION.test(sentence)) continue;
    if (OUTSIDE_ESTABLISHMENT.test(sentence)) continue;
    if (!INSTITUTION.test(sentence) && !(INSTITUTION.test(title) && !NOT_INSTITUTION.test(title) && /聘用|受聘|新进|招聘/u.test(sentence))) continue;
    for (const re of PROBATION_RES) {
      for (const m of sentence.matchAll(re)) {
        const value = parseChineseNumber(m[1]);
        if (value === undefined || value <= 0 || months(value, m[2]) <= 12) continue;
        const start = range.start + m.index!;
        out.push({ start, end: start + m[0].length, phrase: m[0], article: 13 });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
