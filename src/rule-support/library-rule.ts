import type { Location } from '../document/model.js';
import { defineRule, type RuleDefinition, type RuleMeta } from '../engine/rule.js';
import type { DocumentResult, FactAnchor, RelatedProvision, Severity } from '../engine/types.js';
import type { LibraryIndex } from '../library/library-index.js';

/**
 * Rules across documents (library/*). They run after every file of a batch
 * is audited, on the per-document results (meta and facts), never on the
 * documents themselves — so they run the same on a merged set of shard
 * reports as on one run over the whole library.
 */

export interface LibraryReportDescriptor {
  /** The document the finding is reported on. */
  document: DocumentResult;
  /** Where in it: a fact anchor (title, 发文字号, …) or a citation's location; the title or the first line when absent. */
  at?: FactAnchor | { location: Location; excerpt: string };
  message?: string;
  messageId?: string;
  data?: Record<string, string | number>;
  severity?: Severity;
  suggestion?: string;
  basis?: string;
  related?: RelatedProvision[];
}

export interface LibraryRuleContext<Options = unknown> {
  readonly id: string;
  readonly options: Options;
  /** Review date, ISO YYYY-MM-DD. */
  readonly asOf: string;
  /** The readable documents of the library, with lookups by number and title and their status as of asOf. */
  readonly library: LibraryIndex;
  report(descriptor: LibraryReportDescriptor): void;
}

export interface LibraryRuleDefinition<Options = unknown> extends RuleDefinition<Options> {
  check(context: LibraryRuleContext<Options>): void;
}

/** Declare a rule across documents: a normal rule (listed, configured, documented) whose per-document part does nothing. */
export function defineLibraryRule<Options = unknown>(definition: {
  id: string;
  meta: RuleMeta<Options>;
  check(context: LibraryRuleContext<Options>): void;
}): LibraryRuleDefinition<Options> {
  return defineRule<Options>({
    ...definition,
    meta: { ...definition.meta, scope: 'library' },
    create() {
      // Nothing per document: see check().
    },
  }) as LibraryRuleDefinition<Options>;
}

export function isLibraryRule(rule: RuleDefinition<any>): rule is LibraryRuleDefinition<any> {
  return rule.meta.scope === 'library' && typeof (rule as LibraryRuleDefinition).check === 'function';
}
