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

/** The provision a model's rule answers, and the words that find it in the law. */
export interface ModelledProvision {
  title: string;
  article: number;
  clause?: number;
  word: string;
}

/** A finding on `part[from, to)` of a text in which `part` starts at `at`, answering one rule's provision. */
export function findingAt(part: string, at: number, from: number, to: number, rule: ModelledProvision): ModelledFinding & { title: string; word: string } {
  return {
    start: at + from,
    end: at + to,
    phrase: part.slice(from, to),
    title: rule.title,
    article: rule.article,
    ...(rule.clause ? { clause: rule.clause } : {}),
    word: rule.word,
  };
}
