/**
 * A woman's pay or career cut for marriage, pregnancy, maternity leave or nursing. 妇女权益保障法 第四十八条: 用人单位不得因
 * 结婚、怀孕、产假、哺乳等情形，降低女职工的工资和福利待遇，限制女职工晋职、晋级、评聘专业技术职称和职务 (女职工劳动保护特别
 * 规定 第五条 says the same of pay). A draft that lets the employer pay less in those cases (可以按照其实际承担的工作量相应核减
 * 工资; 按照调整后岗位的工资标准支付; 年终奖金按实际在岗月数折算) or hold back a promotion (暂缓列入当年度岗位晋升范围; 暂不推荐
 * 其申报 a title; the leave 不计算为晋升职级的任职年限) takes back that protection.
 *
 * Silent where the sentence keeps the rule (不得, 不影响, 照发), and on maternity allowance paid by the fund (生育津贴), which
 * takes the place of pay by law.
 */

import { fullSentences } from '../zh/context.js';
import { namedAsConduct, restOfClause, type ModelledFinding } from './modelled-finding.js';

export interface PregnancyDetriment extends ModelledFinding {
  article: 48;
  what: 'pay' | 'career' | 'dismissal';
}

/** The woman's case: marriage, pregnancy, maternity leave, nursing. */
const CASE = /怀孕|孕期|产假|产期|(?<!计划)生育(?!保险|医疗)|哺乳|婚育|结婚/u;
/** Less pay: cut, reduced, pro-rated, or paid at another post's rate. */
const LESS_PAY =
  /(?:降低|核减|减少|扣减|下调|扣发|停发|减发|少发)[^，。；]{0,6}?(?:工资|薪酬|待遇|福利|奖金|绩效)|(?:工资|薪酬|奖金|绩效工资|绩效)[^，。；]{0,10}?(?:相应|按比例)?(?:核减|降低|减少|扣减|下调|折算)|按照?(?:调整后|新|现)(?:岗位|工作岗位)的?(?:工资|薪酬)标准/u;
/** A career held back: promotion, grading or titles deferred or refused. */
const HELD_BACK =
  /(?:暂缓|推迟|延后|不予|不得参加|取消|不列入|不纳入)[^，。；]{0,12}?(?:晋升|晋级|晋职|评聘|职称评审|职级评定|职务晋升)|(?:晋升|晋级|晋职|评聘|聘任|职称评审|职级评定)[^，。；]{0,12}?(?:推迟|暂缓|延后)(?:至|到)?|(?:暂不|不予|暂缓|不再)推荐(?:其)?(?:申报|参评|参加评审|晋升|晋级)|(?:暂缓|暂不|不得)(?:申报|参评)(?=[^，。；]{0,6}?(?:职称|评审|晋升|等级)|[，,。；;]|$)|(?:不计算为|不计入|不计算在|不作为)[^，。；]{0,12}?(?:晋升|晋级|晋职|评聘|职称)[^，。；]{0,10}?(?:年限|资历|时间)/u;
/** An appraisal capped for the case (当年年度考核不得确定为优秀等次): the grade that promotion and pay steps turn on. */
const GRADE_CAPPED = /(?:年度考核|考核)[^，。；]{0,8}?(?:不得|不能|不予)(?:确定|评定|评为|定为)[^，。；]{0,4}?(?:优秀|合格以上|称职以上)(?:等次)?/u;
/** The contract ended or the woman dismissed (可以解除聘用合同, 予以辞退). */
const DISMISSED =
  /(?:可以|有权|应当|予以|即可)[^，。；]{0,10}?(?:解除|终止)[^，。；]{0,6}?(?:劳动合同|聘用合同|劳动关系|人事关系)|(?:予以|可以|即行)(?:辞退|解聘|清退)/u;
/** Her own misconduct, for which the law lets the contract end at any time (劳动合同法第三十九条). */
const MISCONDUCT = /严重违反|严重失职|营私舞弊|刑事责任|欺诈|胁迫|旷工|不符合录用条件|第三十九条/u;
const KEEPS = /不得|严禁|禁止|不因|不受影响|不影响|不应|照发|照常|不降低|不减少|保持不变/u;

export function pregnancyDetriments(text: string): PregnancyDetriment[] {
  const out: PregnancyDetriment[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (!CASE.test(sentence) || /生育津贴/u.test(sentence)) continue;
    const pay = LESS_PAY.exec(sentence);
    const career = HELD_BACK.exec(sentence) ?? GRADE_CAPPED.exec(sentence);
    // Dismissal for the case itself (…怀孕、生育，不能按期参加试用期考核的，事业单位可以解除聘用合同), not for her misconduct.
    const caseEnd = sentence.lastIndexOf('的，');
    const dismissed = caseEnd > 0 && CASE.test(sentence.slice(0, caseEnd)) && !MISCONDUCT.test(sentence) ? DISMISSED.exec(sentence.slice(caseEnd)) : null;
    const m = pay ?? career;
    const at = m ? m.index : dismissed ? caseEnd + dismissed.index : -1;
    const phrase = m ? m[0] : dismissed ? dismissed[0] : '';
    if (at < 0) continue;
    // Her own choice to apply later (本人可以申请暂缓申报) takes nothing from her.
    if (/^(?:暂缓|暂不)(?:申报|参评)/u.test(phrase) && /(?:可以|申请|自愿|要求)$/u.test(sentence.slice(Math.max(0, at - 4), at))) continue;
    const end = at + phrase.length;
    if (namedAsConduct(sentence, end)) continue;
    // The rule kept up to the cut; a floor under it that follows (但核减后的工资不得低于…) keeps nothing. The detriment's own words
    // (不得参加…评聘, 不得确定为优秀) keep nothing either.
    const around = sentence
      .slice(0, end + restOfClause(sentence, end).length)
      .replace(HELD_BACK, '')
      .replace(GRADE_CAPPED, '');
    if (KEEPS.test(around)) continue;
    const what = pay ? 'pay' : m ? 'career' : 'dismissal';
    out.push({ start: range.start + at, end: range.start + end, phrase, article: 48, what });
  }
  return out;
}
