import type { Span } from '../document/model.js';
import type { CorpusApi, CorpusProvision } from './api.js';
import { extractClaims, findQuantities, type Claim } from './claims.js';
import { judge, type Verdict } from './conflict.js';
import { overlap, shingles } from './minhash.js';
import { ARTICLE_LABEL as LABEL, normalizeProvision } from './text.js';
import { bigramDice, bigrams } from '../zh/similarity.js';
import { caseUnits, fullSentences, sentenceParts } from '../zh/context.js';

/**
 * A paragraph of the document that copies a provision of higher law, and
 * what it changes in the copy. An unchanged copy is a duplicate (国办发
 * 〔2018〕37号: no 照抄照搬); a copy that changes a figure or turns 不得 into
 * 可以 is a conflict, not a copy — its subject is the copied text itself, so
 * it is compared even where no known subject word appears.
 */

/** Text for comparing wording: no article label, punctuation, spaces or particles (书面的工资支付台账 = 书面工资支付台账). */
export function wording(text: string): string {
  return normalizeProvision(text)
    .replace(LABEL, '')
    .replace(/并且/gu, '并')
    .replace(/[，,。；;：:、（）()“”‘’《》〔〕\s的地得]/gu, '');
}

/** Wording without figures: a copy with a changed number still copies the rest. */
function wordingWithoutFigures(text: string): string {
  return wording(text).replace(
    /[0-9.%]+|[零〇一二两三四五六七八九十百千万]+(?=个?(?:工作日|日|天|月|年|周|小时|倍|元|人|次|%))|百分之[零〇一二两三四五六七八九十百]+/gu,
    '#',
  );
}

/** A paragraph that introduces a list (有下列情形之一的，…：): what it governs is in its items. */
export const LIST_LEAD_IN = /下列[^。]*[：:][ \u3000]*$/u;

export interface CopyMatch {
  provision: CorpusProvision;
  /** Share of the paragraph's wording (figures aside) found in the provision. */
  containment: number;
  jaccard: number;
}

/**
 * For each paragraph, the provisions of the given laws it copies: MinHash
 * candidates (one query for all paragraphs), confirmed by shingle overlap of
 * the wording with figures masked.
 */
export function nearCopies(
  corpus: CorpusApi,
  texts: string[],
  lawIds: ReadonlySet<number>,
  minContainment: number,
  search: (text: string) => boolean = () => false,
): CopyMatch[][] {
  const similar = corpus.similar(texts.map((t) => normalizeProvision(t).replace(LABEL, '')));
  const ids = [...lawIds];
  return texts.map((text, k) => {
    const mine = shingles(wordingWithoutFigures(text));
    const out: CopyMatch[] = [];
    // Provisions worded alike but for their figures (病假超过两个月的…百分之九十 / 超过六个月的…百分之七十): the one with the
    // draft's own figures is the one it copies.
    const withFigures = new Map<CorpusProvision, number>();
    let mineWithFigures: ReturnType<typeof shingles> | undefined;
    const consider = (p: CorpusProvision): void => {
      if (!lawIds.has(p.lawId) || out.some((m) => m.provision.id === p.id)) return;
      const o = overlap(mine, shingles(wordingWithoutFigures(p.normText)));
      if (o.containment < minContainment) return;
      out.push({ provision: p, containment: o.containment, jaccard: o.jaccard });
      mineWithFigures ??= shingles(normalizeProvision(text).replace(LABEL, ''));
      withFigures.set(p, overlap(mineWithFigures, shingles(p.normText)).jaccard);
    };
    for (const p of similar[k]) consider(p);
    // A copy inside a longer provision shares too little of it for MinHash: find it by its longest runs of words
    // (the second only when the first finds nothing).
    // A lead-in's consequence stated for conduct none of its items lists (…专用账户的，…并处…罚款 against a lead-in worded
    // alike for 工资保证金) copies the lead-in of another list: the one whose item it states.
    const statesItemOf = (p: CorpusProvision): boolean => statesAnItem(text, itemsOfLeadIn(corpus, p));
    const otherConduct = (): boolean => out.length > 0 && out.every((m) => itemsOfLeadIn(corpus, m.provision).length > 0 && !statesItemOf(m.provision));
    if ((out.length === 0 || otherConduct()) && search(text)) {
      const before = out.length;
      // A case's closing 的 (…专用账户的) is not in the law's item (…专用账户；).
      for (const run of longestRuns(normalizeProvision(text).replace(LABEL, '')).map((r) => r.replace(/的$/u, ''))) {
        for (const hit of corpus.search(run, { limit: 5, lawIds: ids }).hits) {
          consider({ ...hit.provision, law: hit.law });
          // A case the law lists as an item (（一）施工总承包单位未按规定开设…专用账户) stated with the consequence its lead-in
          // gives every item (有下列情形之一的，…责令限期改正；逾期不改正的，…罚款：): the paragraph copies the lead-in.
          if (hit.provision.item !== null && hit.provision.article !== null) {
            for (const lead of corpus.provisionsOf(hit.law.key, hit.provision.article))
              if (lead.item === null && (lead.clause ?? 1) === (hit.provision.clause ?? 1) && LIST_LEAD_IN.test(lead.text)) consider(lead);
          }
        }
        if (out.length > before && (before === 0 || out.slice(before).some((m) => statesItemOf(m.provision)))) break;
      }
    }
    out.sort((a, b) => b.containment - a.containment || b.jaccard - a.jaccard || withFigures.get(b.provision)! - withFigures.get(a.provision)!);
    const top = out[0];
    if (top && itemsOfLeadIn(corpus, top.provision).length > 0 && !statesItemOf(top.provision)) {
      const stated = out.find((m) => m.containment >= top.containment - 0.1 && statesItemOf(m.provision));
      if (stated) return [stated, ...out.filter((m) => m !== stated)];
    }
    return out;
  });
}

/**
 * Runs that every penalty clause has (违反本办法第, 拒不改正的, 元以下罚款, 由…部门处): they find provisions that share the
 * formula, not the conduct.
 */
const FORMULA_RUN =
  /^(?:违反本[^第]{0,4}第?|[^的]{0,4}(?:拒不|逾期不|逾期未)改正的?|万?元以[上下]的?(?:罚款)?|责令(?:限期)?改正|由[^，。；]{2,24}?(?:部门|机关|机构)(?:责令|处以?)?|处以?罚款)$/u;

/** The three longest runs of words of a text between punctuation and figures, formulas aside: what to search a copy of it by. */
export function longestRuns(text: string): string[] {
  return text
    .split(/[，,。；;：:、（）()“”《》\s0-9.%零〇一二两三四五六七八九十百千万]+/u)
    .filter((r) => r.length >= 5 && !FORMULA_RUN.test(r))
    .sort((a, b) => b.length - a.length)
    .slice(0, 3);
}

/**
 * How much a sentence shares with the likest full sentence of a provision (figures aside): a copy of one sentence of a long
 * provision shares little of the whole (二十日内不能作出决定的，…可以延长十日…, beside the provision's general period).
 */
export function sentenceLikeness(sentence: string, provision: string): number {
  const mine = shingles(wordingWithoutFigures(sentence));
  let best = 0;
  // Its parts between semicolons too (…20个工作日内予以答复；需要延长答复期限的，…).
  for (const r of [...fullSentences(provision), ...sentenceParts(provision)]) {
    const part = provision.slice(r.start, r.end);
    if (part.length < 8) continue;
    best = Math.max(best, overlap(mine, shingles(wordingWithoutFigures(part))).jaccard);
  }
  return best;
}

/** Words that say how a consequence holds (方可按月领取 = 按月领取 for the case that meets the figure), not what it is. */
const HOW_IT_HOLDS = /方可|才能|才可以|才可|可以|应当|依法|按规定|予以/gu;
/** A figure in a consequence: an amount, a period or a share. */
const CONSEQUENCE_FIGURE = /[0-9０-９]|[零〇一二两三四五六七八九十百千万]+个?(?:工作日|日|天|周|月|年|倍|元|人|次|小时)|百分之/u;

/** A case and its consequence without the words that say how it holds: what to search the law's own by. */
export function withoutHowItHolds(unit: string): string {
  return unit.replace(HOW_IT_HOLDS, '');
}
/** How much of the law's consequence the unit's must hold, and the other way round: the same act on the same thing. */
const SAME_CONSEQUENCE = 0.8;
/** How much of the unit's case, figures aside, the law's case must hold: the same case named in other words around it. */
const SAME_CASE = 0.5;

/**
 * Whether a case and its consequence (累计缴费满二十年的，方可按月领取基本养老金) restate a case of the provision (达到法定退休年龄
 * 时累计缴费满十五年的，按月领取基本养老金): the consequence the same act, the case mostly the law's words, figures aside.
 */
export function restatesCase(unit: string, provision: string): boolean {
  const split = (t: string): [string, string] | null => {
    const at = t.lastIndexOf('的，');
    return at < 0 ? null : [t.slice(0, at + 1), t.slice(at + 2).replace(/[。；;]$/u, '')];
  };
  const mine = split(unit);
  // A consequence with a figure of its own (劳动合同期限满六个月不满一年的，试用期不得超过一个月) is a row of a table of cases,
  // which the claims compare as a whole: moving one row's line may be stricter than the law, not against it.
  if (!mine || CONSEQUENCE_FIGURE.test(mine[1])) return false;
  const consequence = (t: string): Uint32Array => shingles(wordingWithoutFigures(withoutHowItHolds(t)));
  const myCase = shingles(wordingWithoutFigures(mine[0]));
  const myConsequence = consequence(mine[1]);
  for (const r of caseUnits(provision)) {
    const theirs = split(provision.slice(r.start, r.end));
    if (!theirs) continue;
    const same = overlap(myConsequence, consequence(theirs[1]));
    if (same.containment < SAME_CONSEQUENCE || same.jaccard < SAME_CONSEQUENCE) continue;
    if (overlap(myCase, shingles(wordingWithoutFigures(theirs[0]))).containment >= SAME_CASE) return true;
  }
  return false;
}

const ITEM_LABEL = /^[（(][零〇一二两三四五六七八九十0-9]+[）)]/u;

/** An item's wording without its label (（一）) and figures, as shingles. */
function itemWording(item: string): ReturnType<typeof shingles> {
  return shingles(wordingWithoutFigures(item.replace(ITEM_LABEL, '')));
}

/**
 * Whether a list's items copy some items of the higher list: a lead-in that
 * only shares the formula (用人单位违反本法规定，有下列行为之一的，由…给予警告…)
 * with a provision on other conduct does not copy it.
 */
export function itemsCorrespond(mine: readonly string[], theirs: readonly string[], minContainment = 0.6): boolean {
  const higher = theirs.map(itemWording);
  return mine.some((m) => {
    const own = itemWording(m);
    return higher.some((h) => overlap(own, h).containment >= minContainment);
  });
}

/** The items a lead-in lists (有下列情形之一的，…：（一）…), as stored; none for a provision that is no lead-in. */
export function itemsOfLeadIn(corpus: CorpusApi, p: CorpusProvision): string[] {
  if (p.article === null || !LIST_LEAD_IN.test(p.text)) return [];
  // Asked again for the same lead-in by every paragraph and figure compared with it: one query per corpus and provision.
  let known = leadInItems.get(corpus);
  if (!known) leadInItems.set(corpus, (known = new Map()));
  let items = known.get(p.id);
  if (!items) {
    items = corpus
      .provisionsOf(p.law.key, p.article)
      .filter((x) => x.item !== null && (x.clause ?? 1) === (p.clause ?? 1))
      .map((x) => x.normText);
    known.set(p.id, items);
  }
  return items;
}
const leadInItems = new WeakMap<CorpusApi, Map<number, string[]>>();

/**
 * Whether a text states the conduct of one of a list's items (施工总承包单位未按规定开设或者使用农民工工资专用账户的，…): most
 * of the item's words are in it. A penalty a lead-in gives its items is not the penalty for another list's conduct.
 */
export function statesAnItem(text: string, items: readonly string[], minContainment = 0.6): boolean {
  const mine = shingles(wordingWithoutFigures(text));
  return items.some((t) => overlap(itemWording(t), mine).containment >= minContainment);
}

/**
 * A figure an item of a copied list changes (（四）律师执业满五年的 for the law's 满三年的): the item says the same words
 * with another number. Items are conditions (…的), which claims leave aside, so their figures are compared as written.
 */
export function changedItemFigure(mine: string, theirs: string): { span: Span; phrase: string; higherPhrase: string } | null {
  const own = mine.replace(ITEM_LABEL, '');
  const other = normalizeProvision(theirs).replace(ITEM_LABEL, '');
  if (wordingWithoutFigures(own) !== wordingWithoutFigures(other) || wording(own) === wording(other)) return null;
  const a = findQuantities(own);
  const b = findQuantities(other);
  if (a.length === 0 || a.length !== b.length) return null;
  const k = a.findIndex((q, i) => q.dim === b[i].dim && q.value !== b[i].value);
  if (k < 0) return null;
  const shift = mine.length - own.length;
  return {
    span: { start: shift + a[k].phraseStart, end: shift + a[k].phraseEnd },
    phrase: own.slice(a[k].phraseStart, a[k].phraseEnd),
    higherPhrase: other.slice(b[k].phraseStart, b[k].phraseEnd),
  };
}

export interface CopyChange {
  kind: 'figure' | 'modality';
  /** Where the change is, in the draft text given. */
  span: Span;
  /** As written in the draft and in the higher provision. */
  phrase: string;
  higherPhrase: string;
  verdict: Required<Verdict>;
}

/** Figures of one dimension; days and working days are compared as periods. */
function sameDimension(d: Claim, h: Claim): boolean {
  const a = d.quantity!.dim;
  const b = h.quantity!.dim;
  return a === b || (a === 'time' && b === 'workday') || (a === 'workday' && b === 'time');
}

const SENTENCE_BREAK = /[。；;]/u;
/** How many more of a copy's case words (character pairs) one case of the law must share than another to be the one it keeps. */
const CASE_TOLD_APART = 2;
const CLAUSE_BREAK = /[，,。；;：:]/u;

/** Where the sentence or clause holding `at` starts: just after the last break before it. */
function breakBefore(text: string, at: number, stop: RegExp): number {
  let i = at;
  while (i > 0 && !stop.test(text[i - 1])) i--;
  return i;
}

/** The words around a figure: what tells which figure of the provision it stands for. */
function around(text: string, c: Claim): string {
  return wordsAround(text, c.span.start, c.span.end, 6);
}

/** The words before and after a figure, figures themselves left out: what tells which figure answers which. */
function wordsAround(text: string, start: number, end: number, after: number): string {
  return `${text.slice(Math.max(0, start - 10), start)}|${text.slice(end, end + after)}`.replace(/[0-9０-９.%％]+|[零〇一二两三四五六七八九十百千万]+/gu, '');
}

/** A figure inside a case (病假在两个月以内的，…): the words up to the case's end. */
// A case may run on over one comma to its 的 (…满10年且距法定退休年龄不足10年，提出订立聘用至退休的合同的，).
const IN_CASE = /^(?:[^，,。；;：:]{0,16}?[，,](?=提出|申请|要求|经|并|且))?[^，,。；;：:]{0,16}?的(?:[，,]|$)/u;
/** How alike the words around two figures of a case must be for one to be the other, changed. */
const CASE_LIKENESS = 0.6;
/** The same, for a case whose words and consequence are the law's own (restatesCase): the figure's neighbours may differ more. */
export const RESTATED_CASE_LIKENESS = 0.35;

/**
 * Figures of the cases a copy states (病假在一个月以内的，发给原工资 for the law's 两个月以内的): claims leave cases aside, so
 * they are compared as written, each with the law's case in the likest words. A changed line moves whom the rule is for.
 */
function changedCaseFigures(draft: string, higher: string, found: CopyChange[], likeness = CASE_LIKENESS): CopyChange[] {
  const out: CopyChange[] = [];
  // Spaces a PDF's text layer puts between a figure and its words (病假在 一个月 以内的) are no words.
  const words = (text: string, start: number, end: number): string => wordsAround(text, start, end, 8).replace(/\s+/gu, '');
  const theirs = findQuantities(higher).filter((q) => IN_CASE.test(higher.slice(q.phraseEnd)));
  for (const q of findQuantities(draft)) {
    if (!IN_CASE.test(draft.slice(q.phraseEnd))) continue;
    if (found.some((f) => f.span.start < q.phraseEnd && q.phraseStart < f.span.end)) continue;
    const mine = words(draft, q.phraseStart, q.phraseEnd);
    const alike = theirs.filter((h) => h.dim === q.dim && h.unit === q.unit);
    // A line the law draws in any of its cases (已满20年的, in a table of 不满10年 / 已满10年不满20年 / 已满20年): followed.
    if (alike.some((h) => h.value === q.value)) continue;
    const scored = alike.filter((h) => h.cmp === q.cmp).map((h) => ({ h, score: bigramDice(mine, words(higher, h.phraseStart, h.phraseEnd)) }));
    const best = scored.sort((a, b) => b.score - a.score)[0];
    if (!best || best.score < likeness) continue;
    out.push({
      kind: 'figure',
      span: { start: q.phraseStart, end: q.phraseEnd },
      phrase: draft.slice(q.phraseStart, q.phraseEnd),
      higherPhrase: higher.slice(best.h.phraseStart, best.h.phraseEnd),
      verdict: { ok: false, severity: 'error', why: '改变了上位法规定的适用情形' },
    });
  }
  return out;
}

/** A decision the law deems made when the administration is silent (逾期未作决定的，视为准予延续), and the act it is about. */
const DEEMED = /视为(不予|不同意|不批准|拒绝|驳回|准予|同意|批准|受理)([^，。；]{1,6})/gu;
const DEEMED_REFUSAL = /^(?:不予|不同意|不批准|拒绝|驳回)$/u;

/** A decision deemed made (视为不予延续), with whether it is a refusal, the act, and the case before it (逾期未作决定的). */
export interface DeemedDecision {
  start: number;
  end: number;
  phrase: string;
  refusal: boolean;
  /** The act's first two characters (延续 of 延续许可): what tells two deemed decisions on one act. */
  act: string;
  /** The words of the clause before 视为, back to the sentence's or the clause's start. */
  when: string;
}

export function deemedDecisions(text: string): DeemedDecision[] {
  return [...text.matchAll(DEEMED)].map((m) => {
    const phrase = `视为${m[1]}${m[2].slice(0, 2)}`;
    const before = /[^。；;]*$/u.exec(text.slice(0, m.index!))![0];
    return {
      start: m.index!,
      end: m.index! + phrase.length,
      phrase,
      refusal: DEEMED_REFUSAL.test(m[1]),
      act: m[2].slice(0, 2),
      when:
        before
          .split(/[，,]/u)
          .filter((c) => c.length > 0)
          .at(-1) ?? '',
    };
  });
}

/** What the law says its silence means, for a finding that turns it around. */
export function deemedWhy(law: DeemedDecision): string {
  return law.refusal ? '上位法规定逾期视为不予准许' : '上位法规定逾期视为准予';
}

/** A silence the law deems a grant turned into a refusal, or the reverse (视为准予延续 → 视为不予延续), on the same act. */
function reversedDeemedDecisions(draft: string, higher: string): CopyChange[] {
  const theirs = deemedDecisions(higher);
  const out: CopyChange[] = [];
  for (const mine of deemedDecisions(draft)) {
    const law = theirs.find((t) => t.act === mine.act && t.refusal !== mine.refusal);
    if (!law) continue;
    out.push({
      kind: 'modality',
      span: { start: mine.start, end: mine.end },
      phrase: mine.phrase,
      higherPhrase: law.phrase,
      verdict: { ok: false, severity: 'error', why: deemedWhy(law) },
    });
  }
  return out;
}

const MODAL = /不得|禁止|严禁|可以不|无需|不必|应当|必须|可以/gu;
const PERMITS = new Set(['可以', '可以不', '无需', '不必']);
const FORBIDS = new Set(['不得', '禁止', '严禁']);
const REQUIRES = new Set(['应当', '必须']);

/** Figures and modal words the copy changes, judged as claims are: a change the law allows (a higher floor, a shorter deadline for the administration) is not reported. */
export function changesInCopy(
  draft: string,
  higher: string,
  options: {
    workdays?: (days: number) => boolean;
    /** How alike the words around a case's figure must be; lower where the case is known to be the law's (restatesCase). */
    caseLikeness?: number;
  } = {},
): CopyChange[] {
  const out: CopyChange[] = [];
  const mine = extractClaims(draft, { anySubject: true }).filter((c) => c.kind === 'quantity');
  // Periods in days that the higher law counts in working days (src/corpus/workday-periods.ts) are working days.
  const theirs = extractClaims(higher, { anySubject: true })
    .filter((c) => c.kind === 'quantity')
    .map((c) =>
      c.quantity!.dim === 'time' && c.quantity!.unit === 'day' && options.workdays?.(c.quantity!.value)
        ? { ...c, quantity: { ...c.quantity!, dim: 'workday' as const, unit: null } }
        : c,
    );
  // Each figure of the law answers the figure of the copy that stands in the likest words (a copy that adds a figure of
  // its own beside the law's, 60日内…；…15日内, does not change the law's 15日内 into 60日内).
  const owner = new Map<Claim, { d: Claim; score: number }>();
  for (const d of mine) {
    const a = around(draft, d);
    for (const h of theirs) {
      if (!sameDimension(d, h)) continue;
      const score = bigramDice(a, around(higher, h));
      if (score > (owner.get(h)?.score ?? -1)) owner.set(h, { d, score });
    }
  }
  for (const d of mine) {
    const a = around(draft, d);
    let best: { h: Claim; score: number } | undefined;
    const scored: Array<{ h: Claim; score: number }> = [];
    for (const h of theirs) {
      if (h.role !== d.role || !!h.tiers !== !!d.tiers) continue;
      // 一级伤残 is compared with 一级伤残.
      if (d.qualifiers.length > 0 && h.qualifiers.length > 0 && d.qualifiers.join() !== h.qualifiers.join()) continue;
      if (!sameDimension(d, h)) continue;
      const score = bigramDice(a, around(higher, h));
      scored.push({ h, score });
      if (!best || score > best.score) best = { h, score };
    }
    // The only figure of its kind in the copy and in the provision answer each other, whatever words the copy drops between
    // (逾期不改正的，处…罚款 for 逾期不改正的，责令项目停工，并处…罚款).
    const onlyOfKind = scored.length === 1 && mine.filter((x) => sameDimension(x, best!.h)).length === 1;
    if (!best || (best.score < 0.35 && !onlyOfKind)) continue;
    // The same figure said about nearly the same words: unchanged. A provision that gives the same figure for one of its
    // cases (情节严重的…1000元以上5000元以下；情节特别严重的…5000元以上10000元以下) is followed for that case.
    const same = (x: { h: Claim }): boolean => x.h.quantity!.value === d.quantity!.value && x.h.quantity!.dim === d.quantity!.dim && x.h.upper === d.upper;
    const mineCase = draft.slice(breakBefore(draft, d.span.start, SENTENCE_BREAK), d.span.start).replace(LABEL, '');
    const mineWords = bigrams(mineCase);
    const caseShare = (x: Claim): number => {
      const theirs = bigrams(higher.slice(breakBefore(higher, x.span.start, CLAUSE_BREAK), x.span.start));
      return [...mineWords].filter((g) => theirs.has(g)).length;
    };
    // Of figures the provision gives its cases in like words (任免机关应当自接到申请之日起三十日内…，其中对领导成员…的申请，应当自
    // 接到申请之日起九十日内…), none of them the copy's, the one whose own words the copy's name (任免机关应当…) is the one it
    // changes: a figure's own words run from the figure before it in the sentence.
    const ownShare = (x: Claim): number => {
      const before = theirs.filter((t) => t.span.end <= x.span.start).map((t) => t.span.end);
      const theirWords = bigrams(higher.slice(Math.max(breakBefore(higher, x.span.start, SENTENCE_BREAK), ...before), x.span.start));
      return [...mineWords].filter((g) => theirWords.has(g)).length;
    };
    const named = scored.some(same)
      ? undefined
      : scored
          .filter((x) => x !== best && x.score >= best!.score - 0.1 && ownShare(x.h) >= ownShare(best!.h) + CASE_TOLD_APART)
          .sort((x, y) => ownShare(y.h) - ownShare(x.h))[0];
    if (named) best = named;
    const h = best.h;
    const other = owner.get(h);
    if (other && other.d !== d && other.d.quantity!.value === h.quantity!.value) continue;
    // A sentence of the law that gives each of its cases a figure (原系领导成员…的公务员在离职三年内，其他公务员在离职两年内): a copy
    // that keeps one case keeps that case's figure, told by the words from the copy's sentence start to the figure
    // (辞去公职的领导成员，在离职三年内 is the first case's, 辞去公职的其他公务员，在离职三年内 the second's changed).
    const sameFigure = scored.filter(same);
    if (sameFigure.some((x) => caseShare(x.h) >= caseShare(h) + CASE_TOLD_APART)) continue;
    const otherCase = sameFigure.length > 0 && sameFigure.every((x) => caseShare(h) >= caseShare(x.h) + CASE_TOLD_APART);
    if (!otherCase && sameFigure.some((x) => x.score >= best!.score - 0.1 || x.score >= 0.35)) continue;
    if (h.phrase === d.phrase) continue;
    // The copy keeps the provision's subject: judge as the law's own claim would be judged.
    // A copy of a provision the law counts in working days speaks of working days too (可以延长二十日 for 可以延长十日).
    const quantity =
      h.quantity!.dim === 'workday' && d.quantity!.dim === 'time' && d.quantity!.unit === 'day'
        ? { ...d.quantity!, dim: 'workday' as const, unit: null }
        : d.quantity;
    const verdict = judge({ ...d, quantity, primary: h.primary, actor: d.actor ?? h.actor, conditions: h.conditions, restricted: h.restricted }, h);
    if (verdict.ok) continue;
    out.push({ kind: 'figure', span: d.span, phrase: d.phrase, higherPhrase: h.phrase, verdict: verdict as Required<Verdict> });
  }
  out.push(...changedCaseFigures(draft, higher, out, options.caseLikeness));
  out.push(...reversedDeemedDecisions(draft, higher));
  // 不得 in the law, 可以 in the copy (or the reverse), before the same words.
  const theirModals = [...higher.matchAll(MODAL)].map((m) => ({ word: m[0], next: higher.slice(m.index! + m[0].length, m.index! + m[0].length + 8) }));
  const mineModals = [...draft.matchAll(MODAL)].map((m) => {
    const next = draft.slice(m.index! + m[0].length, m.index! + m[0].length + 8);
    return { m, next, match: theirModals.map((t) => ({ t, score: bigramDice(next, t.next) })).sort((x, y) => y.score - x.score)[0] };
  });
  for (const { m, next, match } of mineModals) {
    if (!match || match.score < 0.5) continue;
    // One modal of the law answers one of the copy: another sentence beside the copy (应当与…订立; 不得向…收取) is not its change.
    if (mineModals.some((o) => o.m !== m && o.match?.t === match.t && o.match.score > match.score)) continue;
    const law = match.t.word;
    const flipped =
      (FORBIDS.has(law) && (PERMITS.has(m[0]) || REQUIRES.has(m[0]))) ||
      (REQUIRES.has(law) && (FORBIDS.has(m[0]) || m[0] === '可以不' || m[0] === '无需' || m[0] === '不必'));
    if (!flipped) continue;
    out.push({
      kind: 'modality',
      span: { start: m.index!, end: m.index! + m[0].length + next.length },
      phrase: `${m[0]}${next}`,
      higherPhrase: `${law}${match.t.next}`,
      verdict: { ok: false, severity: 'error', why: FORBIDS.has(law) ? '上位法禁止' : '上位法规定为义务' },
    });
  }
  return out;
}

const FIGURES = /[0-9.]+%?|[零〇一二两三四五六七八九十百千万]+(?=个?(?:工作日|日|天|月|年|周|小时|倍|元|人|次))|百分之[零〇一二两三四五六七八九十百]+/gu;
const MODAL_WORDS = /不得|禁止|严禁|可以不|无需|不必|应当|必须|可以/gu;

/** Whether a copy changes any figure or modal word of what it copies (in either direction): then it adds something, and is no mere duplicate. */
export function copyChangesSomething(draft: string, higher: string): boolean {
  const a = wording(draft);
  const b = wording(higher);
  const figures = (s: string): string =>
    [...s.matchAll(FIGURES)]
      .map((m) => m[0])
      .sort()
      .join(',');
  const modals = (s: string): string => [...s.matchAll(MODAL_WORDS)].map((m) => m[0]).join(',');
  // Only the figures of the part that is copied count: a provision's other sentences may carry figures of their own.
  const mineF = figures(a);
  if (mineF && !b.includes(a) && [...a.matchAll(FIGURES)].some((m) => !b.includes(m[0]))) return true;
  const mineM = modals(a);
  return mineM !== '' && [...a.matchAll(MODAL_WORDS)].some((m) => !b.includes(`${m[0]}${a.slice(m.index! + m[0].length, m.index! + m[0].length + 4)}`));
}
