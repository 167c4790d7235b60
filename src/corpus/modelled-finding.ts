/**
 * What a model of one law's rule reports (src/corpus/consent.ts, fund-diversion.ts…): the words of a draft that answer
 * one provision, and the provision's address. Offsets are UTF-16 offsets in the text the model was given.
 */
export interface ModelledFinding {
  start: number;
  end: number;
  phrase: string;
  article: number;
  /** The paragraph (款) of the article, when the rule is in one of them. */
  clause?: number;
}

/** The law several models answer. */
export const SOCIAL_INSURANCE_LAW = '中华人民共和国社会保险法';
