import { copyChangesSomething, nearCopies, wording } from '../../src/corpus/copies.js';
import { documentDate, documentRegion, higherLaws, ruleBlocks } from '../../src/rule-support/corpus.js';
import { defineRule } from '../../src/engine/rule.js';
import { STATE_COUNCIL_37 } from '../../src/engine/scopes.js';
import { blockSpan } from '../../src/rule-support/span.js';

export interface Options {
  /** Least share of the paragraph's wording found in the higher provision. */
  containment: number;
  /** Shortest paragraph compared, in characters (short ones repeat by nature). */
  minLength: number;
}

/**
 * A paragraph that copies a higher provision nearly word for word and adds
 * nothing: 国办发〔2018〕37号 forbids 照抄照搬照转上级文件. Candidates from the
 * MinHash LSH bands (one query for all paragraphs), confirmed by the overlap
 * of the wording (particles such as 的 and punctuation aside). A copy that
 * changes a figure or a modal word is not a mere copy: conflict/corpus
 * reports it as a conflict with the provision it copies.
 */
export default defineRule<Options>({
  id: 'conflict/duplicate',
  meta: {
    severity: 'info',
    description: '照抄上位法条文（与上位法规定基本相同，没有增加内容；改动了数字或用语的，按与上位法冲突报告）',
    applies: STATE_COUNCIL_37,
    basis: '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）“严控发文数量……严禁照抄照搬照转上级文件”',
    needsCorpus: true,
    options: (z) => z.object({ containment: z.number().min(0.5).max(1), minLength: z.number().int().min(10) }).strict(),
    defaultOptions: { containment: 0.85, minLength: 24 },
    messages: {
      duplicate: '本段与《{{title}}》{{address}}基本相同（文字重合约{{percent}}%），照抄上位法规定、没有增加内容的，可以删去或改为引用该条。',
    },
    version: 2,
  },
  async create(context) {
    const doc = context.document;
    const blocks = ruleBlocks(doc).filter((i) => [...wording(doc.source.blocks[i].text)].length >= context.options.minLength);
    if (blocks.length === 0) return;
    const corpus = await context.corpus();
    if (!corpus.path) return;
    const laws = higherLaws(corpus, doc, documentDate(doc, context.asOf), documentRegion(doc, context.settings), 'copy');
    const texts = blocks.map((i) => doc.source.blocks[i].text);
    const copies = nearCopies(corpus, texts, new Set(laws.keys()), context.options.containment);
    blocks.forEach((i, k) => {
      const best = copies[k].find((c) => c.jaccard >= 0.6);
      if (!best) return;
      // A changed figure or 可以 for 不得 makes it a conflict with the provision, not a copy of it.
      if (copyChangesSomething(texts[k], best.provision.normText)) return;
      context.report({
        messageId: 'duplicate',
        data: { title: best.provision.law.title, address: best.provision.address, percent: Math.round(best.containment * 100) },
        span: blockSpan(doc, i),
        related: [{ title: best.provision.law.title, article: best.provision.address, text: best.provision.text }],
        suggestion: `删去本段，或改为“按照《${best.provision.law.title}》${best.provision.address}的规定执行”。`,
      });
    });
  },
});
