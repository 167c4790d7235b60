import type { DocumentResult, Finding, Severity } from '../engine/types.js';
import { NATIONAL } from '../document/profile/kinds.js';

/**
 * The clean-up list (规范性文件清理): every document of the library in one
 * class, with the findings behind it. The classes, by precedence (the first
 * that applies wins):
 *
 *   unreadable  无法读取  the file could not be read: a person must look at it;
 *   outside     不属清理范围 not this library's to clean up: a national or another province's document,
 *                          or one that is not a 规范性文件 (批复, 函…); judged on the document's profile;
 *   expired     已失效    library/expired: validity ended, or repealed by another document;
 *   repeal      拟废止    library/cites-inactive on its 制定依据: the document it is made on is no longer in force;
 *   expiring    即将到期  library/expiring: validity ends within the threshold (6 months by default);
 *   revise      拟修改    any other error- or warning-level finding;
 *   valid       继续有效  nothing above info.
 */

export type CleanStatus = 'unreadable' | 'outside' | 'expired' | 'repeal' | 'expiring' | 'revise' | 'valid';

export const CLEAN_STATUSES: readonly CleanStatus[] = ['valid', 'revise', 'repeal', 'expired', 'expiring', 'outside', 'unreadable'];

export const CLEAN_LABEL: Record<CleanStatus, string> = {
  valid: '继续有效',
  revise: '拟修改',
  repeal: '拟废止',
  expired: '已失效',
  expiring: '即将到期',
  unreadable: '无法读取',
  outside: '不属清理范围',
};

export interface CleanReason {
  ruleId: string;
  severity: Severity | 'error';
  message: string;
  address: string;
}

export interface CleanEntry {
  path: string;
  title: string | null;
  documentNumber: string | null;
  registrationNumber: string | null;
  signedDate: string | null;
  effectiveDate: string | null;
  validUntil: string | null;
  status: CleanStatus;
  label: string;
  /** The findings that decided the class first, then the other errors and warnings. */
  reasons: CleanReason[];
  counts: { errors: number; warnings: number; infos: number };
}

function isBasisCitation(doc: DocumentResult, f: Finding): boolean {
  const l = f.location;
  return (doc.facts?.citations ?? []).some(
    (c) =>
      c.role === 'basis' &&
      c.location.line === l.line &&
      c.location.column === l.column &&
      c.location.endLine === l.endLine &&
      c.location.endColumn === l.endColumn,
  );
}

function reason(f: Finding): CleanReason {
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, address: f.location.address };
}

/** Why a document is not this library's to clean up (its profile says so), or null. */
function outsideReason(doc: DocumentResult, ownRegion: string): string | null {
  const p = doc.profile;
  if (!p) return null;
  if (!p.normative) return `文件类型为${p.kind.value}，不是规范性文件，不列入规范性文件清理`;
  if (p.region.value !== ownRegion) {
    const issuer = p.issuers[0]?.name;
    return p.region.value === NATIONAL
      ? `制定机关${issuer ? `为${issuer}` : ''}（全国性文件），由制定机关清理，不属本地区（${ownRegion}）文件库的清理范围`
      : `制定机关${issuer ? `${issuer}` : ''}属${p.region.value}，不属本地区（${ownRegion}）文件库的清理范围`;
  }
  if (p.kind.value !== '行政规范性文件') return `文件类型为${p.kind.value}，按立法程序清理，不属行政规范性文件清理范围`;
  return null;
}

export function cleanEntryOf(doc: DocumentResult, ownRegion = '湖南省'): CleanEntry {
  const meta = doc.meta;
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of doc.findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  const base = {
    path: doc.path,
    title: meta?.title ?? null,
    documentNumber: meta?.documentNumber ?? null,
    registrationNumber: meta?.registrationNumber ?? null,
    signedDate: meta?.signedDate ?? null,
    effectiveDate: meta?.effectiveDate ?? null,
    validUntil: doc.facts?.indefinite ? null : (meta?.validity?.until ?? null),
    counts,
  };
  const entry = (status: CleanStatus, decisive: Finding[]): CleanEntry => {
    const rest = doc.findings.filter((f) => !decisive.includes(f) && f.severity !== 'info');
    return { ...base, status, label: CLEAN_LABEL[status], reasons: [...decisive, ...rest].map(reason) };
  };
  if (doc.status === 'unreadable') {
    return {
      ...base,
      status: 'unreadable',
      label: CLEAN_LABEL.unreadable,
      reasons: [{ ruleId: doc.error?.code ?? 'E_INTERNAL', severity: 'error', message: doc.error?.message ?? '无法读取', address: '全文' }],
    };
  }
  const outside = outsideReason(doc, ownRegion);
  if (outside)
    return { ...base, status: 'outside', label: CLEAN_LABEL.outside, reasons: [{ ruleId: 'profile', severity: 'info', message: outside, address: '全文' }] };
  const expired = doc.findings.filter((f) => f.ruleId === 'library/expired');
  if (expired.length > 0) return entry('expired', expired);
  const lostBasis = doc.findings.filter((f) => f.ruleId === 'library/cites-inactive' && isBasisCitation(doc, f));
  if (lostBasis.length > 0) return entry('repeal', lostBasis);
  const expiring = doc.findings.filter((f) => f.ruleId === 'library/expiring');
  if (expiring.length > 0) return entry('expiring', expiring);
  const problems = doc.findings.filter((f) => f.severity !== 'info');
  if (problems.length > 0) return entry('revise', problems);
  return entry('valid', []);
}

export interface CleanList {
  schemaVersion: '1.0';
  kind: 'hrss-audit-clean';
  tool: { name: 'hrss-audit'; version: string };
  generatedAt: string;
  asOf: string;
  summary: Record<CleanStatus, number>;
  documents: CleanEntry[];
}

export function cleanList(
  documents: readonly DocumentResult[],
  asOf: string,
  tool: { version: string },
  now: Date = new Date(),
  ownRegion = '湖南省',
): CleanList {
  const entries = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((d) => cleanEntryOf(d, ownRegion));
  const summary = Object.fromEntries(CLEAN_STATUSES.map((s) => [s, 0])) as Record<CleanStatus, number>;
  for (const e of entries) summary[e.status]++;
  return {
    schemaVersion: '1.0',
    kind: 'hrss-audit-clean',
    tool: { name: 'hrss-audit', version: tool.version },
    generatedAt: now.toISOString(),
    asOf,
    summary,
    documents: entries,
  };
}
