import type { Location, SourceFormat } from '../document/model.js';

export type Severity = 'error' | 'warning' | 'info';
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
  /** Top-level sections (一、二、…) of a notice-style document (added in schema 1.2). */
  sections?: number;
}

/** Where a profile value was read, as a report shows it. */
export interface ProfileEvidenceReport {
  location: Location;
  excerpt: string;
}

export interface ProfileValueReport<T = string> {
  value: T;
  source: 'read' | 'inferred' | 'user';
  basis: string;
  evidence: ProfileEvidenceReport | null;
}

export interface ProfileIssuerReport {
  name: string;
  level: 'national' | 'provincial' | 'municipal' | 'county' | null;
  region: string | null;
  source: 'read' | 'inferred' | 'user';
  basis: string;
  evidence: ProfileEvidenceReport | null;
}

/** The document profile in a report (schema 1.2): what the document is, each field with its evidence. */
export interface ProfileReport {
  kind: ProfileValueReport;
  normative: boolean;
  issuers: ProfileIssuerReport[];
  level: 'national' | 'provincial' | 'municipal' | 'county' | null;
  region: ProfileValueReport;
  dates: {
    signed?: ProfileValueReport;
    published?: ProfileValueReport;
    revised?: ProfileValueReport;
    effective?: ProfileValueReport;
    validUntil?: ProfileValueReport;
    reference: ProfileValueReport & { of: 'signed' | 'revised' | 'published' | 'effective' | 'numberYear' | 'asOf' };
  };
  stage: ProfileValueReport<'draft' | 'issued'>;
  form: ProfileValueReport;
  /** The profile in one line, as the terminal report prints it under the file name. */
  summary: string;
}

/** A rule that was not run on a document because its legal basis does not cover it. */
export interface NotApplicableRule {
  ruleId: string;
  /** Why, in Chinese: 文件类型为行政法规，本规则只适用于行政规范性文件. */
  reason: string;
}

export interface DocumentResult {
  path: string;
  format: SourceFormat | null;
  sha256: string;
  status: 'ok' | 'unreadable';
  error: { code: string; message: string } | null;
  meta: DocumentMeta | null;
  stats: DocumentStats | null;
  verdict: Verdict | null;
  findings: Finding[];
  /** Reader notes (tracked changes, encoding, removed headers); shown by text reporters. */
  notes?: Array<{ code: string; message: string }>;
  /**
   * Facts about the document that rules across documents need (library/*):
   * where its header fields are, what it cites, what it repeals. Optional
   * (added in schema 1.1); absent for unreadable documents and in reports
   * from older versions.
   */
  facts?: DocumentFacts;
  /** What the document is (schema 1.2; absent for unreadable documents and in older reports). */
  profile?: ProfileReport;
  /** Rules not run because they do not apply to this document, with the reason (schema 1.2). */
  notApplicable?: NotApplicableRule[];
}

/** Where a field sits in a document, so a finding made across documents can point at it. */
export interface FactAnchor {
  location: Location;
  excerpt: string;
}

/** A mention of another document: by 发文字号 or by title in 《》. */
export interface Citation {
  kind: 'documentNumber' | 'title';
  /** As written (titles without the 《》). */
  text: string;
  /** basis: cited as the ground for making this document (根据…制定); repeal: declared repealed or invalid by it (…废止); reference: any other mention. */
  role: 'basis' | 'repeal' | 'reference';
  location: Location;
  excerpt: string;
}

export interface DocumentFacts {
  /** Titles the document is known by: its own title and, for a notice that issues a measure (关于印发《X》的通知), X. */
  titles: string[];
  /** Validity stated as 长期有效. */
  indefinite: boolean;
  anchors: {
    title?: FactAnchor;
    documentNumber?: FactAnchor;
    registrationNumber?: FactAnchor;
    validity?: FactAnchor;
  };
  citations: Citation[];
}

export interface ReportSummary {
  documents: number;
  unreadable: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  /** 1.1 added the optional DocumentResult.facts; 1.2 profile, notApplicable and stats.sections; readers accept any 1.x. */
  schemaVersion: '1.2';
  tool: { name: 'hrss-audit'; version: string };
  generatedAt: string;
  asOf: string;
  summary: ReportSummary;
  documents: DocumentResult[];
}
