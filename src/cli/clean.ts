import type { CleanFormat } from '../report/clean.js';
import { auditFromCli, writeOutput, type CheckOptions } from './check.js';
import type { CliIO } from './io.js';

export type CleanOptions = Omit<CheckOptions, 'format' | 'rule' | 'shard' | 'maxWarnings'> & { format: CleanFormat };

/**
 * `hrss-audit clean <dir>`: audit the whole library (every rule, including
 * the rules across documents) and print the clean-up list. Exit 1 when a
 * file could not be read (it needs a person), 0 otherwise: a clean-up list
 * is a worklist, not a gate.
 */
export async function runClean(paths: string[], options: CleanOptions, io: CliIO): Promise<number> {
  const { asOf, config, results } = await auditFromCli(paths, options, io);
  const { cleanList } = await import('../library/clean.js');
  const { renderClean } = await import('../report/clean.js');
  const { TOOL_VERSION } = await import('../package-info.js');
  const { ownRegion } = await import('../document/profile/build.js');
  const list = cleanList(results, asOf, { version: TOOL_VERSION }, new Date(), ownRegion(config.settings));
  await writeOutput(renderClean(options.format, list), options.output, io);
  return list.summary.unreadable > 0 ? 1 : 0;
}
