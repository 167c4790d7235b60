import type { LegalDocument, Span } from '../../src/document/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { HUNAN_PROCEDURE } from '../../src/engine/scopes.js';
import { addressAt } from '../../src/document/structure/locate.js';
import { blockSpan, instrumentTitleSpan, labelSpanOf } from '../../src/rule-support/span.js';

/** Verbs that introduce a basis, followed within a short distance by something a basis can be. */
const BASIS_RE =
  /(根据|依据|依照|按照|遵照|贯彻|贯彻落实|落实|为贯彻|为落实)(?!本(?:通知|办法|规定|意见|细则|规程|决定))[^。；]{0,80}?(《[^》]{2,60}》|法律|法规|规章|条例|决定|规定|精神|要求|部署|意见|通知)/u;
const NAMED_LAW_RE = /《[^》]{2,60}》|〔\d{4}〕\d+号/u;

export interface Options {
  /** Also flag a basis that names no law (根据有关规定): off by default. */
  requireNamedBasis: boolean;
}

/** Where a basis is expected: 第一条 (and 第二条) of article-style documents; the preamble and first paragraphs otherwise. */
function basisRegions(doc: LegalDocument): Array<Span & { second?: boolean }> {
  const regions: Array<Span & { second?: boolean }> = [];
  // Each article sequence restarting at 第一条 is its own instrument (the 办法 attached to a 印发 notice).
  doc.articles.forEach((a, i) => {
    if (a.number === 1) regions.push(a.span);
    else if (i > 0 && doc.articles[i - 1].number === 1 && a.number === 2) regions.push({ ...a.span, second: true });
  });
  if (doc.preamble) regions.push(doc.preamble);
  if (doc.style !== 'articles' && !doc.preamble) {
    // Notice style without a lead-in paragraph: the basis sentence is in the first paragraphs of the body.
    const first = doc.source.blocks.slice(doc.bodyStart, doc.bodyStart + 3);
    for (const b of first) regions.push(blockSpan(doc, b.index));
  }
  return regions;
}

export default defineRule<Options>({
  id: 'legal-basis/missing',
  meta: {
    // 2: an absence is reported at the instrument's title (document-level), not at an article.
    // 3: in 第二条 only a sentence that makes the instrument counts (其年度考核按照…有关规定执行 is no basis).
    // 4: a notice's own instrument named (按照本通知执行) is no basis; a notice with a lead-in paragraph is read there only.
    version: 4,
    severity: 'warning',
    description: '未写明制定依据（第一条或导语中应说明根据哪些法律、法规、规章或上级文件制定）',
    applies: HUNAN_PROCEDURE,
    basis: '《湖南省规范性文件管理办法》；《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）',
    options: (z) => z.object({ requireNamedBasis: z.boolean() }).strict(),
    defaultOptions: { requireNamedBasis: false },
    messages: {
      missing: '未写明制定依据：规范性文件应在第一条或导语中说明根据哪些法律、法规、规章或上级文件制定。',
      vague: '制定依据表述笼统（“{{phrase}}”），未写明具体的法律、法规、规章或上级文件名称。',
    },
  },
  create(context) {
    const doc = context.document;
    const regions = basisRegions(doc);
    for (const region of regions) {
      const text = doc.text.slice(region.start, region.end);
      const m = BASIS_RE.exec(text);
      if (!m) continue;
      // 第二条 is a scope article: its 按照…规定执行 says how a case is handled; only a sentence that makes the instrument
      // (根据…制定本办法) names its basis there.
      if (region.second) {
        const from = text.lastIndexOf('。', m.index) + 1;
        const to = text.indexOf('。', m.index);
        if (!/制定|制订/u.test(text.slice(from, to < 0 ? text.length : to))) continue;
      }
      if (context.options.requireNamedBasis && !NAMED_LAW_RE.test(text.slice(m.index))) {
        const start = region.start + m.index;
        context.report({ messageId: 'vague', data: { phrase: m[0] }, span: { start, end: start + m[0].length }, severity: 'info' });
      }
      return;
    }
    // A missing basis is the document's defect, not the first article's: reported at the instrument's title (the
    // first article when there is none); the suggestion says where the basis goes.
    const first = doc.articles.find((a) => a.number === 1);
    const where = first ? addressAt(doc, first.span.start).address : '第一条';
    context.report({
      messageId: 'missing',
      span: (first ? instrumentTitleSpan(doc, first.span.start) : doc.header.title?.span) ?? (first && labelSpanOf(first)),
      suggestion:
        doc.style === 'articles'
          ? `在${where}写明制定目的和依据，例如：“为了……，根据《中华人民共和国……法》《……条例》等法律法规，结合本省实际，制定本办法。”`
          : '在导语中写明发文依据，例如：“根据《……》（……〔20××〕×号）有关规定，结合我省实际，现就……通知如下：”',
    });
  },
});
