import { findDocumentNumbers, judgeDocumentNumber, normalizeDocumentNumber, type DocumentNumberParts } from '../../src/document/structure/document-number.js';
import { halfwidthDigits } from '../../src/zh/numerals.js';
import { defineRule } from '../../src/engine/rule.js';
import { GB9704_2012 } from '../../src/engine/scopes.js';

export interface Options {
  /** Report a draft without its own 发文字号 (info). Drafts usually get their number at issue, so off by default. */
  requireNumber: boolean;
  /** Also check 发文字号 cited in the body. */
  checkCited: boolean;
}

/** The code of a case-file number: 仲案字, 监察案字, 劳人仲案. */
const CASE_NUMBER_AGENCY = /案字?$/u;

/**
 * The standard form to suggest. A two-digit year is completed only from the year the document was signed, when that year
 * or the one before ends in those digits (a number is given at signing; 〔25〕 signed in 2025 or early 2026 is 2025).
 */
function suggestion(n: DocumentNumberParts, signedYear: number | undefined): string {
  const normal = normalizeDocumentNumber(n);
  const short = halfwidthDigits(n.year);
  if (short.length === 4) return `改为“${normal}”。`;
  const full = signedYear === undefined ? undefined : [signedYear, signedYear - 1].find((y) => String(y).endsWith(short) && short.length === 2);
  if (full !== undefined) return `改为“${normal.replace(`〔${short}〕`, `〔${full}〕`)}”。`;
  return `年份写全称（4位），改为“${normal.replace(`〔${short}〕`, '〔××××〕')}”的形式。`;
}

export default defineRule({
  id: 'numbering/document-number',
  meta: {
    severity: 'warning',
    description: '发文字号格式不符合 GB/T 9704—2012（六角括号、年份全称、不加“第”、不编虚位）',
    applies: GB9704_2012,
    basis: 'GB/T 9704—2012《党政机关公文格式》7.2.5',
    fixable: true,
    // 2: a serial in Chinese numerals (湘人社规〔2025〕七号) is read as the document's number and reported.
    // 3: a cited case number (…仲案字〔2026〕第15号) is not judged as a 发文字号.
    // 4: a two-digit year in the document's own number is completed from the 成文日期 in the suggestion (〔25〕 → 〔2025〕);
    // where the date does not settle it, the suggestion asks for the full year instead of repeating the short one.
    version: 4,
    options: (z) => z.object({ requireNumber: z.boolean(), checkCited: z.boolean() }).strict(),
    defaultOptions: { requireNumber: false, checkCited: true } satisfies Options,
    messages: {
      malformed: '{{which}}“{{text}}”不规范：{{problems}}。',
      letter: '发文字号“{{text}}”是函件编号，函件不宜作为规范性文件的载体。',
      missing: '未标注发文字号；规范性文件印发前应按“机关代字〔年份〕序号号”编号。',
    },
  },
  create(context) {
    const doc = context.document;
    const own = doc.header.documentNumber;
    if (!own && context.options.requireNumber) context.report({ messageId: 'missing', severity: 'info' });
    const numbers = findDocumentNumbers(doc.text);
    for (const n of numbers) {
      const isOwn = !!own && n.start >= own.span.start && n.end <= own.span.end;
      if (!isOwn && !context.options.checkCited) continue;
      // A case number (湘潭劳人仲案字〔2026〕第15号) numbers a file, not a 公文: GB/T 9704 does not govern it.
      if (!isOwn && CASE_NUMBER_AGENCY.test(n.agency)) continue;
      const problems = judgeDocumentNumber(n);
      const span = { start: n.start, end: n.end };
      if (problems.length > 0) {
        context.report({
          messageId: 'malformed',
          data: { which: isOwn ? '发文字号' : '引用的发文字号', text: n.text, problems: problems.map((p) => p.message).join('；') },
          span,
          suggestion: suggestion(n, isOwn ? doc.closing.signedDate?.year : undefined),
        });
      }
      // Only a 规范性文件 should not be carried by a letter; a 批复 or 函 rightly has a letter's number.
      if (isOwn && /函$/.test(n.agency) && (doc.profile?.kind.value ?? '行政规范性文件') === '行政规范性文件')
        context.report({ messageId: 'letter', data: { text: n.text }, span });
    }
  },
});
