import { normalizeForMatch } from '../zh/normalize.js';

/** The label that opens an article (第十二条, with the space after it): not part of what the article says. */
export const ARTICLE_LABEL = /^[ \u3000]*第[零〇一二两三四五六七八九十百千0-9]+条[ \u3000]*/u;
/** The label of a list item at the start of a text: （一）, 1. / 1、, 一、. */
export const ITEM_LABEL = /^[\s\u3000]*(?:[（(][一二三四五六七八九十]+[)）]|\d+[.．、]|[一二三四五六七八九十]+、)/u;

/** Normalised text of a provision: what FTS, MinHash and claims see (fullwidth folded, spaces dropped). */
export function normalizeProvision(text: string): string {
  return normalizeForMatch(text).text;
}
