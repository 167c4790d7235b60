/**
 * The qualification of a special-operation worker waived. 安全生产法第三十条第一款: 生产经营单位的特种作业人员必须按照国家有关规定经
 * 专门的安全作业培训，取得相应资格，方可上岗作业. No skill certificate, prize or title stands in for it: a draft that lets a worker
 * do special operations without the training or the qualification (可以不再取得特种作业操作资格，由用人单位直接安排上岗; 获奖选手
 * 可以不再经专门的安全作业培训取得特种作业操作证，直接上岗) sets aside what the law requires before work begins.
 *
 * Silent where the sentence requires or checks the qualification (应当持证上岗, 未取得…的，不得上岗), and where no special operation is
 * the case (a skill certificate waived for other work is another matter).
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface SpecialOperationWaiver extends ModelledFinding {
  article: 30;
  clause: 1;
}

const SPECIAL = /特种作业/u;
/** The training or the qualification let go, or work before it (直接上岗, 先上岗后取证). */
const WAIVED =
  /(?:可以|可)?先上岗[、，]?后(?:培训|取证|考证)|(?:可以不|可不|无需|无须|不需要?|不必|免于|免予|不再)(?:再)?(?:经|参加)?[^，。；]{0,12}?(?:取得|持有|考取|办理)[^，。；]{0,8}?(?:资格|操作证|证书|证件)|(?:可以|可)?(?:直接|先行?)(?:安排)?上岗(?!前)/u;
const KEPT = /不得|严禁|禁止|未取得[^，。；]{0,12}?的|应当[^，。；]{0,10}?(?:持证|取得)|方可/u;

export function specialOperationWaivers(text: string): SpecialOperationWaiver[] {
  return sentenceMatches(text, WAIVED, (sentence) => SPECIAL.test(sentence) && !KEPT.test(sentence)).map((f) => ({
    ...f,
    article: 30,
    clause: 1,
  }));
}
