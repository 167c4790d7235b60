/**
 * Rules on the workers' own terms made without them. 劳动合同法 第四条第二款: rules and major matters that directly touch
 * workers' interests (劳动报酬、工作时间、休息休假、劳动纪律…) 应当经职工代表大会或者全体职工讨论，提出方案和意见，与工会或者职工
 * 代表平等协商确定. A draft that lets the employer skip that (可以不经职工代表大会或者全体职工讨论; 由单位主要负责人审定后即可公布
 * 施行，无需经职工代表大会…讨论; 经企业负责人审定后即可实施，无需与工会或者职工代表协商) takes away the procedure the law gives the workers.
 *
 * Silent where the sentence keeps the rule (未经职工代表大会讨论的，不得施行), on a case that names the omission (未经…讨论的), and
 * on bodies whose rules another law governs (机关, 公务员).
 */

import { fullSentences } from '../zh/context.js';
import { namedAsConduct, type ModelledFinding } from './modelled-finding.js';

export interface SkippedDemocraticProcedure extends ModelledFinding {
  article: 4;
  clause: 2;
}

/** The workers' assembly or all workers, left out. */
const SKIPPED =
  /(?:可以不|无需|无须|不需要?|不必|不再|不经|可不)(?:经|经过|提交|交由|提请)?(?:职工代表大会|职代会|全体职工)(?:或者(?:全体职工|职工代表大会))?(?:讨论|审议|通过|协商)?|(?:可以不|无需|无须|不需要?|不必|不再|可不)(?:与|同)(?:工会|职工代表|劳动者代表)(?:或者(?:工会|职工代表|劳动者代表))?(?:平等)?(?:协商|商议|沟通)/u;
/** A rule made by management alone, to take effect at once (由企业管理层讨论通过后即可施行). */
const MANAGEMENT_ONLY =
  /(?:由|经)[^，。；]{0,12}?(?:管理层|主要负责人|负责人|领导班子|董事会|办公会|总经理)[^，。；]{0,10}?(?:讨论通过|审定|决定|批准)后?(?:即可|即行|直接)(?:施行|公布|实施|执行)/u;
/** What the rule is about: the employer's rules on its workers. */
const WORKERS_RULES = /制度|规章|办法|方案|细则|规则|计件单价|劳动定额/u;
const KEEPS = /不得施行|不得公布|不得实施|无效|不生效|不发生效力|应当经/u;
const PUBLIC_SERVICE = /公务员|机关工作人员/u;

export function skippedDemocraticProcedures(text: string): SkippedDemocraticProcedure[] {
  const out: SkippedDemocraticProcedure[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!WORKERS_RULES.test(sentence) || KEEPS.test(sentence) || PUBLIC_SERVICE.test(sentence)) continue;
    // Management alone counts only where the workers are not named at all: 经职工代表大会讨论后，由负责人审定后即可公布 keeps them.
    const m = SKIPPED.exec(sentence) ?? (/职工代表大会|全体职工/u.test(text) ? null : MANAGEMENT_ONLY.exec(sentence));
    if (!m) continue;
    const end = m.index + m[0].length;
    if (namedAsConduct(sentence, end)) continue;
    out.push({ start: range.start + m.index, end: range.start + end, phrase: m[0], article: 4, clause: 2 });
  }
  return out;
}
