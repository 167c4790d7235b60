/**
 * Refusing to hire a carrier of an infectious disease. 就业促进法第三十条: 用人单位招用人员，不得以是传染病病原携带者为由拒绝录用;
 * only work that law, administrative regulations or the health department forbid a carrier to do before cure is closed to
 * them. A draft that lets an employer or any hiring body turn a carrier away (…携带者的，不予录用; …携带者的，用人单位可以
 * 根据岗位需要自主决定是否录用; 有下列情形之一的，不得聘用：…（三）…传染病病原携带者的) takes back that equal right.
 *
 * Silent where the sentence restates the ban (不得以是传染病病原携带者为由拒绝录用) or names the law's exception (易使传染病扩散的
 * 工作, 禁止从事), and where the carrier is only named (检测, 体检项目: content/discrimination's question).
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface CarrierRefusal extends ModelledFinding {
  article: 30;
}

/** A carrier of an infectious disease: 传染病病原携带者, 乙型肝炎病毒表面抗原携带者, 乙肝病毒携带者. */
const CARRIER = /(?:传染病病原|病原|病毒(?:表面抗原)?|表面抗原|乙肝|乙型肝炎)[^，。；]{0,12}?携带者/u;
/** Turned away, or left to the employer to turn away. */
// Or failed at the medical (一律按体检不合格处理): the same door shut by another name; any hiring body's (招募, 录取).
const REFUSAL =
  /不予(?:录用|聘用|招用|入职|招募|录取)|不得(?:录用|聘用|招用|招募)|不录用|不聘用|拒绝(?:录用|聘用|招募)|自主决定是否(?:录用|聘用)|可以不(?:予)?(?:录用|聘用)|按(?:照)?体检不合格(?:处理|对待)|视为体检不合格|认定为体检不合格/u;
/** The law's ban restated, its exception named, or the conduct defined (本办法所称健康歧视，是指…). */
const KEPT = /所称|是指|(?:不得|不能|禁止)以[^。；]{0,60}?为由|易使传染病扩散|禁止从事|治愈前|排除传染嫌疑/u;

/** Refusals of carriers in a paragraph; an item is read with the lead-in that states the refusal (…不得聘用为考评人员：). */
export function carrierRefusals(text: string, leadIn?: string): CarrierRefusal[] {
  const out: CarrierRefusal[] = [];
  const leadRefuses = !!leadIn && REFUSAL.test(leadIn) && !KEPT.test(leadIn);
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const carrier = CARRIER.exec(sentence);
    if (!carrier || KEPT.test(sentence)) continue;
    const refusal = REFUSAL.exec(sentence.slice(carrier.index));
    if (!refusal && !leadRefuses) continue;
    const from = carrier.index;
    const to = refusal ? carrier.index + refusal.index + refusal[0].length : carrier.index + carrier[0].length;
    out.push({ start: range.start + from, end: range.start + to, phrase: sentence.slice(from, to), article: 30 });
  }
  return out;
}
