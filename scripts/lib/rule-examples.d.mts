import type { Finding } from '../../src/engine/types.js';

export interface PageExample {
  name: string;
  /** Heading of the section it is in: 错误示例 or 正确示例. */
  section: string;
}
/** A finding; for a library case, with the document (path inside the case folder) it is in. */
export type FixtureFinding = Finding & { document?: string };
export type FixtureRun = (ruleId: string, file: string) => Promise<FixtureFinding[]>;
export function pageExamples(page: string): PageExample[];
export function fixtureText(markdown: string): string;
export function renderExample(name: string, text: string, findings: Finding[]): string;
export function fixtureRunner(modules: {
  validateConfig: typeof import('../../src/engine/config.js').validateConfig;
  loadAllRules: typeof import('../../src/engine/registry.js').loadAllRules;
  resolveRules: typeof import('../../src/engine/registry.js').resolveRules;
  auditFile: typeof import('../../src/engine/audit.js').auditFile;
  /** The shared reference corpus, for fixtures that declare `<!-- corpus: shared -->`. */
  sharedCorpus?: () => Promise<() => Promise<import('../../src/corpus/api.js').CorpusApi>>;
  /** For the case folders of the rules across documents (fixtures/library/). */
  auditLibrary?: typeof import('../../src/library/batch.js').auditLibrary;
  createProgress?: typeof import('../../src/library/progress.js').createProgress;
}): FixtureRun;
export function renderRulePage(page: string, ruleId: string, fixturesDir: string, run: FixtureRun): Promise<string>;
