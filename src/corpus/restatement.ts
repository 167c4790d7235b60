import type { Effect } from '../analysis/clauses/types.js';
import type { LegalDocument } from '../document/model.js';
import type { CorpusApi, CorpusProvision } from './api.js';
import type { StoredLaw, StoredProvision } from './store.js';
import { documentDate, documentRegion, higherLaws, type HigherLaw } from '../rule-support/corpus.js';
import { parseChineseNumber } from '../zh/numerals.js';
import { titleKey } from './titles.js';
import { ARTICLE_LABEL } from './text.js';
import { findCitations } from './citations.js';

/**
 * Whether a measure the document writes without naming its source is a
 * restatement of higher law: a provision in force of higher rank that says
 * the same sentence (most of its wording, digits aside) with the same
 * measure word. 国办发〔2018〕37号 lets a document repeat what law provides;
 * only a measure the law does not provide is set by the document.
 */

/** Runs of text between punctuation and figures: what stays the same when a restatement is faithful. */
function runs(text: string): string[] {
  return text.split(/[，,。；;：:、（）()“”《》〔〕\s0-9零一二两三四五六七八九十百千万]+/u).filter((r) => r.length >= 2);
}

/** Words an article must contain to provide a sanction of each kind (罚款 for a fine, 暂停/不予 for a ban…). */
const SANCTION_WORDS: Record<string, RegExp> = {
  fine: /罚款/u,
  confiscation: /没收/u,
  revocation: /吊销/u,
  suspension: /暂扣|暂停/u,
  closure: /停产|停业|关闭/u,
  occupation: /从业|禁止/u,
  detention: /拘留/u,
  reprimand: /警告|通报批评/u,
  qualification: /取消|暂停|撤销|资格/u,
  downgrade: /降低|降级|等级/u,
  ban: /暂停|不予|不得|限制|禁止/u,
  deduction: /扣减|停发|停止|暂停|收回|追回/u,
  blacklist: /名单|黑名单/u,
};

/** Another article of the document named as broken: 违反本办法第四条规定. */
const OWN_ARTICLE = /违反本(?:办法|规定|细则|规程|条例|决定)第([零〇一二两三四五六七八九十百0-9]+)条/gu;

/** A breach named by the article broken: 违反《…》第四十三条规定. */
const BROKEN_BEFORE = /违反$/u;

/** A fine in multiples of a named sum: 处骗取金额二倍以上五倍以下的罚款 → (处骗取金额, 二, 五). */
const MULTIPLE_SOURCE = '([^，。；、]{2,16}?)(?:的)?([0-9.零〇一二两三四五六七八九十]+)倍(?:以上([0-9.零〇一二两三四五六七八九十]+)倍以下)?(?:的)?罚款';
const MULTIPLE_FINE = new RegExp(MULTIPLE_SOURCE, 'u');
const MULTIPLE_FINE_GLOBAL = new RegExp(MULTIPLE_SOURCE, 'gu');

export class RestatementFinder {
  private readonly ranges = new Map<string, [number, number] | null>();
  private readonly laws: Map<number, HigherLaw>;
  private readonly cache = new Map<string, CorpusProvision | null>();
  private readonly title: string;

  constructor(
    private readonly corpus: CorpusApi,
    private readonly doc: LegalDocument,
    asOf: string,
    settings: Readonly<Record<string, unknown>>,
  ) {
    this.laws = corpus.path ? higherLaws(corpus, doc, documentDate(doc, asOf), documentRegion(doc, settings)) : new Map();
    this.title = doc.header.title?.text ?? '';
  }

  /**
   * Whether the article a sanction is attributed to provides it: false when the cited instrument and article are
   * stored and none of the article's text names a measure of the sanction's kind (依照《工伤保险条例》第六十三条的规定，
   * 责令改正，处…罚款；拒不改正的，暂停为其办理…业务: 第六十三条 has the fine, not the suspension); null when
   * the records cannot tell.
   */
  citedProvides(effect: Effect): boolean | null {
    const g = effect.governedBy;
    const words = SANCTION_WORDS[effect.subtype];
    if (!g || g.general || g.articleNumbers.length === 0 || !words || this.laws.size === 0) return null;
    const key = titleKey(g.title.replace(/[\s\u3000]/gu, ''));
    const law = [...this.laws.values()].find((h) => titleKey(h.law.title) === key)?.law;
    if (!law) return null;
    const texts = g.articleNumbers.flatMap((n) => this.corpus.provisionsOf(law.key, n).map((p) => p.text));
    if (texts.length === 0) return null;
    const text = texts.join('\n');
    if (!words.test(text)) return false;
    // A sanction with figures of its own is the article's only with the article's figures (处五千元罚款 under an article whose
    // fine is 2000元以上2万元以下 is the document's).
    const own = bare(text);
    return figureTokens(bare(effect.phrase)).every((ch) => own.includes(ch));
  }

  /**
   * Whether an article cited earlier in the sentence, before a semicolon, provides the sanction with the same figures
   * (依照《中华人民共和国行政许可法》第七十八条的规定给予警告；属于…的，报考人员在一年内不得再次报名参加该项考试): the sentence goes
   * on applying it.
   */
  citedEarlierProvides(effect: Effect): boolean {
    const words = SANCTION_WORDS[effect.subtype];
    if (!words || this.laws.size === 0) return false;
    // The parts of a sentence between semicolons may be read as sentences of their own: go back over the parts that end in one.
    const sentence = effect.clause.sentence;
    const text = sentence.block.text;
    let from = sentence.start;
    for (const s of [...sentence.provision.sentences].reverse()) {
      if (s.index >= sentence.index) continue;
      if (!/[；;]\s*$/u.test(text.slice(s.start, from))) break;
      from = s.start;
    }
    const before = text.slice(from, effect.clause.start);
    if (!/[；;]/u.test(before)) return false;
    for (const citation of findCitations(before)) {
      const law = [...this.laws.values()].find((h) => titleKey(h.law.title) === citation.key)?.law;
      if (!law) continue;
      const cited = bare(citation.articles.flatMap((a) => this.corpus.provisionsOf(law.key, a.article).map((p) => p.text)).join('\n'));
      if (words.test(cited) && figureTokens(bare(effect.phrase)).every((ch) => cited.includes(ch))) return true;
    }
    return false;
  }

  /**
   * Whether the article the sanction's case says was broken provides that sanction (违反《人力资源市场暂行条例》第四十三条规定
   * 情节严重的，由…吊销人力资源服务许可证): the document names the breach by the law's own article and gives its measure.
   */
  violatedProvides(effect: Effect): boolean {
    const words = SANCTION_WORDS[effect.subtype];
    if (!words || this.laws.size === 0) return false;
    const clauses = effect.clause.sentence.clauses;
    const cases = clauses.slice(0, clauses.indexOf(effect.clause) + 1).filter((c) => c.conditional);
    for (const c of cases) {
      for (const citation of findCitations(c.text)) {
        if (!BROKEN_BEFORE.test(c.text.slice(Math.max(0, citation.span.start - 3), citation.span.start))) continue;
        const law = [...this.laws.values()].find((h) => titleKey(h.law.title) === citation.key)?.law;
        if (!law) continue;
        const texts = citation.articles.flatMap((a) => this.corpus.provisionsOf(law.key, a.article).map((p) => p.text));
        if (words.test(texts.join('\n'))) return true;
      }
    }
    return false;
  }

  /**
   * Whether a fine counted in multiples of a named sum (处骗取金额二倍的罚款, 处欠缴数额一倍以上二倍以下的罚款) is one a higher law
   * sets on the same sum for the same fraud: a document may grade the law's range by the facts of the case (行政处罚法 第三十四条:
   * 裁量基准), and that is no new penalty. Other multiples (一倍以上三倍以下 where the law says 二倍以上五倍以下) are no new penalty
   * either but the law's own changed, which conflict/corpus reports against the article.
   */
  lawSetsMultiples(effect: Effect): boolean {
    if (this.laws.size === 0) return false;
    const mine = MULTIPLE_FINE.exec(effect.phrase);
    if (!mine) return false;
    const base = mine[1].replace(/^(?:并处|处|对其处|对[^，。；]{0,8}?处)/u, '');
    const lo = parseChineseNumber(mine[2]);
    const hi = mine[3] ? parseChineseNumber(mine[3]) : lo;
    if (base.length < 2 || lo === undefined || hi === undefined) return false;
    // The conduct the fine answers: what was obtained by fraud (骗取社会保险待遇, not 骗取积分奖励), named in the sentence, the
    // paragraph or the title. Only such a sum names its conduct well enough: 处应缴社会保险费数额一倍以上三倍以下的罚款 may be
    // borrowed for another breach.
    if (!base.startsWith('骗取')) return false;
    const conduct = this.defrauded(effect);
    if (!conduct) return false;
    const key = `range\u0000${base}\u0000${conduct}`;
    let range = this.ranges.get(key);
    if (range === undefined) {
      const lawIds = [...this.laws.keys()];
      const found: Array<{ range: [number, number]; rank: number; date: string }> = [];
      for (const hit of this.corpus.search(`骗取${conduct}`, { limit: 50, lawIds }).hits) {
        const text = hit.provision.text;
        if (!text.includes(`骗取${conduct}`)) continue;
        const law = this.laws.get(hit.law.id);
        for (const m of text.matchAll(MULTIPLE_FINE_GLOBAL)) {
          if (!m[1].endsWith(base) || !m[3]) continue;
          const a = parseChineseNumber(m[2]);
          const b = parseChineseNumber(m[3]);
          if (a !== undefined && b !== undefined && law) found.push({ range: [a, b], rank: law.rank, date: law.date });
        }
      }
      // The strongest law's range governs (社会保险法 二倍以上五倍以下 over a regulation's 一倍以上三倍以下).
      found.sort((x, y) => x.rank - y.rank || (y.date > x.date ? 1 : y.date < x.date ? -1 : 0));
      range = found[0]?.range ?? null;
      this.ranges.set(key, range);
    }
    return !!range;
  }

  /** What the sentence, its paragraph or the document's title says was obtained by fraud: 骗取(社会保险待遇). */
  private defrauded(effect: Effect): string | null {
    const texts = [effect.clause.sentence.text, effect.clause.block.text, this.title];
    for (const text of texts) {
      for (const m of text.matchAll(/骗取([^，。；、的（）()]{2,8})/gu)) {
        const what = m[1].replace(/(?:金额|数额|行为|案件).*$/u, '');
        if (what.length >= 2) return what.slice(0, 6);
      }
    }
    return null;
  }

  /**
   * The higher provision the effect restates, if any: one that says how the
   * measure is taken (the clauses from the condition to the measure, figures
   * included) almost word for word, shares words with the condition it answers,
   * and names the same measure (`word`: 罚款, 封存, 证明…).
   */
  restated(effect: Effect, word: string): CorpusProvision | null {
    if (this.laws.size === 0) return null;
    const sentence = effect.clause.sentence;
    const clauses = sentence.clauses;
    const first = clauses.indexOf(effect.clause);
    let last = first;
    while (last + 1 < clauses.length && clauses[last + 1].start < effect.end) last++;
    // The condition the measure answers: the nearest conditional clause before it.
    let cond = first - 1;
    while (cond >= 0 && !clauses[cond].conditional) cond--;
    // With no case, the party the measure is aimed at names the conduct (对丢失、损毁空白凭证的代理银行，由…处…罚款): a law
    // with the same fine for another conduct is not restated.
    const target = cond < 0 ? clauses.slice(0, first).find((c) => TARGET_WITH_CONDUCT.test(c.text)) : undefined;
    const condition = cond >= 0 ? clauses[cond].text : (target?.text ?? '');
    const measureClauses = clauses.slice(cond >= 0 ? cond + 1 : first, last + 1).map((c) => c.text);
    const measure = measureClauses.join('');
    const key = `${condition}\u0000${measure}\u0000${word}`;
    if (this.cache.has(key)) return this.cache.get(key)!;
    let found: CorpusProvision | null = null;
    // Searched clause by clause: the provision's punctuation falls between them.
    const measureRuns = measureClauses.flatMap(runs).sort((a, b) => b.length - a.length);
    const longest = measureRuns[0];
    // The measure's own words can be common to many provisions (万元以下的罚款): the words of the conditions before it
    // find the one it restates too (违反规定未建立职工名册的；逾期不改正的).
    const earlier = sentence.provision.sentences.filter((x) => x.index < sentence.index).flatMap((x) => x.clauses);
    const conditionRun = [...earlier, ...clauses.slice(0, first)]
      .filter((c) => c.conditional)
      .flatMap((c) => runs(c.text))
      // The law names the duty, the draft its breach: 未建立职工名册的 against 违反…有关建立职工名册规定的.
      .map((r) => r.replace(/^(?:用人单位|单位)?(?:违反[^，。；]{0,6}?规定)?(?:逾期未|逾期不|拒不|没有|未|不)?/u, '').replace(/的$/u, ''))
      .sort((a, b) => b.length - a.length)[0];
    const ownClause = bare(effect.clause.text);
    const conditionTexts = [...earlier, ...clauses.slice(0, first)].filter((c) => c.conditional).map((c) => c.text);
    if ((longest && longest.length >= 4 && bare(measure).length >= 8) || (conditionRun && conditionRun.length >= 6 && bare(measure).length >= 4)) {
      const lawIds = [...this.laws.keys()];
      // A run the law words differently (县级以上人民政府人力资源社会保障行政部门) finds nothing: the next longest too; and the
      // end of the condition's run, where its conduct is (经营性人力资源服务机构未按照规定明示有关事项 → 明示有关事项).
      const queries = [
        ...(longest && longest.length >= 4 ? [longest] : []),
        ...measureRuns.slice(1, 2).filter((r) => r.length >= 6),
        ...(conditionRun && conditionRun.length >= 4 ? [conditionRun] : []),
        ...(conditionRun && conditionRun.length >= 10 ? [conditionRun.slice(-6)] : []),
        // …and its start, where the conduct is when the end names the draft's own thing (…申请工作许可).
        ...(conditionRun && conditionRun.length >= 12 ? [conditionRun.slice(0, 8)] : []),
      ];
      const seen = new Set<number>();
      const hits = queries
        // Laws name the market administration two ways (市场监管部门, 市场监督管理部门): its name is left out of the query.
        .map((q) => q.replace(MARKET_ADMINISTRATION, ' '))
        .flatMap((q) => this.corpus.search(q, { limit: 50, lawIds }).hits)
        .filter((h) => !seen.has(h.provision.id) && seen.add(h.provision.id));
      for (const hit of hits) {
        const text = bare(hit.provision.normText);
        if (!text.includes(word)) continue;
        const measureShare = containment(bare(measure), text);
        const cond = bare(condition);
        // Short of the measure word for word: the law's own case nearly word for word with most of the measure's words
        // (…以及未依法登记、备案的单位使用童工或者介绍童工就业的，…予以取缔), or the measure's own clause word for word after the
        // law's breach (the draft changed another clause of the sentence, which conflict/corpus reports). Either way with the
        // measure's own figures: a fine restated with other amounts is a fine the document sets.
        if (measureShare < 0.85) {
          const sameFigures = figureTokens(bare(measure)).every((ch) => text.includes(ch));
          const sameCase = measureShare >= 0.5 && cond.length >= 10 && containment(cond, text) >= 0.8;
          // …the breach the sentence starts from, not only the 逾期不改正的 every penalty clause has.
          const sameMeasureClause =
            ownClause.length >= 10 &&
            containment(ownClause, text) >= 0.9 &&
            cond.length >= 6 &&
            containment(cond, text) >= 0.5 &&
            !!conditionRun &&
            containment(bare(conditionRun), text) >= 0.5;
          // …or most of both in the draft's own names for the law's general ones (用人单位…申请工作许可的，审批机关不予许可，
          // 并给予警告 for 行政许可申请人…申请行政许可的，行政机关不予行政许可，并给予警告).
          const sameCaseInOwnNames = measureShare >= 0.7 && !!conditionRun && conditionRun.length >= 10 && containment(bare(conditionRun), text) >= 0.75;
          if (!sameFigures || !(sameCase || sameMeasureClause || sameCaseInOwnNames)) continue;
          found = { ...hit.provision, law: hit.law };
          break;
        }
        // A condition every penalty clause has (逾期不改正的) says nothing of the breach: the one the sentence starts from must
        // be the law's too (未按时报送用工备案信息的 is not the breach of another provision with the same fine).
        if (
          GENERIC_CONDITION.test(cond) &&
          conditionRun &&
          containment(bare(conditionRun), text) < 0.3 &&
          containment(bare(conditionRun), this.itemsOf(hit)) < 0.3 &&
          containment(bare(conditionRun), this.leadInOf(hit)) < 0.3 &&
          !this.breachRestatesLaw(conditionTexts, hit, effect.clause.block.index)
        )
          continue;
        if (
          condition === '' ||
          // The law's whole provision in the sentence (…查阅、记录、复制…相关的资料，对可能被转移、隐匿或者灭失的资料予以封存), whatever
          // occasion the document puts before it (开展核查时).
          (text.length >= 20 && containment(text, bare(sentence.text)) >= 0.8) ||
          containment(cond, text) >= 0.3 ||
          containment(cond, this.itemsOf(hit)) >= 0.3 ||
          containment(cond, this.leadInOf(hit)) >= 0.3 ||
          // The law's measure word for word, naming the conduct it answers (处骗取金额二倍以上五倍以下的罚款 after 骗取…待遇的):
          // a narrower case of the law's, in the draft's own words (骗取特殊工种提前退休待遇 for 骗取社会保险待遇).
          (measureShare >= 0.95 && bare(measure).length >= 16 && namesConduct(cond, bare(measure), text))
        ) {
          found = { ...hit.provision, law: hit.law };
          break;
        }
      }
    }
    this.cache.set(key, found);
    return found;
  }

  /**
   * The items under a lead-in (有下列情形之一的，停止领取…：), bare: a draft that names one case beside the measure
   * (无正当理由拒不接受…培训的，停止领取…) restates the lead-in and that item together.
   */
  /**
   * Whether the breach is named by another article or the paragraph before (违反本办法第四条规定的, 违反前款规定的) that restates the law's article the
   * measure comes from (公务员法第一百零七条: its first paragraph the ban, its second the measure for 违反前款规定): the
   * document's own article is the law's duty in the document's words.
   */
  private breachRestatesLaw(conditions: string[], hit: { provision: StoredProvision; law: StoredLaw }, block: number): boolean {
    if (hit.provision.article === null) return false;
    const law = bare(
      this.corpus
        .provisionsOf(hit.law.key, hit.provision.article)
        .map((p) => p.normText)
        .join(''),
    );
    const restates = (text: string): boolean => {
      const own = bare(text);
      return own.length >= 12 && containment(own, law) >= 0.6;
    };
    for (const c of conditions) {
      for (const m of c.matchAll(OWN_ARTICLE)) {
        const n = parseChineseNumber(m[1]);
        const article = this.doc.articles.find((a) => a.number === n);
        if (article && restates(this.doc.text.slice(article.labelSpan.end, article.span.end))) return true;
      }
      // 违反前款规定的: the paragraph before, in the same article.
      if (/违反前款/u.test(c) && block > 0) {
        const article = this.doc.articles.find((a) => a.blocks.includes(block));
        if (article?.blocks.includes(block - 1) && restates(this.doc.source.blocks[block - 1].text.replace(ARTICLE_LABEL, ''))) return true;
      }
    }
    return false;
  }

  /**
   * The lead-in of an item (…进行监督检查，有权采取下列措施：), bare: a draft that restates the item (…的资料予以封存)
   * states the lead-in's occasion as its condition (…实施监督检查时).
   */
  private leadInOf(hit: { provision: StoredProvision; law: StoredLaw }): string {
    const p = hit.provision;
    if (p.article === null || p.item === null) return '';
    const lead = this.corpus.provisionsOf(hit.law.key, p.article).find((q) => q.clause === p.clause && q.item === null);
    return lead ? bare(lead.normText) : '';
  }

  private itemsOf(hit: { provision: StoredProvision; law: StoredLaw }): string {
    const p = hit.provision;
    if (p.article === null || !/[：:]\s*$/u.test(p.text)) return '';
    return bare(
      this.corpus
        .provisionsOf(hit.law.key, p.article)
        .filter((q) => q.clause === p.clause && q.item !== null)
        .map((q) => q.normText)
        .join(''),
    );
  }
}

/** Names the labour administration has had (the law's 劳动行政部门 is the draft's 人力资源社会保障行政部门). */
const LABOUR_ADMINISTRATION = /人力资源(?:和)?社会保障(?:行政)?部门|劳动保障行政部门|劳动行政部门|社会保险行政部门/gu;
// The body that took over from 工商行政管理 in 2018: a draft restating the law under the old name still restates it (the old
// name is content/outdated-agency's finding).
const MARKET_ADMINISTRATION = /工商行政管理(?:部门|机关)|市场监督管理部门|市场监管部门/gu;
const FIGURE = /[0-9０-９]+(?:[.．][0-9０-９]+)?万?|[零〇一二两三四五六七八九十百千万]+/gu;

/**
 * Text without punctuation or spaces, figures written in Arabic digits (五百元 = 500元, 二万 = 2万) and the labour
 * and market administrations each under one name: what trigram containment compares. Both sides are read alike, so a numeral inside a
 * word (统一) is harmless.
 */
function bare(text: string): string {
  return text
    .replace(/[，,。；;：:、（）()“”《》〔〕\s]/gu, '')
    .replace(LABOUR_ADMINISTRATION, '劳动行政部门')
    .replace(MARKET_ADMINISTRATION, '市场监督管理部门')
    .replace(FIGURE, (m) => {
      const tenThousand = /^[0-9０-９.．]+万$/u.test(m);
      const n = parseChineseNumber(tenThousand ? m.slice(0, -1) : m);
      return n === undefined ? m : figureToken(tenThousand ? n * 10_000 : n);
    });
}

/** The figure tokens of a bare text (figureToken). */
function figureTokens(bareText: string): string[] {
  return [...bareText].filter((ch) => ch >= FIGURE_TOKEN_BASE && ch < FIGURE_TOKEN_END);
}

const FIGURE_TOKEN_BASE = '\ue000';
const FIGURE_TOKEN_END = String.fromCharCode(0xe000 + 6400);

/**
 * One character of the private use area for a figure's value: a figure is one token, so that 1000元 shares no
 * trigram with 2000元 (000, 00元) and a changed amount does not pass for the same one.
 */
function figureToken(value: number): string {
  const hash = Math.imul(Math.round(value * 100) | 0, 0x9e3779b1) >>> 0;
  return String.fromCharCode(0xe000 + (hash % 6400));
}

/** The party a measure is aimed at, with what it did: 对丢失、损毁空白凭证的代理银行 (not 对用人单位 alone). */
const TARGET_WITH_CONDUCT = /^对[^，。；]{4,}的[^，。；的]{1,12}$/u;

/** A condition of the penalty's second step, which names no breach. */
const GENERIC_CONDITION = /^(?:逾期(?:仍)?(?:不|未)改正|拒不改正|情节严重|逾期不履行|逾期仍不履行)的?$/u;

/** Two-character words too common to tie a measure to a conduct. */
const COMMON_PAIR = /^(?:单位|部门|人员|规定|有关|或者|以及|个人|用人|行政|社会|保险|按照|依照|违反|责令|改正|下的|以上|以下)$/u;

/** Whether the measure names the conduct of the condition (骗取 in 骗取…待遇的 and 处骗取金额…), as the law's text does. */
function namesConduct(condition: string, measure: string, law: string): boolean {
  for (let i = 0; i + 2 <= condition.length; i++) {
    const pair = condition.slice(i, i + 2);
    if (!COMMON_PAIR.test(pair) && measure.includes(pair) && law.includes(pair)) return true;
  }
  return false;
}

/** Share of the character trigrams of `a` found in `b`. */
function containment(a: string, b: string): number {
  if (a.length < 3) return b.includes(a) ? 1 : 0;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= a.length; i++) grams.add(a.slice(i, i + 3));
  let found = 0;
  for (const g of grams) if (b.includes(g)) found++;
  return found / grams.size;
}

const MEASURE_WORD =
  /罚款|没收|吊销|取缔|暂扣|停产停业|停业整顿|关闭|拘留|警告|通报批评|资格|资质|等级|黑名单|查封|扣押|扣留|冻结|封存|划拨|滞纳金|许可|批准|审批|核准|备案|登记|认定|押金|保证金|工本费|证明|说明|停止(?:享受|领取|发放|支付)|暂停(?:享受|领取|发放|支付)|费/u;

/** The word a restating provision must contain for an effect: its measure (罚款, 封存, 许可, 证明…). */
export function measureWord(effect: Effect): string | null {
  return MEASURE_WORD.exec(effect.phrase.replace(/\s/gu, ''))?.[0] ?? null;
}
