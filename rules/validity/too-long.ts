import { isRepealOnly, provisionalWord, titleOf } from '../../src/document/structure/instruments.js';
import { blockAt } from '../../src/document/structure/locate.js';
import { defineRule } from '../../src/engine/rule.js';
import { formatChineseDate, periodEnd } from '../../src/zh/dates.js';
import { describeMonths } from '../../src/zh/durations.js';
import { HUNAN_PROCEDURE } from '../../src/engine/scopes.js';

export interface Options {
  /** Longest validity of a normative document, in years (Hunan rule: 5; article number unverified). */
  years: number;
  /** Longest validity of a document marked 暂行 or 试行, in years (Hunan rule: 2). */
  provisionalYears: number;
}

export default defineRule({
  id: 'validity/too-long',
  meta: {
    // 2: the validity of something the document governs (遴选结果有效期为3年) is not the document's.
    version: 2,
    severity: 'error',
    description: '有效期超过上限（一般不超过5年，标注“暂行”“试行”的不超过2年），或者规定“长期有效”',
    applies: HUNAN_PROCEDURE,
    basis: '《湖南省规范性文件管理办法》（有效期一般为5年，标注“暂行”“试行”的不超过2年；条款序号待核实）',
    fixable: true,
    options: (z) => z.object({ years: z.number().positive().max(50), provisionalYears: z.number().positive().max(50) }).strict(),
    defaultOptions: { years: 5, provisionalYears: 2 } satisfies Options,
    messages: {
      period: '{{kind}}的有效期不得超过{{limit}}，本文件规定为{{actual}}。',
      until: '有效期至{{until}}，超过了自{{from}}（{{base}}）起{{limit}}的上限（最迟至{{deadline}}）。',
      indefinite:
        '规范性文件不得规定“长期有效”：有效期一般为{{years}}年，标注“暂行”“试行”的不超过{{provisionalYears}}年；只有专门废止文件或者停止某项制度实施的文件才长期有效。',
    },
  },
  create(context) {
    const doc = context.document;
    const validity = doc.closing.validity;
    if (!validity) return;
    const headerTitle = doc.header.title?.text ?? '';
    const ownTitle = titleOf(doc, blockAt(doc, validity.span.start))?.text ?? '';
    const provisional = provisionalWord(ownTitle) ?? provisionalWord(headerTitle);
    const limitYears = provisional ? context.options.provisionalYears : context.options.years;
    const limitMonths = Math.round(limitYears * 12);
    const limit = describeMonths(limitMonths);
    const kind = provisional ? `${provisional}文件` : '规范性文件';
    const suggestion = `将有效期改为不超过${limit}。`;

    if (validity.indefinite) {
      if (isRepealOnly(headerTitle)) return;
      context.report({
        messageId: 'indefinite',
        data: { years: context.options.years, provisionalYears: context.options.provisionalYears },
        span: validity.span,
        suggestion: `改为“有效期${limit}”或写明截止日期。`,
      });
      return;
    }

    if (validity.months !== undefined) {
      if (validity.months > limitMonths) {
        context.report({ messageId: 'period', data: { kind, limit, actual: describeMonths(validity.months) }, span: validity.span, suggestion });
      }
      return;
    }

    const until = validity.until;
    if (!until?.iso) return;
    const effective = doc.closing.effective;
    const signed = doc.closing.signedDate;
    let base: string | undefined;
    let from = '施行之日';
    if (effective?.date?.iso) base = effective.date.iso;
    else if (signed?.iso) {
      base = signed.iso;
      from = effective?.fromIssue ? '印发之日' : '成文日期';
    }
    if (!base) return;
    const deadline = periodEnd(base, limitMonths);
    if (until.iso > deadline) {
      context.report({
        messageId: 'until',
        data: { until: formatChineseDate(until.iso), from, base: formatChineseDate(base), limit, deadline: formatChineseDate(deadline) },
        span: validity.span,
        suggestion: `将截止日期改为${formatChineseDate(deadline)}或之前${provisional ? `（标注“${provisional}”的文件有效期不超过${limit}）` : ''}。`,
      });
    }
  },
});
