import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared material beside the repository (../shared): the corpus of laws
 * and the reader samples. CI provides it at the same place; HRSS_SHARED_DIR
 * points elsewhere when needed.
 */
export const SHARED_DIR = process.env.HRSS_SHARED_DIR ?? resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared');
export const SAMPLES_DIR = process.env.HRSS_SAMPLES_DIR ?? resolve(SHARED_DIR, 'samples');
export const CORPUS_DIR = resolve(SHARED_DIR, 'corpus');
