/**
 * A payment the law keeps at or above a public standard (失业保险金的标准…不得低于城市居民最低生活保障标准, 社会保险法第四十七条;
 * 试用期的工资…不得低于用人单位所在地的最低工资标准, 劳动合同法第二十条), set by a draft at a share of that standard below the
 * law's (按照…城市居民最低生活保障标准的百分之九十发放). The payment is told by a word naming it that the law's sentence and the
 * draft's share. Wages in general (用人单位支付劳动者的工资不得低于当地最低工资标准, 劳动法第四十八条) are held only against a draft
 * that pays them for work being done (向在岗职工支付工资, 提供正常劳动的): the law lets pay fall below the minimum where no normal
 * work is done (停工期间的生活费, 病假工资, 待岗).
 */

import { fullSentences } from '../zh/context.js';
import { findQuantities } from './claims.js';

export interface StandardFloor {
  /** The payment the law speaks of (失业保险金, 试用期). */
  payment: string;
  /** The standard, by its own name (最低生活保障标准, 最低工资标准, 最低小时工资标准). */
  standard: string;
  /** The share of the standard the law allows at least, in percent (100 when none is named). */
  percent: number;
  words: string;
}

export interface ShareOfStandard {
  start: number;
  end: number;
  phrase: string;
  standard: string;
  percent: number;
  /** The draft's sentence, where the payment is named. */
  sentence: string;
}

/** Payments named precisely enough to be the law's: not wages in general. */
const PAYMENTS = ['失业保险金', '试用期', '小时计酬', '伤残津贴', '病残津贴', '生活补助费'];
/** The law's floor on wages in general: the payment it names is 工资, read only for work being done. */
const WAGES_IN_GENERAL = /^用人单位支付劳动者的工资$/u;
export const WAGES_FOR_WORK = '在岗工资';
/** Pay for work being done (向在岗职工支付工资; 劳动者提供正常劳动的), not for time without it. */
const AT_WORK = /在岗(?:职工|人员|员工)|提供(?:了)?正常劳动|正常出勤|正常上班|正常工作(?:时间)?[^，。；]{0,6}?(?:工资|报酬)/u;
const NO_WORK = /停工|停产|待岗|放假|轮休|病假|医疗期|生活费|未提供正常劳动|不能提供正常劳动|未能提供正常劳动|离岗/u;
const STANDARD = '(最低生活保障标准|最低小时工资标准|最低工资标准)';
const SHARE = '(?:的)?(百分之[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?|[0-9０-９]+(?:\\.[0-9]+)?\\s?[%％])';
const LAW_FLOOR = new RegExp(`不得低于[^，。；]{0,24}?${STANDARD}(?:${SHARE})?`, 'u');
const DRAFT_SHARE = new RegExp(`${STANDARD}\\s?${SHARE}`, 'gu');

/** The share in percent (百分之九十, 85%, ８５％), read as the claims read figures. */
function percentOf(share: string): number | undefined {
  const ratio = findQuantities(share).find((q) => q.dim === 'ratio');
  return ratio ? Math.round(ratio.value * 10_000) / 100 : undefined;
}

/** The floors a law's provision sets for a payment, against a standard. */
export function standardFloors(text: string): StandardFloor[] {
  const out: StandardFloor[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = LAW_FLOOR.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(0, m.index);
    const payment = PAYMENTS.find((p) => before.includes(p)) ?? (WAGES_IN_GENERAL.test(before) ? WAGES_FOR_WORK : undefined);
    if (!payment) continue;
    const percent = m[2] ? percentOf(m[2]) : 100;
    if (percent === undefined) continue;
    out.push({ payment, standard: m[1], percent, words: sentence.replace(/[。；;]$/u, '') });
  }
  return out;
}

/** The shares of a public standard a draft paragraph sets (最低生活保障标准的百分之九十). */
export function sharesOfStandard(text: string): ShareOfStandard[] {
  const out: ShareOfStandard[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    for (const m of sentence.matchAll(DRAFT_SHARE)) {
      const percent = percentOf(m[2]);
      if (percent === undefined) continue;
      const start = range.start + m.index!;
      out.push({ start, end: start + m[0].length, phrase: m[0], standard: m[1], percent, sentence });
    }
  }
  return out;
}

/** Whether the draft's share pays the law's payment below the law's floor: the same standard, a lower share, the payment named. */
export function belowFloor(share: ShareOfStandard, floor: StandardFloor): boolean {
  if (share.standard !== floor.standard || share.percent >= floor.percent) return false;
  const named = floor.payment === WAGES_FOR_WORK ? AT_WORK.test(share.sentence) && !NO_WORK.test(share.sentence) : share.sentence.includes(floor.payment);
  if (!named) return false;
  // A ceiling (最高不超过…标准的90%) caps the payment; it does not pay less.
  const at = share.sentence.indexOf(share.phrase);
  const clause = share.sentence.slice(Math.max(0, share.sentence.lastIndexOf('，', at) + 1), share.sentence.slice(at).search(/[，。；]|$/u) + at);
  return !/不超过|不高于|最高|以下|以内|上限/u.test(clause);
}
