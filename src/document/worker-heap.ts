import type { ResourceLimits } from 'node:worker_threads';

/**
 * The young generation of each worker thread (the reader, audit and PDF
 * page workers), in MB: V8's nursery, where new objects are allocated and
 * the short-lived ones die.
 *
 * V8 sizes a thread's young generation from the machine's memory: here up
 * to 48 MB, whose two 16 MB halves it grows into while reading a long PDF
 * (the survivors of each collection, pdf.js's fonts and parsed objects,
 * ask for room). Every page of memory a thread touches for the first time
 * costs a page fault, about 10 µs on the 2-core VM, and the reader of the
 * 202-page sample made half of the check's 27,400. 16 MB (two halves of
 * about 5 MB) keeps the nursery in memory already touched, at the price of
 * more, smaller collections: the check makes 23,100 faults and takes ×0.92
 * of the time (paired runs; 12 to 24 MB measured alike, 6 MB and 32 MB
 * about as slow as the default; bench/README.md). The main thread keeps
 * V8's default: a V8 flag would make V8 refuse the build's code caches
 * (src/launcher/code-cache-files.ts).
 */
export const WORKER_YOUNG_GENERATION_MB = 16;

/** A worker thread's heap: the old generation the limits allow (`limits.workerHeapMb`), the young one above. */
export function workerResourceLimits(heapMb?: number): ResourceLimits {
  return heapMb === undefined
    ? { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
    : { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
}
