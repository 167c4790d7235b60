import { documentCitations } from '../../src/corpus/citations.js';
import { chineseDate, documentDate } from '../../src/rule-support/corpus.js';
import { defineRule } from '../../src/engine/rule.js';
import { blockOffset } from '../../src/rule-support/span.js';
import type { LegalDocument } from '../../src/document/model.js';

/** What a partial repeal takes away, when it names it (…中有关退休年龄的规定不再施行). */
const PARTIAL_SCOPE = /中(?:有关|关于)([^，。；《》]{2,16}?)的(?:规定|内容|条款)[^。；]{0,16}?(?:不再施行|不再执行|停止执行|废止|失效)/u;

/**
 * Whether the document speaks of what a partial repeal took away (退休年龄): the paragraph at `at` names it outside the titles
 * it cites, or the document's title names its lead word (企业职工退休审批办法 for 退休年龄).
 */
function mentions(doc: LegalDocument, at: number, words: string): boolean {
  const { block } = blockOffset(doc, at);
  const own = doc.source.blocks[block].text.replace(/《[^》]*》/gu, '');
  const title = (doc.header.title?.text ?? '').replace(/《[^》]*》/gu, '');
  return own.includes(words) || title.includes(words.slice(0, 2));
}

/**
 * A citation of a law or document that was repealed, or had expired, on the
 * document's date (成文日期, else --as-of), with what replaced it. Mentions
 * as history (原《…》, 《…》废止后, 《…》同时废止) are not citations of law in force.
 */
export default defineRule({
  id: 'legal-basis/repealed-citation',
  meta: {
    severity: 'error',
    description: '引用了已废止或已失效的法律、法规、规章或文件',
    basis: '《中华人民共和国立法法》；《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）',
    needsCorpus: true,
    // 2: a partial repeal that names what it takes away (…中有关退休年龄的规定不再施行) is reported only where the citing paragraph
    // or the title speaks of it.
    // 3: a citation followed by its rules on a matter said to have ceased (…》中有关退休年龄的规定已不再施行，各地不得再据此…) is
    // history, also when the sentence goes on after it.
    version: 3,
    messages: {
      repealed: '引用的《{{title}}》已于{{date}}废止{{replacement}}，不能再作为依据。',
      repealedUndated: '引用的《{{title}}》已废止{{replacement}}（废止日期待核实），不能再作为依据。',
      expired: '引用的《{{title}}》已于{{date}}失效{{replacement}}，不能再作为依据。',
      expiredUndated: '引用的《{{title}}》已失效{{replacement}}（失效日期待核实），不能再作为依据。',
      partial: '引用的《{{title}}》已部分失效：{{note}}。请核实所引内容是否仍然有效。',
    },
  },
  async create(context) {
    const doc = context.document;
    const citations = documentCitations(doc).filter((c) => !c.self && !c.historical);
    if (citations.length === 0) return;
    const corpus = await context.corpus();
    const date = documentDate(doc, context.asOf);
    for (const c of citations) {
      const r = corpus.catalog.resolve(c.title, date);
      if (!r || r.state === 'in-force' || r.state === 'not-yet-effective') continue;
      const rec = r.record;
      const unverified = rec.source.split(/\s+/).includes('curated');
      const replacement = rec.replacedBy ? `，由《${rec.replacedBy}》代替` : '';
      const related = rec.replacedBy ? [{ title: rec.replacedBy, article: null, text: rec.evidence ?? '' }] : [];
      const suggestion = rec.replacedBy ? `改为引用《${rec.replacedBy}》的相应规定。` : '删去该依据，或改为引用现行有效的规定。';
      const basis = rec.replacedBy ? `《${rec.replacedBy}》` : undefined;
      if (r.state === 'partial') {
        // A repeal of named rules only (…中有关退休年龄的规定不再施行): a citation for the rest of the law (退职) stands. Reported
        // where the citing paragraph or the document's title speaks of what was repealed.
        const scope = PARTIAL_SCOPE.exec(rec.partialNote ?? '')?.[1];
        if (scope && !scope.split(/和|、|及/u).some((w) => mentions(doc, c.span.start, w))) continue;
        context.report({
          messageId: 'partial',
          data: { title: rec.title, note: rec.partialNote ?? '部分规定不再施行' },
          span: c.span,
          severity: 'warning',
          related,
          basis,
        });
        continue;
      }
      // A registry entry without the date it ended says so, rather than 已于失效.
      const messageId = r.state === 'expired' ? (rec.repealDate ? 'expired' : 'expiredUndated') : rec.repealDate ? 'repealed' : 'repealedUndated';
      context.report({
        messageId,
        data: { title: rec.title, date: chineseDate(rec.repealDate), replacement },
        span: c.span,
        severity: unverified || !rec.repealDate ? 'warning' : 'error',
        suggestion,
        related,
        basis,
      });
    }
  },
});
