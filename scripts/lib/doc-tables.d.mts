import type { ErrorInfo } from '../../src/errors.js';
import type { RuleDefinition } from '../../src/engine/rule.js';

export function renderRuleTable(rules: readonly RuleDefinition<any>[], pageDir?: string): string;
export function renderErrorTable(codes: Readonly<Record<string, ErrorInfo>>): string;
export function fillGenerated(page: string, name: string, content: string): string;
export const GENERATED_PAGES: ReadonlyArray<{
  path: string;
  name: string;
  render(sources: { rules: readonly RuleDefinition<any>[]; codes: Readonly<Record<string, ErrorInfo>> }): string;
}>;
