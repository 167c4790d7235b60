/**
 * Inspections, investigations and enforcement carried out by one officer. The
 * law wants two at least, every time: 劳动保障监察员进行调查、检查，不得少于2人
 * (劳动保障监察条例第十六条), 监督检查人员不得少于2人 for the human-resources
 * market (人力资源市场暂行条例第三十四条), 执法人员不得少于两人 for every
 * administrative penalty (行政处罚法第四十二条). A draft that lets one officer
 * do it (日常检查可以由1名执法人员实施; 可以由1名劳动保障监察员带领协管员进行)
 * takes away a safeguard the law gives the inspected, whatever its words. The
 * law that says so is the one of the draft's own field: labour inspection,
 * the human-resources market, or penalties in general.
 */

import { fullSentences } from '../zh/context.js';

export interface SoleInspector {
  start: number;
  end: number;
  phrase: string;
  /** The law that asks for two, and its article. */
  title: string;
  article: number;
}

const OFFICER = '(?:劳动保障监察员|监察员|执法人员|行政执法人员|检查人员|监督检查人员|调查人员|稽核人员|工作人员)';
/** One officer: 由1名执法人员, 1名劳动保障监察员带领, 单人执法. */
const ONE_OFFICER = new RegExp(`(?:由|安排|派出|指派|可以由|可由)?(?:1|一|１)\\s?(?:名|个|位)${OFFICER}|单人(?:执法|检查|调查|实施)`, 'u');
/** What the officer does: an inspection, an investigation, enforcement. */
const INSPECTION = /检查|调查|巡查|巡视|监察|执法|取证|询问|勘验|稽核/u;
/** The sentence bars it, or asks for more. */
const BARRED = /不得|禁止|严禁|不少于|至少|以上/u;
const LABOUR_INSPECTION = /劳动保障监察|监察员/u;
const HR_MARKET = /人力资源服务|人力资源市场|职业中介|劳务派遣|招聘/u;

/** Inspections a paragraph lets one officer carry out; `field` is what the document is about (its title). */
export function soleInspectors(text: string, field = ''): SoleInspector[] {
  const out: SoleInspector[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = ONE_OFFICER.exec(sentence);
    if (!m || !INSPECTION.test(sentence)) continue;
    // The bar is read in the part that names the one officer: 一般由两名以上执法人员共同进行；…可以由一名执法人员进行 states the
    // rule, then lets one officer do it.
    const partStart = Math.max(sentence.lastIndexOf('；', m.index), sentence.lastIndexOf(';', m.index)) + 1;
    const partEnd = sentence.slice(m.index).search(/[；;]/u);
    if (BARRED.test(sentence.slice(partStart, partEnd < 0 ? sentence.length : m.index + partEnd))) continue;
    const about = `${field}。${text}`;
    const [title, article] = LABOUR_INSPECTION.test(about)
      ? ['劳动保障监察条例', 16]
      : HR_MARKET.test(about)
        ? ['人力资源市场暂行条例', 34]
        : ['中华人民共和国行政处罚法', 42];
    const start = range.start + m.index;
    out.push({ start, end: start + m[0].length, phrase: m[0], title, article });
  }
  return out;
}
