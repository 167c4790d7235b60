import { describe, expect, it } from 'vitest';
import { bracketDepths, clausesOf, quotedRanges, sentencesOf } from '../../src/analysis/clauses/segment.js';

/** The first implementation, kept as the specification: one-character strings, an object of openers, a stack of pairs. */
const OPEN: Record<string, string> = { '（': '）', '(': ')', '《': '》', '〈': '〉', '“': '”', '‘': '’', '「': '」', '〔': '〕', '【': '】', '[': ']' };
const CLOSERS = new Set(Object.values(OPEN));
function reference(text: string): Uint8Array {
  const delta = new Int32Array(text.length + 1);
  const stack: Array<{ close: string; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (top && c === top.close) {
      stack.pop();
      delta[top.at + 1]++;
      delta[i]--;
    } else if (c in OPEN) {
      stack.push({ close: OPEN[c], at: i });
    } else if (CLOSERS.has(c)) {
      let k = stack.length - 1;
      while (k >= 0 && stack[k].close !== c) k--;
      if (k >= 0) {
        const open = stack[k];
        stack.length = k;
        delta[open.at + 1]++;
        delta[i]--;
      }
    }
  }
  const out = new Uint8Array(text.length + 1);
  let d = 0;
  for (let i = 0; i <= text.length; i++) {
    d += delta[i];
    out[i] = Math.max(0, Math.min(255, d));
  }
  return out;
}

/** The first quotedRanges, likewise. */
function referenceQuoted(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const [open, close] of [
    ['《', '》'],
    ['“', '”'],
    ['「', '」'],
    ['‘', '’'],
  ]) {
    let depth = 0;
    let start = -1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) {
        if (depth === 0) start = i;
        depth++;
      } else if (text[i] === close && depth > 0) {
        depth--;
        if (depth === 0 && (open === '《' || i - start - 1 > 8)) out.push({ start, end: i + 1 });
      }
    }
  }
  return out;
}

describe('bracket depths', () => {
  it('equal the first implementation on random text of brackets, quotes, punctuation, CJK and astral characters', () => {
    const alphabet = [...'（）()《》〈〉“”‘’「」〔〕【】[]，。；：甲乙𠮷a ', ...'甲乙丙丁戊己庚辛壬癸'];
    let seed = 20261204;
    const rand = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    for (let run = 0; run < 3000; run++) {
      const text = Array.from({ length: rand(60) }, () => alphabet[rand(alphabet.length)]).join('');
      expect([...bracketDepths(text)], text).toEqual([...reference(text)]);
      expect(quotedRanges(text), text).toEqual(referenceQuoted(text));
    }
  });

  it('keep brackets, titles and quotations whole when splitting', () => {
    const text = '劳动者（包括事实劳动关系，下同）依照《关于做好就业工作，促进创业的通知》执行；实行“一企一策，一事一议”。';
    expect(sentencesOf(text).map((r) => text.slice(r.start, r.end))).toEqual([
      '劳动者（包括事实劳动关系，下同）依照《关于做好就业工作，促进创业的通知》执行',
      '实行“一企一策，一事一议”',
    ]);
    const [, second] = sentencesOf(text);
    expect(clausesOf(text, second).map((r) => text.slice(r.start, r.end))).toEqual(['实行“一企一策，一事一议”']);
    // An opener that never closes swallows nothing.
    const open = '依照《通知，执行；另行规定';
    expect(sentencesOf(open).map((r) => open.slice(r.start, r.end))).toEqual(['依照《通知，执行', '另行规定']);
  });
});
