import type { CorpusApi } from '../corpus/api.js';
import type { LegalDocument, ProfileOverrides, Span } from '../document/model.js';
import { buildProfile } from '../document/profile/build.js';
import { excerptOf, locate } from '../document/structure/locate.js';
import { ERROR_CODES, isHrssError } from '../errors.js';
import { judgeScope, scopeFactsOf } from './applicability.js';
import { freezeTree } from './freeze.js';
import { localeCompare } from '../zh/collate.js';
import type { ActiveRule } from './registry.js';
import { formatMessage, type ReportDescriptor, type RuleContext } from './rule.js';
import type { Finding, NotApplicableRule, Severity, Verdict } from './types.js';

export interface RunOptions {
  asOf: string;
  settings: Record<string, unknown>;
  /** Opens the corpus; by default the built-in registry alone. */
  corpus?: () => Promise<CorpusApi>;
  /** What the user says the document is (--kind, --issuer, --region, config "document"), for a document not yet profiled. */
  document?: ProfileOverrides;
  /** Sees each finding with what the rule passed to report() (RuleTester checks messageId and data). */
  onReport?: (finding: Finding, descriptor: ReportDescriptor) => void;
  /** Sees a rule's exception; the run goes on and the failure becomes a warning finding, as without it. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export interface RunOutcome {
  findings: Finding[];
  /** Rules not run because their legal basis does not cover the document. */
  notApplicable: NotApplicableRule[];
}

const registryOnly = async (): Promise<CorpusApi> => (await import('../corpus/provider.js')).registryOnlyCorpus();

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Where a finding about the document as a whole is placed: its title, else its first line. */
function documentSpan(doc: LegalDocument): Span {
  return doc.header.title?.span ?? { start: 0, end: Math.min(doc.text.length, doc.source.blocks[0]?.text.length ?? 0) };
}

/**
 * Run the active rules over one document. A rule that throws does not stop
 * the others; its failure becomes a warning finding so the gap is visible.
 */
export async function runRules(doc: LegalDocument, rules: ActiveRule[], options: RunOptions): Promise<Finding[]> {
  return (await runApplicableRules(doc, rules, options)).findings;
}

/**
 * Profile the document (unless the profile stage already did), then run the
 * rules whose legal basis covers it; the others are listed with the reason.
 */
export async function runApplicableRules(doc: LegalDocument, rules: ActiveRule[], options: RunOptions): Promise<RunOutcome> {
  const findings: Finding[] = [];
  const notApplicable: NotApplicableRule[] = [];
  if (!doc.profile && !Object.isFrozen(doc)) doc.profile = buildProfile(doc, { asOf: options.asOf, settings: options.settings, overrides: options.document });
  freezeTree(doc);
  const facts = doc.profile ? scopeFactsOf(doc.profile) : undefined;
  for (const active of rules) {
    const { rule } = active;
    // Rules across documents run after the batch, on the results (src/library/apply.ts).
    if (rule.meta.scope === 'library') continue;
    if (facts) {
      const scope = judgeScope(rule.meta.applies, facts);
      if (!scope.applies) {
        notApplicable.push({ ruleId: rule.id, reason: scope.reason });
        continue;
      }
    }
    const report = (d: ReportDescriptor): void => {
      const template = d.message ?? (d.messageId ? rule.meta.messages?.[d.messageId] : undefined);
      if (!template) throw new Error(`rule ${rule.id} reported without a message`);
      const span = clampSpan(d.span ?? documentSpan(doc), doc.text.length);
      const finding: Finding = {
        ruleId: rule.id,
        severity: active.explicit ? active.severity : (d.severity ?? active.severity),
        message: formatMessage(template, d.data),
        location: locate(doc, span),
        excerpt: excerptOf(doc, span),
        basis: d.basis ?? rule.meta.basis ?? null,
        suggestion: d.suggestion ?? null,
        related: d.related ?? [],
      };
      findings.push(finding);
      options.onReport?.(finding, d);
    };
    const context: RuleContext<unknown> = {
      id: rule.id,
      options: active.options,
      document: doc,
      asOf: options.asOf,
      settings: Object.freeze({ ...options.settings }),
      corpus: options.corpus ?? registryOnly,
      report,
    };
    try {
      await rule.create(context);
    } catch (e) {
      // The tool cannot run (a corrupt or missing corpus): not one rule's gap, the whole run stops (exit 2).
      if (isHrssError(e) && ERROR_CODES[e.code].scope === 'tool') throw e;
      options.onRuleError?.(rule.id, e);
      findings.push({
        ruleId: rule.id,
        severity: 'warning',
        message: `规则 ${rule.id} 运行出错（${(e as Error).message}），该项检查结果不完整，请人工复核。`,
        location: locate(doc, documentSpan(doc)),
        excerpt: '',
        basis: null,
        suggestion: null,
        related: [],
      });
    }
  }
  return { findings: sortFindings(findings), notApplicable };
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      ORDER[a.severity] - ORDER[b.severity] ||
      localeCompare(a.ruleId, b.ruleId) ||
      localeCompare(a.message, b.message),
  );
}

/** pass: nothing above info; revise: warnings only; fail: any error. */
export function verdictOf(findings: Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'revise';
  return 'pass';
}
