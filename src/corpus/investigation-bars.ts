/**
 * What may not be done for a public official while a case against them is open. 公职人员政务处分法第五十二条第二款: 公职人员在被
 * 立案调查期间，未经监察机关同意，不得出境、辞去公职；被调查公职人员所在机关、单位及上级机关、单位不得对其交流、晋升、奖励、处分或者
 * 办理退休手续. A draft that lets a body do one of these for a person under investigation (已被立案调查…的，经所在机关主要负责人同意，
 * 可以按期晋升职级; 推荐对象正在被立案调查的，可以先行作出奖励决定) takes the bar away.
 *
 * Silent where the act waits for the end of the investigation (调查结束后…予以晋升, 不予立案的), where the sentence keeps the bar
 * (不得, 暂缓, 暂停), and for leaving the country or the service with the supervisory body's consent (the law's own exception).
 *
 * The same for the term of a sanction: 第十九条 (civil servants: 在政务处分期内，不得晋升职务、职级、衔级和级别) and 第二十条 (managers
 * of public institutions: 不得晋升职务、岗位和职员等级、职称). A draft that lets a warning leave promotion open (在政务处分期内受到警告
 * 处分的，不影响其参加专业技术岗位等级晋升竞聘) takes that bar away.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export const PUBLIC_OFFICIALS_SANCTIONS_LAW = '中华人民共和国公职人员政务处分法';

/** A person under a formal investigation: 被立案调查, 正在接受立案审查调查, 立案调查期间. */
const UNDER_INVESTIGATION = /(?:被|接受)[^，。；]{0,6}?立案(?:审查)?(?:调查|审查)|立案(?:审查)?调查期间|被调查期间/u;
/** The investigation over, or never opened: what comes after is not during it. */
const OVER = /(?:调查|审查)(?:结束|终结|完毕|结论作出)|撤销案件|不予立案|结案/u;
/** Leave to do a barred act: 可以…晋升, 允许…办理退休手续, 照常晋升, 不影响其晋升. */
const LEAVE = /(?<!不)(?:可以|可|允许|准予|同意|照常|按期|正常|先行|不影响(?:其)?)(?!不)/u;
/** The acts the law bars its body from doing while the case is open. */
const BARRED_BY_BODY = /晋升|提拔|奖励|嘉奖|记功|评先|交流|调任|转任|退休手续|办理退休|给予处分/u;
/** The acts the person needs the supervisory body's consent for. */
const NEEDS_SUPERVISOR = /出境|辞去公职|辞职/u;
/** The bar kept. */
const KEPT = /不得|不予|暂缓|暂停|中止|停止|待[^，。；]{0,10}?(?:结束|终结|作出)/u;

/** The term of a sanction: 政务处分期内, 受处分期间, 处分期未满. */
const SANCTION_TERM = /(?:政务)?处分期(?:内|间)|受处分期间|处分期(?:未满|尚未届满)/u;
/** What the term bars: promotion of any kind. */
const BARRED_IN_TERM = /晋升|晋级|提拔/u;
/** An institution's staff, whom 第二十条 speaks of. */
const INSTITUTION = /事业单位|公办|岗位等级|职员等级|职称/u;

export interface InvestigationBar extends ModelledFinding {
  article: 19 | 20 | 52;
  clause?: 2;
  word: string;
}

/** Promotion left open in a sanction's term: where in the sentence the leave and the act are. */
function promotionInTerm(sentence: string): { from: number; to: number } | null {
  const term = SANCTION_TERM.exec(sentence);
  if (!term) return null;
  const base = term.index + term[0].length;
  const after = sentence.slice(base);
  const leave = LEAVE.exec(after);
  const act = leave ? BARRED_IN_TERM.exec(after.slice(leave.index)) : null;
  if (!leave || !act) return null;
  const actEnd = leave.index + act.index + act[0].length;
  // A pay step after a warning is the law's own distinction (被记过…的，不得晋升工资档次): only promotion in post or grade is barred.
  if (/^[^，。；]{0,6}?(?:工资|薪级|薪酬|档次)/u.test(after.slice(actEnd))) return null;
  if (KEPT.test(after.slice(0, leave.index + act.index)) || /[，。；]/u.test(after.slice(leave.index, leave.index + act.index))) return null;
  return { from: base + leave.index, to: base + actEnd };
}

/** Sentences of a paragraph that let a barred act be done for a person while the case against them is open, or in a sanction's term. */
export function investigationBarsLifted(text: string, _leadIn?: string, title = ''): InvestigationBar[] {
  const out: InvestigationBar[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const promoted = promotionInTerm(sentence);
    if (promoted) {
      out.push({
        start: range.start + promoted.from,
        end: range.start + promoted.to,
        phrase: sentence.slice(promoted.from, promoted.to),
        article: INSTITUTION.test(`${sentence}${title}`) ? 20 : 19,
        word: '政务处分期内',
      });
      continue;
    }
    const investigation = UNDER_INVESTIGATION.exec(sentence);
    if (!investigation) continue;
    // Clause by clause after the case: the leave and its act in one clause, before any word of the investigation's end.
    let at = investigation.index + investigation[0].length;
    for (const clause of sentence.slice(at).split(/(?<=[，,；;：:])/u)) {
      const from = at;
      at += clause.length;
      if (OVER.test(clause)) break;
      const leave = LEAVE.exec(clause);
      if (!leave) continue;
      const rest = clause.slice(leave.index);
      const act = BARRED_BY_BODY.exec(rest) ?? (/监察机关/u.test(sentence) ? null : NEEDS_SUPERVISOR.exec(rest));
      if (!act || KEPT.test(clause.slice(0, leave.index + act.index))) continue;
      const start = from + leave.index;
      const end = start + act.index + act[0].length;
      out.push({ start: range.start + start, end: range.start + end, phrase: sentence.slice(start, end), article: 52, clause: 2, word: '不得对其' });
      break;
    }
  }
  return out;
}
