/**
 * The reader worker the launcher may have started before the tool was
 * loaded (src/launcher/early-reader.ts): the batch's reader pool adopts it
 * instead of starting one, when it was started with the limit the run's
 * config sets. It is adopted once; a run that does not take it ends it.
 */
import type { Worker } from 'node:worker_threads';
import type { EarlyReader } from '../launcher/early-reader.js';

let offered: EarlyReader | undefined;

/** Called by the launcher before the command runs. */
export function offerEarlyReader(early: EarlyReader): void {
  offered = early;
}

/** The early reader, for a pool whose workers get this old-generation limit; undefined when there is none fit to adopt. */
export function takeEarlyReader(heapMb: number): Worker | undefined {
  const early = offered;
  offered = undefined;
  if (!early) return undefined;
  if (early.exited || early.error || early.heapMb !== heapMb) {
    void early.worker.terminate();
    return undefined;
  }
  early.worker.ref();
  return early.worker;
}

/** End the early reader if nothing adopted it. */
export async function releaseEarlyReader(): Promise<void> {
  const early = offered;
  offered = undefined;
  if (early && !early.exited) await early.worker.terminate();
}
