import { articleAt } from '../../document/structure/locate.js';
import type { LegalDocument } from '../../document/model.js';
import { effectsOf, PARTNERS_CHOSEN_FREELY, pricedFeesOf } from './effects.js';
import { buildStructure } from './structure.js';
import type { ClauseAnalysis, Effect } from './types.js';

export type * from './types.js';

/**
 * Clause analysis, computed once per document and shared by every
 * substance rule: each provision split into sentences and clauses (with
 * conditions, actors, modal words, negation scope, governing citations) and
 * what each clause does in law (effects). See docs/design/clauses.md.
 */

const cache = new WeakMap<LegalDocument, ClauseAnalysis>();

export function analyzeClauses(doc: LegalDocument): ClauseAnalysis {
  let analysis = cache.get(doc);
  if (!analysis) {
    const { provisions, sentences, clauses } = buildStructure(doc);
    const effects: Effect[] = [];
    const headings = headingsAbove(doc);
    const partnersChosenFreely = PARTNERS_CHOSEN_FREELY.test(doc.text);
    const pricedFees = pricedFeesOf(doc.text);
    for (const s of sentences) {
      for (const e of effectsOf(s, headings(s.block.index), partnersChosenFreely, pricedFees)) {
        e.phrase = doc.text.slice(e.span.start, e.span.end);
        effects.push(e);
      }
    }
    analysis = Object.freeze({ provisions, sentences, clauses, effects });
    cache.set(doc, analysis);
  }
  return analysis;
}

/** For a block, the document title and the nearest heading above it (一、报名条件 / 第三章 招聘): what the provision is about. */
function headingsAbove(doc: LegalDocument): (block: number) => string {
  const title = doc.header.title?.text ?? '';
  const heads: Array<{ block: number; text: string }> = [];
  for (const o of doc.outline) if (o.level === 1) heads.push({ block: o.block, text: doc.source.blocks[o.block].text });
  for (const p of doc.parts) heads.push({ block: p.blocks[0], text: `${p.label}${p.title ?? ''}` });
  for (const b of doc.source.blocks) if (b.style.headingLevel !== undefined && b.index >= doc.bodyStart) heads.push({ block: b.index, text: b.text });
  heads.sort((a, b) => a.block - b.block);
  return (block) => {
    let near = '';
    for (const h of heads) if (h.block < block) near = h.text;
    return `${title}。${near}`;
  };
}

/**
 * How a message names the provision an effect sits in: 本项 for an item of a
 * list, 本款 for one paragraph of an article with several, 本条 for an
 * article, 文件 outside articles (notice-style documents).
 */
export function provisionWord(doc: LegalDocument, effect: Effect): string {
  if (effect.clause.sentence.provision.leadIn) return '本项';
  const at = effect.span.start;
  const article = articleAt(doc, at);
  if (!article) return '文件';
  return article.children.filter((c) => c.kind === 'clause').length > 1 ? '本款' : '本条';
}

/** The text of the sentence an effect sits in (normalised), for the office's allow-lists and statutory lists. */
export function sentenceOf(effect: Effect): string {
  return effect.clause.sentence.text;
}
