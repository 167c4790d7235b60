import type { Location } from '../document/model.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export type SeveritySetting = Severity | 'off';

/** A higher or related provision quoted beside a finding. */
export interface RelatedProvision {
  title: string;
  article: string | null;
  text: string;
}

/** One problem found in one document: the unit every reporter prints. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  excerpt: string;
  basis: string | null;
  suggestion: string | null;
  related: RelatedProvision[];
}

export type Verdict = 'pass' | 'revise' | 'fail';

export interface DocumentMeta {
  title: string | null;
  registrationNumber: string | null;
  documentNumber: string | null;
  issuers: string[];
  signedDate: string | null;
  effectiveDate: string | null;
  validity: { years: number | null; until: string | null } | null;
}

export interface DocumentStats {
  articles: number;
  chapters: number;
  paragraphs: number;
  characters: number;
}

export interface DocumentResult {
  path: string;
  format: 'docx' | 'pdf' | 'md' | 'txt' | null;
  sha256: string;
  status: 'ok' | 'unreadable';
  error: { code: string; message: string } | null;
  meta: DocumentMeta | null;
  stats: DocumentStats | null;
  verdict: Verdict | null;
  findings: Finding[];
  /** Reader notes (tracked changes, encoding, removed headers); shown by text reporters. */
  notes?: Array<{ code: string; message: string }>;
}

export interface ReportSummary {
  documents: number;
  unreadable: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  schemaVersion: '1.0';
  tool: { name: 'hrss-audit'; version: string };
  generatedAt: string;
  asOf: string;
  summary: ReportSummary;
  documents: DocumentResult[];
}
