/**
 * The worker's choice of when to retire, taken from the worker. 国务院关于渐进式延迟法定退休年龄的办法 第三条: early retirement is
 * the worker's free choice (可以自愿选择弹性提前退休), late retirement needs the employer and the worker to agree (所在单位与职工
 * 协商一致的，可以弹性延迟退休), and 实施中不得违背职工意愿，违法强制或者变相强制职工选择退休年龄. A draft that lets the employer
 * decide (用人单位根据生产经营需要，可以决定其弹性延迟退休; …本人应当服从单位安排) or bars the worker from choosing (由用人单位统一
 * 安排办理提前退休手续，职工本人不得选择继续工作至法定退休年龄) forces the choice.
 *
 * Silent where the sentence keeps the choice (自愿, 协商一致, 本人申请, 本人同意, 不得强制).
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface ForcedRetirement extends ModelledFinding {
  article: 3;
}

const RETIREMENT_CHOICE = /弹性(?:提前|延迟)退休|提前退休|延迟退休|继续工作至法定退休年龄/u;
/** The employer decides, or the worker may not choose or refuse. */
const FORCED =
  /(?:用人单位|单位|企业)[^。；]{0,20}?(?:可以|有权)?(?:研究)?决定其?[^，。；]{0,4}?(?:弹性)?(?:提前|延迟)退休|(?:用人单位|单位|企业)统一安排[^，。；]{0,10}?(?:提前|延迟)退休|(?:用人单位|单位|企业)[^。；]{0,20}?(?:可以|有权)安排(?:职工|其|本人)?(?:弹性)?(?:提前|延迟)退休|(?:职工|本人|劳动者)(?:本人)?(?:无正当理由|无故)?(?:不得|不能|无权)(?:选择|拒绝|申请)[^，。；]{0,16}|本人应当服从[^，。；]{0,8}?安排/u;
const KEEPS = /自愿|协商一致|本人申请|本人同意|经本人|不得(?:违背|强制)|变相强制/u;

export function forcedRetirements(text: string): ForcedRetirement[] {
  return sentenceMatches(text, FORCED, (sentence) => RETIREMENT_CHOICE.test(sentence) && !KEEPS.test(sentence)).map((f) => ({ ...f, article: 3 }));
}
