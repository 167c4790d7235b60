import {
  anyMatch,
  citesLaw,
  clauseBefore,
  clauseOf,
  compileAll,
  findTriggers,
  firstInSentence,
  hitSpan,
  isConditionClause,
  isConductItem,
  isNegated,
  isQuotedOrTitle,
  isUnless,
  provisionWord,
  regexListOption,
  sentenceBefore,
  sentenceOf,
  type TriggerHit,
} from '../../src/engine/content-scan.js';
import { defineRule } from '../../src/engine/rule.js';
import { builtinList, unionOf } from '../../src/engine/term-lists.js';
import { NO_CREATION } from '../../src/engine/scopes.js';

export interface Options {
  /** Regexes: a sentence matching one is not reported (measures the office knows to be set by law). */
  allow: string[];
}

type Category = 'penalty' | 'compulsion' | 'licence' | 'fee';

const CATEGORY: Record<Category, { name: string; basis: string; suggestion: string }> = {
  penalty: {
    name: '行政处罚',
    basis: '《中华人民共和国行政处罚法》第十六条；《湖南省规范性文件管理办法》第六条',
    suggestion: '删去该处罚规定；法律、法规、规章已有规定的，写明依据，如“依照《中华人民共和国××法》第×条的规定处理”。',
  },
  compulsion: {
    name: '行政强制',
    basis: '《中华人民共和国行政强制法》第十条第四款、第十三条；《湖南省规范性文件管理办法》第六条',
    suggestion: '删去该强制措施；法律、法规已有规定的，写明依据，如“依照《……》第×条的规定执行”。',
  },
  licence: {
    name: '行政许可',
    basis: '《中华人民共和国行政许可法》第十七条；《湖南省规范性文件管理办法》第六条',
    suggestion: '删去审批（许可）要求，或改为备案、告知承诺等方式；确属法律、法规设定的许可，写明设定依据。',
  },
  fee: {
    name: '行政收费',
    basis: '《湖南省规范性文件管理办法》第六条；《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）',
    suggestion: '删去收费要求；确属依法设立的行政事业性收费，写明设定依据和收费项目批准文件。',
  },
};

/** Amounts, multiples and periods: the document itself fixes the measure. */
const SPECIFIC = /[0-9０-９]|[零一二三四五六七八九十百千万]+(?:元|倍|日|天|个月|年)/u;
/** Fee verbs where the collector is the subject (收取) rather than the payer (缴纳). */
const COLLECT = /^(?:收取|收缴|征收|代收|预收)/u;

export default defineRule<Options>({
  id: 'content/ultra-vires',
  meta: {
    severity: 'error',
    description: '文件自行设定行政处罚、行政强制、行政许可或行政收费（越权设定）',
    applies: NO_CREATION,
    basis: '《中华人民共和国行政处罚法》第十六条；《中华人民共和国行政许可法》第十七条；《中华人民共和国行政强制法》第十条；《湖南省规范性文件管理办法》第六条',
    options: (z) => z.object({ allow: regexListOption(z) }).strict(),
    defaultOptions: { allow: [] },
    messages: {
      created: '规范性文件不得设定{{category}}，{{where}}规定“{{phrase}}”。',
    },
    version: 1,
  },
  async create(context) {
    const doc = context.document;
    const [triggers, statutory, marketActors, application, notFees] = await Promise.all([
      builtinList('ultra-vires.triggers'),
      builtinList('ultra-vires.statutory'),
      builtinList('ultra-vires.market-actors'),
      builtinList('ultra-vires.application'),
      builtinList('ultra-vires.not-fees'),
    ]);
    const market = unionOf(marketActors);
    const allow = compileAll(context.options.allow);

    const setByDocument = (h: TriggerHit): boolean => {
      const category = h.item.tag as Category;
      const sentence = sentenceOf(h);
      if (isQuotedOrTitle(h) || isUnless(h, doc) || isNegated(h, doc) || isConditionClause(h) || isConductItem(h, doc)) return false;
      // Restating a higher law with its source in the same sentence is not setting the measure.
      if (citesLaw(h)) return false;
      if (allow.some((re) => re.test(sentence))) return false;
      // Measures that a law sets (社会保险费, 劳务派遣许可…) are not created by the document.
      const scope = category === 'licence' ? sentence : clauseOf(h);
      if (anyMatch(statutory.filter((s) => !s.tag || s.tag === category), scope)) return false;
      // "依法处理" / "依照有关规定处罚" applies law, unless the document fixes an amount or period itself.
      if (!SPECIFIC.test(h.text) && anyMatch(application, sentence)) return false;
      if (category === 'fee') {
        const before = clauseBefore(h);
        // Compensation paid to people, budget funds, dues; “所收取的费用” describes fees rather than setting one.
        if (anyMatch(notFees.filter((n) => !n.source.startsWith('^')), h.text)) return false;
        if (anyMatch(notFees.filter((n) => n.source.startsWith('^')), before.slice(-2))) return false;
        // A market actor collecting its own charges (培训机构收取培训费) is not an administrative fee.
        if (COLLECT.test(h.text) && market.test(sentenceBefore(h))) return false;
        if (new RegExp(`向[^，。；：]{0,12}?(?:${market.source})[^，。；：]{0,4}$`, 'u').test(before)) return false;
      }
      return true;
    };

    const first = firstInSentence();
    for (const h of findTriggers(doc, triggers)) {
      if (!setByDocument(h)) continue;
      if (!first(h, h.item.tag ?? '')) continue;
      const category = h.item.tag as Category;
      const info = CATEGORY[category];
      const span = hitSpan(h);
      context.report({
        messageId: 'created',
        data: { category: info.name, where: provisionWord(doc, span.start), phrase: doc.text.slice(span.start, span.end) },
        span,
        basis: info.basis,
        suggestion: info.suggestion,
      });
    }
  },
});
