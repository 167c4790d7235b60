import { fileURLToPath } from 'node:url';

/** The shared reference corpus (105 laws + manifest), read in place: never copied into the repo. */
export const SHARED_CORPUS = process.env.HRSS_SHARED_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
