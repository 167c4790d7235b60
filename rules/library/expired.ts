import { defineLibraryRule } from '../../src/rule-support/library-rule.js';
import { describeDocument } from '../../src/library/library-index.js';
import { HUNAN_PROCEDURE } from '../../src/engine/scopes.js';
import { formatChineseDate } from '../../src/zh/dates.js';

export default defineLibraryRule({
  id: 'library/expired',
  meta: {
    severity: 'warning',
    description: '文件已失效：有效期已届满，或已被文件库中的其他文件宣布废止',
    applies: HUNAN_PROCEDURE,
    basis: '《湖南省规范性文件管理办法》（有效期满的，自有效期满之日起自动失效，不再作为行政管理的依据；条款序号待核实）',
    messages: {
      expired: '有效期已于{{until}}届满（审核基准日{{asOf}}），本文件已自动失效，不再作为行政管理的依据。',
      repealed: '本文件已被{{by}}宣布废止或失效（见该文件{{address}}），不再作为行政管理的依据。',
    },
  },
  check(context) {
    for (const doc of context.library.documents) {
      const status = context.library.status(doc);
      if (status.expiredOn) {
        context.report({
          document: doc,
          at: doc.facts?.anchors.validity,
          messageId: 'expired',
          data: { until: formatChineseDate(status.expiredOn), asOf: formatChineseDate(context.asOf) },
          suggestion: '在清理目录中列为“已失效”；确需继续执行的，应按程序重新制定，并重新登记、编号、公布。',
        });
      }
      if (status.repealed) {
        context.report({
          document: doc,
          messageId: 'repealed',
          data: { by: describeDocument(status.repealed.by), address: status.repealed.citation.location.address },
          suggestion: '在清理目录中列为“已失效”（已废止），并从现行有效文件目录中移出。',
        });
      }
    }
  },
});
