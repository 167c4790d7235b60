import type { RuleDefinition } from './rule.js';

/**
 * Every built-in rule, by id. Modules load on demand so that `--help` and
 * start-up pay nothing for them; a test walks this list and checks each rule
 * has its doc page and fixtures.
 */
export const BUILTIN_RULES: Record<string, () => Promise<{ default: RuleDefinition<any> }>> = {
  'legal-basis/missing': () => import('../../rules/legal-basis/missing.js'),
  'numbering/document-number': () => import('../../rules/numbering/document-number.js'),
  'validity/missing': () => import('../../rules/validity/missing.js'),
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
