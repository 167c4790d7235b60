import { defineLibraryRule } from '../../src/library/library-rule.js';

export default defineLibraryRule({
  id: 'library/duplicate-number',
  meta: {
    severity: 'error',
    description: '文件库中两个以上文件使用同一个发文字号或统一登记号',
    basis: '《湖南省规范性文件管理办法》（统一登记、统一编号、统一公布）；GB/T 9704—2012《党政机关公文格式》7.2.5',
    messages: {
      documentNumber: '发文字号“{{number}}”与{{others}}相同；一个发文字号只能对应一个文件。{{copy}}',
      registrationNumber: '统一登记号“{{number}}”与{{others}}相同；一个统一登记号只能对应一个文件。{{copy}}',
    },
  },
  check(context) {
    for (const kind of ['documentNumber', 'registrationNumber'] as const) {
      for (const group of context.library.duplicates(kind)) {
        for (const doc of group.documents) {
          const others = group.documents.filter((d) => d !== doc);
          const sameContent = others.every((d) => d.sha256 !== '' && d.sha256 === doc.sha256);
          context.report({
            document: doc,
            at: doc.facts?.anchors[kind],
            messageId: kind,
            data: {
              number: doc.meta?.[kind] ?? group.number,
              others: others.map((d) => `“${d.path}”`).join('、'),
              copy: sameContent ? '（文件内容完全相同，可能是同一文件存放了多份）' : '',
            },
            suggestion: sameContent ? '删除重复存放的副本。' : `核对${kind === 'documentNumber' ? '发文字号' : '统一登记号'}，更正编号错误的文件。`,
          });
        }
      }
    }
  },
});
