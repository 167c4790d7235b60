/**
 * The unemployment insurance rate set below the province. 失业保险条例第九条: 省、自治区、直辖市人民政府根据本行政区域失业人员数量
 * 和失业保险基金数额，报经国务院批准，可以适当调整本行政区域失业保险费的费率. A draft that lets a city or county fix its own rate
 * (市州人民政府可以…自行确定本地区失业保险费率) hands to the wrong level a power the regulation gives the province, with the State
 * Council's approval.
 *
 * Silent where the province sets the rate or the sentence executes a rate set above (执行国家和省规定的费率), and on other rates.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface LocalRate extends ModelledFinding {
  article: 9;
}

const LOCAL = /(?:市州|设区的市|市级|县级|县市区|市、县|各市|各地)(?:人民政府|人力资源社会保障部门|人力资源和社会保障局)?/u;
const SET = /(?:可以|可|有权)?(?:自行|根据[^，。；]{0,20}?)?(?:确定|调整|制定|设定|降低|提高)(?:本地区|本地|本市|本县|辖区)?(?:的)?失业保险(?:费)?(?:的)?费率/u;
const KEPT = /执行[^，。；]{0,10}?(?:国家|省)[^，。；]{0,6}?(?:规定|确定)|报经国务院批准|省人民政府确定/u;

export function localRates(text: string): LocalRate[] {
  const out: LocalRate[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const local = LOCAL.exec(sentence);
    if (!local || KEPT.test(sentence)) continue;
    const m = SET.exec(sentence.slice(local.index));
    // A ban on it (各地不得自行确定失业保险费率) keeps the rule.
    if (!m || /(?:不得|不能|无权|禁止|严禁)[^，。；]{0,6}$/u.test(sentence.slice(0, local.index + m.index))) continue;
    const start = range.start + local.index + m.index;
    out.push({ start, end: start + m[0].length, phrase: m[0], article: 9 });
  }
  return out;
}
