import type { Claim, Comparator, Condition, Quantity } from './claims.js';
import { ARTICLE_LABEL, ITEM_LABEL } from './text.js';
import { escapeRegExp } from '../io/escape.js';
import { isActScope, isAdminAct, isBenefit, isGeneral, isQualifier, isTier, namesAct } from './topics.js';
import { bigramCoverage, bigramDice, bigrams } from '../zh/similarity.js';

/**
 * Comparing a draft's claims with the claims of higher law. Meaning, not
 * wording: two claims are compared only when they concern the same subject
 * (topics), the same dimension and rate basis, and the same case
 * (conditions); then the comparator decides what differs and whether the
 * difference is allowed (a raised floor that protects workers is, a longer
 * deadline is not).
 */

export interface HigherClaim {
  claim: Claim;
  /** Hierarchy rank of the law (法律 1 … 规范性文件 4). */
  rank: number;
  /** For equal rank: the later law prevails (promulgation date). */
  date: string;
  /** Groups the claims of one provision. */
  provisionId: number;
}

export interface Verdict {
  ok: boolean;
  severity?: 'error' | 'warning';
  /** Why, in Chinese, e.g. 超过上位法规定的上限. */
  why?: string;
}

const OK: Verdict = { ok: true };

/** A reference to where the case is set (按前款规定, 依照本法第四十条规定): it names no part of the case. */
const CASE_REFERENCE =
  /(?:依照|依据|按照|根据|按)(?:本法|本条例|本规定|本办法)?(?:前款|前两款|前三款|本条|本款|第[零〇一二两三四五六七八九十百千0-9]+条(?:第[零〇一二两三四五六七八九十0-9]+款)?)(?:的)?规定/gu;

/** How alike two cases are in their own words: article and item labels and references to other provisions left out. */
function caseWordsAlike(a: string, b: string): number {
  const words = (t: string): string => t.replace(ARTICLE_LABEL, '').replace(ITEM_LABEL, '').replace(CASE_REFERENCE, '');
  return bigramDice(words(a), words(b));
}

/** Months for years and months, days for weeks and days; null when the two cannot be compared exactly. */
function exactTime(q: { value: number; unit: Quantity['unit'] }): { family: 'm' | 'd'; v: number } | null {
  switch (q.unit) {
    case 'year':
      return { family: 'm', v: q.value * 12 };
    case 'month':
      return { family: 'm', v: q.value };
    case 'week':
      return { family: 'd', v: q.value * 7 };
    case 'day':
      return { family: 'd', v: q.value };
    default:
      return null;
  }
}

const APPROX_DAYS = { year: 365, month: 30, week: 7, day: 1 } as const;

/**
 * Sign of a − b (−1, 0, 1), or undefined when they cannot be compared: other
 * dimensions, or 一个月 against 三十日 (close, but not the same legal period).
 */
export function compareQuantities(
  a: { value: number; dim: Quantity['dim']; unit: Quantity['unit']; daysAsWritten?: number },
  b: { value: number; dim: Quantity['dim']; unit: Quantity['unit']; daysAsWritten?: number },
): -1 | 0 | 1 | undefined {
  if (restatesDays(a, b) || restatesDays(b, a)) return 0;
  if (a.dim === 'workday' && b.dim === 'time') return workdaysAgainstDays(a.value, b);
  if (a.dim === 'time' && b.dim === 'workday') {
    const s = workdaysAgainstDays(b.value, a);
    return s === undefined ? undefined : (-s as -1 | 0 | 1);
  }
  if (a.dim !== b.dim) return undefined;
  const sign = (x: number, y: number): -1 | 0 | 1 => (Math.abs(x - y) < 1e-9 ? 0 : x > y ? 1 : -1);
  if (a.dim !== 'time') return sign(a.value, b.value);
  const ea = exactTime(a);
  const eb = exactTime(b);
  if (!ea || !eb) return undefined;
  if (ea.family === eb.family) return sign(ea.v, eb.v);
  const da = a.value * APPROX_DAYS[a.unit!];
  const db = b.value * APPROX_DAYS[b.unit!];
  const ratio = da / db;
  if (ratio > 0.8 && ratio < 1.25) return undefined;
  return da > db ? 1 : -1;
}

/** 十日 written for a period that the law writes as 十日 and counts in working days: the same period. */
function restatesDays(
  days: { dim: Quantity['dim']; unit: Quantity['unit']; value: number },
  workdays: { dim: Quantity['dim']; daysAsWritten?: number },
): boolean {
  return days.dim === 'time' && days.unit === 'day' && workdays.dim === 'workday' && workdays.daysAsWritten === days.value;
}

/**
 * Working days against calendar time. N working days span at least N days
 * plus two for each full week after the first, and at most 7/5 of N plus a
 * week of public holidays (国庆, 春节): 十个工作日 is longer than 五日 whatever
 * the start, 三十日 is longer than 十个工作日, 十五个工作日 is shorter than 三十日,
 * and 二十个工作日 against 三十日 cannot be told.
 */
function workdaysAgainstDays(workdays: number, t: { value: number; unit: Quantity['unit'] }): -1 | 0 | 1 | undefined {
  if (!t.unit) return undefined;
  const days = t.value * APPROX_DAYS[t.unit];
  if (t.unit === 'month' || t.unit === 'year') {
    // Months and years are not exact in days: keep a margin of a tenth.
    const min = workdays + 2 * Math.floor((workdays - 1) / 5);
    const max = Math.ceil((workdays * 7) / 5) + 8;
    if (min > days * 1.1) return 1;
    if (max < days * 0.9) return -1;
    return undefined;
  }
  const min = workdays + 2 * Math.floor((workdays - 1) / 5);
  const max = Math.ceil((workdays * 7) / 5) + 8;
  if (min > days) return 1;
  if (max < days) return -1;
  return undefined;
}

function conditionKey(conditions: Condition[]): string {
  return conditions
    .map((c) => {
      const t = c.dim === 'time' ? exactTime(c) : null;
      return `${c.rel}:${t ? `${t.family}${t.v}` : `${c.dim}${c.value}`}`;
    })
    .sort()
    .join('|');
}

export function sameConditions(a: Claim, b: Claim): boolean {
  return conditionKey(a.conditions) === conditionKey(b.conditions);
}

/** A claim for particular cases: conditions with quantities, or a subject narrowed to a class of cases. */
export function isConditional(c: Claim): boolean {
  return c.conditions.length > 0 || c.restricted;
}

/** Whether two claims are about the same subject and can be compared at all. */
/**
 * A party's period to bring a dispute to arbitration (自收到…之日起60日内向劳动人事争议仲裁委员会申请仲裁): the law's limitation
 * period. Not the tribunal's own periods (仲裁委员会应当在收到仲裁申请之日起五日内…), nor an application to confirm a settlement
 * (申请仲裁审查确认).
 */
function isLimitation(d: Claim): boolean {
  return (
    d.kind === 'quantity' &&
    d.primary === '申请仲裁' &&
    d.quantity?.dim === 'time' &&
    d.actor !== 'admin' &&
    /之日起日内[^，。；]{0,4}?向[^，。；]{0,20}?仲裁委员会申请(?:劳动(?:人事)?争议)?仲裁(?!审查|确认)/u.test(d.scope)
  );
}

/**
 * A party's period to sue an administrative act (自收到处理决定书之日起三个月内向人民法院提起行政诉讼): the law's limitation period
 * for that suit, with or without review first (行政诉讼法第四十五条、第四十六条), however differently the two are worded. The subject and
 * its qualifier already tell the two cases apart, so the law's case (直接向人民法院提起诉讼的) need not be the draft's words.
 */
function isSuitLimitation(d: Claim): boolean {
  return d.kind === 'quantity' && d.primary === '提起行政诉讼' && d.quantity?.dim === 'time' && d.actor !== 'admin';
}

export function sameSubject(d: Claim, h: Claim): boolean {
  if (d.kind !== h.kind) return false;
  // The same primary subject: the topic nearest the quantity or the modal's action (每日工作 is not 每周工作).
  if (d.primary !== h.primary) return false;
  // The same special case: 休息日 and 法定休假日 overtime, 难产 and 多胞胎 leave are different rules.
  if (d.qualifiers.length !== h.qualifiers.length || d.qualifiers.some((q) => !h.qualifiers.includes(q))) return false;
  if (d.kind === 'quantity') {
    const a = d.quantity!;
    const b = h.quantity!;
    const periods = new Set([a.dim, b.dim]);
    if (a.dim !== b.dim && !(periods.has('workday') && periods.has('time'))) return false;
    // A base period is compared with a base period, an extension with an extension (60日内…可以延长30日).
    if (d.role !== h.role) return false;
    // A list of grades with a list, a single figure with a single figure.
    if (!!d.tiers !== !!h.tiers) return false;
    if (a.per && b.per && a.per !== b.per) return false;
    if (!comparable(d.comparator!, h.comparator!)) return false;
    if ((d.comparator === 'within' || h.comparator === 'within' || d.comparator === 'advance') && d.actor && h.actor && d.actor !== h.actor) return false;
    return true;
  }
  // Modal claims: only between the same kind of actor (用人单位 / 劳动者 / 行政机关), or a law that binds everyone (不得以实物…替代).
  // An act the law names by its own words (将妊娠测试作为入职体检项目) is that act whoever the draft leaves it to.
  return h.actor === null || (d.actor !== null ? d.actor === h.actor : namesAct(d.primary));
}

/**
 * Kinds of figure that can be set against each other: a deadline with a
 * deadline or a period (时效期间为一年), a notice period with a notice period,
 * and durations, amounts and rates with each other.
 */
function comparable(d: Comparator, h: Comparator): boolean {
  if (d === 'advance' || h === 'advance') return d === h;
  if (d === 'within') return h === 'within' || h === 'exact';
  if (h === 'within') return d === 'exact';
  return true;
}

/** A start after the probation: 试用期满, 转正, 试用期结束. */
const AFTER_PROBATION = /试用期满|试用期结束|试用期届满|转正/u;

/** The draft states the law's case with the same figures and nearly its words. */
function restatesCase(d: Claim, h: Claim): boolean {
  return d.conditions.length > 0 && sameConditions(d, h) && caseWordsAlike(d.conditionText, h.conditionText) >= 0.5;
}

/** Judge a draft claim against one higher claim on the same subject and case. */
export function judge(d: Claim, h: Claim): Verdict {
  if (d.kind === 'modal') return judgeModal(d, h);
  if (h.kind === 'modal') return OK;
  // A period the law runs from the first day of work, run from the end of probation (自职工试用期满之日起三十日内): probation is
  // part of the employment (劳动合同法第十九条第四款), so the duty starts later than the law says.
  if (/用工/u.test(h.anchor) && AFTER_PROBATION.test(d.anchor)) return { ok: false, severity: 'error', why: '起算时间晚于上位法规定的用工之日' };
  // A party's period the law runs from receiving a paper (自收到仲裁裁决书之日起十五日内), run from its making (自裁决书作出之日起):
  // the party loses the days the paper takes to reach it.
  if (d.comparator === 'within' && h.comparator === 'within' && h.actor !== 'admin' && RECEIVED.test(h.anchor) && MADE.test(d.anchor)) {
    const paper = /[\u4e00-\u9fff]{1,6}?(?:书|决定|通知|裁决)/u.exec(d.anchor.replace(MADE, ''))?.[0];
    if (paper && h.anchor.includes(paper.slice(-3))) return { ok: false, severity: 'error', why: '起算时间早于上位法规定的收到之日，缩短了当事人的期限' };
  }
  const a = d.quantity!;
  const b = h.quantity!;
  if (d.tiers && h.tiers) {
    // Grades align in order: the n-th of the draft with the n-th of the law.
    if (d.tiers.length !== h.tiers.length) return OK;
    const k = d.tiers.findIndex((v, i) => Math.abs(v - h.tiers![i]) > 1e-9);
    if (k < 0) return OK;
    return { ok: false, severity: 'error', why: `第${k + 1}档与上位法规定不一致` };
  }
  // A figure the law offers as one of its choices (3名或者5名) agrees with it.
  const choices = b.alternatives;
  if (choices && (a.alternatives ?? [a.value]).every((v) => choices.includes(v))) return OK;
  const s = compareQuantities(a, b);
  if (s === undefined) return OK;
  switch (h.comparator) {
    case 'ceiling':
      if (d.comparator === 'floor') return a.value > b.value && s > 0 ? { ok: false, severity: 'error', why: '超过上位法规定的上限' } : OK;
      if (s > 0) return { ok: false, severity: 'error', why: '超过上位法规定的上限' };
      // A shorter cap on what the law grants a person (停工留薪期, an extension the law allows) takes away part of it.
      // So does a shorter cap for the law's own case, restated (月工资高于…三倍的，…年限最高不超过十年 against 十二年).
      if (
        s < 0 &&
        isBenefit(h.primary) &&
        (isConditional(d) ? restatesCase(d, h) : h.role === 'extension' || (!d.conditionText && !h.conditionText)) &&
        (d.comparator === 'ceiling' || d.comparator === 'max')
      ) {
        return { ok: false, severity: 'warning', why: '低于上位法允许的上限，减损当事人权益' };
      }
      return OK;
    case 'floor':
      if (d.comparator === 'ceiling') return s < 0 ? { ok: false, severity: 'error', why: '低于上位法规定的下限' } : OK;
      return s < 0 ? { ok: false, severity: 'error', why: '低于上位法规定的下限' } : OK;
    case 'max':
      if (s > 0) return { ok: false, severity: 'error', why: '超过上位法规定的最长（最高）标准' };
      if (s < 0 && d.comparator !== 'ceiling') return { ok: false, severity: 'warning', why: '低于上位法规定的标准，减损当事人权益' };
      return OK;
    case 'within':
      if (s > 0) return { ok: false, severity: 'error', why: '长于上位法规定的期限' };
      if (s < 0 && h.actor !== 'admin' && d.actor !== 'admin' && !isAdminAct(h.primary))
        return { ok: false, severity: 'warning', why: '短于上位法规定的期限，增加当事人义务' };
      return OK;
    case 'range': {
      const upper = { ...b, value: h.upper ?? b.value };
      const lowOk = compareQuantities(a, b);
      const highOk = compareQuantities(d.comparator === 'range' ? { ...a, value: d.upper ?? a.value } : a, upper);
      if (lowOk === undefined || highOk === undefined) return OK;
      return lowOk >= 0 && highOk <= 0 ? OK : { ok: false, severity: 'error', why: '超出上位法规定的幅度' };
    }
    case 'advance':
      return s === 0 ? OK : { ok: false, severity: 'error', why: '与上位法规定的提前通知期限不一致' };
    default:
      if (s === 0) return OK;
      if (isBenefit(h.primary)) return s > 0 ? OK : { ok: false, severity: 'error', why: '低于上位法规定的标准，减损当事人权益' };
      if (d.comparator === 'ceiling' && s < 0) return OK;
      return { ok: false, severity: 'error', why: '与上位法规定不一致' };
  }
}

/** A condition that only names whom the rule is for (对怀孕7个月以上的女职工), when the qualifier it names is the claim's case. */
const SCOPE_ONLY = /^对[^，。；]{1,30}?的[^，。；]{0,8}$/u;

function scopeOnly(c: Claim): boolean {
  return c.qualifiers.length > 0 && SCOPE_ONLY.test(c.conditionText);
}

/** A draft that names the law's case in nearly its words (劳动者申请先予执行的，…): the rule for that case is the one it answers. */
function statesSameCase(d: Claim, h: Claim): boolean {
  // 有下列情形之一，…的: the case is in the items below, not in these words.
  if (LISTED_CASES.test(d.context) || LISTED_CASES.test(h.conditionText)) return false;
  if (d.conditionText === '' || h.conditionText === '' || !sameConditions(d, h)) return false;
  if (caseWordsAlike(d.conditionText, h.conditionText) >= SAME_CASE_WORDS) return true;
  // One of the law's cases joined by 或者 (以完成一定工作任务为期限的劳动合同或者劳动合同期限不满三个月的), the one whose figure
  // the conditions compare: the draft names that case alone.
  const figured = h.conditionText.split('或者').filter((alt) => HAS_FIGURE.test(alt) && alt !== h.conditionText);
  if (figured.length === 1 && caseWordsAlike(d.conditionText, figured[0]) >= SAME_CASE_WORDS) return true;
  // The law's case given by another of its provisions (依照本法第四十四条第一项规定终止… → 劳动合同期满的), all of whose words the
  // draft's case holds (补贴期内订立的劳动合同期满终止时): the draft's case is one of the law's, unless it is the one the law excepts.
  // The draft's case may run over several clauses before its 的 (劳动者医疗期满后不能从事原工作，也不能从事…的): its sentence holds them.
  return (
    (h.caseRefs ?? []).some(
      (ref) => caseWithin(ref, d.conditionText) || caseWithin(ref.replace(LIST_LEAD, '').replace(FIGURE, ''), d.context, { share: 1, pairs: 8 }),
    ) && !(h.exceptCase && caseWithin(h.exceptCase, d.context))
  );
}

/** 有下列情形之一的: the words that open a list, no part of its case. */
const LIST_LEAD = /^[^，,。；]*?有下列情形之一的[，,]?/u;

/**
 * Whether the words of a case (at least four pairs of characters, four in five of them) are in another text; read against a
 * whole sentence, every pair of at least eight.
 */
function caseWithin(lawCase: string, text: string, need: { share: number; pairs: number } = { share: 0.8, pairs: 4 }): boolean {
  const pairs = (t: string): string[] => {
    const bare = t.replace(CASE_REFERENCE, '').replace(/[的，,。；;、：:（）()“”\s]/gu, '|');
    const out: string[] = [];
    for (let i = 0; i + 2 <= bare.length; i++) if (!bare.slice(i, i + 2).includes('|')) out.push(bare.slice(i, i + 2));
    return out;
  };
  const mine = pairs(lawCase);
  if (mine.length < need.pairs) return false;
  const theirs = new Set(pairs(text));
  return mine.filter((g) => theirs.has(g)).length / mine.length >= need.share;
}

const LISTED_CASES = /(?:下列|以下)(?:情形|情况)/u;

/** Remedies and rights to be heard a party has by law (suing, arbitration, review, 陈述申辩): no normative document may take them away. */
const REMEDIES = new Map([
  ['提起诉讼', '上位法规定当事人有权寻求该救济'],
  ['申请仲裁', '上位法规定当事人有权寻求该救济'],
  ['行政复议申请', '上位法规定当事人有权寻求该救济'],
  ['陈述申辩', '上位法规定当事人有权进行陈述、申辩'],
]);

/** A ban that falls on the party's own 陈述、申辩: nothing but where or how it is made stands between the ban and the words. */
const PARTY_BARRED =
  /^(?:不得|不能|不准|禁止|无权|不再)(?:就此|对此|再|另行|以任何理由|向[^，。；]{1,12}?|对[^，。；]{1,10}?)*(?:提出|进行|作出|申请)?(?:陈述|申辩)/u;

/** How alike two cases' words must be to be one case. */
const SAME_CASE_WORDS = 0.6;

/** A ban on the manner of an act, the words of manner between the modal and the verb: 不得按季度支付, 不得以现金支付. */
const MANNER_BANNED = /^(?:不得|禁止|严禁|不准)(?:按|以|通过|用|采用|采取)[^，。；]{1,10}?(?:支付|发放|缴纳|办理|提供)/u;

/** An anchor that is the party's receipt of a paper, and one that is the paper's making. */
const RECEIVED = /^(?:收到|接到|送达|签收)/u;
const MADE = /(?:作出|签发|发出|印发|制作|加盖印章|盖章)$/u;

/** The ground a ban leaves out (非因不可抗力等法定事由不得…): 不可抗力. */
const EXCEPTED_GROUND = /非因([^，,。；;等]{2,10}?)(?:等|[，,]|不得)/u;

/** A bound the law sets with a modal word (不得低于当地最低工资标准): only the same comparison in the draft can go against it. */
const BOUND_VERB = /^(?:低于|高于|超过|少于|多于|短于|长于|早于|晚于)$/u;

/**
 * Opposite modality, only where it is clear: the law forbids what the draft
 * permits or requires, or requires what the draft forbids or waives. A law
 * that only permits (可以) is not compared: whether a draft may narrow a
 * permission depends on whose it is. Rules for particular cases (conditions,
 * 依照本法第四十条…) are not compared either.
 */
function judgeModal(d: Claim, h: Claim): Verdict {
  if (h.narrowed || d.narrowed) return OK;
  if (BOUND_VERB.test(h.verb ?? '') && d.verb !== h.verb) return OK;
  // Sick pay may fall below the minimum wage, to no less than 80 % of it (劳动部关于贯彻执行《中华人民共和国劳动法》若干问题的意见
  // 第五十九条): the one case national rules let under the floor.
  if (h.primary === '最低工资标准' && /病假|疾病救济费|医疗期/u.test(d.context)) return OK;
  if ((isConditional(h) || h.conditionText !== '') && !scopeOnly(h) && !isActScope(h.primary, h.conditionText) && !statesSameCase(d, h)) return OK;
  // The draft's case is the one the law leaves out of its ban (非因不可抗力等法定事由不得缓缴 against 因不可抗力…可以申请缓缴).
  const ground = h.exception ? EXCEPTED_GROUND.exec(h.context)?.[1] : undefined;
  if (ground && d.context.includes(ground)) return OK;
  const soft = h.exception ? 'warning' : 'error';
  const dm = d.modality!;
  switch (h.modality) {
    case 'mustNot':
      return dm === 'may' || dm === 'must' ? { ok: false, severity: soft, why: '上位法禁止' } : OK;
    case 'must':
      // A ban on a way of doing the duty (不得按季度支付工资) is no ban on the duty (应将工资支付给劳动者本人).
      if (dm === 'mustNot' && MANNER_BANNED.test(d.phrase) && !MANNER_BANNED.test(h.phrase)) return OK;
      return dm === 'mustNot' || dm === 'needNot' ? { ok: false, severity: soft, why: '上位法规定为义务' } : OK;
    case 'may':
      // A remedy the law grants (逾期未作出仲裁裁决的，当事人可以…向人民法院提起诉讼) taken away.
      if (dm !== 'mustNot' || !REMEDIES.has(h.primary)) return OK;
      // Asking again for what was decided (不得就同一争议事项重复申请仲裁) is barred by the decision; a suit against an administrative
      // act (行政诉讼法) is not the suit of a labour dispute the draft bars.
      if (/重复|再次/u.test(d.phrase)) return OK;
      if (/行政(?:案件|行为|机关)/u.test(h.scope) && !/行政/u.test(d.scope)) return OK;
      // The party barred from being heard (不得就此提出陈述、申辩), not the administration from refusing to hear it (不得拒绝听取…).
      if (h.primary === '陈述申辩' && !PARTY_BARRED.test(d.phrase)) return OK;
      return { ok: false, severity: soft, why: REMEDIES.get(h.primary)! };
    case 'needNot':
      // A party the law lets off (劳动者申请先予执行的，可以不提供担保) bound to it again; the administration's own discretion
      // (可以不予处罚) may be guided by a normative document.
      return dm === 'must' && h.actor !== null && h.actor !== 'admin' ? { ok: false, severity: soft, why: '上位法规定可以不履行该义务' } : OK;
    default:
      return OK;
  }
}

/**
 * A figure the law has replaced, still given as the rule (法定退休年龄…男职工年满60周岁, after the decision that raises it
 * from 原六十周岁): not when the draft itself calls it the former one (原法定退休年龄为五十周岁的女职工).
 */
function formerFigure(d: Claim, candidates: HigherClaim[]): Conflict | undefined {
  if (d.kind !== 'quantity' || d.role !== 'base' || d.conditionText) return undefined;
  // The figure as the rule: 为60周岁, or an age reached (男职工年满60周岁), not a bound (不得低于…).
  if (d.comparator !== 'exact' && !(d.quantity!.dim === 'age' && /^(?:年满|已满|满|达到)/u.test(d.phrase))) return undefined;
  // 退休年龄不得低于女职工五十周岁…: the comparison word sits before the list's first figure, in the subject as read.
  if (/(?:低于|高于|少于|多于|超过|早于|晚于)/u.test(d.subject)) return undefined;
  for (const name of [d.subject, d.primary]) {
    const tail = escapeRegExp(name.slice(-4));
    if (new RegExp(`原[^，。；]{0,6}?${tail}`, 'u').test(d.context)) return undefined;
  }
  const higher = candidates.find(
    (h) =>
      h.claim.role === 'former' &&
      h.claim.primary === d.primary &&
      h.claim.quantity?.dim === d.quantity!.dim &&
      compareQuantities(d.quantity!, h.claim.quantity) === 0,
  );
  return higher && { higher, verdict: { ok: false, severity: 'error', why: '本文件仍按调整前的标准规定，上位法已作调整' } };
}

/** Whether one higher claim is set aside by another that disagrees with it: the higher rank, or the later law of equal rank, prevails. */
function overridden(low: HigherClaim, all: HigherClaim[]): boolean {
  return all.some((high) => {
    if (high === low) return false;
    const wins = high.rank < low.rank || (high.rank === low.rank && high.date > low.date);
    if (!wins) return false;
    // A stronger law's general rule governs the weaker law's special case too (社会保险法 15 days for every employer over 失业保险条例
    // 7 days for 城镇企业事业单位).
    const general = high.rank < low.rank && high.claim.qualifiers.length === 0 && sameSubject({ ...low.claim, qualifiers: [] }, high.claim);
    if (!(sameSubject(low.claim, high.claim) || general) || !sameConditions(low.claim, high.claim)) return false;
    // Only a rule on the same act sets another aside (送达 within ten days of a decision is not the decision's own period).
    if (closeness(low.claim, high.claim) < 0.5) return false;
    return !judge(low.claim, high.claim).ok;
  });
}

/**
 * Of the provisions on one subject, those about the same act as the draft:
 * the closest in wording and in the event a period runs from (用工 is not
 * 成立; 收到仲裁裁决书 is not 收到处分决定). A law on another act that shares
 * the subject word is left out when a closer one exists.
 */
/**
 * How surely a higher claim is about the draft's act: how much of the
 * draft's wording (its clause and paragraph) the higher provision contains —
 * a short draft against a long provision it follows scores high —, with the
 * event a period runs from counted again, and the likeness of the two
 * clauses to break ties.
 */
export function closeness(d: Claim, h: Claim): number {
  return covered(d, h) + 0.25 * bigramDice(d.context, h.context) + (d.anchor && h.anchor ? 0.5 * bigramDice(d.anchor, h.anchor) : 0);
}

/**
 * For a subject named by a general word (办理完毕), the provisions about the
 * draft's own act: weighing each of the draft's words by how few of the
 * candidate provisions share it, so that the words all of them repeat
 * (社会保险经办机构应当自收到申请之日起…办理完毕) count for nothing and the
 * words of the act (手工报销) decide.
 */
function sameAct(d: Claim, list: HigherClaim[]): HigherClaim[] {
  const provisions = new Map<number, Set<string>>();
  for (const h of list) {
    const set = provisions.get(h.provisionId) ?? new Set<string>();
    for (const g of bigrams(`${h.claim.context}|${h.claim.scope}`)) set.add(g);
    provisions.set(h.provisionId, set);
  }
  const n = provisions.size;
  if (n <= 1) return list;
  // The clause's own words first: a paragraph that lists several acts (办理…登记，…；办理基本养老金领取申请，…；办理失业保险金
  // 申领，…) would lend every clause the words of the others. The paragraph's words decide only when the clause's share none.
  // Only a clause that names a subject of its own besides the general word (失业保险金 beside 办理完毕) can tell its act alone.
  const ownSubject = d.topics.some((t) => t !== d.primary);
  return (ownSubject ? byWords(bigrams(d.context), provisions, list) : null) ?? byWords(bigrams(`${d.context}|${d.scope}`), provisions, list) ?? list;
}

function byWords(mine: Set<string>, provisions: Map<number, Set<string>>, list: HigherClaim[]): HigherClaim[] | null {
  const n = provisions.size;
  const weight = new Map<string, number>();
  for (const g of mine) {
    let df = 0;
    for (const set of provisions.values()) if (set.has(g)) df++;
    weight.set(g, Math.log((n + 1) / (df + 1)));
  }
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const score = new Map<number, number>();
  for (const [id, set] of provisions) {
    let s = 0;
    for (const [g, w] of weight) if (set.has(g)) s += w;
    score.set(id, s / total);
  }
  const best = Math.max(...score.values());
  if (best === 0) return null;
  // Within 0.15 of the best, and at least half of it: when every provision shares little (0.04 against 0.01), the
  // one that shares most is still the draft's act.
  return list.filter((h) => score.get(h.provisionId)! >= best - 0.15 && score.get(h.provisionId)! >= best / 2);
}

/** Rank of a 规范性文件: such a document binds a draft only as an earlier document of the same rank. */
const PEER_RANK = 4;
/** Rules end here (部门规章, 地方政府规章 3.5); above it, normative documents. */
const LOWEST_RULE_RANK = 3.5;

/** Below this, a provision that shares only a general subject word (滞纳金, 罚款) is about another matter. */
const MIN_CLOSENESS = 0.2;

/** Share of the draft clause's bigrams found in the higher clause: a short paraphrase scores high against the long provision it follows. */
function covered(d: Claim, h: Claim): number {
  return bigramCoverage(`${d.context}|${d.scope}`, `${h.context}|${h.scope}`);
}

/** What is received or accepted when a period starts (收到申请 → 申请), if the event is receiving something. */
function received(anchor: string): string {
  // 收到申请, 受理申请, or the paper first: 行政复议申请受理.
  const m = /^(?:收到|接到|受理)(.+)$/u.exec(anchor) ?? /^(.+?)(?:被)?(?:受理|送达)$/u.exec(anchor);
  return m ? m[1].replace(/[的之]/gu, '') : '';
}

/** The kind of paper received (裁定书 → 裁定, 仲裁裁决书 → 裁决). */
const PAPER = /(..)书/u;

function otherEvent(a: string, b: string): boolean {
  const x = received(a);
  const y = received(b);
  if (x === '' || y === '') return false;
  // A ruling and an award are other papers, though their names share characters (裁定书, 裁决书).
  const px = PAPER.exec(x)?.[1];
  const py = PAPER.exec(y)?.[1];
  if (px && py && px !== py) return true;
  return ![...x].some((c) => y.includes(c));
}

/**
 * A figure given as the entitlement itself, its word right before it (产假为90天, 产假90天): not one measured by the way
 * (计算赔偿金时按职工月平均工资三倍的数额确定).
 */
function statesEntitlement(d: Claim): boolean {
  // The subject is the words from the topic up to the figure: a long one measures by the way (赔偿金时按职工月平均工资).
  if (isGeneral(d.primary) || !d.subject || !d.phrase || d.subject.length > 6) return false;
  // The clause's context is kept without its figures (产假为天).
  const unit = d.phrase.replace(/[0-9０-９.%％]+|[零〇一二两三四五六七八九十百千万]+/gu, '');
  return new RegExp(`${escapeRegExp(d.subject)}(?:为|是|共|统一为|一般为)?${escapeRegExp(unit)}`, 'u').test(d.context);
}

function closest(d: Claim, list: HigherClaim[]): HigherClaim[] {
  // A permission or ban on an act named by its own words (向劳动者收取财物) is about that act, however the clause is worded;
  // a figure is not (a fee's ceiling is not a fine's range).
  // So is a floor the law sets for a named entitlement (试用期的工资不得低于…百分之八十): it binds every case the draft describes.
  // So is a maximum the law sets for a period with no case (试用期最长不得超过六个月): it binds every case the draft names.
  // So is a period for bringing a labour or personnel dispute to arbitration (自收到解除聘用合同通知书之日起60日内…申请仲裁): it is
  // the law's limitation period (申请仲裁的时效期间为一年), however differently the two are worded.
  const limitation = isLimitation(d);
  const suitLimitation = isSuitLimitation(d);
  if (!(d.kind === 'modal' && namesAct(d.primary))) {
    const all = list;
    list = list.filter(
      (h) =>
        covered(d, h.claim) >= MIN_CLOSENESS ||
        (isBenefit(d.primary) && !isGeneral(d.primary) && h.claim.comparator === 'floor') ||
        // …and so is the figure the law gives everyone for it, with no case (女职工生育享受98天产假): a draft that states the
        // entitlement as a figure of its own (女性“三支一扶”人员生育的，产假为90天，产假期间…照常发放) answers it, whatever else it says.
        (isBenefit(d.primary) && d.comparator === 'exact' && h.claim.comparator === 'exact' && !h.claim.conditionText && statesEntitlement(d)) ||
        // …and a maximum the law sets for its subject in every case (试用期最长不得超过六个月): no case or reason the draft gives
        // (招用残疾人高校毕业生的，…以便…适应岗位要求) lets a figure go above it.
        // Only for a subject that names the period itself (试用期), where the figure is that period whatever the sentence's case: a
        // subject the sentence only measures from (距法定退休年龄不足五年) is no period of its own.
        ((d.comparator === 'exact' || d.comparator === 'ceiling') &&
          isQualifier(d.primary) &&
          h.claim.comparator === 'ceiling' &&
          !h.claim.conditionText &&
          !h.claim.deferring &&
          !h.claim.exception) ||
        (limitation && h.claim.quantity?.dim === 'time' && !h.claim.conditionText) ||
        (suitLimitation && h.claim.quantity?.dim === 'time') ||
        // …and so is the period of an act only the administration does (主动公开, 作出行政处罚决定): the act's name is the subject,
        // however much else the draft's sentence says around it.
        (isAdminAct(d.primary) && d.comparator === 'within' && h.claim.comparator === 'within' && !h.claim.conditionText),
    );
    // Where none is close, the figure the law gives one grade of a graded subject (政务处分的期间为：（二）记过，十二个月): a draft's
    // figure for the same grade (受到记过处分的，处分期间为六个月) answers it, whatever case the draft's sentence names.
    if (list.length === 0 && d.comparator === 'exact' && d.qualifiers.some(isTier))
      list = all.filter((h) => h.claim.comparator === 'exact' && !h.claim.conditionText && d.qualifiers.every((q) => h.claim.qualifiers.includes(q)));
  }
  // A period named by a general word (办结) that runs from receiving something else (收到转移的资金后 against 自收到申请之日起)
  // is the period of another act.
  // So is any period that runs from receiving one paper (收到本决定书) against one from receiving another (收到申请).
  if (isGeneral(d.primary) || d.comparator === 'within') list = list.filter((h) => !otherEvent(d.anchor, h.claim.anchor));
  if (list.length <= 1) return list;
  if (isGeneral(d.primary)) return sameAct(d, list);
  // Provisions are chosen as a whole: a table of cases (试用期 by contract length) stays together.
  const byProvision = new Map<number, number>();
  for (const h of list) byProvision.set(h.provisionId, Math.max(byProvision.get(h.provisionId) ?? 0, closeness(d, h.claim)));
  const best = Math.max(...byProvision.values());
  return list.filter((h) => byProvision.get(h.provisionId)! >= best - 0.3);
}

/**
 * Within one provision, the claims for the draft's case: a provision that
 * says one thing in general and another 因特殊原因需要延长的 is two rules, and
 * a draft stating the special case is held against the special case.
 */
function sameCase(d: Claim, group: HigherClaim[]): HigherClaim[] {
  // Cases told apart by figures (满十年不满二十年) are matched by sameConditions; this is for cases told apart in words.
  if (d.conditions.length > 0) return group;
  const worded = group.filter((h) => h.claim.conditions.length === 0);
  if (worded.length <= 1) return group;
  const scores = worded.map((h) =>
    d.conditionText && h.claim.conditionText ? caseWordsAlike(d.conditionText, h.claim.conditionText) : d.conditionText || h.claim.conditionText ? 0 : 1,
  );
  const best = Math.max(...scores);
  if (best < 0.4) return group;
  const kept = new Set(worded.filter((_, i) => scores[i] >= best - 0.1));
  return group.filter((h) => h.claim.conditions.length > 0 || kept.has(h));
}

export interface Conflict {
  higher: HigherClaim;
  verdict: Required<Verdict>;
  /** The difference is in the case the rule is for, not in the rule: the message shows both cases. */
  inCase?: boolean;
}

/**
 * A payment the law sets a minimum for in the draft's case, which the draft lets the payer leave out (在法定休假日安排劳动者工作的，
 * …安排补休的不再支付加班工资, where 劳动法第四十四条 sets at least 300 % for that case): the floor binds whatever else is given.
 */
function waivedFloor(d: Claim, candidates: HigherClaim[]): Conflict | undefined {
  if (d.kind !== 'modal' || d.modality !== 'needNot' || d.narrowed || d.exception || !isBenefit(d.primary) || isGeneral(d.primary)) return undefined;
  if (d.qualifiers.length === 0 || !d.conditionText) return undefined;
  // The draft's case must be the law's (法定休假日安排劳动者工作的), not a holiday taken as leave (年休假期间享受的法定休假日).
  const caseOf = (t: string): string => d.qualifiers.reduce((x, q) => x.replaceAll(q, ''), t.replace(/^[^，,]*?之一的[，,]/u, '').replace(ITEM_LABEL, ''));
  const floors = candidates.filter(
    (h) =>
      h.claim.kind === 'quantity' &&
      h.claim.comparator === 'floor' &&
      !h.claim.deferring &&
      h.claim.primary === d.primary &&
      h.claim.qualifiers.length === d.qualifiers.length &&
      d.qualifiers.every((q) => h.claim.qualifiers.includes(q)) &&
      h.claim.conditions.length === 0 &&
      bigramCoverage(caseOf(h.claim.conditionText), caseOf(d.conditionText)) >= 0.5 &&
      // A floor for when something else is not given (休息日…又不能安排补休的) is a fallback: the draft may leave it out when that is given.
      !/不|未|无法|没有/u.test(h.claim.conditionText),
  );
  if (floors.length === 0) return undefined;
  const higher = [...floors].sort((x, y) => x.rank - y.rank || closeness(d, y.claim) - closeness(d, x.claim))[0];
  return { higher, verdict: { ok: false, severity: 'error', why: '上位法规定该情形应当支付，且不得低于该标准' } };
}

/** Figures left out of a case's words, so that 怀孕7个月以上 and 怀孕8个月以上 read as one case with another bound. */
const FIGURE = /[0-9０-９.]+|[零〇一二两三四五六七八九十百]+(?=个|周|年|日|天|小时|岁|人|%|％)/gu;
const HAS_FIGURE = new RegExp(FIGURE.source, 'u');

/** A condition's bound as a number comparable with another's: months for years and months, days for weeks and days. */
function boundOf(c: Condition): { key: string; v: number } {
  // An age in years (哺乳未满1周岁婴儿) against a time in months (未满6个月婴儿).
  const t = c.dim === 'time' ? exactTime(c) : c.dim === 'age' ? { family: 'm', v: c.value * 12 } : null;
  return t ? { key: `${c.rel}:${t.family}`, v: t.v } : { key: `${c.rel}:${c.dim}${c.unit ?? ''}`, v: c.value };
}

/**
 * A ban or duty the law lays on the employer for a class of workers told by a figure (对怀孕7个月以上的女职工，不得延长劳动时间;
 * 哺乳未满1周岁婴儿的), which the draft keeps for a smaller class (怀孕8个月以上): the workers between the two bounds lose the
 * protection. A wider class is more protection and is left alone.
 */
function narrowedClass(d: Claim, candidates: HigherClaim[]): Conflict | undefined {
  if (d.kind !== 'modal' || d.actor !== 'employer' || (d.modality !== 'mustNot' && d.modality !== 'must')) return undefined;
  if (d.conditions.length !== 1 || d.narrowed || d.exception || !d.conditionText) return undefined;
  const mine = boundOf(d.conditions[0]);
  const bare = (t: string): string => t.replace(FIGURE, '');
  const narrower = candidates.filter((h) => {
    const c = h.claim;
    if (c.kind !== 'modal' || c.modality !== d.modality || c.actor !== 'employer' || c.deferring || c.narrowed || c.exception) return false;
    if (c.primary !== d.primary || c.conditions.length !== 1 || !c.conditionText) return false;
    if (c.qualifiers.length !== d.qualifiers.length || d.qualifiers.some((q) => !c.qualifiers.includes(q))) return false;
    const theirs = boundOf(c.conditions[0]);
    if (theirs.key !== mine.key || theirs.v === mine.v) return false;
    const rel = d.conditions[0].rel;
    const smaller = rel === 'ge' || rel === 'gt' ? mine.v > theirs.v : rel === 'lt' || rel === 'le' ? mine.v < theirs.v : false;
    return smaller && caseWordsAlike(bare(d.conditionText), bare(c.conditionText)) >= SAME_CASE_WORDS;
  });
  if (narrower.length === 0) return undefined;
  const higher = [...narrower].sort((x, y) => x.rank - y.rank || closeness(d, y.claim) - closeness(d, x.claim))[0];
  return { higher, verdict: { ok: false, severity: 'error', why: '缩小了上位法规定的保护对象范围' }, inCase: true };
}

/**
 * The conflict of one draft claim with higher law, if any: compares it with
 * every claim on the same subject, after setting aside higher claims that a
 * still higher (or later) law contradicts (社会保险法 15 days over 失业保险条例
 * 7 days). A draft without conditions is held against the provisions that
 * distinguish cases: an exact figure must suit every case, a maximum the
 * largest, a minimum the smallest. Reports the conflict with the highest law.
 */
/** What a court or a body decided, which a case may start from (裁定撤销, 裁定不予执行, 驳回). */
const RULING = /不予执行|不予受理|撤销|驳回|终止审理|中止/gu;

/**
 * Cases that start from different rulings (人民法院裁定不予执行的 against 仲裁裁决被人民法院裁定撤销的): the law's period is for the
 * other ruling, whatever words the two cases share.
 */
function otherRuling(mine: string, law: string): boolean {
  const of = (t: string): Set<string> => new Set(t.match(RULING) ?? []);
  const a = of(mine);
  const b = of(law);
  return a.size > 0 && b.size > 0 && ![...a].some((r) => b.has(r));
}

export function findConflict(d: Claim, candidates: HigherClaim[]): Conflict | undefined {
  const replaced = formerFigure(d, candidates);
  if (replaced) return replaced;
  const waived = waivedFloor(d, candidates);
  if (waived) return waived;
  const narrowed = narrowedClass(d, candidates);
  if (narrowed) return narrowed;
  const matching = candidates.filter((h) => !h.claim.deferring && sameSubject(d, h.claim));
  if (matching.length === 0) return undefined;
  const standing = closest(
    d,
    // A stronger law that speaks only generally (no qualifier of the draft's) still sets aside a weaker law on the draft's case.
    matching.filter((h) => !overridden(h, candidates)),
  );
  const failures: Conflict[] = [];
  const byProvision = new Map<number, HigherClaim[]>();
  for (const h of standing) {
    const list = byProvision.get(h.provisionId) ?? [];
    list.push(h);
    byProvision.set(h.provisionId, list);
  }
  const check = (h: HigherClaim): void => {
    if (otherRuling(d.conditionText, h.claim.conditionText)) return;
    const v = judge(d, h.claim);
    if (!v.ok) failures.push({ higher: h, verdict: v as Required<Verdict> });
  };
  for (const all of byProvision.values()) {
    const group = sameCase(d, all);
    // A ban for a class of persons (对怀孕7个月以上的女职工，不得…) is that class's general rule, when the draft names the class too.
    const conditional = group.filter((x) => isConditional(x.claim) && !(d.kind === 'modal' && scopeOnly(x.claim)));
    // A draft that states one of the provision's special cases (不满六个月的，…半个月; 难产的，增加产假15天) is held against that case, not
    // against the provision's general rule (每满一年支付一个月).
    const statesCase =
      isConditional(d) &&
      conditional.some((h) =>
        d.conditions.length > 0
          ? sameConditions(d, h.claim)
          : // 难产的，增加产假15天: a case told apart in words, worded alike.
            h.claim.conditions.length === 0 && !!d.conditionText && caseWordsAlike(d.conditionText, h.claim.conditionText) >= 0.5,
      );
    const general = group.filter((x) => !conditional.includes(x));
    // A provision that gives one subject several figures (配偶每月40%，其他亲属每人每月30%) is not contradicted by a draft figure
    // that is one of them: which person or case each is for, the subject alone does not tell.
    const oneOfThem =
      d.kind === 'quantity' && general.length > 1 && general.some((h) => h.claim.quantity && compareQuantities(d.quantity!, h.claim.quantity) === 0);
    if (!statesCase && !oneOfThem) for (const h of general) check(h);
    if (conditional.length === 0) continue;
    if (isConditional(d)) {
      const same = conditional.filter((h) => sameConditions(d, h.claim));
      // Special cases told apart in words (用人单位未按规定提出申请的 / 对事实清楚的申请): the one worded alike.
      const worded = d.conditions.length === 0 && d.conditionText ? same.filter((h) => caseWordsAlike(d.conditionText, h.claim.conditionText) >= 0.3) : same;
      for (const h of worded) check(h);
      continue;
    }
    // The draft states the same special case in its own words (用人单位未按规定提出申请的 for 未按前款规定…的).
    const alike =
      d.conditions.length === 0 && d.conditionText
        ? conditional.filter((h) => h.claim.conditions.length === 0 && caseWordsAlike(d.conditionText, h.claim.conditionText) >= 0.5)
        : [];
    if (alike.length > 0) {
      for (const h of alike) check(h);
      continue;
    }
    if (d.kind === 'modal') continue; // a general permission is not compared with a rule for special cases
    // A notice period for the act itself, where the law's one case only measures that act (需要裁减人员二十人以上的，提前
    // 三十日…): the draft's shorter notice governs that case too.
    if (conditional.length === 1 && d.comparator === 'advance' && conditional[0].claim.conditionTopics.includes(d.primary)) {
      check(conditional[0]);
      continue;
    }
    // A general figure is held against a table of cases (试用期 by contract length), not against one special case.
    if (conditional.length < 2) continue;
    if (d.universal) {
      // 试用期统一为6个月: meant for every case, so it must suit every case.
      for (const h of conditional) check(h);
      continue;
    }
    // Otherwise only a figure outside the whole table is certainly wrong: above the largest maximum, below the smallest minimum.
    const values = conditional.filter((h) => h.claim.quantity && compareQuantities(h.claim.quantity, d.quantity!) !== undefined);
    if (values.length === 0) continue;
    const sorted = [...values].sort((x, y) => compareQuantities(x.claim.quantity!, y.claim.quantity!) ?? 0);
    const lowest = sorted[0];
    const highest = sorted.at(-1)!;
    const kind = highest.claim.comparator;
    const above = (compareQuantities(d.quantity!, highest.claim.quantity!) ?? 0) > 0;
    const below = (compareQuantities(d.quantity!, lowest.claim.quantity!) ?? 0) < 0;
    if (kind === 'floor' || (kind === 'exact' && isBenefit(highest.claim.primary))) {
      if (below) check(lowest);
    } else if (kind === 'exact') {
      if (below) check(lowest);
      if (above) check(highest);
    } else if (above) check(highest);
  }
  if (failures.length === 0) return undefined;
  // Higher law before documents of the draft's own rank; then the provision about the same act (the reviewer is
  // sent to the one that governs the matter); then the higher law.
  const near = (c: Conflict): number => closeness(d, c.higher.claim);
  const peer = (c: Conflict): number => (c.higher.rank >= PEER_RANK ? 1 : 0);
  // A provision for a case the draft does not name (因职业中毒死亡的) after one that applies to the draft as written.
  const cased = (c: Conflict): number => (c.higher.claim.conditionText && !d.conditionText ? 1 : 0);
  // A department's normative document that repeats a rule's figure (the 实施办法 of 国务院关于职工工作时间的规定): the rule is cited.
  const sameFigure = (x: Conflict, y: Conflict): boolean =>
    Math.max(x.higher.rank, y.higher.rank) > LOWEST_RULE_RANK &&
    !!x.higher.claim.quantity &&
    !!y.higher.claim.quantity &&
    compareQuantities(x.higher.claim.quantity, y.higher.claim.quantity) === 0;
  failures.sort(
    (x, y) =>
      peer(x) - peer(y) ||
      cased(x) - cased(y) ||
      (sameFigure(x, y) ? x.higher.rank - y.higher.rank : 0) ||
      (Math.abs(near(y) - near(x)) > 0.02 ? near(y) - near(x) : 0) ||
      x.higher.rank - y.higher.rank ||
      (x.verdict.severity === y.verdict.severity ? 0 : x.verdict.severity === 'error' ? -1 : 1),
  );
  const worst = failures[0];
  // Provisions on like acts that give several figures (手工报销 of 生育医疗费用 in 30个工作日, of 工伤 costs in 20个工作日): a draft
  // figure that one of them gives, in words as close to the draft's as the provision it fails, follows that one.
  const followed = standing.some(
    (h) =>
      h.provisionId !== worst.higher.provisionId &&
      d.quantity &&
      h.claim.quantity &&
      h.claim.comparator === d.comparator &&
      compareQuantities(d.quantity, h.claim.quantity) === 0 &&
      h.rank <= worst.higher.rank &&
      judge(d, h.claim).ok &&
      closeness(d, h.claim) >= near(worst) - 0.02,
  );
  return followed ? undefined : worst;
}
