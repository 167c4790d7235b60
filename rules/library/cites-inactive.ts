import type { DocumentResult } from '../../src/engine/types.js';
import { describeDocument } from '../../src/library/library-index.js';
import { defineLibraryRule } from '../../src/rule-support/library-rule.js';
import { formatChineseDate } from '../../src/zh/dates.js';

export interface Options {
  /** Also match citations by title (《…》), not only by 发文字号. */
  byTitle: boolean;
}

export default defineLibraryRule<Options>({
  id: 'library/cites-inactive',
  meta: {
    severity: 'error',
    description: '引用了文件库中已失效（有效期届满）或已废止的文件',
    basis: '《湖南省规范性文件管理办法》（失效的规范性文件不再作为行政管理的依据；条款序号待核实）',
    options: (z) => z.object({ byTitle: z.boolean() }).strict(),
    defaultOptions: { byTitle: true },
    messages: {
      expired: '{{how}}{{target}}已于{{until}}有效期届满失效，不能再作为依据。',
      repealed: '{{how}}{{target}}已被{{by}}宣布废止或失效，不能再作为依据。',
    },
  },
  check(context) {
    const { library } = context;
    for (const doc of library.documents) {
      // A document that is itself no longer in force is listed for clean-up as such; what it cites does not matter.
      if (library.isInactive(doc)) continue;
      const reported = new Set<DocumentResult>();
      for (const citation of doc.facts?.citations ?? []) {
        if (citation.role === 'repeal') continue;
        if (citation.kind === 'title' && !context.options.byTitle) continue;
        const group = library.cited(citation);
        // A title shared by several documents names an inactive one only when none of them is in force.
        if (!group || !group.allInactiveBut(doc)) continue;
        const target = group.lastBut(doc)!;
        if (reported.has(target)) continue;
        reported.add(target);
        const status = library.status(target);
        const basis = citation.role === 'basis';
        const how = basis ? '作为制定依据的' : '引用的';
        context.report({
          document: doc,
          at: citation,
          severity: basis ? 'error' : 'warning',
          ...(status.repealed
            ? { messageId: 'repealed', data: { how, target: describeDocument(target), by: describeDocument(status.repealed.by) } }
            : { messageId: 'expired', data: { how, target: describeDocument(target), until: formatChineseDate(status.expiredOn!) } }),
          suggestion: basis ? '改以现行有效的文件为依据；依据已失效的，本文件应一并修改或废止。' : '删去或改为引用现行有效的文件。',
        });
      }
    }
  },
});
