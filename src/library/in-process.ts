import { statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Limits } from '../document/limits.js';
import type { LoadedConfig } from '../engine/config.js';
import type { ActiveRule } from '../engine/registry.js';
import type { DocumentResult } from '../engine/types.js';
import { isHrssError } from '../errors.js';
import { lazyCorpus, openCorpusAt } from './corpus-link.js';
import type { AuditTask } from './protocol.js';

/**
 * Which files may be audited in the main thread, and auditing them there.
 *
 * A worker thread costs a few hundred milliseconds to start (it loads the
 * code, the config and the rules again), which is most of the time a small
 * draft takes. So a file is audited in this thread when its work is known
 * to be small: a .docx, .md or .txt file of modest size whose reading stays
 * within the budget below. Every amplification a reader knows of is capped
 * by that budget (decompressed bytes, extracted text including .docx
 * automatic numbers, paragraphs), so what the structure pass and the rules
 * get is small too. Everything else — PDFs, large files, a file that
 * breaks the budget while it is read, and every file when the config loads
 * custom rule code — is audited in a worker with a heap limit and a time
 * limit, as in library mode.
 */
export const IN_PROCESS_BUDGET = {
  /** Largest file read here (a PDF never is). */
  fileBytes: 2 * 1024 * 1024,
  /** Decompressed .docx parts (single and total). */
  uncompressedBytes: 16 * 1024 * 1024,
  /** Text and labels the reader may produce (a 100-page document has about 150,000). */
  textChars: 500_000,
  /** Blocks (paragraphs, lines) the reader may produce. */
  blocks: 20_000,
} as const;

/** Formats decided by extension that are never read here: pdf.js can be kept busy for minutes by a small file. */
const ALWAYS_ISOLATED = new Set(['.pdf']);

export interface Triage {
  /** Audited in this thread. */
  local: AuditTask[];
  /** Audited in a worker. */
  isolated: AuditTask[];
}

/** Split the tasks of a run by where they are audited. */
export function triage(tasks: readonly AuditTask[], config: Pick<LoadedConfig, 'plugins' | 'limits'>): Triage {
  // Custom rule code may loop or allocate without end on any file: nothing it runs on is provably cheap.
  if (config.plugins.length > 0) return { local: [], isolated: [...tasks] };
  const local: AuditTask[] = [];
  const isolated: AuditTask[] = [];
  for (const task of tasks) (mayRunLocally(task.path) ? local : isolated).push(task);
  return { local, isolated };
}

function mayRunLocally(path: string): boolean {
  if (ALWAYS_ISOLATED.has(extname(path).toLowerCase())) return false;
  try {
    return statSync(path).size <= IN_PROCESS_BUDGET.fileBytes;
  } catch {
    // Gone or unreadable: reading it here reports why, cheaply.
    return true;
  }
}

/** The configured limits, tightened to the budget. */
export function budgetLimits(limits: Limits): Limits {
  return {
    ...limits,
    maxEntryBytes: Math.min(limits.maxEntryBytes, IN_PROCESS_BUDGET.uncompressedBytes),
    maxUncompressedBytes: Math.min(limits.maxUncompressedBytes, IN_PROCESS_BUDGET.uncompressedBytes),
    maxTextChars: Math.min(limits.maxTextChars, IN_PROCESS_BUDGET.textChars),
  };
}

/** Whether a limit error was raised by the budget rather than by the configured limits (then the file goes to a worker). */
function budgetRefused(code: string, limits: Limits, budget: Limits): boolean {
  if (code === 'E_LIMIT_TEXT') return budget.maxTextChars < limits.maxTextChars;
  if (code === 'E_LIMIT_UNCOMPRESSED') return budget.maxEntryBytes < limits.maxEntryBytes || budget.maxUncompressedBytes < limits.maxUncompressedBytes;
  return false;
}

export interface InProcessOptions {
  rules: ActiveRule[];
  asOf: string;
  limits: Limits;
  settings: Record<string, unknown>;
  password?: string;
  debug?: boolean;
  corpusPath: string | null;
}

/**
 * Audit files in this thread, one after the other. A file that turns out
 * not to be cheap (a PDF behind another extension, or over the budget
 * once read) is handed back, for a worker. No time limit here: nothing
 * audited here can run long, and a timer could not interrupt work on this
 * thread anyway.
 */
export async function auditInProcess(tasks: readonly AuditTask[], o: InProcessOptions, onResult: (task: AuditTask, result: DocumentResult) => void): Promise<AuditTask[]> {
  const { auditSource, failureResult, sha256 } = await import('../engine/audit.js');
  const { readInputFileSync, readSource } = await import('../document/load.js');
  const { decideFormat } = await import('../document/sniff.js');
  const corpus = lazyCorpus(() => openCorpusAt(o.corpusPath));
  const budget = budgetLimits(o.limits);
  const handedBack: AuditTask[] = [];
  const options = { asOf: o.asOf, limits: o.limits, settings: o.settings, password: o.password, debug: o.debug, corpus };
  for (const task of tasks) {
    let data: Uint8Array;
    try {
      data = readInputFileSync(task.path, o.limits);
    } catch (e) {
      onResult(task, failureResult(task.displayPath, '', e, o.debug));
      continue;
    }
    const sha = sha256(data);
    let result: DocumentResult | undefined;
    try {
      if (data.length > IN_PROCESS_BUDGET.fileBytes || decideFormat(task.path, data) === 'pdf') {
        handedBack.push({ ...task, sha256: sha });
        continue;
      }
      const source = await readSource(task.path, data, { limits: budget, password: o.password });
      if (source.blocks.length > IN_PROCESS_BUDGET.blocks) {
        handedBack.push({ ...task, sha256: sha });
        continue;
      }
      result = (await auditSource(task.displayPath, sha, source, o.rules, options)).result;
    } catch (e) {
      if (isHrssError(e) && budgetRefused(e.code, o.limits, budget)) {
        handedBack.push({ ...task, sha256: sha });
        continue;
      }
      result = failureResult(task.displayPath, sha, e, o.debug);
    }
    onResult(task, result);
  }
  return handedBack;
}
