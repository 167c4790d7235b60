import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-info.js';
import type { LawRecord } from './types.js';

/**
 * Loading the national list of laws (data/national-laws.json, see
 * national-laws.ts) without its schema: the build validates the file and
 * stores its catalogue records with the file's hash; a check only reads
 * them. An edited file without a rebuild (or no build) is validated here as
 * before.
 */

export const NATIONAL_LAWS_PATH = join(PACKAGE_ROOT, 'data', 'national-laws.json');
/** Where the build writes the list turned into catalogue records. */
export const COMPILED_NATIONAL_LAWS_PATH = join(PACKAGE_ROOT, 'dist', 'data', 'national-laws.json');

export interface NationalLaws {
  /** Where the data comes from, and the date it was taken (from the source line). */
  source: string;
  date: string | null;
  records: LawRecord[];
}

/** The registry source tag of these records. */
export const NATIONAL_SOURCE_TAG = 'lawrefbook-db';

let cached: Promise<NationalLaws> | undefined;

/** The national list, loaded once per process: the records the build precompiled when they match the file, else the file. */
export function loadNationalLaws(): Promise<NationalLaws> {
  cached ??= (async () => {
    const bytes = await readFile(NATIONAL_LAWS_PATH);
    try {
      const compiled = JSON.parse(await readFile(COMPILED_NATIONAL_LAWS_PATH, 'utf8')) as { sha256: string; data: NationalLaws };
      if (compiled.sha256 === createHash('sha256').update(bytes).digest('hex')) return compiled.data;
    } catch {
      // not built, or stale: read the file
    }
    const { parseNationalLaws } = await import('./national-laws.js');
    return parseNationalLaws(JSON.parse(bytes.toString('utf8')));
  })();
  // A failed load must not be cached: the next call reports the error again.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
