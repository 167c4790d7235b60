import type { SourceDocument } from '../model.js';
import type { Limits } from '../limits.js';

export interface ReadOptions {
  limits: Limits;
  /** Path for messages only; readers work on bytes. */
  path?: string;
  /** PDF open password, when the user gave one. */
  password?: string;
}

/**
 * A reader turns the bytes of one file into a SourceDocument. It throws an
 * HrssError (with a code from src/errors.ts) for anything it cannot read.
 */
export type Reader = (data: Uint8Array, options: ReadOptions) => Promise<SourceDocument>;
