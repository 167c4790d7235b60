import {
  anyMatch,
  citesLaw,
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
  sentenceOf,
} from '../../src/engine/content-scan.js';
import { defineRule } from '../../src/engine/rule.js';
import { builtinList, type ListItem } from '../../src/engine/term-lists.js';
import { FAIR_COMPETITION } from '../../src/engine/scopes.js';

export interface Options {
  /** Regexes: a sentence matching one is not reported (e.g. an exception the review conclusion justified). */
  allow: string[];
}

type Tag = 'fc-01' | 'fc-02' | 'fc-03' | 'fc-04';

const CATEGORY: Record<Tag, { requirement: string; basis: string; suggestion: string }> = {
  'fc-01': {
    requirement: '政策措施不得限定经营、购买或者使用特定经营者提供的商品或者服务，不得设置不合理或者歧视性的准入、退出条件',
    basis: '《公平竞争审查条例》第八条；《优化营商环境条例》第六十四条',
    suggestion: '改为公开、统一的条件（如“符合条件的各类机构均可按规定申请”），或通过公开竞争方式择优确定并向社会公布；确需保留的，应在公平竞争审查结论中说明《公平竞争审查条例》第十二条的例外情形及实施期限。',
  },
  'fc-02': {
    requirement: '政策措施不得排斥、限制外地经营者或者对其设置歧视性要求',
    basis: '《公平竞争审查条例》第九条',
    suggestion: '删去注册地、纳税地、社会保险缴纳地、本地业绩等地域要求，对本地和外地经营者适用同一标准。',
  },
  'fc-03': {
    requirement: '没有法律、行政法规依据或者未经国务院批准，政策措施不得给予特定经营者选择性、差异化的奖励、补贴或者税费优惠',
    basis: '《公平竞争审查条例》第十条',
    suggestion: '改为面向所有符合条件经营者的普惠性政策，按统一标准申领（如“对吸纳符合条件人员就业的各类企业，按规定给予补贴”）；确需保留的，写明法律、行政法规依据或者国务院批准文件。',
  },
  'fc-04': {
    requirement: '政策措施不得超越法定权限制定政府指导价、政府定价，不得违法干预实行市场调节价的商品、服务价格',
    basis: '《公平竞争审查条例》第十一条',
    suggestion: '删去价格限制，由经营者依法自主定价、明码标价；属于政府定价、政府指导价的，写明定价依据。',
  },
};

/** Characters that end an enterprise name when reading backwards from its suffix. */
const NAME_STOP = /[，。；：、（）()“”《》\s的对向由给与和及或在从将把为等]/u;

/** Named enterprises in a sentence: the words before a suffix (有限公司…) that are not a generic term. */
function namedEnterprise(sentence: string, suffixes: ListItem[], generic: ListItem[]): string | undefined {
  for (const s of suffixes) {
    s.re.lastIndex = 0;
    for (let m = s.re.exec(sentence); m; m = s.re.exec(sentence)) {
      let from = m.index;
      while (from > 0 && m.index - from < 20 && !NAME_STOP.test(sentence[from - 1])) from--;
      const name = sentence.slice(from, m.index);
      if ([...name].length >= 2 && !anyMatch(generic, name)) return sentence.slice(from, m.index + m[0].length);
    }
  }
  return undefined;
}

export default defineRule<Options>({
  id: 'content/fair-competition',
  meta: {
    severity: 'warning',
    description: '含有排除、限制竞争的内容（指定经营者、地域限制、选择性优惠、干预价格），需公平竞争审查',
    applies: FAIR_COMPETITION,
    basis: '《公平竞争审查条例》第八条至第十一条',
    options: (z) => z.object({ allow: regexListOption(z) }).strict(),
    defaultOptions: { allow: [] },
    messages: {
      restricts: '{{requirement}}，{{where}}规定“{{phrase}}”。',
      named: '{{requirement}}，{{where}}规定“{{phrase}}”，且点名了特定企业“{{enterprise}}”。',
    },
    version: 1,
  },
  async create(context) {
    const doc = context.document;
    const [triggers, suffixes, generic] = await Promise.all([
      builtinList('fair-competition.triggers'),
      builtinList('fair-competition.enterprise-suffix'),
      builtinList('fair-competition.generic-enterprise'),
    ]);
    const allow = compileAll(context.options.allow);
    const first = firstInSentence();
    for (const h of findTriggers(doc, triggers)) {
      // A prohibition (不得指定), a conduct being sanctioned (…的，), a law restated with its source: not a restriction set here.
      if (isQuotedOrTitle(h) || isUnless(h, doc) || isNegated(h, doc) || isConditionClause(h) || isConductItem(h, doc) || citesLaw(h)) continue;
      const sentence = sentenceOf(h);
      if (allow.some((re) => re.test(sentence))) continue;
      // “fc-03-named”: a benefit to an enterprise is selective only when the enterprise is named.
      const namedOnly = h.item.tag?.endsWith('-named') ?? false;
      const tag = (namedOnly ? h.item.tag!.slice(0, -'-named'.length) : h.item.tag) as Tag;
      const info = CATEGORY[tag];
      const enterprise = namedEnterprise(sentence, suffixes, generic);
      if (namedOnly && !enterprise) continue;
      if (!first(h, tag)) continue;
      const span = hitSpan(h);
      const data = { requirement: info.requirement, where: provisionWord(doc, span.start), phrase: doc.text.slice(span.start, span.end), enterprise: enterprise ?? '' };
      context.report({
        messageId: enterprise ? 'named' : 'restricts',
        data,
        span,
        // Naming a specific enterprise or imposing a locality requirement is a clear breach; the rest needs a reviewer.
        severity: enterprise || tag === 'fc-02' ? 'error' : undefined,
        basis: info.basis,
        suggestion: info.suggestion,
      });
    }
  },
});
