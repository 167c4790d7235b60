import { defineLibraryRule } from '../../src/rule-support/library-rule.js';
import { addMonths, daysBetween, formatChineseDate } from '../../src/zh/dates.js';
import { HUNAN_PROCEDURE } from '../../src/engine/scopes.js';

export interface Options {
  /** How far ahead to look, in months (the Hunan rule asks for an evaluation within 6 months before expiry). */
  months: number;
}

export default defineLibraryRule<Options>({
  id: 'library/expiring',
  meta: {
    severity: 'info',
    description: '文件有效期即将届满（默认 6 个月内），需要评估是否继续执行',
    applies: HUNAN_PROCEDURE,
    basis: '《湖南省规范性文件管理办法》（有效期届满前6个月内评估，需要继续执行的，在届满30日前重新登记、编号、公布；条款序号待核实）',
    options: (z) => z.object({ months: z.number().int().min(1).max(60) }).strict(),
    defaultOptions: { months: 6 },
    messages: {
      expiring: '有效期将于{{until}}届满（距审核基准日{{days}}天）；应在届满前{{months}}个月内完成评估，需要继续执行的，在届满30日前重新登记、编号、公布。',
    },
  },
  check(context) {
    const horizon = addMonths(context.asOf, context.options.months);
    for (const doc of context.library.documents) {
      const until = context.library.validityEnd(doc);
      if (until === null || until < context.asOf || until > horizon) continue;
      if (context.library.status(doc).repealed) continue;
      context.report({
        document: doc,
        at: doc.facts?.anchors.validity,
        messageId: 'expiring',
        data: { until: formatChineseDate(until), days: daysBetween(context.asOf, until), months: context.options.months },
        suggestion: '组织起草单位评估：继续执行的重新办理登记、编号、公布；不再执行的列入清理目录。',
      });
    }
  },
});
