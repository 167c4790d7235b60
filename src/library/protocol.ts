import type { Limits } from '../document/limits.js';
import type { ProfileOverrides, SourceDocument, SourceFormat } from '../document/model.js';
import type { DocumentResult } from '../engine/types.js';

/** What a worker needs to set itself up once: it loads the config and rules itself (functions do not cross threads). */
export interface WorkerInit {
  cwd: string;
  /** Config file the main thread used; null for the built-in defaults. */
  configPath: string | null;
  /** --rule: run only these rules. */
  only?: string[];
  asOf: string;
  password?: string;
  debug?: boolean;
  corpusPath: string | null;
  /** Page workers a PDF may start (see src/document/readers/pdf/parallel.ts): 0 when the batch already runs a worker per core. */
  pdfPageWorkers?: number;
  /** --kind/--issuer/--region merged over the config's "document" (the worker reloads the config, which lacks the command-line part). */
  document?: ProfileOverrides;
}

export interface AuditTask {
  id: number;
  /** Absolute path. */
  path: string;
  /** Path shown in reports. */
  displayPath: string;
  /** Content hash when the main thread already knows it (cache runs); used for failures reported by the pool. */
  sha256?: string;
}

/** A task; or, to a worker started before its pool knew the run's settings (an early reader), what workerData would have held. */
export type ToWorker = { type: 'audit'; task: AuditTask } | { type: 'init'; init: unknown };

/** Messages from a worker; R is what it makes of a file (an audit worker: a DocumentResult; a reader worker: a ReadReply). */
export type FromWorker<R = DocumentResult> =
  { type: 'ready' } | { type: 'init-error'; code: string; message: string } | { type: 'result'; id: number; result: R };

/** What a reader worker (reader-worker.ts) needs: it only reads files, with these limits. */
export interface ReaderInit {
  limits: Limits;
  password?: string;
  /** Readers to load while the main thread is still setting itself up. */
  preload?: SourceFormat[];
}

/** workerData of a reader started before the run's settings were known: its ReaderInit comes as the first message. */
export interface EarlyReaderData {
  early: true;
  preload: SourceFormat[];
}

/** A reader worker's answer for one file: the document read, or why it could not be (the error, rebuilt into a result by the main thread). */
export type ReadReply =
  | { kind: 'source'; sha256: string; source: SourceDocument }
  | { kind: 'error'; sha256: string; error: { name: string; code?: string; message: string; stack?: string } };
