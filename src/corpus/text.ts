import { normalizeForMatch } from '../zh/normalize.js';

/** Normalised text of a provision: what FTS, MinHash and claims see (fullwidth folded, spaces dropped). */
export function normalizeProvision(text: string): string {
  return normalizeForMatch(text).text;
}
