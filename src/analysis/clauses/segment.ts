import { actorKindOf } from './roles.js';
import type { Range } from './types.js';

/**
 * Splitting legal prose into sentences (。；！？) and clauses (，：) without
 * cutting inside brackets, titles or quotations: （包括事实劳动关系，下同）,
 * 《关于…，…的通知》 and “一企一策，一事一议” stay whole.
 */

const OPEN: Record<string, string> = { '（': '）', '(': ')', '《': '》', '〈': '〉', '“': '”', '‘': '’', '「': '」', '〔': '〕', '【': '】', '[': ']' };
const CLOSERS = new Set(Object.values(OPEN));

// As code units: text[i] of a Chinese character makes a new string each time (one per character of every
// paragraph, for the collector to clear); charCodeAt makes none.
const codes = (chars: string[]): Set<number> => new Set(chars.map((c) => c.charCodeAt(0)));
const SENTENCE_END = codes(['。', '；', ';', '！', '!', '？', '?']);
const CLAUSE_END = codes(['，', ',', '：', ':']);

/** Closing code unit of each opening one (all bracket characters are single UTF-16 units). */
const CLOSE_OF = new Map([...Object.entries(OPEN)].map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));

/**
 * Depth of bracket nesting at each index; only pairs that close count (an
 * unmatched opener swallows nothing). Runs for every paragraph of every
 * document (a tenth of a library audit's time before it compared code units
 * instead of one-character strings), hence the two parallel stacks.
 */
export function bracketDepths(text: string): Uint8Array {
  const out = new Uint8Array(text.length + 1);
  const delta = new Int32Array(text.length + 1);
  const closes: number[] = [];
  const opens: number[] = [];
  let paired = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = closes.length - 1;
    if (top >= 0 && c === closes[top]) {
      closes.pop();
      delta[opens.pop()! + 1]++;
      delta[i]--;
      paired = true;
      continue;
    }
    const close = CLOSE_OF.get(c);
    if (close !== undefined) {
      closes.push(close);
      opens.push(i);
    } else if (top >= 0 && CLOSER_CODES.has(c)) {
      // A closer for an opener further down: the openers above it were never closed.
      let k = top;
      while (k >= 0 && closes[k] !== c) k--;
      if (k >= 0) {
        delta[opens[k] + 1]++;
        delta[i]--;
        closes.length = k;
        opens.length = k;
        paired = true;
      }
    }
  }
  if (!paired) return out;
  let d = 0;
  for (let i = 0; i <= text.length; i++) {
    d += delta[i];
    out[i] = Math.max(0, Math.min(255, d));
  }
  return out;
}

function split(text: string, from: number, to: number, ends: Set<number>, depth: Uint8Array): Range[] {
  const out: Range[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (depth[i] === 0 && ends.has(text.charCodeAt(i))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (to > start) out.push({ start, end: to });
  return out.filter((r) => text.slice(r.start, r.end).trim() !== '');
}

let lastText = '';
let lastDepths: Uint8Array = new Uint8Array(1);
/** Bracket depths of a paragraph, kept for the paragraph being split (its sentences and clauses ask in turn). */
function depthsOf(text: string): Uint8Array {
  if (text !== lastText) {
    lastDepths = bracketDepths(text);
    lastText = text;
  }
  return lastDepths;
}

/** Sentences of text[from, to): ranges without their closing mark. */
export function sentencesOf(text: string, from = 0, to = text.length): Range[] {
  return split(text, from, to, SENTENCE_END, depthsOf(text));
}

/**
 * A condition run on into its duty without a comma (符合条件的应当予以办理; in a PDF whose line broke after the
 * comma, the comma can be missing from the text layer altogether): 的 right before a modal, or before 由 and the
 * administration that acts on it (未建立职工名册的由人力资源社会保障行政部门责令…), ends a clause.
 */
const CONDITION_RUN_ON = /的(?=应当|必须|不得|可以|均应|一律|由[^，。；]{1,24}?(?:部门|机关|机构|委员会|人民政府))/gu;

/** Clauses of one sentence: ranges without their separating comma or colon. */
export function clausesOf(text: string, sentence: Range): Range[] {
  const depth = depthsOf(text);
  const out: Range[] = [];
  for (const clause of split(text, sentence.start, sentence.end, CLAUSE_END, depth)) {
    let start = clause.start;
    CONDITION_RUN_ON.lastIndex = start;
    const body = text.slice(0, clause.end);
    for (let m = CONDITION_RUN_ON.exec(body); m; m = CONDITION_RUN_ON.exec(body)) {
      // Outside brackets, and not after a mere name (本单位的应当…: a possessive, not a condition).
      if (depth[m.index] !== 0 || m.index - start < 3 || actorKindOf(text.slice(start, m.index)) !== null) continue;
      out.push({ start, end: m.index + 1 });
      start = m.index + 1;
    }
    out.push({ start, end: clause.end });
  }
  return out;
}

/**
 * Ranges of text inside 《》 titles and “” quotations: the words of others,
 * not the document's own. A short term in quotation marks (“一企一策”) is a
 * name the document uses, not a quotation.
 */
export function quotedRanges(text: string): Range[] {
  const out: Range[] = [];
  const pairs: Array<[string, string]> = [
    ['《', '》'],
    ['“', '”'],
    ['「', '」'],
    ['‘', '’'],
  ];
  for (const [openChar, closeChar] of pairs) {
    const open = openChar.charCodeAt(0);
    const close = closeChar.charCodeAt(0);
    if (!text.includes(openChar)) continue;
    let depth = 0;
    let start = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === open) {
        if (depth === 0) start = i;
        depth++;
      } else if (c === close && depth > 0) {
        depth--;
        if (depth === 0 && (openChar === '《' || i - start - 1 > 8)) out.push({ start, end: i + 1 });
      }
    }
  }
  return out;
}

export function inside(ranges: readonly Range[], at: number): boolean {
  return ranges.some((r) => r.start <= at && at < r.end);
}
