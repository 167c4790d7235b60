import { documentCitations } from '../../src/corpus/citations.js';
import { documentDate } from '../../src/rule-support/corpus.js';
import { defineRule } from '../../src/engine/rule.js';
import { formatChineseNumber } from '../../src/zh/numerals.js';

const cn = formatChineseNumber;

/**
 * A cited 第X条 (款, 项) that does not exist in the version of the law in
 * force on the document's date. Article counts come from the stored corpus,
 * or for laws without stored text from the registry's verified counts.
 */
export default defineRule({
  id: 'legal-basis/article-not-found',
  meta: {
    severity: 'error',
    description: '引用的条、款、项在现行版本中不存在',
    basis: '《中华人民共和国立法法》（法律修改后条文序号随之变化）',
    needsCorpus: true,
    messages: {
      article: '《{{title}}》{{version}}共{{count}}条，没有{{cited}}。',
      clause: '《{{title}}》第{{article}}条只有{{count}}款，没有{{cited}}。',
      item: '《{{title}}》第{{article}}条{{clause}}只有{{count}}项，没有{{cited}}。',
    },
  },
  async create(context) {
    const doc = context.document;
    const citations = documentCitations(doc).filter((c) => !c.self && !c.historical && c.articles.length > 0);
    if (citations.length === 0) return;
    const corpus = await context.corpus();
    const date = documentDate(doc, context.asOf);
    for (const c of citations) {
      const r = corpus.catalog.resolve(c.title, date);
      if (!r || r.state === 'repealed' || r.state === 'expired') continue;
      const rec = r.record;
      const version = r.versions.length > 1 && rec.versionDate ? `（${rec.versionDate.slice(0, 4)}年版本）` : '';
      const related = (article: number) => {
        const provisions = rec.hasText ? corpus.provisionsOf(rec.key, article) : [];
        return provisions;
      };
      for (const ref of c.articles) {
        const label = `第${cn(ref.article)}条`;
        if (rec.articles !== null && ref.article > rec.articles) {
          context.report({
            messageId: 'article',
            data: { title: rec.title, version, count: cn(rec.articles), cited: label },
            span: ref.span,
            suggestion: '核对所引条文序号（法律修改后条文序号可能变化）。',
          });
          continue;
        }
        if (!rec.hasText || (ref.clause === undefined && ref.item === undefined)) continue;
        const provisions = related(ref.article);
        if (provisions.length === 0) continue;
        const clauses = Math.max(...provisions.map((p) => p.clause ?? 1));
        const text = provisions.find((p) => p.item === null && (p.clause ?? 1) === (ref.clause ?? 1))?.text ?? provisions[0].text;
        const relatedProvision = [{ title: rec.title, article: label, text }];
        if (ref.clause !== undefined && ref.clause > clauses) {
          context.report({
            messageId: 'clause',
            data: { title: rec.title, article: cn(ref.article), count: cn(clauses), cited: `第${cn(ref.clause)}款` },
            span: ref.span,
            related: relatedProvision,
          });
          continue;
        }
        if (ref.item !== undefined) {
          const clause = ref.clause ?? 1;
          const items = provisions.filter((p) => (p.clause ?? 1) === clause && p.item !== null).map((p) => p.item!);
          if (items.length > 0 && ref.item > Math.max(...items)) {
            context.report({
              messageId: 'item',
              data: {
                title: rec.title,
                article: cn(ref.article),
                clause: clauses > 1 ? `第${cn(clause)}款` : '',
                count: cn(Math.max(...items)),
                cited: `第（${cn(ref.item)}）项`,
              },
              span: ref.span,
              related: relatedProvision,
            });
          }
        }
      }
    }
  },
});
