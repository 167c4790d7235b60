/**
 * A party made to give up review or suit. 行政处罚法第七条第一款: 对行政处罚不服的，有权依法申请行政复议或者提起行政诉讼. A draft
 * that makes the party promise not to use that right, or to withdraw a case already brought, as the price of something it grants
 * (申请信用修复的，应当同时书面承诺不就原行政处罚决定申请行政复议或者提起行政诉讼) takes the right away by another name.
 *
 * Silent where the sentence forbids such a demand (不得要求当事人承诺放弃…) and where no administrative penalty is the case: the
 * remedies of other decisions have their own laws.
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface RemedyWaiver extends ModelledFinding {
  article: 7;
  clause: 1;
}

const REMEDY = '(?:申请行政复议|提起行政诉讼|申请复议|提起诉讼)';
const WAIVED = new RegExp(
  `(?:承诺|保证|声明|确认)(?:自愿)?(?:放弃|不(?:再)?(?:就[^，。；]{1,20}?)?)${REMEDY}|放弃(?:依法)?${REMEDY}(?:的权利)?|(?:先行|主动)?撤回(?:已经?(?:申请|提起)的)?(?:行政复议申请|行政诉讼|起诉)`,
  'u',
);
const PENALTY = /行政处罚|处罚决定/u;
const FORBIDDEN = /不得(?:要求|以)|禁止|严禁/u;

export function remedyWaivers(text: string): RemedyWaiver[] {
  return sentenceMatches(text, WAIVED, (sentence) => PENALTY.test(sentence) && !FORBIDDEN.test(sentence)).map((f) => ({
    ...f,
    article: 7,
    clause: 1,
  }));
}
