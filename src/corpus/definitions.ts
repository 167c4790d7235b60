import { findQuantities, type Quantity } from './claims.js';

/**
 * Terms defined by a figure (临时性工作岗位是指存续时间不超过六个月的岗位; 非全日制用工，是指…平均每日工作时间不超过四小时…):
 * a draft that defines the law's own term with another figure changes whom or what the law's rule is for, however the rest
 * of the sentence is worded. Offsets are UTF-16 offsets in the text given.
 */
export interface FigureDefinition {
  /** The term defined, without the words that point to where it is used (前款规定的, 本办法所称). */
  term: string;
  /** The figures of the definition, in order: their phrase with its comparator (不超过六个月) and where it is. */
  figures: Array<{ phrase: string; start: number; end: number; value: number; dim: Quantity['dim']; unit: Quantity['unit'] }>;
}

/** 是指 after a term, in its own sentence or part of one. */
const MEANS = /是指/gu;
/** The term just before 是指: Han characters after the last punctuation, a comma between them allowed (临时性工作岗位，是指). */
const TERM_BEFORE = /([\u4e00-\u9fff]{2,24})[，,]?$/u;
/** Words before a term that say where it is used, not what it is. */
const POINTER = /^.*?(?:所称|规定的|中的|所说的|称)/u;

export function figureDefinitions(text: string): FigureDefinition[] {
  const out: FigureDefinition[] = [];
  for (const m of text.matchAll(MEANS)) {
    const at = m.index!;
    const before = /[^。；;：:！？!?\n]*$/u.exec(text.slice(0, at))![0];
    const named = TERM_BEFORE.exec(before);
    if (!named) continue;
    // 企业使用被派遣劳动者的临时性工作岗位: the term is the head after the last 的.
    const term = named[1].replace(POINTER, '').replace(/^.*的/u, '');
    // A term of a word or two (本人, 亲属) is no defined term of art; a negated definition (不是指) defines nothing.
    if (term.length < 3 || /不$/u.test(before)) continue;
    const bodyStart = at + m[0].length;
    const stop = text.slice(bodyStart).search(/[。；;\n]/u);
    const body = text.slice(bodyStart, stop < 0 ? text.length : bodyStart + stop);
    const figures = findQuantities(body).map((q) => ({
      phrase: body.slice(q.phraseStart, q.phraseEnd),
      start: bodyStart + q.phraseStart,
      end: bodyStart + q.phraseEnd,
      value: q.value,
      dim: q.dim,
      unit: q.unit,
    }));
    if (figures.length > 0) out.push({ term, figures });
  }
  return out;
}
