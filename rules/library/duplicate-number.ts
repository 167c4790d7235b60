import type { DocumentResult } from '../../src/engine/types.js';
import { normalizeTitle } from '../../src/library/facts.js';
import { defineLibraryRule } from '../../src/library/library-rule.js';

/** Same number and same title: one document stored twice (a .docx and its .pdf, or a copy), not two documents numbered alike. */
function sameDocument(a: DocumentResult, b: DocumentResult): boolean {
  const ta = a.meta?.title;
  const tb = b.meta?.title;
  return !!ta && !!tb && normalizeTitle(ta) === normalizeTitle(tb);
}

const paths = (docs: DocumentResult[]): string => docs.map((d) => `“${d.path}”`).join('、');

export default defineLibraryRule({
  id: 'library/duplicate-number',
  meta: {
    severity: 'error',
    description: '文件库中两个以上文件使用同一个发文字号或统一登记号',
    basis: '《湖南省规范性文件管理办法》（统一登记、统一编号、统一公布）；GB/T 9704—2012《党政机关公文格式》7.2.5',
    messages: {
      documentNumber: '发文字号“{{number}}”与{{others}}相同；一个发文字号只能对应一个文件。',
      registrationNumber: '统一登记号“{{number}}”与{{others}}相同；一个统一登记号只能对应一个文件。',
      copy: '与{{others}}是同一文件（发文字号和标题相同），文件库中重复存放了{{count}}份。',
    },
  },
  check(context) {
    for (const kind of ['documentNumber', 'registrationNumber'] as const) {
      for (const group of context.library.duplicates(kind)) {
        for (const doc of group.documents) {
          const others = group.documents.filter((d) => d !== doc);
          const distinct = others.filter((d) => !sameDocument(doc, d));
          const copies = others.filter((d) => sameDocument(doc, d));
          if (distinct.length > 0) {
            context.report({
              document: doc,
              at: doc.facts?.anchors[kind],
              messageId: kind,
              data: { number: doc.meta?.[kind] ?? group.number, others: paths(distinct) },
              suggestion: `核对${kind === 'documentNumber' ? '发文字号' : '统一登记号'}，更正编号错误的文件。`,
            });
          }
          // A copy is reported once, on the 发文字号 (on the 登记号 only for a document without one).
          if (copies.length > 0 && (kind === 'documentNumber' || !doc.meta?.documentNumber)) {
            context.report({
              document: doc,
              at: doc.facts?.anchors[kind],
              messageId: 'copy',
              severity: 'info',
              data: { others: paths(copies), count: copies.length + 1 },
              suggestion: '同一文件的不同格式（如 .docx 与 .pdf）可以保留，但清理时只计一件；确属多余的副本可以删除。',
            });
          }
        }
      }
    }
  },
});
