/**
 * A right the law gives directly, made to wait for a step the law does not ask for. The rights:
 * - 劳动保障监察条例 第九条: anyone may report a breach (举报), a worker may complain (投诉) to the labour inspectorate;
 * - 劳动争议调解仲裁法 第五条: a party that will not negotiate or mediate, or fails to, may apply for arbitration;
 * - the right to sue a court gives after a refused or unanswered arbitration application (劳动争议调解仲裁法 第二十九条)
 *   and for discrimination in employment (残疾人保障法 第六十四条, 就业促进法 第六十二条);
 * - review or a suit against a decision on disclosing government information (政府信息公开条例 第五十一条);
 * - a suit against any administrative act without review first (行政诉讼法 第四十四条第一款), which only a law or an
 *   administrative regulation may require (行政复议法 第二十三条);
 * - asking that a civil servant stand aside (公务员法 第七十七条第一款: 利害关系人有权申请公务员回避).
 *
 * A draft that puts a step before the right (应当先向本单位工会反映；经调解仍未解决的，方可向…投诉; 复查维持原决定的，申请人
 * 方可…提起诉讼; 不得直接起诉) takes back what the law gives. The law's own order is not reported: arbitration before a labour
 * suit (对仲裁裁决不服的，方可…起诉), and a sentence that keeps the right (无需先…, 不得要求…先…). The step may also be put as a
 * refusal (未经调解的，劳动人事争议仲裁委员会不予受理): who refuses tells which right it takes.
 */

import { sentenceParts } from '../zh/context.js';
import { findingAt, type ModelledFinding, type ModelledProvision } from './modelled-finding.js';

export interface PreconditionedRight extends ModelledFinding {
  title: string;
  /** Words of the provision that give the right, to find it and to quote it. */
  word: string;
}

interface RightRule extends ModelledProvision {
  /** The right, as the draft's words end it. */
  right: RegExp;
  /** The case the law gives it in, read in the whole paragraph. */
  within?: RegExp;
  /** A suit, which a labour dispute reaches only after arbitration. */
  suit?: boolean;
  /** Only the right barred outright (不得直接…), not one after a step the law may itself set (…后方可提出申请). */
  directOnly?: boolean;
  /** A right no one's consent may hold back: also read after 经…同意后，方可. */
  noConsent?: boolean;
  /** A step the law itself may put first (行政复议 before a suit, 行政复议法第二十三条): a condition naming it is the law's order. */
  lawsOwnStep?: RegExp;
  /** The step the right is made to wait for, read in the part before it (复议). */
  step?: RegExp;
  /** The law's own order named anywhere in the sentence (不予公开政府信息的…；对行政复议决定不服的，方可…). */
  lawsOwnSentence?: RegExp;
}

const RIGHTS: RightRule[] = [
  { right: /投诉$/u, title: '劳动保障监察条例', article: 9, clause: 2, word: '有权向劳动保障行政部门投诉' },
  { right: /举报$/u, title: '劳动保障监察条例', article: 9, clause: 1, word: '有权向劳动保障行政部门举报' },
  { right: /申请(?:劳动(?:人事)?争议)?仲裁$/u, title: '中华人民共和国劳动争议调解仲裁法', article: 5, word: '申请仲裁' },
  {
    right: /(?:提起诉讼|起诉)$/u,
    suit: true,
    within: /不予受理|逾期未作出(?:受理)?决定|未作出是否受理/u,
    title: '中华人民共和国劳动争议调解仲裁法',
    article: 29,
    word: '提起诉讼',
  },
  {
    right: /(?:提起诉讼|起诉)$/u,
    suit: true,
    within: /歧视残疾人|残疾[^，。；]{0,12}歧视/u,
    title: '中华人民共和国残疾人保障法',
    article: 64,
    word: '提起诉讼',
  },
  { right: /(?:提起诉讼|起诉)$/u, suit: true, within: /歧视/u, title: '中华人民共和国就业促进法', article: 62, word: '提起诉讼' },
  // The injured worker or a near relative may apply for the assessment of working ability directly, not only the employer.
  {
    right: /提出(?:[^，。；]{0,10}?鉴定)?申请$/u,
    within: /劳动能力鉴定|生活自理障碍|伤残等级/u,
    directOnly: true,
    title: '工伤保险条例',
    article: 23,
    word: '提出申请',
  },
  // A work-injury decision may be taken to court without administrative review first (可以依法申请行政复议，也可以依法向人民法院
  // 提起行政诉讼).
  {
    right: /提起(?:行政)?诉讼$/u,
    suit: true,
    within: /工伤认定|劳动能力鉴定|工伤保险/u,
    title: '工伤保险条例',
    article: 55,
    word: '提起行政诉讼',
  },
  // A decision on disclosure may be taken to administrative review or to court directly (政府信息公开条例第五十一条), not after an
  // internal 复核.
  {
    right: /(?:申请行政复议|提起(?:行政)?诉讼)$/u,
    within: /政府信息|信息公开/u,
    title: '中华人民共和国政府信息公开条例',
    article: 51,
    word: '申请行政复议',
    // A refusal to disclose goes to review before court (行政复议法第二十三条第一款第（四）项).
    lawsOwnStep: /复议/u,
  },
  // One whose interest is touched may ask that a civil servant stand aside (公务员法第七十七条第一款: 利害关系人有权申请公务员回避),
  // with no one's consent first.
  {
    right: /(?:提出回避申请|申请(?:公务员)?回避)$/u,
    within: /公务员|回避/u,
    noConsent: true,
    title: '中华人民共和国公务员法',
    article: 77,
    clause: 1,
    word: '有权申请公务员回避',
  },
  // A 公务员 may appeal a 处分 without asking the body that made it to review it first.
  { right: /申诉$/u, within: /公务员/u, title: '中华人民共和国公务员法', article: 95, word: '直接提出申诉' },
  // Any administrative case may go to court without review first (行政诉讼法第四十四条第一款), save where a law or an
  // administrative regulation puts review first (行政复议法第二十三条): a document cannot. Read only when the step is review.
  {
    right: /提起(?:行政)?诉讼$|起诉$/u,
    suit: true,
    step: /复议/u,
    lawsOwnSentence: /当场作出|政府信息|自然资源|(?:未|不)履行法定职责|法律、(?:行政)?法规规定/u,
    title: '中华人民共和国行政诉讼法',
    article: 44,
    clause: 1,
    word: '也可以直接向人民法院提起诉讼',
  },
];

/** Only then (方可, 才能, 后再), or not straight away (不得直接), before the right: up to 24 characters of 向…, 就…, 依法. */
const ONLY_THEN =
  /(?:方可|才能|才可以|才可|后再|不得直接|不能直接)(?:依法)?(?:就[^，。；]{1,16}?)?(?:向[^，。；]{1,24}?)?(?:投诉|举报|申请(?:劳动(?:人事)?争议)?仲裁|申请行政复议|提起(?:行政)?诉讼|起诉|提出申诉|提出回避申请|申请(?:公务员)?回避|提出(?:[^，。；]{0,10}?鉴定)?申请)/gu;
/**
 * The same step put as a refusal: 未经调解的，劳动人事争议仲裁委员会不予受理. Which right it takes depends on who refuses (or
 * what is refused).
 */
const REFUSED_UNLESS = /未经([^，。；]{1,20}?)的[，,]([^，。；]{0,30}?)(?:不予受理|不予立案|不受理)([^，。；]{0,8})/gu;
const PRIOR_STEP = /调解|协商|申诉|复查|复核|信访|反映|内部处理/u;
/** The step itself at the head of 未经…的 (复核 in 复核直接提出申诉): what follows it is the act refused. */
const PRIOR_STEP_HEAD = /^[^，。；]*?(?:调解|协商|申诉|复查|复核|信访|反映|内部处理)/u;
const REFUSERS: Array<{ by: RegExp; right: string }> = [
  { by: /仲裁委员会|仲裁院|仲裁机构|仲裁申请/u, right: '申请仲裁' },
  { by: /人民法院|起诉|诉讼/u, right: '起诉' },
  { by: /投诉/u, right: '投诉' },
  { by: /举报/u, right: '举报' },
  { by: /申诉/u, right: '申诉' },
];
/** The law's own order: a labour suit after arbitration. */
const AFTER_ARBITRATION = /仲裁|裁决/u;
/** A sentence that keeps the right. */
const KEEPS = /无需|无须|不必|不需要|不得要求|不得以|不得将|可以直接/u;

/** Rights in a paragraph; the case a right is given in may be named by the document's title (…工伤认定行政复议和行政诉讼衔接…办法). */
export function preconditionedRights(text: string, title = ''): PreconditionedRight[] {
  const scope = `${title}\n${text}`;
  const out: PreconditionedRight[] = [];
  for (const { start: at, end, sentence } of sentenceParts(text)) {
    const part = text.slice(at, end);
    if (KEEPS.test(part)) continue;
    for (const m of part.matchAll(ONLY_THEN)) {
      const condition = part.slice(0, m.index);
      const waits = /^(?:不得|不能)直接/u.test(m[0]);
      // Only then needs a step before it in the part (经调解仍未解决的，; 对申诉处理决定不服的，); 不得直接 is the step itself. A
      // right that no one's consent may hold back is also made to wait by a consent (经…签字同意后，).
      const afterStep = /的[，,]?[^，,]{0,8}$/u.test(condition);
      const afterConsent = /(?:同意|批准)后[，,]?[^，,]{0,8}$/u.test(condition);
      if (!waits && !afterStep && !afterConsent) continue;
      const fits = (r: RightRule): boolean => r.right.test(m[0]) && (!r.directOnly || waits) && (waits || afterStep || !!r.noConsent);
      // The case the sentence itself names (不予公开政府信息的答复) before the one the title or paragraph names (工伤保险待遇).
      const sentenceText = text.slice(sentence.start, sentence.end);
      const rule =
        RIGHTS.find((r) => fits(r) && !!r.within && r.within.test(sentenceText)) ?? RIGHTS.find((r) => fits(r) && (!r.within || r.within.test(scope)));
      if (!rule) continue;
      if (rule.suit && AFTER_ARBITRATION.test(waits ? part : condition)) continue;
      if (rule.lawsOwnStep?.test(waits ? part.slice(0, m.index) : condition)) continue;
      if (rule.step && !rule.step.test(text.slice(sentence.start, at + m.index))) continue;
      if (rule.lawsOwnSentence?.test(text.slice(sentence.start, sentence.end))) continue;
      const from = waits ? Math.max(0, part.lastIndexOf('，', m.index) + 1) : 0;
      const to = m.index + m[0].length;
      out.push(findingAt(part, at, from, to, rule));
    }
    for (const m of part.matchAll(REFUSED_UNLESS)) {
      const [, step, who, what] = m;
      // A step of another procedure (调解, 协商, 申诉), not a form the application itself must have (未经申请人签字确认的).
      if (!PRIOR_STEP.test(step)) continue;
      // Who refuses, or what the step kept out (未经复核直接提出申诉的，受理机关不予受理).
      const refuser = REFUSERS.find((r) => r.by.test(who + what)) ?? REFUSERS.find((r) => r.by.test(step.replace(PRIOR_STEP_HEAD, '')));
      if (!refuser) continue;
      const rule = RIGHTS.find((r) => r.right.test(refuser.right) && (!r.within || r.within.test(scope)));
      if (!rule || (rule.suit && AFTER_ARBITRATION.test(step))) continue;
      out.push(findingAt(part, at, m.index!, m.index! + m[0].length, rule));
    }
  }
  return out;
}
