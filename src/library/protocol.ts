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

export type ToWorker = { type: 'audit'; task: AuditTask };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'init-error'; code: string; message: string }
  | { type: 'result'; id: number; result: DocumentResult };
