/**
 * Dispatched workers paid a share of what the user unit's own workers get. 劳动合同法第六十三条第一款: 被派遣劳动者享有与用工
 * 单位的劳动者同工同酬的权利…对被派遣劳动者与本单位同类岗位的劳动者实行相同的劳动报酬分配办法. A draft that sets their pay at a
 * fraction of the same post's (按照本单位同类岗位职工岗位工资的80%确定; 不高于本企业同类岗位职工工资水平的80%) pays them less
 * for the same work.
 *
 * Silent where the share is a floor or the whole (不低于…100%, 不低于同类岗位), where the sentence keeps equal pay (同工同酬,
 * 相同的劳动报酬分配办法), and where no dispatched worker is the one paid.
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface DispatchedPay extends ModelledFinding {
  article: 63;
  clause: 1;
}

const DISPATCHED = /被派遣劳动者|劳务派遣人员|派遣人员|派遣员工|派遣工/u;
/** A share below the whole: 80%, 百分之八十, 八成. */
const SHARE = '(?:[1-9][0-9]?(?:\\.[0-9]+)?[%％]|百分之(?:[一二三四五六七八九]十[一二三四五六七八九]?|[一二三四五六七八九十])|[一二三四五六七八九]成)';
/** The same post's pay, and a share of it set as the dispatched worker's (not a floor). */
const FRACTION = new RegExp(
  `(?:按照|按|(?<!可)以|不高于|不超过|最高为|为|确定为)[^，。；]{0,12}?同类岗位[^，。；]{0,16}?(?:工资|薪酬|劳动报酬|收入|待遇)(?:水平|标准)?的?${SHARE}|同类岗位[^，。；]{0,16}?(?:工资|薪酬|劳动报酬)[^，。；]{0,6}?(?:以下|以内)`,
  'u',
);
const KEPT = /同工同酬|相同的劳动报酬分配办法|不低于[^，。；]{0,12}?同类岗位/u;

export function dispatchedPay(text: string): DispatchedPay[] {
  return sentenceMatches(text, FRACTION, (sentence) => DISPATCHED.test(sentence) && !KEPT.test(sentence)).map((f) => ({
    ...f,
    article: 63,
    clause: 1,
  }));
}
