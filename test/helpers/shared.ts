import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared material beside the repository (../shared): the corpus of laws
 * (corpus/) and the reader samples (samples/), read in place, never copied
 * into the repository. CI lays it at the same place. HRSS_SHARED_DIR is the
 * one variable that points elsewhere; every test finds the material through
 * this module, and a test that needs a missing piece fails saying so
 * (sharedPath), and test/setup/shared.ts says it once per run.
 */
export const SHARED_DIR = resolve(process.env.HRSS_SHARED_DIR ?? resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared'));
export const SAMPLES_DIR = join(SHARED_DIR, 'samples');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');

export function missingSharedMessage(path: string): string {
  return `shared material missing: ${path} — the tests read ../shared beside the repository (corpus/, samples/); set HRSS_SHARED_DIR to the folder that holds them`;
}

/** A path inside the shared material, checked: a missing file fails with a message naming it and the variable. */
export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts);
  if (!existsSync(path)) throw new Error(missingSharedMessage(path));
  return path;
}
