import type { LegalDocument, Span } from '../../src/document/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { dateStyleProblems, daysInMonth, formatChineseDate, parseDate, parseSeparatedDate, type DateStyleProblem } from '../../src/zh/dates.js';
import { GB9704_2012 } from '../../src/engine/scopes.js';
import { findInBlock, spanInBlock } from '../../src/rule-support/span.js';

const PROBLEM_TEXT: Record<DateStyleProblem, string> = {
  'chinese-numerals': '应使用阿拉伯数字',
  'mixed-numerals': '不应混用汉字数字、阿拉伯数字或字母“O”',
  'short-year': '年份应标全称',
  'zero-padded': '月、日不编虚位（即1不编为01）',
  'fullwidth-digits': '应使用半角阿拉伯数字',
};

interface SignatureDate {
  text: string;
  span: Span;
  year: number;
  month: number;
  day: number;
  iso?: string;
  separated: boolean;
}

/**
 * Every paragraph that is nothing but a date, after the header: the 成文日期
 * under the signature (a 印发 notice and the instrument it issues may each
 * have one). Dates inside sentences and in tables are body text, not ours.
 */
function signatureDates(doc: LegalDocument): SignatureDate[] {
  const out: SignatureDate[] = [];
  for (const b of doc.source.blocks) {
    if (b.index < doc.bodyStart || b.container !== 'body') continue;
    const d = parseDate(b.text);
    if (d) {
      out.push({ text: d.text, span: spanInBlock(doc, b.index, d.start, d.end), year: d.year, month: d.month, day: d.day, iso: d.iso, separated: false });
      continue;
    }
    const s = parseSeparatedDate(b.text);
    if (s) {
      out.push({ text: s.text, span: findInBlock(doc, b.index, s.text)!, year: s.year, month: s.month, day: s.day, iso: s.iso, separated: true });
    }
  }
  return out;
}

export default defineRule({
  id: 'format/date',
  meta: {
    severity: 'warning',
    description: '成文日期不规范（应使用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位）',
    applies: GB9704_2012,
    basis: 'GB/T 9704—2012《党政机关公文格式》7.3.5.4',
    fixable: true,
    messages: {
      style: '成文日期“{{text}}”不规范：{{problems}}。',
      separated: '成文日期“{{text}}”不规范：应以“年”“月”“日”标注。',
      impossible: '成文日期“{{text}}”不存在（{{why}}）。',
    },
  },
  create(context) {
    for (const d of signatureDates(context.document)) {
      if (!d.iso) {
        const why = d.month < 1 || d.month > 12 ? `没有${d.month}月` : `${d.year}年${d.month}月只有${daysInMonth(d.year, d.month)}日`;
        context.report({ messageId: 'impossible', data: { text: d.text, why }, span: d.span, severity: 'error', suggestion: '核对成文日期。' });
        continue;
      }
      const suggestion = `改为“${formatChineseDate(d.iso)}”。`;
      if (d.separated) {
        context.report({ messageId: 'separated', data: { text: d.text }, span: d.span, suggestion });
        continue;
      }
      const problems = dateStyleProblems(d.text);
      if (problems.length > 0) {
        context.report({ messageId: 'style', data: { text: d.text, problems: problems.map((p) => PROBLEM_TEXT[p]).join('；') }, span: d.span, suggestion });
      }
    }
  },
});
