import { documentCitations } from '../../src/corpus/citations.js';
import { isDocumentTitle, looksLikeLegalTitle, looksLikeNationalLaw, titleKey } from '../../src/corpus/titles.js';
import { defineRule } from '../../src/engine/rule.js';

export interface Options {
  /** Also report (as 提示) a plausible title that neither the registry nor the corpus knows. */
  reportUnverified: boolean;
}

/**
 * A cited title that no law or document in the registry or the corpus
 * bears and that does not look like a real one: a wrong name of a known law
 * (《就业促进条例》 for 《中华人民共和国就业促进法》) or an invented
 * 《中华人民共和国…法》. Precision first: a plausible title the registry
 * lacks is not reported (unless asked), nor are 通知/意见 titles or titles
 * followed by their 发文字号.
 */
export default defineRule<Options>({
  id: 'legal-basis/unknown-citation',
  meta: {
    severity: 'warning',
    description: '引用的法律文件名称有误（与已知法规名称相近或法律名录中没有）',
    basis: '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）；GB/T 9704—2012《党政机关公文格式》',
    needsCorpus: true,
    options: (z) => z.object({ reportUnverified: z.boolean() }).strict(),
    defaultOptions: { reportUnverified: false },
    messages: {
      misnamed: '未找到《{{title}}》，名称可能有误。您是否指《{{suggestion}}》？',
      noSuchLaw: '法律名录中没有《{{title}}》，名称可能有误{{hint}}。',
      unverified: '未能在法规名录和语料库中核实《{{title}}》，请核对名称。',
    },
  },
  async create(context) {
    const doc = context.document;
    const citations = documentCitations(doc).filter((c) => !c.self && !c.historical && !c.documentNumber);
    const candidates = citations.filter((c) => looksLikeLegalTitle(c.key) && !isDocumentTitle(c.key));
    if (candidates.length === 0) return;
    const corpus = await context.corpus();
    const { catalog } = corpus;
    const seen = new Set<string>();
    for (const c of candidates) {
      if (catalog.has(c.title)) continue;
      const suggestion = catalog.suggest(c.title);
      if (suggestion) {
        context.report({ messageId: 'misnamed', data: { title: c.title, suggestion: suggestion.title }, span: c.span, suggestion: `改为《${suggestion.title}》。` });
        continue;
      }
      const key = titleKey(c.title);
      if (looksLikeNationalLaw(key) && !catalog.isKnownNationalLaw(c.title) && (c.title.startsWith('中华人民共和国') || key.length <= 12)) {
        context.report({ messageId: 'noSuchLaw', data: { title: c.title, hint: '（如为新近通过的法律，请核对全称）' }, span: c.span, suggestion: '核对法律全称（可查国家法律法规数据库 flk.npc.gov.cn）。' });
        continue;
      }
      if (context.options.reportUnverified && !seen.has(key)) {
        seen.add(key);
        context.report({ messageId: 'unverified', data: { title: c.title }, span: c.span, severity: 'info' });
      }
    }
  },
});
