import type { Heading, List, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { HrssError } from '../../errors.js';
import type { Block, BlockContainer, SourceSegment } from '../model.js';
import type { Reader } from './reader.js';
import { decodeText } from './text.js';

/** CJK characters (and fullwidth punctuation) that join across a soft line break without a space. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\ud840-\ud87f]/;

interface InlineText {
  text: string;
  segments: SourceSegment[];
}

/** Flatten inline content to text; soft breaks inside a paragraph join CJK without a space. */
function inlineText(nodes: PhrasingContent[]): InlineText {
  let text = '';
  const segments: SourceSegment[] = [];
  const visit = (node: PhrasingContent): void => {
    if (text === '' && node.position) segments.push({ offset: 0, line: node.position.start.line });
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const parts = node.value.split('\n');
        const startLine = node.position?.start.line;
        parts.forEach((part, i) => {
          if (i > 0) {
            const prev = text.at(-1) ?? '';
            const next = part.trimStart()[0] ?? '';
            if (!(CJK.test(prev) || CJK.test(next)) && text !== '') text += ' ';
            if (startLine !== undefined) segments.push({ offset: text.length, line: startLine + i });
            part = part.trimStart();
          }
          text += part;
        });
        break;
      }
      case 'break':
        break;
      case 'html':
        break; // inline HTML (comments) is not document text
      case 'image':
        text += node.alt ?? '';
        break;
      default:
        if ('children' in node) for (const child of node.children as PhrasingContent[]) visit(child);
    }
  };
  for (const n of nodes) visit(n);
  // Collapse duplicate segment starts.
  const dedup = segments.filter((s, i) => i === 0 || s.offset !== segments[i - 1].offset || s.line !== segments[i - 1].line);
  return { text, segments: dedup };
}

export const readMarkdown: Reader = async (data, options) => {
  const { text: source, encoding } = decodeText(data);
  const longest = source.split('\n').reduce((m, l) => Math.max(m, l.length), 0);
  if (longest > options.limits.maxLineLength) {
    throw new HrssError('E_LIMIT_LINE_LENGTH', `文件中有一行长 ${longest} 字符，超过上限 ${options.limits.maxLineLength}（配置项 limits.maxLineLength）`);
  }
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkGfm } = await import('remark-gfm');
  const processor = unified().use(remarkParse).use(remarkGfm);
  const tree = processor.runSync(processor.parse(source.replace(/\r\n?/g, '\n'))) as Root;
  const blocks: Block[] = [];
  let paragraph = 0;

  const push = (content: PhrasingContent[], node: Nodes, container: BlockContainer, extra: Partial<Block> = {}): void => {
    const { text, segments } = inlineText(content);
    // Zero-width spaces and BOMs left by editors are trimmed like spaces: "\u200b第一条" is still an article.
    const trimmed = text.replace(/^[ \t\u3000\u00a0\u200b\ufeff]+/, '');
    const lead = text.length - trimmed.length;
    const clean = trimmed.replace(/[ \t\u3000\u00a0\u200b\ufeff]+$/, '');
    const index = paragraph++;
    if (clean === '' && !extra.label) return;
    const shifted = segments
      .map((s) => ({ ...s, offset: Math.max(0, s.offset - lead) }))
      .filter((s, i, all) => s.offset <= clean.length && (i === 0 || s.offset !== all[i - 1].offset));
    blocks.push({
      index: blocks.length,
      text: clean,
      container,
      style: {},
      source: { paragraph: index, line: node.position?.start.line, segments: shifted.length > 1 ? shifted : undefined },
      ...extra,
    });
  };

  const walk = (node: RootContent, container: BlockContainer, label?: string): void => {
    switch (node.type) {
      case 'heading': {
        const h = node as Heading;
        push(h.children, h, container, { style: { headingLevel: h.depth } });
        break;
      }
      case 'paragraph':
        push(node.children, node, container, label ? { label } : {});
        break;
      case 'list': {
        const list = node as List;
        let n = list.start ?? 1;
        for (const item of list.children) {
          const itemLabel = list.ordered ? `${n}.` : undefined;
          n++;
          item.children.forEach((child, i) => walk(child, container, i === 0 ? itemLabel : undefined));
        }
        break;
      }
      case 'blockquote':
        for (const child of node.children) walk(child, container);
        break;
      case 'table':
        for (const row of (node as Table).children) for (const cell of row.children) push(cell.children, cell, 'table');
        break;
      case 'code':
        for (const [i, line] of node.value.split('\n').entries()) {
          if (line.trim() === '') continue;
          blocks.push({
            index: blocks.length,
            text: line.trim(),
            container,
            style: {},
            source: { paragraph: paragraph++, line: (node.position?.start.line ?? 0) + 1 + i },
          });
        }
        break;
      default:
        break; // html comments, thematic breaks, definitions: not document text
    }
  };
  for (const child of tree.children) walk(child, 'body');
  return { format: 'md', blocks, streams: [], notes: [], encoding };
};
