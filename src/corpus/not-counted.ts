/**
 * Days the law keeps out of another count, counted into it by a draft. The law says what is not counted in what (职工
 * 依法享受的探亲假、婚丧假、产假等国家规定的假期…不计入年休假假期; 国家法定休假日、休息日不计入年休假的假期; 鉴定所用时间不计入
 * 行政复议审理期限); a draft that counts the same thing into the same count (探亲假天数计入当年带薪年休假天数; 婚假可以折抵
 * 年休假) takes from the person what the law leaves them. So does the reverse: what the law counts in (服现役年限视同失业保险缴费
 * 年限; 试用期间，可以计算为工作年限) kept out by a draft (服现役年限不计为失业保险缴费时间). Matched by the core nouns of both
 * sides: what is counted (探亲假) and what it is counted into (年休假), not by the rest of the wording.
 */

import { ARTICLE_LABEL } from './text.js';

export interface CountStatement {
  /** The core nouns of what is counted (探亲假, 婚丧假, 国家法定休假日). */
  items: string[];
  /** The core noun of what it is counted into (年休假, 行政复议审理期限). */
  into: string;
  start: number;
  end: number;
  phrase: string;
}

const NOT_COUNTED = /([^，。；：:]{2,80}?)不(?:计入|计算在|算入)([^，。；]{2,24}?)(?:之?内)?(?=[，。；;]|$)/gu;
const COUNTED = /([^，。；：:]{0,40}?)(?:计入|计算在|算入|折抵|抵扣|冲抵|抵顶|抵减|抵充)(?:其)?([^，。；]{2,24}?)(?:之?内)?(?=[，。；;]|$)/gu;
/** What the law counts into another count (服现役年限视同失业保险缴费年限; 试用期间，可以计算为工作年限). */
const LAW_COUNTS = /([^，。；：:]{2,80}?)(?:视同|计算为|计为)([^，。；]{2,24}?)(?=[，。；;]|$)/gu;
/** What the law says a sum is made of (经济补偿的月工资按照劳动者应得工资计算，包括计时工资或者计件工资以及奖金、津贴和补贴等). */
const LAW_INCLUDES = /([^，。；：:]{2,40}?)(?:按照?[^，。；]{0,16}?计算)?[，,]?包括([^。；：:]{2,60}?)(?=[。；;]|$)/gu;
/** What a draft keeps out of a count (服现役年限不计为失业保险缴费时间; 试用期间不计算为工作年限). */
const DRAFT_EXCLUDES = /([^，。；：:]{2,80}?)不(?:计为|计算为|视同|计入|算入|计算在)([^，。；]{2,24}?)(?:之?内)?(?=[，。；;]|$)/gu;
const BANNED = /不得|不予|禁止|严禁|不能|不应/u;
/** A negation or a case just before the verb: 不计入, 不得抵扣, 未计入, 无需折抵. */
const NEGATED_BEFORE = /(?:不|不得|不予|不再|未|无需|无须|不能|不应)(?:再|另行|予以)?$/u;
/** Words that name no thing of their own, only how it is counted or whose it is. */
const FILLER = /(?:职工|劳动者|工作人员|本人|依法|享受的?|国家规定的?|国家(?=法定)|按照规定|当年|带薪|的|所用|相应|其|可以|应当|一律|均|直接|予以|合并)/gu;
/** How long or how much of it (探亲假天数, 病假期间): the thing is the noun before. */
const MEASURE_TAIL = /(?:天数|期间|时间|日数|假期|待遇|年限)$/u;

/** Words too general to be the thing counted (产假等国家规定的假期: the 假期 only sums up the list). */
const GENERIC = new Set(['假期', '时间', '期间', '期限', '天数']);

function core(text: string): string {
  const t = text.replace(FILLER, '');
  return t.replace(MEASURE_TAIL, '') || t;
}

function itemsOf(text: string): string[] {
  return text
    .split(/、|以及|及|和|与|或者|或|等/u)
    .map((t) => core(t.replace(/^.*?的(?=[^的]{2,}$)/u, '')))
    .filter((t) => t.length >= 2 && !GENERIC.has(t));
}

function statements(text: string, re: RegExp, negatedOk: boolean): CountStatement[] {
  const out: CountStatement[] = [];
  for (const m of text.matchAll(re)) {
    // No subject before the verb (年休假期间遇法定休假日的，计入年休假天数): the case before the comma names it.
    // 试用期间，可以计算为工作年限: only filler before the verb; the thing counted is the clause before.
    const head = text.slice(0, m.index! + m[1].length);
    const subject =
      m[1].replace(FILLER, '').trim().length >= 2 ? m[1] : (/([^，。；：:]{2,40})[，,]\s*$/u.exec(head.slice(0, head.search(/[，,][^，,]*$/u) + 1))?.[1] ?? '');
    // 不得以…为由折抵: a ban on counting, its word anywhere before the verb (…期间，不计入: the verb's own 不, after the comma).
    if (!negatedOk && (NEGATED_BEFORE.test(subject) || BANNED.test(subject) || NEGATED_BEFORE.test(m[1]) || BANNED.test(m[1]))) continue;
    const items = itemsOf(subject.replace(NEGATED_BEFORE, ''));
    // 工作年限 is not 工作: a count whose core is a bare word keeps its measure.
    const into = core(m[2]).length >= 3 ? core(m[2]) : m[2].replace(FILLER, '');
    if (items.length === 0 || into.length < 2) continue;
    // The article's own label (第三条　) is no part of what is counted.
    const label = ARTICLE_LABEL.exec(m[0])?.[0].length ?? 0;
    out.push({ items, into, start: m.index! + label, end: m.index! + m[0].length, phrase: m[0].slice(label) });
  }
  return out;
}

/** What a provision of the law keeps out of a count. */
export function notCountedIn(text: string): CountStatement[] {
  return statements(text, NOT_COUNTED, true);
}

/** 在当年应休年休假天数中相应扣减探亲假天数: what is taken out of a count, the count first. */
const DEDUCTED_FROM = /在([^，。；：:]{2,24}?)中(?:相应)?(?:扣减|扣除|冲减|抵扣|抵减|折抵)([^，。；]{2,24}?)(?=[，。；;]|$)/gu;

/** What a draft paragraph counts into something (计入, 折抵, 抵扣; 在…中扣减…), not negated. */
export function countedIn(text: string): CountStatement[] {
  const out = statements(text, COUNTED, false);
  for (const m of text.matchAll(DEDUCTED_FROM)) {
    if (NEGATED_BEFORE.test(text.slice(0, m.index)) || BANNED.test(m[0])) continue;
    const items = itemsOf(m[2]);
    const into = core(m[1]).length >= 3 ? core(m[1]) : m[1].replace(FILLER, '');
    if (items.length === 0 || into.length < 2) continue;
    out.push({ items, into, start: m.index!, end: m.index! + m[0].length, phrase: m[0] });
  }
  return out;
}

/** What a provision of the law counts into another count (视同, 计算为). */
export function countedByLaw(text: string): CountStatement[] {
  return statements(text, LAW_COUNTS, false);
}

/** What a provision of the law says a sum includes, read as counted into it: the sum is the last noun of the subject (月工资). */
export function includedByLaw(text: string): CountStatement[] {
  const out: CountStatement[] = [];
  for (const m of text.matchAll(LAW_INCLUDES)) {
    if (BANNED.test(m[1]) || /不包括/u.test(m[0])) continue;
    const into = core(m[1].replace(/^.*的(?=[^的]{2,}$)/u, ''));
    const items = itemsOf(m[2].replace(/等[^、，。；]{0,8}$/u, ''));
    if (items.length === 0 || into.length < 2) continue;
    out.push({ items, into, start: m.index!, end: m.index! + m[0].length, phrase: m[0] });
  }
  return out;
}

/** What a draft paragraph keeps out of a count the law may count it into (不计为, 不计算为, 不视同). */
export function excludedByDraft(text: string): CountStatement[] {
  return statements(text, DRAFT_EXCLUDES, true);
}

/** Whether two names are of one thing: a short one's characters in order in the other (婚假 in 婚丧假), or four in a row shared (停工留薪). */
function sameThing(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short)) return true;
  if (short.length <= 3) {
    let k = 0;
    for (const ch of long) if (ch === short[k]) k++;
    return k === short.length;
  }
  for (let i = 0; i + 4 <= short.length; i++) if (long.includes(short.slice(i, i + 4))) return true;
  return false;
}

/**
 * Whether a draft's statement and the law's are about the same thing in the same count (what the law keeps out and the draft
 * counts in, or the other way round). A count the draft names more loosely than the law (审理期限 for 行政复议审理期限) is the
 * law's only where the draft's paragraph names the law's.
 */
export function sameCount(draft: CountStatement, law: CountStatement, paragraph: string): boolean {
  const sameInto = draft.into.includes(law.into) || (law.into.includes(draft.into) && paragraph.includes(law.into));
  return sameInto && draft.items.some((d) => law.items.some((l) => sameThing(d, l)));
}
