import type { Location } from '../document/model.js';
import type { ActiveRule } from '../engine/registry.js';
import { formatMessage } from '../engine/rule.js';
import { sortFindings, verdictOf } from '../engine/run.js';
import type { DocumentResult, Finding } from '../engine/types.js';
import { judgeScope, scopeFactsOf } from '../engine/applicability.js';
import type { RuleMeta } from '../engine/rule.js';
import { LibraryIndex } from './library-index.js';
import { isLibraryRule, type LibraryReportDescriptor, type LibraryRuleContext } from '../rule-support/library-rule.js';

/** Findings of rules across documents carry ids in this group; they are recomputed, never merged. */
export const LIBRARY_RULE_PREFIX = 'library/';

const WHOLE_DOCUMENT: Location = { line: 1, column: 1, endLine: 1, endColumn: 1, page: null, paragraph: null, article: null, address: '全文' };

function findingKey(f: Finding): string {
  const l = f.location;
  return `${f.ruleId}\u0000${l.line}:${l.column}-${l.endLine}:${l.endColumn}\u0000${f.message}`;
}

/**
 * The library as one rule sees it: the documents its legal basis covers (a
 * 批复 does not expire; another province's document is not this library's
 * to clean up). Lookups (numbers, titles, repeals) still see every document.
 * Documents from reports older than the profile count as covered.
 */
function scopedIndex(index: LibraryIndex, meta: RuleMeta<unknown>): LibraryIndex {
  if (!meta.applies) return index;
  const documents = index.documents.filter((d) => !d.profile || judgeScope(meta.applies, scopeFactsOf(d.profile)).applies);
  if (documents.length === index.documents.length) return index;
  return Object.create(index, { documents: { value: documents } }) as LibraryIndex;
}

/**
 * Run the active library rules over a set of per-document results and
 * return new results with their findings added (and verdicts updated).
 * Findings of library rules already in the input (from shard reports) are
 * dropped first: they were computed on part of the library only.
 */
export function applyLibraryRules(results: readonly DocumentResult[], rules: readonly ActiveRule[], asOf: string): DocumentResult[] {
  const stripped = results.map((d) =>
    d.findings.some((f) => f.ruleId.startsWith(LIBRARY_RULE_PREFIX))
      ? { ...d, findings: d.findings.filter((f) => !f.ruleId.startsWith(LIBRARY_RULE_PREFIX)) }
      : d,
  );
  const index = new LibraryIndex(stripped, asOf);
  const added = new Map<DocumentResult, Finding[]>();
  for (const active of rules) {
    const { rule } = active;
    if (!isLibraryRule(rule)) continue;
    const report = (d: LibraryReportDescriptor): void => {
      const template = d.message ?? (d.messageId ? rule.meta.messages?.[d.messageId] : undefined);
      if (!template) throw new Error(`rule ${rule.id} reported without a message`);
      const at = d.at ?? d.document.facts?.anchors.title;
      const finding: Finding = {
        ruleId: rule.id,
        severity: active.explicit ? active.severity : (d.severity ?? active.severity),
        message: formatMessage(template, d.data),
        location: at?.location ?? WHOLE_DOCUMENT,
        excerpt: at?.excerpt ?? '',
        basis: d.basis ?? rule.meta.basis ?? null,
        suggestion: d.suggestion ?? null,
        related: d.related ?? [],
      };
      const list = added.get(d.document);
      if (list) list.push(finding);
      else added.set(d.document, [finding]);
    };
    const context: LibraryRuleContext<unknown> = { id: rule.id, options: active.options, asOf, library: scopedIndex(index, rule.meta), report };
    rule.check(context);
  }
  return stripped.map((d, i) => {
    const extra = added.get(d);
    if (!extra && d === results[i]) return d;
    const seen = new Set<string>();
    const findings = sortFindings(
      [...d.findings, ...(extra ?? [])].filter((f) => {
        const key = findingKey(f);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
    );
    return { ...d, findings, verdict: d.status === 'ok' ? verdictOf(findings) : d.verdict };
  });
}
