import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules, type ActiveRule } from '../../src/engine/registry.js';
import type { DocumentResult, Report } from '../../src/engine/types.js';
import { auditLibrary, type BatchOptions } from '../../src/library/batch.js';
import { createProgress } from '../../src/library/progress.js';
import { buildReport } from '../../src/report/build.js';
import { SAMPLE_AS_OF, tempDir, writeFiles } from './library.js';

const sink = { write: () => true } as unknown as NodeJS.WritableStream;

/** Options for auditLibrary over the folder `dir` as a whole: one job, no cache, no corpus, a config as a user would write it. */
export async function batchOptions(dir: string, rawConfig: Record<string, unknown> = {}, extra: Partial<BatchOptions> = {}): Promise<BatchOptions> {
  const config = validateConfig(rawConfig, null, dir);
  return {
    cwd: dir,
    paths: ['.'],
    config,
    rules: resolveRules(await loadAllRules(config), config),
    asOf: SAMPLE_AS_OF,
    jobs: 1,
    cacheLocation: null,
    corpusPath: null,
    progress: createProgress(sink, true),
    stderr: sink,
    ...extra,
  };
}

/** Audit files written to a temporary folder, in this process (--jobs 1), with a config as a user would write it. */
export async function auditFiles(
  files: Record<string, string | Uint8Array>,
  rawConfig: Record<string, unknown> = {},
  asOf = SAMPLE_AS_OF,
): Promise<{ results: DocumentResult[]; rules: ActiveRule[]; dir: string }> {
  const dir = writeFiles(tempDir(), files);
  const options = await batchOptions(dir, rawConfig, { asOf });
  const outcome = await auditLibrary(options);
  return { results: outcome.results, rules: await options.rules, dir };
}

/** The same, and the report built from the results. */
export async function reportOf(files: Record<string, string | Uint8Array>, asOf = SAMPLE_AS_OF): Promise<{ report: Report; rules: ActiveRule[]; dir: string }> {
  const { results, rules, dir } = await auditFiles(files, {}, asOf);
  return { report: buildReport(results, asOf, new Date('2026-11-27T08:00:00Z')), rules, dir };
}
