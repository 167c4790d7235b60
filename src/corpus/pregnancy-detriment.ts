/**
 * A woman's pay or career cut for marriage, pregnancy, maternity leave or nursing. 妇女权益保障法 第四十八条: 用人单位不得因
 * 结婚、怀孕、产假、哺乳等情形，降低女职工的工资和福利待遇，限制女职工晋职、晋级、评聘专业技术职称和职务 (女职工劳动保护特别
 * 规定 第五条 says the same of pay). A draft that lets the employer pay less in those cases (可以按照其实际承担的工作量相应核减
 * 工资; 按照调整后岗位的工资标准支付; 年终奖金按实际在岗月数折算) or hold back a promotion (暂缓列入当年度岗位晋升范围) takes
 * back that protection.
 *
 * Silent where the sentence keeps the rule (不得, 不影响, 照发), and on maternity allowance paid by the fund (生育津贴), which
 * takes the place of pay by law.
 */

import { fullSentences } from '../zh/context.js';
import { namedAsConduct, restOfClause, type ModelledFinding } from './modelled-finding.js';

export interface PregnancyDetriment extends ModelledFinding {
  article: 48;
  what: 'pay' | 'career';
}

/** The woman's case: marriage, pregnancy, maternity leave, nursing. */
const CASE = /怀孕|孕期|产假|产期|(?<!计划)生育(?!保险|医疗)|哺乳|婚育|结婚/u;
/** Less pay: cut, reduced, pro-rated, or paid at another post's rate. */
const LESS_PAY =
  /(?:降低|核减|减少|扣减|下调|扣发|停发|减发|少发)[^，。；]{0,6}?(?:工资|薪酬|待遇|福利|奖金|绩效)|(?:工资|薪酬|奖金|绩效工资|绩效)[^，。；]{0,10}?(?:相应|按比例)?(?:核减|降低|减少|扣减|下调|折算)|按照?(?:调整后|新|现)(?:岗位|工作岗位)的?(?:工资|薪酬)标准/u;
/** A career held back: promotion, grading or titles deferred or refused. */
const HELD_BACK =
  /(?:暂缓|推迟|延后|不予|不得参加|取消|不列入|不纳入)[^，。；]{0,12}?(?:晋升|晋级|晋职|评聘|职称评审|职级评定|职务晋升)|(?:晋升|晋级|晋职|评聘|聘任|职称评审|职级评定)[^，。；]{0,12}?(?:推迟|暂缓|延后)(?:至|到)?/u;
const KEEPS = /不得|严禁|禁止|不因|不受影响|不影响|不应|照发|照常|不降低|不减少|保持不变/u;

export function pregnancyDetriments(text: string): PregnancyDetriment[] {
  const out: PregnancyDetriment[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!CASE.test(sentence) || /生育津贴/u.test(sentence)) continue;
    const pay = LESS_PAY.exec(sentence);
    const career = HELD_BACK.exec(sentence);
    const m = pay ?? career;
    if (!m) continue;
    const end = m.index + m[0].length;
    if (namedAsConduct(sentence, end)) continue;
    // The rule kept up to the cut; a floor under it that follows (但核减后的工资不得低于…) keeps nothing.
    if (KEEPS.test(sentence.slice(0, end + restOfClause(sentence, end).length))) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], article: 48, what: pay ? 'pay' : 'career' });
  }
  return out;
}
