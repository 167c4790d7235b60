import type { FormatCharacterRun, LegalDocument, Span } from '../../src/document/model.js';
import { BIDI_CONTROL } from '../../src/document/visible-text.js';
import { defineRule } from '../../src/engine/rule.js';
import { spanInBlock } from '../../src/rule-support/span.js';

/**
 * Bidirectional controls change the order in which text is displayed: after
 * U+202E (RLO) "款罚元0002以处" is shown as "处以2000元罚款". The structure pass
 * has already taken them out of the text the rules read (src/document/
 * visible-text.ts); this rule reads where they were and reports them, since
 * the text a reader sees and the text the file holds must be the same.
 */

const NAMES: Record<string, string> = {
  '\u202a': 'U+202A（LRE，从左向右嵌入）',
  '\u202b': 'U+202B（RLE，从右向左嵌入）',
  '\u202c': 'U+202C（PDF，结束嵌入或强制）',
  '\u202d': 'U+202D（LRO，强制从左向右）',
  '\u202e': 'U+202E（RLO，强制从右向左）',
  '\u2066': 'U+2066（LRI，从左向右隔离）',
  '\u2067': 'U+2067（RLI，从右向左隔离）',
  '\u2068': 'U+2068（FSI，首字符方向隔离）',
  '\u2069': 'U+2069（PDI，结束隔离）',
  '\u200e': 'U+200E（LRM，从左向右标记）',
  '\u200f': 'U+200F（RLM，从右向左标记）',
  '\u061c': 'U+061C（ALM，阿拉伯字母标记）',
};

const MARKS = new Set(['\u200e', '\u200f', '\u061c']);
const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);

/** Brackets that a right-to-left override displays mirrored. */
const MIRROR: Record<string, string> = {
  '（': '）',
  '）': '（',
  '(': ')',
  ')': '(',
  '《': '》',
  '》': '《',
  '〈': '〉',
  '〉': '〈',
  '〔': '〕',
  '〕': '〔',
  '【': '】',
  '】': '【',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
};

interface Control {
  char: string;
  /** Offset in the block's visible text. */
  at: number;
}

interface Scope {
  opener: string;
  start: number;
  end: number;
}

/** The text each opener governs: up to its closer, or to the end of the paragraph (where the bidi algorithm stops). */
function scopes(controls: Control[], blockLength: number): Scope[] {
  const out: Scope[] = [];
  const open: Array<{ char: string; at: number; isolate: boolean }> = [];
  const close = (i: number, at: number): void => {
    for (const o of open.splice(i)) out.push({ opener: o.char, start: o.at, end: at });
  };
  for (const c of controls) {
    if (EMBEDDINGS.has(c.char) || ISOLATES.has(c.char)) open.push({ char: c.char, at: c.at, isolate: ISOLATES.has(c.char) });
    else if (c.char === '\u202c') {
      // PDF closes the innermost embedding or override, never past an isolate.
      const i = open.length - 1;
      if (i >= 0 && !open[i].isolate) close(i, c.at);
    } else if (c.char === '\u2069') {
      // PDI closes the innermost isolate and everything opened inside it.
      for (let i = open.length - 1; i >= 0; i--)
        if (open[i].isolate) {
          close(i, c.at);
          break;
        }
    }
  }
  close(0, blockLength);
  return out.sort((a, b) => a.start - b.start);
}

/** What a right-to-left override shows: the characters in reverse order, brackets mirrored. */
function displayed(text: string): string {
  return [...text]
    .reverse()
    .map((c) => MIRROR[c] ?? c)
    .join('');
}

function clip(text: string, max = 40): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

function byBlock(runs: readonly FormatCharacterRun[]): Map<number, Control[]> {
  const out = new Map<number, Control[]>();
  for (const r of runs) {
    if (!BIDI_CONTROL.test(r.text)) continue;
    const list = out.get(r.block) ?? [];
    for (const char of r.text) if (BIDI_CONTROL.test(char)) list.push({ char, at: r.at });
    out.set(r.block, list);
  }
  return out;
}

function names(controls: Control[]): string {
  return [...new Set(controls.map((c) => c.char))].map((c) => NAMES[c]).join('、');
}

export default defineRule({
  id: 'format/bidi-control',
  meta: {
    severity: 'error',
    description: '文中含有改变文字显示顺序的双向控制字符（显示的文字与文件中的实际文字不一致）',
    basis: '《党政机关公文处理工作条例》第十条；GB/T 9704—2012《党政机关公文格式》',
    messages: {
      override:
        '本段含有双向控制字符 {{names}}，强制文字从右向左显示：阅读时显示为“{{shown}}”，文件中的实际文字却是“{{stored}}”，两者不一致；显示出的内容未经其他规则审核。',
      control: '本段含有 {{count}} 个改变显示顺序的双向控制字符（{{names}}），阅读时显示的文字顺序可能与文件中的实际文字不一致。',
      mark: '本段含有 {{count}} 个双向方向标记（{{names}}）：对中文文字的显示通常没有影响，但正式文件中不应出现不可见的控制字符。',
    },
  },
  create(context) {
    const doc = context.document;
    const hidden = doc.formatCharacters;
    if (!hidden) return;
    for (const [block, controls] of byBlock(hidden.runs)) {
      const text = doc.source.blocks[block]?.text ?? '';
      const code = `^u${controls[0].char.codePointAt(0)}`;
      const suggestion = `删除这些不可见的控制字符（Word 中可在“查找和替换”里查找 ${code} 等），核对本段实际文字后重新审核。`;
      if (controls.every((c) => MARKS.has(c.char))) {
        const at = controls[0].at;
        context.report({
          messageId: 'mark',
          data: { count: controls.length, names: names(controls) },
          span: spanInBlock(doc, block, at, at),
          severity: 'warning',
          suggestion,
        });
        continue;
      }
      const governed = scopes(controls, text.length);
      const override = governed.find((s) => s.opener === '\u202e' && s.end > s.start);
      const start = Math.min(...governed.map((s) => s.start), ...controls.map((c) => c.at));
      const end = Math.max(start, ...governed.map((s) => s.end));
      if (override) {
        const stored = text.slice(override.start, override.end);
        context.report({
          messageId: 'override',
          data: { names: names(controls), shown: clip(displayed(stored)), stored: clip(stored) },
          span: spanInBlock(doc, block, start, end),
          suggestion,
        });
      } else {
        context.report({
          messageId: 'control',
          data: { count: controls.length, names: names(controls) },
          span: spanInBlock(doc, block, start, end),
          suggestion,
        });
      }
    }
  },
});
