import { instrumentOf, instrumentStarts } from '../../src/document/structure/instruments.js';
import type { StructureNode } from '../../src/document/model.js';
import { findInternalReferences, type InternalReference, type ReferenceTarget } from '../../src/document/structure/references.js';
import { blockAt } from '../../src/document/structure/locate.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { formatChineseNumber } from '../../src/zh/numerals.js';
import { spanInBlock } from '../../src/rule-support/span.js';

/** Documents that amend others quote the amended text, whose references point into the other document. */
const AMENDMENT_TITLE = /修改|修正/u;

const cn = formatChineseNumber;

function describe(t: ReferenceTarget): string {
  return `${t.article !== undefined ? `第${cn(t.article)}条` : ''}${t.clause !== undefined ? `第${cn(t.clause)}款` : ''}${t.item !== undefined ? `第（${cn(t.item)}）项` : ''}`;
}

function itemsOf(clause: StructureNode): number {
  return clause.children.filter((c) => c.kind === 'item').length;
}

export default defineRule({
  id: 'structure/cross-reference',
  meta: {
    severity: 'warning',
    description: '引用本文件的条、款、项（本办法第X条、本条第X款、前款）在文件中不存在',
    basis: '立法技术规范：引用本文件的条文应当准确',
    messages: {
      noArticle: '引用的“{{reference}}”不存在：{{instrument}}没有{{target}}（最后一条为{{last}}）。',
      noClause: '引用的“{{reference}}”不存在：{{article}}只有{{count}}款。',
      noItem: '引用的“{{reference}}”不存在：{{where}}只有{{count}}项。',
      noItems: '引用的“{{reference}}”不存在：{{where}}没有分项。',
      noPrevious: '“{{reference}}”无所指：此处是{{article}}第{{clause}}款，前面{{need}}。',
    },
  },
  create(context) {
    const doc = context.document;
    const title = doc.header.title?.text ?? '';
    if (AMENDMENT_TITLE.test(title) && !/印发/.test(title)) return;
    if (doc.articles.length === 0) return;
    const starts = instrumentStarts(doc);
    const byInstrument = new Map<number, StructureNode[]>();
    for (const a of doc.articles) {
      const key = instrumentOf(doc, a.blocks[0], starts);
      if (!byInstrument.has(key)) byInstrument.set(key, []);
      byInstrument.get(key)!.push(a);
    }
    for (const block of doc.source.blocks) {
      if (block.index < doc.bodyStart) continue;
      for (const ref of findInternalReferences(block.text)) {
        const at = spanInBlock(doc, block.index, ref.start, ref.start).start;
        const article = doc.articles.find((a) => a.span.start <= at && at < a.span.end);
        if (ref.anchor === 'instrument') {
          let articles = byInstrument.get(instrumentOf(doc, blockAt(doc, at), starts));
          if (!articles && byInstrument.size === 1) articles = [...byInstrument.values()][0];
          if (!articles) continue;
          for (const t of ref.targets) checkTarget(context, ref, t, block.index, articles, ref.word.slice(1));
        } else if (article) {
          checkLocal(context, ref, block.index, article, at);
        }
      }
    }
  },
});

function report(context: RuleContext, block: number, t: { start: number; end: number }, messageId: string, data: Record<string, string | number>): void {
  context.report({
    messageId,
    data,
    span: spanInBlock(context.document, block, t.start, t.end),
    suggestion: '核对引用的条文序号：条文增删、调整顺序后，引用它的地方需要同步修改。',
  });
}

function checkTarget(context: RuleContext, ref: InternalReference, t: ReferenceTarget, block: number, articles: StructureNode[], instrumentName: string): void {
  const reference = `${ref.word}${describe(t)}`;
  // The first target is reported with its 本办法, later ones (、第五条) on their own words.
  const span = t === ref.targets[0] ? { start: ref.start, end: t.end } : t;
  const article = articles.find((a) => a.number === t.article);
  if (!article) {
    const last = articles.at(-1)!;
    report(context, block, span, 'noArticle', {
      reference,
      instrument: `本${instrumentName}`,
      target: `第${cn(t.article!)}条`,
      last: last.label || `第${cn(last.number)}条`,
    });
    return;
  }
  checkWithin(context, block, span, article, reference, t.clause, t.item);
}

/** Clause and item of a reference inside a known article. */
function checkWithin(
  context: RuleContext,
  block: number,
  span: { start: number; end: number },
  article: StructureNode,
  reference: string,
  clauseNumber: number | undefined,
  itemNumber: number | undefined,
): void {
  const label = article.label || `第${cn(article.number)}条`;
  const clauses = article.children;
  if (clauseNumber !== undefined && clauseNumber > clauses.length) {
    report(context, block, span, 'noClause', { reference, article: label, count: clauses.length });
    return;
  }
  if (itemNumber === undefined) return;
  // Without a 款, 第X条第Y项 means the items of the article, whichever 款 holds them.
  const candidates = clauseNumber !== undefined ? [clauses[clauseNumber - 1]] : clauses;
  const most = Math.max(0, ...candidates.map(itemsOf));
  if (itemNumber <= most) return;
  const where = clauseNumber !== undefined && clauses.length > 1 ? `${label}第${cn(clauseNumber)}款` : label;
  if (most === 0) report(context, block, span, 'noItems', { reference, where });
  else report(context, block, span, 'noItem', { reference, where, count: most });
}

function checkLocal(context: RuleContext, ref: InternalReference, block: number, article: StructureNode, at: number): void {
  const label = article.label || `第${cn(article.number)}条`;
  const current = article.children.find((c) => c.span.start <= at && at <= c.span.end) ?? article.children[0];
  if (ref.anchor === 'previous-clauses') {
    const back = ref.clausesBack ?? 1;
    if (current.number - back < 1) {
      const need = current.number === 1 ? '没有其他款' : `只有${current.number - 1}款`;
      report(context, block, { start: ref.start, end: ref.start + ref.word.length }, 'noPrevious', {
        reference: ref.word,
        article: label,
        clause: cn(current.number),
        need,
      });
      return;
    }
    // 前款第（二）项: an item of the clause right before.
    for (const t of ref.targets)
      if (t.item !== undefined) checkWithin(context, block, { start: ref.start, end: t.end }, article, `${ref.word}${describe(t)}`, current.number - 1, t.item);
    return;
  }
  for (const t of ref.targets) {
    const clause = ref.anchor === 'this-clause' ? current.number : t.clause;
    checkWithin(context, block, { start: ref.start, end: t.end }, article, `${ref.word}${describe(t)}`, clause, t.item);
  }
}
