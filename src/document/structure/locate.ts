import { formatChineseNumber } from '../../zh/numerals.js';
import type { LegalDocument, Location, Span, StructureNode } from '../model.js';

/** Index of the block containing a global offset (binary search on block starts). */
export function blockAt(doc: LegalDocument, offset: number): number {
  const starts = doc.blockStarts;
  if (starts.length === 0) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Page of an offset: the block's start page, refined by its segments. */
function pageAt(doc: LegalDocument, block: number, offsetInBlock: number): number | null {
  const b = doc.source.blocks[block];
  if (!b) return null;
  let page = b.source.page ?? null;
  for (const s of b.source.segments ?? []) {
    if (s.offset > offsetInBlock) break;
    if (s.page !== undefined) page = s.page;
  }
  return page;
}

function containing(nodes: StructureNode[], offset: number): StructureNode | undefined {
  return nodes.find((n) => n.span.start <= offset && offset <= n.span.end);
}

function articleAt(doc: LegalDocument, offset: number): StructureNode | undefined {
  // Articles are sorted by position; binary search would do, a scan is plenty for documents.
  for (const a of doc.articles) {
    if (a.span.start <= offset && offset <= a.span.end) return a;
    if (a.span.start > offset) break;
  }
  return undefined;
}

const ATTACHMENT_HEAD = /^附[ \u3000]*件[ \u3000]*([0-9０-９]*)[ \u3000]*$/u;

/**
 * Instruments attached to the document: what a 印发 notice issues after its
 * own signature (the 办法 under its title), and what stands under an 附件
 * head ("附件2"). Each is named 附件, or 附件1, 附件2… when there are several
 * or the head numbers them. Returns the first block of each and its name.
 */
function attachedInstruments(doc: LegalDocument): Array<{ block: number; name: string }> {
  const starts: Array<{ block: number; number?: number }> = [];
  const blocks = doc.source.blocks;
  for (let i = doc.bodyStart; i < blocks.length; i++) {
    const head = ATTACHMENT_HEAD.exec(blocks[i].text);
    if (head) starts.push({ block: i, number: head[1] ? Number(head[1].replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))) : undefined });
  }
  for (const t of doc.bodyTitles ?? []) {
    // A title right under an 附件 head belongs to that attachment; one after the notice's signature starts its own.
    if (starts.some((s) => s.block === t.block - 1)) continue;
    if (t.block > doc.closingStart) starts.push({ block: t.block });
  }
  starts.sort((a, b) => a.block - b.block);
  return starts.map((s, i) => ({ block: s.block, name: s.number !== undefined ? `附件${s.number}` : starts.length > 1 ? `附件${i + 1}` : '附件' }));
}

/** The attachment that holds a block, if any. */
function attachmentAt(doc: LegalDocument, block: number): { block: number; name: string } | undefined {
  return attachedInstruments(doc).filter((a) => a.block <= block).at(-1);
}

/** Readable legal address of an offset: 第十二条第二款第（三）项, 附件第五条, or an outline/part name. */
export function addressAt(doc: LegalDocument, offset: number): { address: string; article: number | null } {
  const inner = addressInInstrument(doc, offset);
  const attachment = attachmentAt(doc, blockAt(doc, offset));
  if (!attachment) return inner;
  // Parts named after the whole document (文末, 正文) say nothing inside an attachment: the attachment is the place.
  if (['文末', '正文', '正文开头', '文首'].includes(inner.address)) return { address: attachment.name, article: inner.article };
  if (inner.address === '标题') return inner;
  return { address: `${attachment.name}${inner.address}`, article: inner.article };
}

function addressInInstrument(doc: LegalDocument, offset: number): { address: string; article: number | null } {
  const article = articleAt(doc, offset);
  if (article) {
    let address = article.label || `第${formatChineseNumber(article.number)}条`;
    const clause = containing(article.children, offset);
    if (clause && article.children.length > 1) address += `第${formatChineseNumber(clause.number)}款`;
    const item = clause ? containing(clause.children, offset) : undefined;
    if (item) {
      address += `第（${formatChineseNumber(item.number)}）项`;
      const sub = containing(item.children, offset);
      if (sub) address += `第${sub.number}目`;
    }
    return { address, article: article.number };
  }
  const h = doc.header;
  const inSpan = (s?: Span): boolean => !!s && s.start <= offset && offset <= s.end;
  if (inSpan(h.title?.span)) return { address: '标题', article: null };
  if (inSpan(h.documentNumber?.span)) return { address: '发文字号', article: null };
  if (inSpan(h.registrationNumber?.span)) return { address: '统一登记号', article: null };
  if (inSpan(h.recipients?.span)) return { address: '主送机关', article: null };
  const block = blockAt(doc, offset);
  if (block < doc.bodyStart) return { address: '文首', article: null };
  // The heading of a 编/章/节: 第二章, 第一编第三章.
  const heading = partPath(doc.parts, block);
  if (heading) return { address: heading, article: null };
  // An instrument after the closing (the 方案 attached to a 印发 notice) is body text again.
  const titleBefore = (doc.bodyTitles ?? []).filter((t) => t.block <= block).at(-1);
  const inClosing = block >= doc.closingStart && !(titleBefore && titleBefore.block > doc.closingStart);
  // Outline: the path of headings above the offset, within the instrument that holds it.
  const path: string[] = [];
  for (const o of doc.outline) {
    if (o.span.start > offset) break;
    if (titleBefore && o.block < titleBefore.block) continue;
    path.length = o.level - 1;
    path[o.level - 1] = outlineName(o.level, o.number);
  }
  const named = path.filter(Boolean);
  if (named.length > 0 && !inClosing) return { address: named.join(''), article: null };
  if (inClosing) return { address: '文末', article: null };
  if (doc.preamble && inSpan(doc.preamble)) return { address: '正文开头', article: null };
  return { address: '正文', article: null };
}

/** Labels from the top of the part tree down to the 编/章/节 whose heading is `block`. */
function partPath(nodes: StructureNode[], block: number, above = ''): string | undefined {
  for (const n of nodes) {
    if (n.kind === 'article') continue;
    const label = n.label || `第${formatChineseNumber(n.number)}${n.kind === 'part' ? '编' : n.kind === 'chapter' ? '章' : '节'}`;
    if (n.blocks[0] === block) return above + label;
    const inner = partPath(n.children, block, above + label);
    if (inner) return inner;
  }
  return undefined;
}

function outlineName(level: number, n: number): string {
  switch (level) {
    case 1: return `第${formatChineseNumber(n)}部分`;
    case 2: return `第（${formatChineseNumber(n)}）项`;
    case 3: return `第${n}点`;
    default: return `第（${n}）点`;
  }
}

/** Map a global span to a full Location (line/column in extracted text, page, paragraph, legal address). */
export function locate(doc: LegalDocument, span: Span): Location {
  const startBlock = Math.max(0, blockAt(doc, span.start));
  const endOffset = Math.max(span.start, span.end);
  const endBlock = Math.max(0, blockAt(doc, endOffset));
  const startCol = span.start - (doc.blockStarts[startBlock] ?? 0);
  const endCol = endOffset - (doc.blockStarts[endBlock] ?? 0);
  const { address, article } = addressAt(doc, span.start);
  const b = doc.source.blocks[startBlock];
  return {
    line: startBlock + 1,
    column: startCol + 1,
    endLine: endBlock + 1,
    endColumn: endCol + 1,
    page: b ? pageAt(doc, startBlock, startCol) : null,
    paragraph: b ? b.source.paragraph : null,
    article,
    address,
  };
}

/** The text of the block(s) a span touches, for excerpts. */
export function excerptOf(doc: LegalDocument, span: Span, max = 120): string {
  const b = blockAt(doc, span.start);
  const block = doc.source.blocks[b];
  if (!block) return '';
  const full = (block.label ? block.label + ' ' : '') + block.text;
  if (full.length <= max) return full;
  const local = span.start - doc.blockStarts[b] + (block.label ? block.label.length + 1 : 0);
  const from = Math.max(0, Math.min(local - Math.floor(max / 3), full.length - max));
  return (from > 0 ? '…' : '') + full.slice(from, from + max) + (from + max < full.length ? '…' : '');
}
