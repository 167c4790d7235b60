/**
 * Where a match sits in Chinese legal prose: its sentence and clause, and
 * whether it lies inside 《…》 titles, “…” quotations or a 发文字号. Every
 * function works on one block's text (offsets are UTF-16 indices of that
 * string), because sentences never cross paragraphs in the model.
 */
import { findDocumentNumbers } from '../document/structure/document-number.js';

export interface Range {
  start: number;
  end: number;
}

/** Marks that end a sentence. ；ends one too: legal drafting uses it between self-contained provisions. */
export const SENTENCE_END = /[。！？；!?;]/u;
/** Marks that end a clause (分句) inside a sentence. The enumeration comma 、 does not. */
export const CLAUSE_END = /[。！？；!?;，,：:]/u;

function bounded(text: string, start: number, end: number, delimiter: RegExp): Range {
  let from = start;
  while (from > 0 && !delimiter.test(text[from - 1])) from--;
  let to = Math.max(start, end);
  // A match that itself ends on a delimiter keeps it; otherwise extend to the next one (inclusive).
  if (to > start && delimiter.test(text[to - 1])) return { start: from, end: to };
  while (to < text.length && !delimiter.test(text[to])) to++;
  return { start: from, end: Math.min(text.length, to + 1) };
}

/** The sentence around [start, end), delimiter included. */
export function sentenceAround(text: string, start: number, end: number = start): Range {
  return bounded(text, start, end, SENTENCE_END);
}

/**
 * Marks that end a full sentence, semicolons inside it: what a copied provision or the context of a waiver spans
 * (…予以答复；需要延长答复期限的，…最长不得超过20个工作日。).
 */
export const FULL_STOP = /[。！？!?]/u;

/** The full sentence around [start, end) (to 。！？, semicolons and all), delimiter included. */
export function fullSentenceAround(text: string, start: number, end: number = start): Range {
  return bounded(text, start, end, FULL_STOP);
}

/** The full sentences of a text, in order, delimiters included. */
export function fullSentences(text: string): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < text.length;) {
    const r = fullSentenceAround(text, i);
    out.push(r);
    i = r.end;
  }
  return out;
}

/**
 * The parts of a text's full sentences between semicolons, each with the full sentence it belongs to: a provision of its own
 * (…单位缴费部分由财政资金安排；个人缴费部分由本人缴纳), read with the case its sentence names first. Delimiters included.
 */
export function sentenceParts(text: string): Array<Range & { sentence: Range }> {
  const out: Array<Range & { sentence: Range }> = [];
  for (const sentence of fullSentences(text)) {
    for (let i = sentence.start; i < sentence.end;) {
      let end = i;
      while (end < sentence.end && !/[；;]/u.test(text[end])) end++;
      end = Math.min(sentence.end, end + 1);
      out.push({ start: i, end, sentence });
      i = end;
    }
  }
  return out;
}

/**
 * A case and what follows from it, inside a part between semicolons: from the part's start to the end of the clause after a
 * clause that ends in 的 (劳动模范达到法定退休年龄且累计缴费满二十年的，方可按月领取基本养老金). A sentence that goes on after it
 * (…，并按规定提高退休费比例) is left out, so that the case and its consequence can be held against the law's own.
 */
export function caseUnits(text: string): Array<Range & { sentence: Range }> {
  const out: Array<Range & { sentence: Range }> = [];
  for (const part of sentenceParts(text)) {
    for (let i = part.start; i < part.end; i++) {
      if (text[i] !== '的' || !/[，,]/u.test(text[i + 1] ?? '')) continue;
      let end = i + 2;
      while (end < part.end && !/[，,；;。]/u.test(text[end])) end++;
      if (end < part.end) out.push({ start: part.start, end, sentence: part.sentence });
      break;
    }
  }
  return out;
}

/** The clause around [start, end), delimiter included. */
export function clauseAround(text: string, start: number, end: number = start): Range {
  return bounded(text, start, end, CLAUSE_END);
}

/** Whether `index` lies inside an open…close pair (nesting counted), scanning back within the text. */
export function insidePair(text: string, index: number, open: string, close: string): boolean {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i];
    if (c === close) depth++;
    else if (c === open) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** Inside the title of a cited instrument: 《…》 (or 〈…〉 nested in one). */
export function insideBookTitle(text: string, index: number): boolean {
  return insidePair(text, index, '《', '》') || insidePair(text, index, '〈', '〉');
}

/** Inside a quotation: “…”, ‘…’ or 「…」. Straight quotes are ambiguous and not counted. */
export function insideQuotation(text: string, index: number): boolean {
  return insidePair(text, index, '“', '”') || insidePair(text, index, '‘', '’') || insidePair(text, index, '「', '」');
}

/** An order number: the issuer's name and 令第N号 (劳动和社会保障部令第22号, 人力资源社会保障部、国家卫生计生委令第21号). */
const ORDER_NUMBER = /[^，。；：、（）()《》“”\s]{2,30}?令第?[0-9０-９零〇一二两三四五六七八九十百]+号/gu;

/**
 * Ranges of the document numbers written in a text: 发文字号 (湘劳社政字〔2007〕15号 and malformed variants) and
 * order numbers (劳动和社会保障部令第22号), whose issuer is named as it was then.
 */
export function documentNumberRanges(text: string): Range[] {
  const ranges = findDocumentNumbers(text).map((n) => ({ start: n.start, end: n.end }));
  for (const m of text.matchAll(ORDER_NUMBER)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

/** Whether [start, end) overlaps any of the ranges. */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((r) => r.start < end && start < r.end);
}

/** 4-digit years (1949–2099) written in a text, e.g. “2005年”. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<![0-9])(19[4-9][0-9]|20[0-9]{2})(?=年)/gu)].map((m) => Number(m[1]));
}
