import type { RuleDefinition } from './rule.js';

/**
 * Every built-in rule, by id. Modules load on demand so that `--help` and
 * start-up pay nothing for them; a test walks this list and checks each rule
 * has its doc page and fixtures.
 */
export const BUILTIN_RULES: Record<string, () => Promise<{ default: RuleDefinition<any> }>> = {
  'conflict/corpus': () => import('../../rules/conflict/corpus.js'),
  'conflict/duplicate': () => import('../../rules/conflict/duplicate.js'),
  'content/certification': () => import('../../rules/content/certification.js'),
  'content/discrimination': () => import('../../rules/content/discrimination.js'),
  'content/fair-competition': () => import('../../rules/content/fair-competition.js'),
  'content/ultra-vires': () => import('../../rules/content/ultra-vires.js'),
  'format/bidi-control': () => import('../../rules/format/bidi-control.js'),
  'format/date': () => import('../../rules/format/date.js'),
  'legal-basis/article-not-found': () => import('../../rules/legal-basis/article-not-found.js'),
  'legal-basis/missing': () => import('../../rules/legal-basis/missing.js'),
  'legal-basis/repealed-citation': () => import('../../rules/legal-basis/repealed-citation.js'),
  'legal-basis/unknown-citation': () => import('../../rules/legal-basis/unknown-citation.js'),
  'numbering/document-number': () => import('../../rules/numbering/document-number.js'),
  'numbering/registration-number': () => import('../../rules/numbering/registration-number.js'),
  'numbering/year-mismatch': () => import('../../rules/numbering/year-mismatch.js'),
  'structure/article-sequence': () => import('../../rules/structure/article-sequence.js'),
  'structure/cross-reference': () => import('../../rules/structure/cross-reference.js'),
  'structure/heading-hierarchy': () => import('../../rules/structure/heading-hierarchy.js'),
  'validity/effective-date': () => import('../../rules/validity/effective-date.js'),
  'validity/effective-soon': () => import('../../rules/validity/effective-soon.js'),
  'validity/missing': () => import('../../rules/validity/missing.js'),
  'validity/too-long': () => import('../../rules/validity/too-long.js'),
  // Across documents: run after a batch, on its results (src/library/apply.ts).
  'library/duplicate-number': () => import('../../rules/library/duplicate-number.js'),
  'library/expired': () => import('../../rules/library/expired.js'),
  'library/expiring': () => import('../../rules/library/expiring.js'),
  'library/cites-inactive': () => import('../../rules/library/cites-inactive.js'),
};

export async function loadBuiltinRules(): Promise<RuleDefinition<any>[]> {
  const ids = Object.keys(BUILTIN_RULES);
  const modules = await Promise.all(ids.map((id) => BUILTIN_RULES[id]()));
  return modules.map((m, i) => {
    if (m.default.id !== ids[i]) throw new Error(`built-in rule module for ${ids[i]} declares id ${m.default.id}`);
    return m.default;
  });
}
