/**
 * A disabled person shut out for the disability. 残疾人保障法 第三十八条第二款: 在职工的招用、转正、晋级、职称评定、劳动报酬、生活
 * 福利、休息休假、社会保险等方面，不得歧视残疾人; 第二十五条第二款: 普通高级中等学校、中等职业学校和高等学校，必须招收符合国家规定
 * 的录取要求的残疾考生入学，不得因其残疾而拒绝招收. A draft that leaves a disabled official out of promotion (有残疾的公务员，不列为
 * 职级晋升民主测评对象), bars a title application (因肢体残疾不能从事现场操作的，不得申报职称评审) or lets a school refuse disabled
 * candidates (对肢体、视力、听力残疾的考生不予录取) does what the law forbids.
 *
 * Silent where the sentence keeps the rule (不得因…残疾, 不得歧视) or defines the wrong (所称…歧视，是指…), holds candidates to the admission requirements the state sets
 * (国家规定的录取要求, 体检标准), or favours disabled people (优先, 合理便利).
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export const DISABLED_PERSONS_LAW = '中华人民共和国残疾人保障法';

const DISABLED = /残疾/u;
/** Left out: not listed, not admitted, barred from applying, its standing taken away. */
const SHUT_OUT =
  /(?:不列为|不列入|不纳入|不参加|不得(?:申报|参加|参评|报名|报考|晋升|晋级|转正)|不予(?:申报|推荐|晋升|晋级|评聘|聘任|聘用|录用|转正|录取|招收)|取消[^，。；]{0,6}?资格|拒绝(?:招收|录取|录用|聘用))[^，。；]{0,14}/u;
/** Admission to a school. */
const SCHOOL = /考生|学生|招生|录取|入学|招收/u;
/** The sides of work the law names. */
const WORK = /招用|招聘|录用|聘用|转正|晋级|晋升|职级|职务|职称|评审|评聘|测评|劳动报酬|工资|福利|休假|社会保险/u;
// …or defines the wrong (本办法所称健康歧视，是指…以…残疾…为由，拒绝录用…的行为).
const KEEPS = /不得(?:因|以|由于)[^，。；]{0,8}?残疾|歧视|是指|所称|国家规定的[^，。；]{0,8}?(?:录取要求|体检标准|身体条件)|体检标准|合理便利|优先/u;

export interface DisabilityExclusion extends ModelledFinding {
  article: 25 | 38;
  clause: 2;
  word: string;
}

export function disabilityExclusions(text: string): DisabilityExclusion[] {
  const out: DisabilityExclusion[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const disabled = DISABLED.exec(sentence);
    if (!disabled || KEEPS.test(sentence)) continue;
    // The disability is the case; what is refused comes after it.
    const rest = sentence.slice(disabled.index);
    const m = SHUT_OUT.exec(rest);
    if (!m) continue;
    const school = SCHOOL.test(sentence);
    if (!school && !WORK.test(m[0]) && !WORK.test(sentence.slice(0, disabled.index))) continue;
    const start = disabled.index + m.index;
    out.push({
      start: range.start + start,
      end: range.start + start + m[0].length,
      phrase: m[0],
      article: school ? 25 : 38,
      clause: 2,
      word: school ? '不得因其残疾而拒绝招收' : '不得歧视残疾人',
    });
  }
  return out;
}
