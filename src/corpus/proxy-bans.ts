/**
 * Social insurance business that no one may do for another, in any case. 社会保险经办条例第三十条: 社会保险经办机构应当…采用授权
 * 代办、上门服务等方式，为老年人、残疾人等特殊群体提供便利. A draft that makes every applicant come in person and refuses any proxy
 * (一律由申请人本人到服务网点现场办理，任何情形下均不予代办) shuts out those the regulation tells the office to serve by proxy.
 *
 * Read only where the business is social insurance's (经办机构, 社会保险, 社会保障卡); silent where the sentence keeps a way for the
 * groups the regulation names (老年人, 残疾人, 行动不便, 特殊群体, 除外) or bars only an unauthorised proxy (未经授权, 无委托书).
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface ProxyBan extends ModelledFinding {
  article: 30;
}

const SOCIAL_INSURANCE_BUSINESS = /社会保险|社会保障卡|社保卡|经办机构|养老金|待遇/u;
/** Every case, and no proxy: 任何情形下均不予代办, 一律不得委托他人办理. */
const ALL_CASES = /一律|任何(?:情形|情况)|均|概不|不论/u;
const NO_PROXY =
  /(?:不予|不得|不接受|不允许|不办理|不受理|禁止)(?:他人|第三方|亲属|近亲属)?(?:代办|代为办理|代为申请|代理|委托(?:他人|第三方)?(?:办理|代办|申请))/u;
const KEPT = /老年人|残疾人|行动不便|特殊群体|失能|高龄|除外|未经(?:本人)?授权|无委托书|没有委托书|授权委托书不全/u;

export function proxyBans(text: string): ProxyBan[] {
  return sentenceMatches(text, NO_PROXY, (sentence) => SOCIAL_INSURANCE_BUSINESS.test(sentence) && !KEPT.test(sentence) && ALL_CASES.test(sentence)).map(
    (f) => ({ ...f, article: 30 }),
  );
}
