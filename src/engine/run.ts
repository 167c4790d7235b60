import type { CorpusApi } from '../corpus/api.js';
import type { LegalDocument, Span } from '../document/model.js';
import { excerptOf, locate } from '../document/structure/locate.js';
import { ERROR_CODES, isHrssError } from '../errors.js';
import { localeCompare } from '../zh/collate.js';
import type { ActiveRule } from './registry.js';
import { formatMessage, type ReportDescriptor, type RuleContext } from './rule.js';
import type { Finding, Severity, Verdict } from './types.js';

export interface RunOptions {
  asOf: string;
  settings: Record<string, unknown>;
  /** Opens the corpus; by default the built-in registry alone. */
  corpus?: () => Promise<CorpusApi>;
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
  const findings: Finding[] = [];
  const frozen = deepFreeze(doc);
  for (const active of rules) {
    const { rule } = active;
    // Rules across documents run after the batch, on the results (src/library/apply.ts).
    if (rule.meta.scope === 'library') continue;
    const report = (d: ReportDescriptor): void => {
      const template = d.message ?? (d.messageId ? rule.meta.messages?.[d.messageId] : undefined);
      if (!template) throw new Error(`rule ${rule.id} reported without a message`);
      const span = clampSpan(d.span ?? documentSpan(doc), doc.text.length);
      findings.push({
        ruleId: rule.id,
        severity: active.explicit ? active.severity : d.severity ?? active.severity,
        message: formatMessage(template, d.data),
        location: locate(doc, span),
        excerpt: excerptOf(doc, span),
        basis: d.basis ?? rule.meta.basis ?? null,
        suggestion: d.suggestion ?? null,
        related: d.related ?? [],
      });
    };
    const context: RuleContext<unknown> = {
      id: rule.id,
      options: active.options,
      document: frozen,
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
  return sortFindings(findings);
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

/** Rules must not change the tree; freezing makes an attempt throw instead of corrupting other rules' input. */
function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value as object)) return value;
  seen.add(value as object);
  if (ArrayBuffer.isView(value)) return value;
  for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key], seen);
  return Object.freeze(value);
}
