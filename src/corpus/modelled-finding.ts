import { fullSentences } from '../zh/context.js';

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

/** The rest of a clause after a match: up to the next comma, semicolon, colon or full stop. */
export function restOfClause(sentence: string, end: number): string {
  return sentence.slice(end).split(/[，,。；;：:]/u)[0];
}

/**
 * Whether a matched act is named as conduct, not allowed: the case of a penalty or consequence (用人单位以实物…代替货币支付工资的，
 * 由…处理; 对以…充抵高温津贴的用人单位; 查实用人单位因…降低女职工工资的), a breach, or a point to inspect (是否以…充抵).
 */
export function namedAsConduct(sentence: string, end: number): boolean {
  const rest = restOfClause(sentence, end);
  return /的$|的(?:用人单位|单位|企业|行为|情形|问题|现象)|(?:行为|情形|问题|现象)$/u.test(rest) || /违反|违法|查实|是否/u.test(sentence);
}

/**
 * The first match of `pattern` in each full sentence of a text that `accept` lets through (the sentence's case, its exceptions),
 * with UTF-16 offsets in the text: how most models read one rule's words.
 */
export function sentenceMatches(
  text: string,
  pattern: RegExp,
  accept: (sentence: string, match: RegExpExecArray) => boolean = () => true,
): Array<Pick<ModelledFinding, 'start' | 'end' | 'phrase'>> {
  const out: Array<Pick<ModelledFinding, 'start' | 'end' | 'phrase'>> = [];
  // A global pattern would carry lastIndex from one sentence into the next.
  const once = pattern.global ? new RegExp(pattern.source, pattern.flags.replace('g', '')) : pattern;
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = once.exec(sentence);
    if (!m || !accept(sentence, m)) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0] });
  }
  return out;
}
