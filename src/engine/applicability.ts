import type { DocumentKind } from '../document/model.js';
import { NATIONAL } from '../document/profile/kinds.js';
import { formatChineseDate } from '../zh/dates.js';

/**
 * Where a rule's legal basis applies: the kinds of document, the regions
 * and the dates it covers. A rule declares one scope, or several when its
 * basis changed over time or differs by region (GB/T 9704—2012 from
 * 2012-07-01; the Hunan rules for Hunan documents only); it applies when any
 * scope matches. A rule that does not apply is not run, and the report says
 * why (文件类型为行政法规; 成文日期早于 GB/T 9704—2012 施行).
 */
export interface Applicability {
  /** Kinds the basis governs; absent: every kind. */
  kinds?: readonly DocumentKind[];
  /** Provinces whose documents it governs ('全国' for national ones); absent: every region. */
  regions?: readonly string[];
  /** First day the basis applies (YYYY-MM-DD), judged on the document's reference date. */
  from?: string;
  /** Last day it applies. */
  until?: string;
  /** The basis of this scope, named in 不适用 reasons: 《湖南省行政程序规定》（2008年10月1日起施行）. */
  basis: string;
  /** False when the dates or scope could not be checked against the primary text (the rule page says so). */
  verified?: boolean;
}

/** What applicability is judged on: a few facts of the profile (from a LegalDocument or from a JSON report). */
export interface ScopeFacts {
  kind: DocumentKind;
  /** Province, or '全国'. */
  region: string;
  /** The first issuer's name, for reasons. */
  issuer: string | null;
  /** Reference date (YYYY-MM-DD) and which date it is. */
  date: string;
  dateOf: 'signed' | 'revised' | 'published' | 'effective' | 'numberYear' | 'asOf';
}

export type ScopeVerdict = { applies: true } | { applies: false; reason: string };

const DATE_LABEL: Record<ScopeFacts['dateOf'], string> = {
  signed: '成文日期',
  revised: '本文本的修改日期',
  published: '公布日期',
  effective: '施行日期',
  numberYear: '发文年份（按年末）',
  asOf: '审核基准日',
};

function kindsText(kinds: readonly DocumentKind[]): string {
  return kinds.length <= 3 ? kinds.join('、') : `${kinds.slice(0, 3).join('、')}等${kinds.length}类文件`;
}

function regionText(facts: ScopeFacts): string {
  if (facts.region === NATIONAL) return `制定机关${facts.issuer ? `为${facts.issuer}` : ''}（全国性文件）`;
  return `制定机关${facts.issuer ? `${facts.issuer}` : ''}属${facts.region}`;
}

/** The basis without the date note in brackets after it: 《湖南省行政程序规定》（2008年10月1日起施行） → 《湖南省行政程序规定》. */
function basisName(basis: string): string {
  return basis.replace(/[（(][^（）()]*(施行|实施|[0-9]日)[^（）()]*[）)]$/u, '');
}

/** Why one scope does not cover the document, or null when it does. */
function mismatch(scope: Applicability, facts: ScopeFacts): { reason: string; weight: number } | null {
  if (scope.kinds && !scope.kinds.includes(facts.kind)) {
    return { reason: `文件类型为${facts.kind}，本规则只适用于${kindsText(scope.kinds)}`, weight: 0 };
  }
  if (scope.regions && !scope.regions.includes(facts.region)) {
    return { reason: `${regionText(facts)}，本规则依据的${basisName(scope.basis)}只适用于${scope.regions.join('、')}的文件`, weight: 1 };
  }
  const date = `${DATE_LABEL[facts.dateOf]}（${formatChineseDate(facts.date)}）`;
  if (scope.from && facts.date < scope.from) return { reason: `${date}早于${basisName(scope.basis)}施行（${formatChineseDate(scope.from)}）`, weight: 2 };
  if (scope.until && facts.date > scope.until) return { reason: `${date}晚于${basisName(scope.basis)}失效（${formatChineseDate(scope.until)}）`, weight: 2 };
  return null;
}

/** Whether a rule's scopes cover the document; when none does, the reason of the scope that came closest. */
export function judgeScope(applies: Applicability | readonly Applicability[] | undefined, facts: ScopeFacts): ScopeVerdict {
  if (!applies) return { applies: true };
  const scopes = Array.isArray(applies) ? (applies as readonly Applicability[]) : [applies as Applicability];
  if (scopes.length === 0) return { applies: true };
  let closest: { reason: string; weight: number } | undefined;
  for (const scope of scopes) {
    const m = mismatch(scope, facts);
    if (!m) return { applies: true };
    if (!closest || m.weight > closest.weight) closest = m;
  }
  return { applies: false, reason: closest!.reason };
}

/** The scopes in one line for rule pages and `hrss-audit rules`: 适用于：行政规范性文件；湖南省；2008年10月1日以后. */
export function describeScope(applies: Applicability | readonly Applicability[] | undefined): string {
  if (!applies) return '适用于所有文件';
  const scopes = Array.isArray(applies) ? (applies as readonly Applicability[]) : [applies as Applicability];
  return scopes
    .map((s) => {
      const parts = [s.kinds ? s.kinds.join('、') : '各类文件'];
      if (s.regions) parts.push(`${s.regions.join('、')}的文件`);
      if (s.from) parts.push(`${formatChineseDate(s.from)}以后成文`);
      if (s.until) parts.push(`${formatChineseDate(s.until)}以前成文`);
      return `${parts.join('，')}（依据：${s.basis}${s.verified === false ? '，日期待核实' : ''}）`;
    })
    .join('；或');
}

/** Scope facts of a profile, from a LegalDocument or from a JSON report alike. */
export function scopeFactsOf(p: {
  kind: { value: string };
  region: { value: string };
  issuers: ReadonlyArray<{ name: string }>;
  dates: { reference: { value: string; of: ScopeFacts['dateOf'] } };
}): ScopeFacts {
  return {
    kind: p.kind.value as DocumentKind,
    region: p.region.value,
    issuer: p.issuers[0]?.name ?? null,
    date: p.dates.reference.value,
    dateOf: p.dates.reference.of,
  };
}
