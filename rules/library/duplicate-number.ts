import type { DocumentResult } from '../../src/engine/types.js';
import { normalizeTitle } from '../../src/library/facts.js';
import { defineLibraryRule } from '../../src/rule-support/library-rule.js';

/**
 * Other documents named in one message at most: a finding names a few and
 * counts the rest, so a number shared by thousands of documents gives
 * findings of constant size (listing all of them on each would be
 * quadratic, and ran a merge of 20,000 such documents out of memory).
 */
export const MAX_LISTED = 5;

function listed(docs: readonly DocumentResult[], total: number): string {
  const names = docs.map((d) => `“${d.path}”`).join('、');
  return total > docs.length ? `${names}等 ${total} 个文件` : names;
}

/**
 * The documents of one group (sharing a number) in classes of the same
 * document: same number and same title means one document stored twice (a
 * .docx and its .pdf, or a copy), not two documents numbered alike. A
 * document without a title is a class of its own.
 */
function classesOf(documents: readonly DocumentResult[]): Map<DocumentResult, DocumentResult[]> {
  const byTitle = new Map<string, DocumentResult[]>();
  const classOf = new Map<DocumentResult, DocumentResult[]>();
  for (const doc of documents) {
    const title = doc.meta?.title;
    let members: DocumentResult[];
    if (title) {
      const key = normalizeTitle(title);
      members = byTitle.get(key) ?? [];
      if (members.length === 0) byTitle.set(key, members);
    } else {
      members = [];
    }
    members.push(doc);
    classOf.set(doc, members);
  }
  return classOf;
}

/** Up to `max` documents of `list` (in order) outside `skip`, which holds at most `max` of the documents scanned. */
function firstOutside(list: readonly DocumentResult[], skip: (d: DocumentResult) => boolean, max: number): DocumentResult[] {
  const out: DocumentResult[] = [];
  for (const d of list) {
    if (out.length === max) break;
    if (!skip(d)) out.push(d);
  }
  return out;
}

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
        const classOf = classesOf(group.documents);
        // The first few of each class, in path order: the first others of any document are among them
        // (whatever its class), so each message is found in constant time.
        const seen = new Map<DocumentResult[], number>();
        const heads = group.documents.filter((d) => {
          const members = classOf.get(d)!;
          const n = seen.get(members) ?? 0;
          seen.set(members, n + 1);
          return n < MAX_LISTED;
        });
        for (const doc of group.documents) {
          const copies = classOf.get(doc)!;
          const distinct = group.documents.length - copies.length;
          if (distinct > 0) {
            const named = firstOutside(heads, (d) => classOf.get(d) === copies, MAX_LISTED);
            context.report({
              document: doc,
              at: doc.facts?.anchors[kind],
              messageId: kind,
              data: { number: doc.meta?.[kind] ?? group.number, others: listed(named, distinct) },
              suggestion: `核对${kind === 'documentNumber' ? '发文字号' : '统一登记号'}，更正编号错误的文件。`,
            });
          }
          // A copy is reported once, on the 发文字号 (on the 登记号 only for a document without one).
          if (copies.length > 1 && (kind === 'documentNumber' || !doc.meta?.documentNumber)) {
            const named = firstOutside(copies, (d) => d === doc, MAX_LISTED);
            context.report({
              document: doc,
              at: doc.facts?.anchors[kind],
              messageId: 'copy',
              severity: 'info',
              data: { others: listed(named, copies.length - 1), count: copies.length },
              suggestion: '同一文件的不同格式（如 .docx 与 .pdf）可以保留，但清理时只计一件；确属多余的副本可以删除。',
            });
          }
        }
      }
    }
  },
});
