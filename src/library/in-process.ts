import { statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Limits } from '../document/limits.js';
import type { LoadedConfig } from '../engine/config.js';
import type { ActiveRule } from '../engine/registry.js';
import type { DocumentResult } from '../engine/types.js';
import { isHrssError } from '../errors.js';
import { lazyCorpus, openCorpusAt } from './corpus-link.js';
import type { ProfileOverrides, SourceDocument, SourceFormat } from '../document/model.js';
import type { AuditTask, ReadReply } from './protocol.js';

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
 * get is small too.
 *
 * PDFs and larger files are read in a reader worker (reader-worker.ts),
 * under a heap limit and the time limit: reading is where a hostile file
 * runs away (pdf.js can be kept busy for minutes by a small file). The
 * document it returns is audited here when it is within the budget. What
 * breaks the budget, and every file when the config loads custom rule code
 * (which may loop or allocate on any file), is audited whole in an audit
 * worker with a heap limit and a time limit, as in library mode.
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

/**
 * Only readers whose amplifications the budget caps read here: the .docx reader (decompression and numbering
 * labels within the budget limits) and plain text. PDF (pdf.js), OFD and Word 97 (.doc/.wps) are read in a worker.
 */
const READ_HERE_EXTENSIONS = new Set(['.docx', '.md', '.markdown', '.txt', '.text']);
const READ_HERE_FORMATS = new Set<SourceFormat>(['docx', 'md', 'txt']);

export interface Triage {
  /** Read and audited in this thread. */
  local: AuditTask[];
  /** Read in a reader worker, then audited in this thread (or in an audit worker when over the budget). */
  readElsewhere: AuditTask[];
  /** Audited whole in an audit worker. */
  isolated: AuditTask[];
}

/** Split the tasks of a run with one job by where they are read and audited. */
export function triage(tasks: readonly AuditTask[], config: Pick<LoadedConfig, 'plugins' | 'limits'>): Triage {
  // Custom rule code may loop or allocate without end on any file: nothing it runs on is provably cheap.
  if (config.plugins.length > 0) return { local: [], readElsewhere: [], isolated: [...tasks] };
  const local: AuditTask[] = [];
  const readElsewhere: AuditTask[] = [];
  for (const task of tasks) (mayReadLocally(task.path) ? local : readElsewhere).push(task);
  return { local, readElsewhere, isolated: [] };
}

function mayReadLocally(path: string): boolean {
  if (!READ_HERE_EXTENSIONS.has(extname(path).toLowerCase())) return false;
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
  /** What the user says the documents are (--kind, --issuer, --region, config "document"). */
  document?: ProfileOverrides;
}

/** What the main thread makes of a file: its result, or the task back (with its hash) for an audit worker. */
export type LocalOutcome = DocumentResult | AuditTask;

export function isHandedBack(outcome: LocalOutcome): outcome is AuditTask {
  return 'displayPath' in outcome;
}

export interface LocalAuditor {
  /** Read and audit a file here. */
  file(task: AuditTask): Promise<LocalOutcome>;
  /** Audit a document read by a reader worker. */
  source(task: AuditTask, reply: ReadReply): Promise<LocalOutcome>;
}

/**
 * Audits in this thread, one file after the other. A file that turns out
 * not to be cheap (over the budget once read) is handed back, for an audit
 * worker. No time limit here: nothing audited here can run long, and a
 * timer could not interrupt work on this thread anyway.
 */
export async function localAuditor(o: InProcessOptions): Promise<LocalAuditor> {
  const [{ auditSource, failureResult }, { sha256Hex }] = await Promise.all([import('../engine/audit.js'), import('../io/sha256.js')]);
  const { readInputFileSync, readSource } = await import('../document/load.js');
  const { decideFormat } = await import('../document/sniff.js');
  const corpus = lazyCorpus(() => openCorpusAt(o.corpusPath));
  const budget = budgetLimits(o.limits);
  const options = { asOf: o.asOf, limits: o.limits, settings: o.settings, password: o.password, debug: o.debug, corpus, document: o.document };
  const withinBudget = (source: SourceDocument): boolean => {
    if (source.blocks.length > IN_PROCESS_BUDGET.blocks) return false;
    let chars = 0;
    for (const b of source.blocks) chars += b.text.length + (b.label?.length ?? 0);
    return chars <= IN_PROCESS_BUDGET.textChars;
  };
  const audit = async (task: AuditTask, sha: string, source: SourceDocument): Promise<LocalOutcome> => {
    if (!withinBudget(source)) return { ...task, sha256: sha };
    try {
      return (await auditSource(task.displayPath, sha, source, o.rules, options)).result;
    } catch (e) {
      return failureResult(task.displayPath, sha, e, o.debug);
    }
  };
  return {
    async file(task) {
      let data: Uint8Array;
      try {
        data = readInputFileSync(task.path, o.limits);
      } catch (e) {
        return failureResult(task.displayPath, '', e, o.debug);
      }
      const sha = sha256Hex(data);
      let source: SourceDocument;
      try {
        // Content decides the reader: a .docx that is really a Word 97 file goes to a worker too.
        if (data.length > IN_PROCESS_BUDGET.fileBytes || !READ_HERE_FORMATS.has(decideFormat(task.path, data))) return { ...task, sha256: sha };
        source = await readSource(task.path, data, { limits: budget, password: o.password });
      } catch (e) {
        if (isHrssError(e) && budgetRefused(e.code, o.limits, budget)) return { ...task, sha256: sha };
        return failureResult(task.displayPath, sha, e, o.debug);
      }
      return audit(task, sha, source);
    },
    async source(task, reply) {
      if (reply.kind === 'source') return audit(task, reply.sha256, reply.source);
      return failureResult(task.displayPath, reply.sha256, rebuildError(reply.error), o.debug);
    },
  };
}

/** An error as a reader worker described it, rebuilt so that the failure mapping reads it as it would have read the original. */
function rebuildError(e: Extract<ReadReply, { kind: 'error' }>['error']): Error {
  const error = e.name === 'RangeError' ? new RangeError(e.message) : new Error(e.message);
  if (e.name !== 'RangeError') error.name = e.name;
  if (e.code !== undefined) Object.assign(error, { code: e.code });
  if (e.stack) error.stack = e.stack;
  return error;
}

/** Audit files in this thread, one after the other; returns the tasks handed back for an audit worker. */
export async function auditInProcess(
  tasks: readonly AuditTask[],
  o: InProcessOptions,
  onResult: (task: AuditTask, result: DocumentResult) => void,
): Promise<AuditTask[]> {
  const local = await localAuditor(o);
  const handedBack: AuditTask[] = [];
  for (const task of tasks) {
    const outcome = await local.file(task);
    if (isHandedBack(outcome)) handedBack.push(outcome);
    else onResult(task, outcome);
  }
  return handedBack;
}
