import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../../zh/numerals.js';

/**
 * References a document makes to its own provisions: 本办法第十二条第二款,
 * 本条第三款, 前款第（二）项, 前两款. References to other instruments
 * (《…》第X条) start with a title, not with 本…, and are not found here.
 */

export type ReferenceAnchor =
  /** 本办法 / 本规定 / 本细则 / 本条例 …: the instrument that holds the reference. */
  | 'instrument'
  /** 本条: the article that holds the reference. */
  | 'this-article'
  /** 本款: the clause that holds the reference. */
  | 'this-clause'
  /** 前款 / 前两款: the clause(s) before the one that holds the reference. */
  | 'previous-clauses';

export interface ReferenceTarget {
  article?: number;
  clause?: number;
  item?: number;
  /** Offsets of the target's words (第十二条第二款) in the searched string. */
  start: number;
  end: number;
}

export interface InternalReference {
  anchor: ReferenceAnchor;
  /** The anchor word as written: 本办法, 本条, 前款, 前两款. */
  word: string;
  /** For 前款 1, 前两款 2, 前三款 3. */
  clausesBack?: number;
  start: number;
  end: number;
  text: string;
  targets: ReferenceTarget[];
}

const NUM = `[${CHINESE_NUMERAL_CHARS}0-9０-９]+`;
// 本款项 / 提前款项 are sums of money, not clauses.
const ANCHOR_RE = /本(?:实施办法|实施细则|办法|规定|细则|条例|规则|规程|决定|法)|本条|本款(?!项)|(?<!提)前([两二三四])?款(?!项)/gu;
const TOKEN_RE = new RegExp(
  `第[ \\u3000]*(?:(${NUM})[ \\u3000]*([条款章节编])|[（(][ \\u3000]*(${NUM})[ \\u3000]*[）)][ \\u3000]*项|(${NUM})[ \\u3000]*项)`,
  'uy',
);
const SEPARATOR_RE = /(?:、|和|或者|或|及|以及|至|到|、以及)/uy;

export function findInternalReferences(text: string): InternalReference[] {
  const out: InternalReference[] = [];
  for (const m of text.matchAll(ANCHOR_RE)) {
    const word = m[0];
    const anchor: ReferenceAnchor =
      word === '本条' ? 'this-article' : word === '本款' ? 'this-clause' : word.startsWith('前') ? 'previous-clauses' : 'instrument';
    // "本条例" is an instrument, not 本条 + 例: the alternation tries the longer words first.
    const start = m.index!;
    let pos = start + word.length;
    const targets: ReferenceTarget[] = [];
    let article: number | undefined;
    let clause: number | undefined;
    let adjacent = true; // no separator since the last token: the token refines the last target
    for (;;) {
      TOKEN_RE.lastIndex = pos;
      const t = TOKEN_RE.exec(text);
      if (!t) {
        if (targets.length === 0) break;
        SEPARATOR_RE.lastIndex = pos;
        const sep = SEPARATOR_RE.exec(text);
        if (!sep) break;
        TOKEN_RE.lastIndex = pos + sep[0].length;
        if (!TOKEN_RE.test(text)) break;
        pos += sep[0].length;
        adjacent = false;
        continue;
      }
      const unit = t[2] ?? '项';
      const n = parseChineseNumber(t[1] ?? t[3] ?? t[4]);
      if (n === undefined || unit === '章' || unit === '节' || unit === '编') break;
      const last = targets.at(-1);
      const span = { start: t.index, end: t.index + t[0].length };
      if (unit === '条') {
        if (anchor !== 'instrument') break; // 本条第三条 is not a phrase
        article = n;
        clause = undefined;
        targets.push({ article: n, ...span });
      } else if (unit === '款') {
        if (anchor === 'this-clause' || anchor === 'previous-clauses') break;
        if (anchor === 'instrument' && article === undefined) break;
        clause = n;
        if (adjacent && last && last.clause === undefined && last.item === undefined) Object.assign(last, { clause: n, end: span.end });
        else targets.push({ article, clause: n, ...span });
      } else {
        if (anchor === 'instrument' && article === undefined) break;
        if (adjacent && last && last.item === undefined) Object.assign(last, { item: n, end: span.end });
        else targets.push({ article, clause, item: n, ...span });
      }
      pos = span.end;
      adjacent = true;
    }
    const back = m[1] ? (parseChineseNumber(m[1]) ?? 1) : 1;
    if (anchor === 'previous-clauses') {
      // 前款 alone refers to the clause before; 前款第（二）项 to an item of it.
      out.push({ anchor, word, clausesBack: back, start, end: pos, text: text.slice(start, pos), targets });
    } else if (targets.length > 0) {
      out.push({ anchor, word, start, end: pos, text: text.slice(start, pos), targets });
    }
  }
  return out;
}
