import { TOOL_VERSION } from '../package-info.js';
import type { DocumentResult, Report } from '../engine/types.js';

/** Assemble the report model every reporter renders; documents sorted by path for determinism. */
export function buildReport(documents: DocumentResult[], asOf: string, now: Date = new Date()): Report {
  const sorted = [...documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const summary = { documents: sorted.length, unreadable: 0, errors: 0, warnings: 0, infos: 0 };
  for (const d of sorted) {
    if (d.status === 'unreadable') summary.unreadable++;
    for (const f of d.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return {
    schemaVersion: '1.2',
    tool: { name: 'hrss-audit', version: TOOL_VERSION },
    generatedAt: now.toISOString(),
    asOf,
    summary,
    documents: sorted,
  };
}
