import { normalizeForMatch } from '../zh/normalize.js';

/** The label that opens an article (第十二条, with the space after it): not part of what the article says. */
export const ARTICLE_LABEL = /^[ \u3000]*第[零〇一二两三四五六七八九十百千0-9]+条[ \u3000]*/u;

/** Normalised text of a provision: what FTS, MinHash and claims see (fullwidth folded, spaces dropped). */
export function normalizeProvision(text: string): string {
  return normalizeForMatch(text).text;
}
