/**
 * Shared machinery for the content rules (content/*): find trigger phrases
 * from a data list in the body of a document, and judge the prose around
 * each hit — is it negated (不得…), a condition describing someone's conduct
 * (…的，), a citation of a higher law (《…法》), an application of law (依照…
 * 的规定处理)? The rules combine these judgements; the phrases themselves are
 * data in rules/data/*.yaml.
 */
import type { LegalDocument, Span } from '../document/model.js';
import { articleAt } from '../document/structure/locate.js';
import { matchOutline, matchUnit } from '../document/structure/markers.js';
import { clauseAround, insideBookTitle, insideQuotation, LAW_TITLE, sentenceAround, type Range } from '../zh/context.js';
import type { ListItem } from './term-data.js';
import { scannedBlocks, spanOf, type ScannedBlock } from './text-scan.js';

export type { ListItem };

export interface TriggerHit {
  block: ScannedBlock;
  /** Range of the match in the block's normalised text. */
  start: number;
  end: number;
  /** The list item that matched. */
  item: ListItem;
  /** Matched text (normalised). */
  text: string;
  groups: string[];
  sentence: Range;
  clause: Range;
}

const unions = new WeakMap<readonly ListItem[], RegExp | null>();

/**
 * One alternation of every item, to skip the blocks where none occurs; null
 * when an item could change meaning inside it (other flags than u; a
 * backreference or a named group counts groups across the alternatives) or
 * it does not compile.
 */
function anyOf(items: readonly ListItem[]): RegExp | null {
  let union = unions.get(items);
  if (union === undefined) {
    union = null;
    const plain = items.every((i) => i.re.flags.replace(/[gy]/g, '') === 'u' && !/\\[1-9]|\\k<|\(\?<[^=!]/.test(i.source));
    if (plain) {
      try {
        union = new RegExp(items.map((i) => `(?:${i.source})`).join('|') || '(?!)', 'u');
      } catch {
        union = null;
      }
    }
    unions.set(items, union);
  }
  return union;
}

/**
 * Every hit of a list's items in the body (from the first body block on,
 * header excluded). Overlapping hits: the longest leftmost one wins.
 */
export function findTriggers(doc: LegalDocument, items: readonly ListItem[], from: number = doc.bodyStart): TriggerHit[] {
  const out: TriggerHit[] = [];
  const any = anyOf(items);
  for (const block of scannedBlocks(doc)) {
    if (block.index < from || block.text === '') continue;
    // Most blocks hold no trigger at all: one pass of the union tells, instead of one per item.
    if (any && !any.test(block.text)) continue;
    // 编/章/节 headings name a subject (“第二节 查封、扣押”), they do not regulate.
    const unit = matchUnit(doc.source.blocks[block.index].label ?? block.text);
    if (unit && unit.kind !== 'article') continue;
    const found: Array<Omit<TriggerHit, 'sentence' | 'clause'>> = [];
    for (const item of items) {
      item.re.lastIndex = 0;
      for (let m = item.re.exec(block.text); m; m = item.re.exec(block.text)) {
        if (m[0].length === 0) {
          item.re.lastIndex++;
          continue;
        }
        found.push({ block, start: m.index, end: m.index + m[0].length, item, text: m[0], groups: [...m] });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let claimed = -1;
    for (const f of found) {
      if (f.start < claimed) continue;
      claimed = f.end;
      out.push({ ...f, sentence: sentenceAround(block.text, f.start, f.end), clause: clauseAround(block.text, f.start, f.end) });
    }
  }
  return out;
}

export const sentenceOf = (h: TriggerHit): string => h.block.text.slice(h.sentence.start, h.sentence.end);
export const clauseOf = (h: TriggerHit): string => h.block.text.slice(h.clause.start, h.clause.end);
/** Text of the clause before the hit. */
export const clauseBefore = (h: TriggerHit): string => h.block.text.slice(h.clause.start, h.start);
/** Text of the sentence before the hit. */
export const sentenceBefore = (h: TriggerHit): string => h.block.text.slice(h.sentence.start, h.start);

/** Prohibitions and removals that turn a trigger into its opposite: 不得收取, 严禁指定, 不再要求, 取消…证明. */
export const NEGATION = /(不得|不准|不应|不能|不可(?!抗力)|不予|不再|不要|不需|严禁|禁止|杜绝|防止|避免|纠正|清理|取消|停止|废止|一律不|无需|无须|毋须|免于|免予|免收|免除)/u;

/** An affirmative duty or permission after a prohibition ends its scope: “不再提供甲证明，须提供乙证明”. */
const AFFIRMATIVE = /(应当|应|须|需|必须|可以|可|由|并|但|另行)/u;

/**
 * Whether the hit is negated or removed: within its clause (“不得向劳动者收取押金”,
 * “不收取费用”); across the commas of its sentence while no affirmative duty
 * intervenes (“不得滥用行政权力，限定……”); or, for an item of a list, by the
 * lead-in (“不得实施下列行为：（一）限定为男性……”).
 */
export function isNegated(h: TriggerHit, doc?: LegalDocument): boolean {
  const before = clauseBefore(h);
  if (NEGATION.test(before) || /[不免无勿]$/u.test(before)) return true;
  const sentence = sentenceBefore(h);
  const negations = [...sentence.matchAll(new RegExp(NEGATION.source, 'gu'))];
  const last = negations.at(-1);
  if (last && !AFFIRMATIVE.test(sentence.slice(last.index + last[0].length).replace(/^[^，,]*[，,]/u, ''))) return true;
  return doc ? leadInNegated(doc, h.block) : false;
}

/** For a list item (（一）…), the lead-in paragraph above it; undefined for other blocks. */
export function leadInOf(doc: LegalDocument, block: ScannedBlock): ScannedBlock | undefined {
  const blocks = scannedBlocks(doc);
  const isItem = (b: ScannedBlock): boolean => {
    const src = doc.source.blocks[b.index];
    const o = src.label ? matchOutline(src.label.trim()) : matchOutline(b.text);
    return !!o && o.level >= 2;
  };
  if (!isItem(block)) return undefined;
  for (let i = block.index - 1; i >= Math.max(0, block.index - 30); i--) {
    if (!isItem(blocks[i])) return blocks[i];
  }
  return undefined;
}

function leadInNegated(doc: LegalDocument, block: ScannedBlock): boolean {
  const lead = leadInOf(doc, block);
  return !!lead && /[：:]$/u.test(lead.text) && NEGATION.test(lead.text);
}

/**
 * Whether the hit sits in a condition that describes someone's conduct
 * (“用人单位扣押劳动者身份证的，……”, an item “（二）收取押金的；”): the sanction,
 * if any, comes in another clause.
 */
export function isConditionClause(h: TriggerHit): boolean {
  const strip = (s: string): string => s.replace(/[。！？；!?;，,：:]$/u, '');
  // “A的，由……处理” (the clause) or an item “（二）A，B的；” (the rest of the sentence).
  return /的$/u.test(strip(clauseOf(h))) || /的$/u.test(strip(h.block.text.slice(h.start, h.sentence.end)));
}

/** Items under “有下列情形（行为）之一的，……：” describe conduct being sanctioned, like a “……的，” clause. */
export function isConductItem(h: TriggerHit, doc: LegalDocument): boolean {
  const lead = leadInOf(doc, h.block);
  return !!lead && /有下列(?:情形|行为|情况)之一的/u.test(lead.text);
}

/** Whether the hit's list item says it does not apply here (its `unless` pattern, on the sentence or a list item's lead-in). */
export function isUnless(h: TriggerHit, doc?: LegalDocument): boolean {
  if (!h.item.unless) return false;
  if (h.item.unless.test(sentenceOf(h))) return true;
  const lead = doc ? leadInOf(doc, h.block) : undefined;
  return !!lead && h.item.unless.test(lead.text);
}

/** Whether the sentence cites a law, regulation or rule by name (《…法》《…条例》…). */
export function citesLaw(h: TriggerHit): boolean {
  return LAW_TITLE.test(sentenceOf(h));
}

/** Whether the hit lies inside 《…》 or “…” (a title or a quotation, not the document's own words). */
export function isQuotedOrTitle(h: TriggerHit): boolean {
  return insideBookTitle(h.block.text, h.start) || insideQuotation(h.block.text, h.start);
}

/** The global span of a hit, for report(). */
export function hitSpan(h: TriggerHit, start: number = h.start, end: number = h.end): Span {
  return spanOf(h.block, start, end);
}

/** “本条” inside an article, else “文件”, for messages. */
export function provisionWord(doc: LegalDocument, offset: number): string {
  return articleAt(doc, offset) ? '本条' : '文件';
}

/** Any item of the list matches somewhere in the text. */
export function anyMatch(items: readonly ListItem[], text: string): ListItem | undefined {
  for (const item of items) {
    item.re.lastIndex = 0;
    if (item.re.test(text)) return item;
  }
  return undefined;
}

/** Option schema for a list of regular expressions (validated when the config is loaded). */
export { regexListOption } from './option-schemas.js';

/** Compile an option's regex list. */
export function compileAll(sources: readonly string[]): RegExp[] {
  return sources.map((s) => new RegExp(s, 'u'));
}

/** One finding per category and sentence: a sentence with “乙肝五项……乙肝病原携带者不予录用” is one problem. */
export function firstInSentence(): (h: TriggerHit, category: string) => boolean {
  const seen = new Set<string>();
  return (h, category) => {
    const key = `${h.block.index}:${h.sentence.start}:${category}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}
