import type { Claim, Comparator, Condition, Quantity } from './claims.js';
import { isBenefit } from './topics.js';

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

/** Months for years and months, days for weeks and days; null when the two cannot be compared exactly. */
function exactTime(q: { value: number; unit: Quantity['unit'] }): { family: 'm' | 'd'; v: number } | null {
  switch (q.unit) {
    case 'year': return { family: 'm', v: q.value * 12 };
    case 'month': return { family: 'm', v: q.value };
    case 'week': return { family: 'd', v: q.value * 7 };
    case 'day': return { family: 'd', v: q.value };
    default: return null;
  }
}

const APPROX_DAYS = { year: 365, month: 30, week: 7, day: 1 } as const;

/**
 * Sign of a − b (−1, 0, 1), or undefined when they cannot be compared: other
 * dimensions, or 一个月 against 三十日 (close, but not the same legal period).
 */
export function compareQuantities(a: { value: number; dim: Quantity['dim']; unit: Quantity['unit'] }, b: { value: number; dim: Quantity['dim']; unit: Quantity['unit'] }): -1 | 0 | 1 | undefined {
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
export function sameSubject(d: Claim, h: Claim): boolean {
  if (d.kind !== h.kind) return false;
  // The same primary subject: the topic nearest the quantity or the modal's action (每日工作 is not 每周工作).
  if (d.primary !== h.primary) return false;
  // The same special case: 休息日 and 法定休假日 overtime, 难产 and 多胞胎 leave are different rules.
  if (d.qualifiers.length !== h.qualifiers.length || d.qualifiers.some((q) => !h.qualifiers.includes(q))) return false;
  if (d.kind === 'quantity') {
    const a = d.quantity!;
    const b = h.quantity!;
    if (a.dim !== b.dim) return false;
    if (a.per && b.per && a.per !== b.per) return false;
    if (!comparable(d.comparator!, h.comparator!)) return false;
    if ((d.comparator === 'within' || h.comparator === 'within' || d.comparator === 'advance') && d.actor && h.actor && d.actor !== h.actor) return false;
    return true;
  }
  // Modal claims: only between the same kind of actor (用人单位 / 劳动者 / 行政机关).
  return d.actor !== null && d.actor === h.actor;
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

/** Judge a draft claim against one higher claim on the same subject and case. */
export function judge(d: Claim, h: Claim): Verdict {
  if (d.kind === 'modal') return judgeModal(d, h);
  const a = d.quantity!;
  const b = h.quantity!;
  const s = compareQuantities(a, b);
  if (s === undefined) return OK;
  switch (h.comparator) {
    case 'ceiling':
      if (d.comparator === 'floor') return a.value > b.value && s > 0 ? { ok: false, severity: 'error', why: '超过上位法规定的上限' } : OK;
      return s > 0 ? { ok: false, severity: 'error', why: '超过上位法规定的上限' } : OK;
    case 'floor':
      if (d.comparator === 'ceiling') return s < 0 ? { ok: false, severity: 'error', why: '低于上位法规定的下限' } : OK;
      return s < 0 ? { ok: false, severity: 'error', why: '低于上位法规定的下限' } : OK;
    case 'max':
      if (s > 0) return { ok: false, severity: 'error', why: '超过上位法规定的最长（最高）标准' };
      if (s < 0 && d.comparator !== 'ceiling') return { ok: false, severity: 'warning', why: '低于上位法规定的标准，减损当事人权益' };
      return OK;
    case 'within':
      if (s > 0) return { ok: false, severity: 'error', why: '长于上位法规定的期限' };
      if (s < 0 && h.actor !== 'admin' && d.actor !== 'admin') return { ok: false, severity: 'warning', why: '短于上位法规定的期限，增加当事人义务' };
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

/**
 * Opposite modality, only where it is clear: the law forbids what the draft
 * permits or requires, or requires what the draft forbids or waives. A law
 * that only permits (可以) is not compared: whether a draft may narrow a
 * permission depends on whose it is. Rules for particular cases (conditions,
 * 依照本法第四十条…) are not compared either.
 */
function judgeModal(d: Claim, h: Claim): Verdict {
  if (isConditional(h) || h.conditionText !== '' || h.narrowed || d.narrowed) return OK;
  const soft = h.exception ? 'warning' : 'error';
  const dm = d.modality!;
  switch (h.modality) {
    case 'mustNot':
      return dm === 'may' || dm === 'must' ? { ok: false, severity: soft, why: '上位法禁止' } : OK;
    case 'must':
      return dm === 'mustNot' || dm === 'needNot' ? { ok: false, severity: soft, why: '上位法规定为义务' } : OK;
    default:
      return OK;
  }
}

/** Whether one higher claim is set aside by another that disagrees with it: the higher rank, or the later law of equal rank, prevails. */
function overridden(low: HigherClaim, all: HigherClaim[]): boolean {
  return all.some((high) => {
    if (high === low) return false;
    const wins = high.rank < low.rank || (high.rank === low.rank && high.date > low.date);
    if (!wins) return false;
    if (!sameSubject(low.claim, high.claim) || !sameConditions(low.claim, high.claim)) return false;
    return !judge(low.claim, high.claim).ok;
  });
}

export interface Conflict {
  higher: HigherClaim;
  verdict: Required<Verdict>;
}

/**
 * The conflict of one draft claim with higher law, if any: compares it with
 * every claim on the same subject, after setting aside higher claims that a
 * still higher (or later) law contradicts (社会保险法 15 days over 失业保险条例
 * 7 days). A draft without conditions is held against the provisions that
 * distinguish cases: an exact figure must suit every case, a maximum the
 * largest, a minimum the smallest. Reports the conflict with the highest law.
 */
export function findConflict(d: Claim, candidates: HigherClaim[]): Conflict | undefined {
  const matching = candidates.filter((h) => !h.claim.deferring && sameSubject(d, h.claim));
  if (matching.length === 0) return undefined;
  const standing = matching.filter((h) => !overridden(h, matching));
  const failures: Conflict[] = [];
  const byProvision = new Map<number, HigherClaim[]>();
  for (const h of standing) {
    const list = byProvision.get(h.provisionId) ?? [];
    list.push(h);
    byProvision.set(h.provisionId, list);
  }
  const check = (h: HigherClaim): void => {
    const v = judge(d, h.claim);
    if (!v.ok) failures.push({ higher: h, verdict: v as Required<Verdict> });
  };
  for (const group of byProvision.values()) {
    for (const h of group.filter((x) => !isConditional(x.claim))) check(h);
    const conditional = group.filter((x) => isConditional(x.claim));
    if (conditional.length === 0) continue;
    if (isConditional(d)) {
      for (const h of conditional) if (sameConditions(d, h.claim)) check(h);
      continue;
    }
    if (d.kind === 'modal') continue; // a general permission is not compared with a rule for special cases
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
  failures.sort((x, y) => x.higher.rank - y.higher.rank || (x.verdict.severity === y.verdict.severity ? 0 : x.verdict.severity === 'error' ? -1 : 1));
  return failures[0];
}
