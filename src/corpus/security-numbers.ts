/**
 * A social security number other than the citizen's identity number. 社会保险法第五十八条第三款: 国家建立全国统一的个人社会
 * 保障号码。个人社会保障号码为公民身份号码. A draft that has an office number a person anew (由我省社会保险经办机构为其重新编制个人
 * 社会保障号码; 按本省编码规则另行生成社会保障号码) gives one person two numbers and breaks the national one.
 *
 * Silent where the sentence keeps the identity number (为公民身份号码, 以公民身份号码作为), for persons who have none (外国人,
 * 港澳台居民, 无公民身份号码: their number is assigned by other rules), and for card or account numbers (社会保障卡卡号).
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface SecurityNumber extends ModelledFinding {
  article: 58;
  clause: 3;
}

const ASSIGNED =
  /(?:重新|另行|单独|统一|自行)?(?:编制|编排|编码|分配|生成|设立|赋予|核发|制定)[^，。；]{0,12}?(?:个人)?社会保障号码|社会保障号码[^，。；]{0,6}?(?:由|按照?|依照)[^，。；]{0,16}?(?:编制|编排|编码|分配|生成|赋予)/u;
/** The identity number kept, or persons without one. */
const KEPT = /公民身份号码|身份证号码|居民身份证号|外国人|外籍|港澳台|港澳居民|台湾居民|无公民身份|不得(?:重新|另行)/u;

export function securityNumbers(text: string): SecurityNumber[] {
  return sentenceMatches(text, ASSIGNED, (sentence) => !KEPT.test(sentence)).map((f) => ({ ...f, article: 58, clause: 3 }));
}
