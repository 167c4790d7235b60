/**
 * A charge for what the law gives free:
 * - 职业病防治法第三十六条第三款: a worker who leaves 有权索取本人职业健康监护档案复印件，用人单位应当如实、无偿提供 (a draft: 可以按照
 *   实际成本收取复印费用);
 * - 就业促进法第三十五条: public employment services 为劳动者免费提供 advice, guidance, placement and registration (a draft:
 *   公共就业服务机构可以按照服务成本收取创业开业指导服务费);
 * - 社会保险法第七十四条第四款: 用人单位和个人可以免费向社会保险经办机构查询、核对其缴费和享受社会保险待遇记录 (a draft: 打印本人缴费记录
 *   超过2次的，按照每份5元收取工本费).
 *
 * Silent where the sentence keeps the service free (免费, 无偿, 不得收取), names the charge as a wrong (…收取费用的，责令退还),
 * states a scope (本办法适用于…收取的…收费), or charges employers only where only workers are served free (向用工单位收取调剂服务费).
 * A free quota with a charge beyond it (每年免费2次；超过2次的，收取工本费) is a charge: the law sets no quota.
 */

import { fullSentences, sentenceAround } from '../zh/context.js';
import { findingAt, namedAsConduct, type ModelledFinding, type ModelledProvision } from './modelled-finding.js';

export interface FreeServiceCharge extends ModelledFinding {
  title: string;
  word: string;
  why: string;
}

interface FreeRule extends ModelledProvision {
  /** What the free thing is, in the sentence. */
  about: RegExp;
  why: string;
  /** The law serves employers free as well (社会保险法第七十四条: 用人单位和个人). */
  employersToo?: boolean;
}

const RULES: FreeRule[] = [
  {
    about: /职业健康监护档案/u,
    title: '中华人民共和国职业病防治法',
    article: 36,
    clause: 3,
    word: '无偿提供',
    why: '劳动者索取本人职业健康监护档案复印件的，用人单位应当无偿提供',
  },
  {
    // Only the services the article lists (政策法规咨询, 信息发布, 职业指导和职业介绍, 就业援助, 就业和失业登记; 创业指导 is guidance):
    // keeping a file is not one of them.
    about: /公共就业(?:和|与)?(?:人才)?服务机构(?=[^。]*?(?:政策|法规|咨询|信息|工资价位|指导|介绍|就业援助|登记|求职|招聘))/u,
    title: '中华人民共和国就业促进法',
    article: 35,
    word: '免费提供',
    why: '公共就业服务机构为劳动者提供的就业服务应当免费',
  },
  {
    about: /(?:查询|打印|核对|出具|复印|调取)[^。；]{0,30}?(?:缴费|参保|权益|待遇)[^。；，]{0,8}?(?:记录|明细|清单)|个人权益记录/u,
    title: '中华人民共和国社会保险法',
    article: 74,
    clause: 4,
    word: '免费向社会保险经办机构查询',
    why: '查询、核对本人的缴费和待遇记录依法免费，不得收取费用',
    employersToo: true,
  },
];

const PAYER = '(?:劳动者|本人|个人|服务对象|申请人|参保人员)';
/** A charge taken: 收取…费, 费用由本人承担, 费用由申请人或者参保人员承担. */
const CHARGED = new RegExp(
  `收取[^，。；]{0,16}?(?:费用|费(?!率))|(?:费用|费(?!率))(?:[^，。；]{0,6}?|，)由[^，。；]{0,8}?${PAYER}(?:(?:或者|或|和|、)${PAYER})*(?:自行)?(?:承担|负担|支付)`,
  'u',
);
const KEPT = /免费|无偿|不得[^，。；]{0,12}?收取|不再?收取|不承担|适用于|所称|是指/u;
/** The part of a sentence past a free quota (超过2次的，…; 第三次起…). */
const BEYOND_QUOTA = /(?:超过|超出|多于)[^，。；]{0,8}?(?:次|份|件|页)|第[0-9０-９一二三四五六七八九十]+(?:次|份)(?:起|以上)/u;
/** Charged to employers only (向用工单位收取调剂服务费): the law's free services are the workers'. */
const TO_EMPLOYERS = /向(?:委托|参会|招聘)?(?:用人单位|用工单位|企业|单位)(?!和个人|和劳动者|或者个人)/u;

export function freeServiceCharges(text: string): FreeServiceCharge[] {
  const out: FreeServiceCharge[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const rule = RULES.find((r) => r.about.test(sentence));
    if (!rule) continue;
    const m = CHARGED.exec(sentence);
    if (!m || namedAsConduct(sentence, m.index + m[0].length)) continue;
    const { start: from, end: to } = sentenceAround(sentence, m.index);
    const part = sentence.slice(from, to);
    if (KEPT.test(part) || (KEPT.test(sentence) && !BEYOND_QUOTA.test(part))) continue;
    if (!rule.employersToo && TO_EMPLOYERS.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push({ ...findingAt(sentence, range.start, m.index, m.index + m[0].length, rule), why: rule.why });
  }
  return out;
}
