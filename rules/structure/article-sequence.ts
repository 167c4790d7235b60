import { instrumentOf, instrumentStarts } from '../../src/document/structure/instruments.js';
import type { LegalDocument, StructureKind, StructureNode } from '../../src/document/model.js';
import { sequenceBreaks, type SequenceBreak } from '../../src/document/structure/sequence.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { formatChineseNumber } from '../../src/zh/numerals.js';

const UNIT: Partial<Record<StructureKind, string>> = { part: '编', chapter: '章', section: '节', article: '条' };
const NAME: Partial<Record<StructureKind, string>> = { part: '编', chapter: '章', section: '节', article: '条文' };

/** Documents that amend or repeal others quote article numbers out of order by design. */
const AMENDMENT_TITLE = /修改|修正|废止/u;

function canonical(kind: StructureKind, n: number): string {
  return `第${formatChineseNumber(n)}${UNIT[kind]}`;
}

function written(node: StructureNode): string {
  return node.label || canonical(node.kind, node.number);
}

function missingRange(kind: StructureKind, from: number, to: number): string {
  return from === to ? `“${canonical(kind, from)}”` : `“${canonical(kind, from)}”至“${canonical(kind, to)}”`;
}

function report(context: RuleContext, nodes: StructureNode[], b: SequenceBreak): void {
  const node = nodes[b.index];
  const kind = node.kind;
  const name = NAME[kind]!;
  const label = written(node);
  const previous = b.index > 0 ? written(nodes[b.index - 1]) : '';
  const span = node.labelSpan.end > node.labelSpan.start ? node.labelSpan : { start: node.span.start, end: node.span.start + 1 };
  switch (b.kind) {
    case 'start':
      context.report({ messageId: 'start', data: { name, first: canonical(kind, 1), label }, span, suggestion: `从“${canonical(kind, 1)}”开始依次编号。` });
      break;
    case 'gap':
      context.report({
        messageId: 'gap',
        data: { name, previous, label, missing: missingRange(kind, b.expected, b.found - 1) },
        span,
        suggestion: `补充缺少的内容，或将“${label}”及其后的序号依次改为“${canonical(kind, b.expected)}”起。`,
      });
      break;
    case 'repeat':
      context.report({
        messageId: 'repeat',
        data: { name, label },
        span,
        suggestion: `将此处的“${label}”改为“${canonical(kind, b.expected)}”，其后的序号依次顺延。`,
      });
      break;
    case 'swap':
      context.report({
        messageId: 'swap',
        data: { name, label, expected: canonical(kind, b.expected) },
        span,
        suggestion: `调整顺序，使“${canonical(kind, b.expected)}”排在“${label}”之前。`,
      });
      break;
    case 'backwards':
      context.report({
        messageId: 'backwards',
        data: { name, previous, label },
        span,
        suggestion: `将“${label}”改为“${canonical(kind, b.expected)}”，其后的序号依次顺延。`,
      });
      break;
  }
}

/** Runs of sibling units of one kind, split where another instrument starts. */
function runs(doc: LegalDocument): StructureNode[][] {
  const starts = instrumentStarts(doc);
  const byInstrument = (nodes: StructureNode[]): StructureNode[][] => {
    const groups = new Map<number, StructureNode[]>();
    for (const n of nodes) {
      const key = instrumentOf(doc, n.blocks[0], starts);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(n);
    }
    return [...groups.values()];
  };
  // Articles count on across 编/章/节 within an instrument.
  const out = byInstrument(doc.articles);
  // 编 within the document, 章 within each 编 (or the document), 节 within each 章.
  const unitHeadings = new Set<number>();
  const collect = (nodes: StructureNode[]): void => {
    for (const n of nodes) {
      if (n.kind === 'article') continue;
      unitHeadings.add(n.blocks[0]);
      collect(n.children);
    }
  };
  collect(doc.parts);
  const walk = (siblings: StructureNode[]): void => {
    for (const kind of ['part', 'chapter', 'section'] as const) {
      const same = siblings.filter((n) => n.kind === kind);
      for (const run of byInstrument(same)) out.push(...restartAtHeadings(doc, run, unitHeadings));
    }
    for (const n of siblings) if (n.kind !== 'article') walk(n.children);
  };
  walk(doc.parts);
  return out;
}

/**
 * A 第一章 after a heading that is not itself a numbered unit ("物权编" in the
 * Civil Code, which numbers its chapters per 编) starts a new count.
 */
function restartAtHeadings(doc: LegalDocument, nodes: StructureNode[], unitHeadings: Set<number>): StructureNode[][] {
  const blocks = doc.source.blocks;
  const out: StructureNode[][] = [];
  let run: StructureNode[] = [];
  nodes.forEach((n, i) => {
    if (i > 0 && n.number === 1) {
      for (let b = nodes[i - 1].blocks[0] + 1; b < n.blocks[0]; b++) {
        const style = blocks[b].style;
        if (!unitHeadings.has(b) && (style.headingLevel !== undefined || style.alignment === 'center')) {
          out.push(run);
          run = [];
          break;
        }
      }
    }
    run.push(n);
  });
  out.push(run);
  return out;
}

export default defineRule({
  id: 'structure/article-sequence',
  meta: {
    severity: 'warning',
    description: '条、章、节、编的序号不连续、重复或顺序错乱',
    basis: '立法技术规范：条文序号应连续编排；章、节序号在上一层级内连续编排',
    messages: {
      start: '{{name}}序号应从“{{first}}”开始，此处为“{{label}}”。',
      gap: '{{name}}序号不连续：“{{previous}}”之后是“{{label}}”，缺少{{missing}}。',
      repeat: '{{name}}序号重复：“{{label}}”出现了两次。',
      swap: '{{name}}顺序颠倒：“{{label}}”排在“{{expected}}”之前。',
      backwards: '{{name}}序号顺序错乱：“{{previous}}”之后是“{{label}}”。',
    },
  },
  create(context) {
    const doc = context.document;
    const title = doc.header.title?.text ?? '';
    if (AMENDMENT_TITLE.test(title) && !/印发/.test(title)) return;
    for (const run of runs(doc)) {
      for (const b of sequenceBreaks(run.map((n) => n.number))) report(context, run, b);
    }
  },
});
