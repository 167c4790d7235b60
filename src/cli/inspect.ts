import { resolve } from 'node:path';
import { HrssError, isHrssError } from '../errors.js';
import { printable } from '../io/printable.js';
import type { CliIO } from './io.js';

export interface InspectCliOptions {
  format?: 'text' | 'json';
  config?: string;
  password?: string;
  debug?: boolean;
  asOf?: string;
  kind?: string;
  issuer?: string;
  region?: string;
}

/** `hrss-audit inspect <file>`: print what the tool read (header, structure, closing, citations), no rules run. */
export async function runInspect(file: string, options: InspectCliOptions, io: CliIO): Promise<number> {
  const { loadConfig } = await import('../engine/config.js');
  const config = await loadConfig({ cwd: io.cwd, configPath: options.config });
  const { readInputFile, readSource } = await import('../document/load.js');
  const path = resolve(io.cwd, file);
  let source;
  try {
    source = await readSource(path, await readInputFile(path, config.limits), { limits: config.limits, password: options.password });
  } catch (e) {
    // The reader's messages speak of "the file": say which.
    if (isHrssError(e)) throw new HrssError(e.code, `${printable(file)}：${e.message}`, { cause: e });
    throw e;
  }
  const { buildLegalDocument } = await import('../document/structure/build.js');
  const { inspectDocument, renderInspection } = await import('../report/inspect.js');
  const { buildProfile } = await import('../document/profile/build.js');
  const { applyDocumentOptions, resolveAsOf } = await import('./check.js');
  await applyDocumentOptions(config, options);
  const doc = buildLegalDocument(source);
  // The same profile check would judge the document by, so a puzzled reader sees why a rule did or did not apply.
  doc.profile = buildProfile(doc, { asOf: resolveAsOf(options.asOf, config), settings: config.settings, overrides: config.document });
  const inspection = inspectDocument(file, doc);
  io.stdout.write(options.format === 'json' ? `${JSON.stringify(inspection, null, 2)}\n` : renderInspection(inspection));
  return 0;
}
