import type { Finding } from '../../src/engine/types.js';

export interface PageExample {
  name: string;
  /** Heading of the section it is in: 错误示例 or 正确示例. */
  section: string;
}
export type FixtureRun = (ruleId: string, file: string) => Promise<Finding[]>;
export function pageExamples(page: string): PageExample[];
export function fixtureText(markdown: string): string;
export function renderExample(name: string, text: string, findings: Finding[]): string;
export function fixtureRunner(modules: {
  validateConfig: typeof import('../../src/engine/config.js').validateConfig;
  loadAllRules: typeof import('../../src/engine/registry.js').loadAllRules;
  resolveRules: typeof import('../../src/engine/registry.js').resolveRules;
  auditFile: typeof import('../../src/engine/audit.js').auditFile;
}): FixtureRun;
export function renderRulePage(page: string, ruleId: string, fixturesDir: string, run: FixtureRun): Promise<string>;
