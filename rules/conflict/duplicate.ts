import { documentDate, documentRegion, higherLaws, ruleBlocks } from '../../src/corpus/rule-support.js';
import { overlap, shingles } from '../../src/corpus/minhash.js';
import { normalizeProvision } from '../../src/corpus/text.js';
import { defineRule } from '../../src/engine/rule.js';
import { STATE_COUNCIL_37 } from '../../src/engine/scopes.js';

export interface Options {
  /** Least share of the paragraph's character trigrams found in the higher provision. */
  containment: number;
  /** Shortest paragraph compared, in characters (short ones repeat by nature). */
  minLength: number;
}

const LABEL = /^第[零〇一二两三四五六七八九十百千0-9]+条/u;

/**
 * A paragraph that copies a higher provision nearly word for word and adds
 * nothing: 国办发〔2018〕37号 forbids 照抄照搬照转上级文件. Candidates from the
 * MinHash LSH bands (one query for all paragraphs), confirmed by exact
 * character-trigram overlap.
 */
export default defineRule<Options>({
  id: 'conflict/duplicate',
  meta: {
    severity: 'info',
    description: '照抄上位法条文（与上位法规定基本相同，没有增加内容）',
    applies: STATE_COUNCIL_37,
    basis: '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）“严控发文数量……严禁照抄照搬照转上级文件”',
    needsCorpus: true,
    options: (z) => z.object({ containment: z.number().min(0.5).max(1), minLength: z.number().int().min(10) }).strict(),
    defaultOptions: { containment: 0.85, minLength: 24 },
    messages: {
      duplicate: '本段与《{{title}}》{{address}}基本相同（文字重合约{{percent}}%），照抄上位法规定、没有增加内容的，可以删去或改为引用该条。',
    },
  },
  async create(context) {
    const doc = context.document;
    // Without a stored corpus there is nothing to compare with: say so before normalising every paragraph.
    const corpus = await context.corpus();
    if (!corpus.path) return;
    const blocks: Array<{ index: number; norm: string }> = [];
    for (const i of ruleBlocks(doc)) {
      const norm = normalizeProvision(doc.source.blocks[i].text).replace(LABEL, '');
      if ([...norm].length >= context.options.minLength) blocks.push({ index: i, norm });
    }
    if (blocks.length === 0) return;
    const laws = higherLaws(corpus, doc, documentDate(doc, context.asOf), documentRegion(doc, context.settings), 'copy');
    const similar = corpus.similar(blocks.map((b) => b.norm));
    blocks.forEach((b, k) => {
      const mine = shingles(b.norm);
      let best: { score: number; jaccard: number; provision: (typeof similar)[number][number] } | undefined;
      for (const p of similar[k]) {
        if (!laws.has(p.lawId)) continue;
        const o = overlap(mine, shingles(p.normText.replace(LABEL, '')));
        if (o.containment >= context.options.containment && o.jaccard >= 0.6 && (!best || o.containment > best.score)) best = { score: o.containment, jaccard: o.jaccard, provision: p };
      }
      if (!best) return;
      const start = doc.blockStarts[b.index];
      context.report({
        messageId: 'duplicate',
        data: { title: best.provision.law.title, address: best.provision.address, percent: Math.round(best.score * 100) },
        span: { start, end: start + doc.source.blocks[b.index].text.length },
        related: [{ title: best.provision.law.title, article: best.provision.address, text: best.provision.text }],
        suggestion: `删去本段，或改为“按照《${best.provision.law.title}》${best.provision.address}的规定执行”。`,
      });
    });
  },
});
