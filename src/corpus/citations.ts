import type { LegalDocument, Span } from '../document/model.js';
import { parseChineseNumber } from '../zh/numerals.js';
import { titleKey } from './titles.js';

/**
 * Citations of laws and documents: every 《…》 with the 第X条/款/项 that
 * follow it, the 发文字号 written after it in brackets, titles quoted inside
 * it (《关于印发〈…〉的通知》), and whether it is cited as history (原《…》,
 * 《…》废止后) rather than as law in force.
 */

export interface CitedArticle {
  article: number;
  clause?: number;
  item?: number;
  /** As written, e.g. "第四十六条第一款". */
  text: string;
  span: Span;
  /** The second end of a range 第十条至第十五条. */
  rangeEnd?: boolean;
}

export interface NestedTitle {
  title: string;
  key: string;
  span: Span;
}

export interface Citation {
  /** The text inside the outermost 《》, as written. */
  title: string;
  key: string;
  /** 《…》 including the brackets. */
  span: Span;
  /** Titles quoted inside this one. */
  nested: NestedTitle[];
  /** 发文字号 or 令号 written in brackets right after the title. */
  documentNumber?: { text: string; span: Span };
  articles: CitedArticle[];
  /** Mentioned as history (原《…》, 已废止的《…》, 《…》同时废止, 《…》废止后), not relied on. */
  historical: boolean;
  /** Part of a run of titles: 《劳动法》《劳动合同法》等. */
  listed: boolean;
  /** The document's own title or the title of what it issues (关于印发《X》的通知 → X). */
  self: boolean;
}

const OPEN = new Set(['《', '〈']);
const CLOSE: Record<string, string> = { '》': '《', '〉': '〈' };
const MAX_TITLE = 160;

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
// Text from PDFs of justified lines carries spaces between characters (第 十四 条); a line break may even
// fall inside a reference (第十四条第 / （八）项), so a clause or item may follow on the next line.
const S = '[ \\u3000]*';
const ARTICLE_RE = new RegExp(`第${S}(${NUM})${S}条(?:${S}之${S}(${NUM}))?`, 'uy');
const CLAUSE_RE = new RegExp(`\\s*第${S}(${NUM})${S}款`, 'uy');
const ITEM_RE = new RegExp(`\\s*(?:第\\s*)?[（(]${S}(${NUM})${S}[）)]${S}项|\\s*第${S}(${NUM})${S}项`, 'uy');
const SEPARATOR_RE = /[ \u3000]*(、|，|,|和|及|以及|或者|或|至|到|—|－|-)[ \u3000]*/uy;
const SPACE_RE = /[ \u3000]*/uy;
const NUMBER_RE =
  /[（(][ \u3000]*([^（）()\n]{0,40}?(?:〔|\[|［|【|﹝|〘)[0-9０-９]{4}(?:〕|\]|］|】|﹞|〙)[^（）()\n]{0,8}?号|[^（）()\n]{0,30}?令第?[零〇一二三四五六七八九十百千0-9０-９]+号)[ \u3000]*[）)]/uy;

const HISTORY_BEFORE = /(原|已废止的|已经废止的|已失效的|废止的|被废止的|同时废止|予以废止|废止|宣布失效|停止执行)[ \u3000]*$/u;
const HISTORY_AFTER =
  /^[ \u3000]*(?:[（(](?:已废止|已失效|已修订|已修改|现已废止|已被废止)[^）)]{0,20}[）)]|(?:[（(][^）)\n]{0,30}[）)])?[ \u3000]*(?:同时|已|已经|予以|即行|随之|被|亦|一并|相应)?[ \u3000]*(?:废止|失效|停止执行|不再执行|作废|不再施行)|(?:已|已经|现已)(?:于[^，。；\n]{1,16}?)?(?:被[^，。；\n]{1,40}?)?(?:废止|失效))/u;

/** The cited text's rules on a matter said to have ceased (…》中有关退休年龄的规定，自2025年1月1日起不再施行), after any further titles. */
const CEASED_AFTER =
  /^[ \u3000]*(?:《[^》\n]{1,80}》[、和及]?)*中[^。；\n]{0,30}?规定[，,]?[ \u3000]*(?:已|已经|现已)?(?:自[^，。；\n]{1,16}?起|于[^，。；\n]{1,16}?)?[ \u3000]*(?:不再施行|不再执行|废止|失效|停止执行|不再适用)/u;

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : parseChineseNumber(s);
}

/** Parse 第X条第Y款第（Z）项、第…条至第…条 starting at `at`. */
function parseArticles(text: string, at: number, base: number): { refs: CitedArticle[]; end: number } {
  const refs: CitedArticle[] = [];
  let pos = at;
  let lastArticle: number | undefined;
  let range = false;
  for (;;) {
    const start = pos;
    let article: number | undefined;
    let clause: number | undefined;
    let item: number | undefined;
    let m = matchAt(ARTICLE_RE, text, pos);
    if (m) {
      article = num(m[1]);
      pos += m[0].length;
    }
    m = matchAt(CLAUSE_RE, text, pos);
    if (m) {
      clause = num(m[1]);
      pos += m[0].length;
    }
    m = matchAt(ITEM_RE, text, pos);
    if (m) {
      item = num(m[1] ?? m[2]);
      pos += m[0].length;
    }
    if (article === undefined) {
      // 第X条第一款、第二款: a clause or item alone continues the previous article.
      if (lastArticle === undefined || (clause === undefined && item === undefined)) {
        pos = start;
        break;
      }
      article = lastArticle;
    }
    if (article === undefined || article <= 0) {
      pos = start;
      break;
    }
    refs.push({
      article,
      ...(clause ? { clause } : {}),
      ...(item ? { item } : {}),
      text: text.slice(start, pos),
      span: { start: base + start, end: base + pos },
      ...(range ? { rangeEnd: true } : {}),
    });
    lastArticle = article;
    const sep = matchAt(SEPARATOR_RE, text, pos);
    if (!sep) break;
    const next = pos + sep[0].length;
    if (!matchAt(ARTICLE_RE, text, next) && !matchAt(CLAUSE_RE, text, next) && !matchAt(ITEM_RE, text, next)) break;
    range = sep[1] === '至' || sep[1] === '到' || sep[1] === '—' || sep[1] === '－' || sep[1] === '-';
    pos = next;
  }
  return { refs, end: pos };
}

/** Every 《…》 citation in a string; offsets are shifted by `base`. */
export function findCitations(text: string, base = 0): Citation[] {
  const out: Citation[] = [];
  // Nothing opens before the first 《 (〈 counts only inside one): most sentences a rule asks about cite nothing.
  const first = text.indexOf('《');
  if (first < 0) return out;
  const stack: Array<{ char: string; at: number; nested: NestedTitle[] }> = [];
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Only line breaks and the four brackets matter (every other code unit is skipped without a lookup).
    if (code !== 10 && (code < 0x3008 || code > 0x300b)) continue;
    const c = text[i];
    if (c === '\n') {
      stack.length = 0;
      continue;
    }
    if (OPEN.has(c)) {
      // 〈 only counts inside a 《》.
      if (c === '〈' && stack.length === 0) continue;
      stack.push({ char: c, at: i, nested: [] });
      continue;
    }
    const opener = CLOSE[c];
    if (!opener || stack.length === 0) continue;
    // Close the innermost matching opener; unmatched closers are ignored.
    let k = stack.length - 1;
    while (k >= 0 && stack[k].char !== opener) k--;
    if (k < 0) continue;
    const open = stack[k];
    stack.length = k;
    if (i - open.at - 1 > MAX_TITLE || i - open.at - 1 < 1) continue;
    const title = text.slice(open.at + 1, i);
    if (stack.length > 0) {
      stack.at(-1)!.nested.push({ title, key: titleKey(title), span: { start: base + open.at, end: base + i + 1 } }, ...open.nested);
      continue;
    }
    out.push(finish(text, base, open.at, i + 1, title, open.nested));
  }
  // 《A》《B》等 / 《A》、《B》和《C》: a run of titles.
  for (let j = 1; j < out.length; j++) {
    const between = text.slice(out[j - 1].span.end - base, out[j].span.start - base);
    if (/^[ \u3000、，,和及与以及]*$/u.test(between) && out[j - 1].articles.length === 0 && !out[j - 1].documentNumber) {
      out[j - 1].listed = true;
      out[j].listed = true;
    }
  }
  return out;
}

const SENTENCE_BREAK = /[。；！？\n]/u;
const BASIS_WORD = /(根据|依据|依照|按照|遵照)/u;

/**
 * Whether a title is one of those a repeal clause names: the sentence ends in
 * 废止 / 失效 (…《甲》，…《乙》同时废止), and the title is not the ground it
 * is done on (根据《丙》，…予以废止). Such a title is history, not law cited.
 */
function inRepealClause(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !SENTENCE_BREAK.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_BREAK.test(text[to])) to++;
  const tail = text.slice(end, to);
  if (!/(?:同时|予以|一并|即行|随之|相应)?[ \u3000]*(?:废止|失效|停止执行|不再执行|不再施行|不再适用)[ \u3000]*$/u.test(tail)) return false;
  return !BASIS_WORD.test(text.slice(from, start)) && !BASIS_WORD.test(tail);
}

function finish(text: string, base: number, start: number, end: number, title: string, nested: NestedTitle[]): Citation {
  let pos = end;
  let documentNumber: Citation['documentNumber'];
  const n = matchAt(NUMBER_RE, text, pos);
  if (n) {
    const inner = n[0].replace(/^[（(][ \u3000]*|[ \u3000]*[）)]$/gu, '');
    const at = pos + n[0].indexOf(inner);
    documentNumber = { text: inner, span: { start: base + at, end: base + at + inner.length } };
    pos += n[0].length;
  }
  const sp = matchAt(SPACE_RE, text, pos);
  const { refs } = parseArticles(text, pos + (sp ? sp[0].length : 0), base);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 12), start);
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, lineEnd < 0 ? Math.min(text.length, end + 60) : Math.min(lineEnd, end + 60));
  const historical =
    HISTORY_BEFORE.test(before) ||
    HISTORY_AFTER.test(after) ||
    CEASED_AFTER.test(after) ||
    /^[ \u3000]*废止后/u.test(after) ||
    inRepealClause(text, start, end);
  return {
    title,
    key: titleKey(title),
    span: { start: base + start, end: base + end },
    nested,
    ...(documentNumber ? { documentNumber } : {}),
    articles: refs,
    historical,
    listed: false,
    self: false,
  };
}

/** Titles the document gives itself: its title, what it issues (印发《X》), level-1 headings of attached instruments. */
export function selfTitleKeys(doc: LegalDocument): Set<string> {
  const keys = new Set<string>();
  const title = doc.header.title?.text;
  if (title) {
    keys.add(titleKey(title));
    for (const c of findCitations(title)) {
      keys.add(c.key);
      for (const n of c.nested) keys.add(n.key);
    }
  }
  for (const b of doc.source.blocks) {
    if (b.style.headingLevel === 1 || /title|标题/i.test(b.style.name ?? '')) keys.add(titleKey(b.text));
  }
  for (const m of doc.text.matchAll(/(?:印发|现将|制定了|修订了|制定的|发布)[ \u3000]*《([^》\n]{2,80})》/gu)) keys.add(titleKey(m[1]));
  return keys;
}

const citationsByDocument = new WeakMap<LegalDocument, readonly Citation[]>();

/**
 * The citations of a document's text, with its own titles marked `self`.
 * Several rules ask for them: they are found once per document.
 */
export function documentCitations(doc: LegalDocument): readonly Citation[] {
  let found = citationsByDocument.get(doc);
  if (!found) {
    const self = selfTitleKeys(doc);
    found = Object.freeze(findCitations(doc.text).map((c) => (self.has(c.key) ? { ...c, self: true } : c)));
    citationsByDocument.set(doc, found);
  }
  return found;
}
