/**
 * The employer let off the insurance it owes, because the worker gave it up. The law puts the duty on the employer, not at the
 * worker's choice: 社会保险法第六十条第一款 (用人单位应当自行申报、按时足额缴纳社会保险费); for one hired past the retirement age,
 * 国务院关于渐进式延迟法定退休年龄的办法第六条 (用人单位招用超过法定退休年龄的劳动者，应当保障…工伤保障等基本权益). A draft in which
 * the worker's promise or request relieves the employer (超龄劳动者书面承诺放弃工伤保障的，用人单位可以不为其办理; 职工自愿放弃
 * 参保的，单位不再为其缴纳) lets a private waiver undo a duty of law.
 *
 * Silent where the sentence holds the waiver void or the duty kept (承诺无效, 仍应当, 不得以…为由), and where nothing is waived.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface InsuranceWaiver extends ModelledFinding {
  title: string;
  article: 6 | 60;
  clause?: 1;
  word: string;
}

const PERSON = '(?:劳动者|职工|员工|本人|从业人员|人员|务工人员|农民工)';
const INSURANCE = '(?:社会保险|工伤保险|工伤保障|职业伤害保障|养老保险|医疗保险|失业保险|生育保险|参保|社保)';
const WAIVED = new RegExp(`${PERSON}[^。；]{0,12}?(?:书面)?(?:承诺|声明|申请|自愿|同意|要求)?(?:放弃|不参加|不要求)[^，。；]{0,8}?${INSURANCE}`, 'u');
const RELIEVED =
  /(?:用人单位|单位|企业|公司)[^，。；]{0,6}?(?:可以|可)?(?:不|不再|无需|无须|免于|免予)(?:为其|为该职工|为本人|再)?(?:办理|缴纳|参保|参加|申报|承担)[^，。；]{0,12}/u;
const KEPT = /无效|仍(?:然)?应当|仍须|仍需|不得以|不影响|不免除|不得(?:因此|据此)/u;
const OVER_AGE = /超龄|超过法定退休年龄|达到法定退休年龄后(?:继续|仍)|退休人员/u;

export function insuranceWaivers(text: string): InsuranceWaiver[] {
  const out: InsuranceWaiver[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const waived = WAIVED.exec(sentence);
    if (!waived || KEPT.test(sentence)) continue;
    const relieved = RELIEVED.exec(sentence.slice(waived.index + waived[0].length));
    if (!relieved) continue;
    const start = range.start + waived.index + waived[0].length + relieved.index;
    const law = OVER_AGE.test(sentence)
      ? { title: '全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定', article: 6 as const, word: '工伤保障等基本权益' }
      : { title: '中华人民共和国社会保险法', article: 60 as const, clause: 1 as const, word: '按时足额缴纳社会保险费' };
    out.push({ start, end: start + relieved[0].length, phrase: relieved[0], ...law });
  }
  return out;
}
