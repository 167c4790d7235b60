import type { Severity } from '../engine/types.js';

/** A rule that ran, as the review opinion lists it in its appendix. */
export interface AppliedRule {
  id: string;
  /** The rule's one-line Chinese description. */
  description: string;
  /** Severity in effect for this run (after config). */
  severity: Severity;
  /** The rule's legal basis, when it names one. */
  basis: string | null;
}

/** The corpus of laws a run used, when it used one. */
export interface CorpusInfo {
  /** Version or build label of the corpus (e.g. an import date or content hash); null when the store does not say. */
  version: string | null;
  /** Where the corpus file is, as shown to the user. */
  path?: string | null;
  /** Number of laws stored, when known. */
  laws?: number | null;
}

/**
 * What a run knows beyond the report model and that some reporters print:
 * the rules that ran, the corpus, and who reviews. Built by the command that
 * ran the audit; reporters only read it.
 */
export interface ReportContext {
  rules?: AppliedRule[];
  corpus?: CorpusInfo | null;
  /** Config report.author: who wrote the opinion (also the default comment author). */
  author?: string;
  /** Config report.reviewer. */
  reviewer?: string;
  /** Config report.office: the reviewing office that signs the opinion. */
  office?: string;
}

/** The context a command passes to reporters: the active rules as configured, and the report settings from the config. */
export function reportContext(
  rules: ReadonlyArray<{ rule: { id: string; meta: { description: string; basis?: string } }; severity: Severity }>,
  report: { author?: string; reviewer?: string; office?: string },
  corpus: CorpusInfo | null = null,
): ReportContext {
  return {
    rules: rules.map((r) => ({ id: r.rule.id, description: r.rule.meta.description, severity: r.severity, basis: r.rule.meta.basis || null })),
    corpus,
    author: report.author,
    reviewer: report.reviewer,
    office: report.office,
  };
}
