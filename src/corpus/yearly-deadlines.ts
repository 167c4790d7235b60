/**
 * A date in the year by which something is done each year (应当在每年1月31日前向本级政府信息公开工作主管部门提交…年度报告,
 * 政府信息公开条例 第四十九条). A draft that gives the same act a later date (每年3月31日前…提交…年度报告) lets it be done later than
 * the law allows. The act is told by its words after the date: most of the law's must be in the draft's sentence.
 *
 * Only a later date is reported: an earlier one asks more of the one who must act, which a rule for its own offices may do.
 */

import { parseChineseNumber } from '../zh/numerals.js';
import { fullSentences } from '../zh/context.js';
import { bigramCoverage } from '../zh/similarity.js';

export interface YearlyDeadline {
  start: number;
  end: number;
  phrase: string;
  /** Day of the year the deadline falls on, comparable between two deadlines (month × 32 + day). */
  day: number;
  /** What is done by then: the words after the date, up to the clause's end. */
  act: string;
  sentence: string;
}

// A PDF's text layer may space the figures out (每年 3 月 31 日前).
const DEADLINE = /每年(?:的)?\s*([0-9０-９一二三四五六七八九十]{1,3})\s*月\s*(?:([0-9０-９一二三四五六七八九十]{1,3})\s*日)?(?:前|以前|之前|底前)/gu;
/** Words every deadline shares (向, 提交, 本级…): left out when the acts are compared. */
const FORM = /应当|向|本级|本行政机关|本机关|本部门|本单位|上一年度|上年度|的/gu;

export function yearlyDeadlines(text: string): YearlyDeadline[] {
  const out: YearlyDeadline[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    for (const m of sentence.matchAll(DEADLINE)) {
      const month = parseChineseNumber(m[1]);
      const day = m[2] ? parseChineseNumber(m[2]) : 31;
      if (month === undefined || day === undefined || month < 1 || month > 12) continue;
      const act = sentence.slice(m.index! + m[0].length).split(/[。；;]/u)[0];
      out.push({
        start: range.start + m.index!,
        end: range.start + m.index! + m[0].length,
        phrase: m[0],
        day: month * 32 + day,
        act,
        sentence,
      });
    }
  }
  return out;
}

/** Whether a draft's deadline is for the law's act, and later than the law's. */
export function laterThanLaw(draft: YearlyDeadline, law: YearlyDeadline): boolean {
  // The first act the date is for (提交…年度报告, not the 并向社会公布 joined after it).
  const lawAct = law.act.split(/并|，|,/u)[0].replace(FORM, '');
  if (lawAct.length < 6 || draft.day <= law.day) return false;
  return bigramCoverage(lawAct, draft.sentence.replace(FORM, '')) >= 0.7;
}
