import type * as Zod from 'zod';
import type { ZodType } from 'zod';
import type { CorpusApi } from '../corpus/api.js';
import type { LegalDocument, Span } from '../document/model.js';
import type { Applicability } from './applicability.js';
import type { RelatedProvision, Severity } from './types.js';

/**
 * MessageIds: the keys of `meta.messages`. defineRule infers them from the
 * messages a rule declares, so `report({ messageId })` with an id the rule
 * does not declare fails to compile (a rule without messages reports plain
 * `message` text and accepts any id, as before).
 */
export interface RuleMeta<Options = unknown, MessageIds extends string = string> {
  /** Severity when the config does not set one. */
  severity: Severity;
  /** One line in Chinese: what the rule checks. */
  description: string;
  /** Legal basis cited in findings, e.g. 《湖南省规范性文件管理办法》. */
  basis: string;
  /** Doc page, relative to the package root; defaults to rules/<id>.md. */
  docs?: string;
  /**
   * Options schema, validated when the rules are resolved: a zod schema, or a
   * function that builds it from zod (built-in rules use this form so that
   * a check whose config sets no options never loads zod). With the
   * function form, `defaultOptions` are not validated at run time: they
   * must satisfy the schema (the rule's tests check it); options the config
   * sets always are.
   */
  options?: ZodType<Options> | ((zod: typeof Zod) => ZodType<Options>);
  /** Options used when the config gives none. */
  defaultOptions?: Options;
  /** Whether findings carry replacement text. */
  fixable?: boolean;
  /** Bumped when the rule's behaviour changes, so cached results are recomputed. */
  version?: number;
  /** Whether the rule needs the stored corpus of laws. */
  needsCorpus?: boolean;
  /**
   * 'document' (default): runs on each document. 'library': runs once over
   * the results of a whole batch (src/rule-support/library-rule.ts); the
   * per-document runner skips it.
   */
  scope?: 'document' | 'library';
  /** Where the rule comes from when it is not a built-in module: the term file (YAML) that declares it. */
  source?: string;
  /** Message templates by id; `{{name}}` is replaced with data. */
  messages?: Record<MessageIds, string>;
  /**
   * Where the rule's legal basis applies (kinds, regions, dates); the rule
   * is not run elsewhere and is listed as 不适用 with the reason. Absent: it
   * applies to every document (custom rules keep this default).
   */
  applies?: Applicability | readonly Applicability[];
}

export interface ReportDescriptor<MessageIds extends string = string> {
  message?: string;
  messageId?: MessageIds;
  data?: Record<string, string | number>;
  /** Where: a span of LegalDocument.text; omitted means the document as a whole (reported at its title). */
  span?: Span;
  /** Severity for this finding when the config does not set the rule's severity explicitly. */
  severity?: Severity;
  suggestion?: string;
  basis?: string;
  related?: RelatedProvision[];
}

/** What a rule sees: the document, its options, the review date, the corpus on demand, and report(). */
export interface RuleContext<Options = unknown, MessageIds extends string = string> {
  readonly id: string;
  readonly options: Options;
  readonly document: LegalDocument;
  /** Review date, ISO YYYY-MM-DD. */
  readonly asOf: string;
  /** Shared settings from the config (e.g. expected agency codes). */
  readonly settings: Readonly<Record<string, unknown>>;
  /**
   * The law corpus, opened lazily on the first call: the built-in law
   * registry, extended by the stored corpus (.hrss-audit/corpus.db, --corpus,
   * config "corpus") when there is one. Rules that do not call it cost nothing.
   */
  corpus(): Promise<CorpusApi>;
  report(descriptor: ReportDescriptor<MessageIds>): void;
}

export interface RuleDefinition<Options = unknown, MessageIds extends string = string> {
  id: string;
  meta: RuleMeta<Options, MessageIds>;
  create(context: RuleContext<Options, MessageIds>): void | Promise<void>;
}

const ID_RE = /^[a-z0-9-]+(\/[a-z0-9-]+)+$/;

/** Declare a rule. Validates the id and fills defaults so tooling can rely on the shape. */
export function defineRule<Options = unknown, const MessageIds extends string = string>(
  definition: RuleDefinition<Options, MessageIds>,
): RuleDefinition<Options, MessageIds> {
  if (!ID_RE.test(definition.id)) throw new TypeError(`rule id must look like "group/name": ${definition.id}`);
  if (typeof definition.create !== 'function') throw new TypeError(`rule ${definition.id} has no create()`);
  return Object.freeze({
    ...definition,
    meta: Object.freeze({ version: 1, docs: `rules/${definition.id}.md`, ...definition.meta }),
  });
}

export function isRuleDefinition(x: unknown): x is RuleDefinition {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as RuleDefinition).id === 'string' &&
    typeof (x as RuleDefinition).create === 'function' &&
    typeof (x as RuleDefinition).meta === 'object'
  );
}

/** Fill `{{name}}` placeholders. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => (k in data ? String(data[k]) : `{{${k}}}`));
}
