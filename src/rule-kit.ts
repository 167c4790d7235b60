/**
 * hrss-audit/rule-kit: what a legal office needs to write and test its own
 * rules — defineRule, RuleTester and the types of the document a rule reads.
 * This is the public, stable surface; everything else in the package is
 * internal and may change. Loading it is cheap: the tester loads readers and
 * the structure pass only when it runs a case.
 */
export { defineRule, formatMessage } from './engine/rule.js';
export type { ReportDescriptor, RuleContext, RuleDefinition, RuleMeta } from './engine/rule.js';
export { DEFAULT_TEST_AS_OF, RuleTester, RuleTesterError } from './engine/rule-tester.js';
export { blockSpan, findInBlock, spanInBlock } from './rule-support/span.js';
export type { CaseFormat, ExpectedFinding, InvalidCase, RuleTesterConfig, RuleTests, ValidCase } from './engine/rule-tester.js';
export type { Finding, RelatedProvision, Severity } from './engine/types.js';
export type {
  Attachment,
  Block,
  BodyTitle,
  DateField,
  DocumentClosing,
  DocumentHeader,
  EffectiveClause,
  LegalDocument,
  Location,
  OutlineHeading,
  SourceDocument,
  Span,
  StructureKind,
  StructureNode,
  TextField,
  ValidityClause,
} from './document/model.js';
export type { CorpusApi } from './corpus/api.js';
