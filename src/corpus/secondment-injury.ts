/**
 * Who bears the work-injury liability of a seconded worker. 工伤保险条例第四十三条第三款: 职工被借调期间受到工伤事故伤害的，由原
 * 用人单位承担工伤保险责任; the two units may only agree how the borrowing one compensates the other. A draft that puts the
 * liability itself on the borrowing unit (借调期间发生工伤的，由借入单位承担工伤保险责任; 挂职期间的工伤保险责任由挂职单位承担)
 * moves it off the employer the worker stays employed and insured with.
 *
 * Silent on the compensation the units agree (借入单位给予补偿, 约定补偿办法), on the liability left with the lending unit
 * (由原单位承担), and where neither the paragraph nor the title speaks of a secondment.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface SecondmentInjury extends ModelledFinding {
  article: 43;
  clause: 3;
}

/** A worker lent to another unit for a time (借调, 借用, 挂职, 援派 to a 受援单位), said in the paragraph or the title. */
const SECONDMENT = /借调|借用人员|借用期间|借入单位|借出单位|挂职|援派|受援单位|派出单位/u;
/** The unit the worker is lent to: only this one is not the law's bearer. */
const BORROWER = /^(?:借入|借调|借用|接收|挂职|受援|实际工作|实际用工)单位$|^(?:借入|借调|借用|接收|挂职|受援)方$/u;
/** The liability and its bearer, in either order. */
const BEARER_FIRST = /由([^，。；、]{2,10}?)(?:依法)?(?:承担|负担|负责)(?:其)?(?:的)?(工伤(?:保险)?责任)/u;
const LIABILITY_FIRST = /(工伤(?:保险)?责任)[^，。；]{0,4}?由([^，。；、]{2,10}?)(?:依法)?(?:承担|负担|负责)/u;
/** A definition, not a rule. */
const KEPT = /所称|是指/u;

/** Work-injury liability put on the borrowing unit, in a paragraph about secondment. */
export function secondmentInjuries(text: string, _leadIn?: string, title = ''): SecondmentInjury[] {
  if (!SECONDMENT.test(text) && !SECONDMENT.test(title)) return [];
  const out: SecondmentInjury[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const first = BEARER_FIRST.exec(sentence);
    const second = first ? null : LIABILITY_FIRST.exec(sentence);
    const m = first ?? second;
    if (!m) continue;
    const bearer = (first ? first[1] : second![2]).replace(/^(?:该|其|所在的?)/u, '');
    if (!BORROWER.test(bearer) || KEPT.test(sentence)) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], article: 43, clause: 3 });
  }
  return out;
}
