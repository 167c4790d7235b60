import type { Block, BodyTitle, LegalDocument, OutlineHeading, SourceDocument, StructureKind, StructureNode } from '../model.js';
import { findAttachments, findEffective, findSignature, findValidity } from './closing.js';
import { hideFormatCharacters } from '../visible-text.js';
import { findHeader, looksLikeTitle, TITLE_RE } from './header.js';
import { matchOutline, matchUnit, type OutlineMarker, type UnitKind } from './markers.js';

const RANK: Record<UnitKind, number> = { part: 0, chapter: 1, section: 2, article: 3 };

interface Marked {
  block: number;
  /** Marker found in the automatic label (docx numbering) rather than typed in the text. */
  automatic: boolean;
  /** Global span of the typed marker; zero-length at block start for automatic ones. */
  labelStart: number;
  labelEnd: number;
  bodyStart: number;
}

function unitOf(block: Block, start: number): (Marked & { kind: UnitKind; number: number; label: string }) | undefined {
  if (block.label) {
    const m = matchUnit(block.label);
    if (m) return { kind: m.kind, number: m.number, label: m.label, block: block.index, automatic: true, labelStart: start, labelEnd: start, bodyStart: start };
    return undefined;
  }
  const m = matchUnit(block.text);
  if (!m) return undefined;
  return {
    kind: m.kind,
    number: m.number,
    label: m.label,
    block: block.index,
    automatic: false,
    labelStart: start,
    labelEnd: start + m.length,
    bodyStart: start + m.bodyOffset,
  };
}

function outlineOf(block: Block, start: number): (Marked & OutlineMarker) | undefined {
  const automatic = !!block.label;
  const m = automatic ? matchOutline(block.label!.trim()) : matchOutline(block.text);
  if (!m) return undefined;
  // Spelled out like unitOf's, not {...m, …}: V8 (Node 20) adds each property after a spread through its runtime,
  // about a microsecond each, for every paragraph of every document.
  return {
    level: m.level,
    number: m.number,
    marker: m.marker,
    standard: m.standard,
    length: m.length,
    bodyOffset: m.bodyOffset,
    block: block.index,
    automatic,
    labelStart: start,
    labelEnd: automatic ? start : start + m.length,
    bodyStart: automatic ? start : start + m.bodyOffset,
  };
}

function node(
  kind: StructureKind,
  number: number,
  label: string,
  labelStart: number,
  labelEnd: number,
  start: number,
  block: number,
  title?: string,
): StructureNode {
  return { kind, number, label, labelSpan: { start: labelStart, end: labelEnd }, span: { start, end: start }, title, blocks: [block], children: [] };
}

/** Turn a SourceDocument into a LegalDocument: header, 编章节条款项目 tree, outline, closing, attachments. */
export function buildLegalDocument(input: SourceDocument): LegalDocument {
  // Everything below, and every rule after, works on the text as displayed (see visible-text.ts).
  const { visible: source, hidden } = hideFormatCharacters(input);
  const blocks = source.blocks;
  const starts: number[] = [];
  let offset = 0;
  for (const b of blocks) {
    starts.push(offset);
    offset += b.text.length + 1;
  }
  const text = blocks.map((b) => b.text).join('\n');
  const blockEnd = (i: number): number => starts[i] + blocks[i].text.length;

  const { header, bodyStart } = findHeader(blocks, starts, text);
  const signature = findSignature(blocks, starts, bodyStart);

  // Pass 1: classify every body block.
  const units = blocks.map((b, i) => (i >= bodyStart && b.container === 'body' ? unitOf(b, starts[i]) : undefined));
  const articleCount = units.filter((u) => u?.kind === 'article').length;
  const outlines = blocks.map((b, i) => (i >= bodyStart ? outlineOf(b, starts[i]) : undefined));
  const style: LegalDocument['style'] = articleCount >= 2 ? 'articles' : outlines.some((o) => o && o.level <= 2) ? 'outline' : 'plain';
  const signatureDate = signature.signedDate
    ? blocks.findIndex((b, i) => starts[i] <= signature.signedDate!.span.start && signature.signedDate!.span.start <= starts[i] + b.text.length)
    : undefined;
  const bodyTitles = findBodyTitles(blocks, starts, bodyStart, units, outlines, signatureDate);
  const titleBlocks = new Set(bodyTitles.map((t) => t.block));

  // Pass 2: build the article tree. Items inside articles are （一） / 1. markers.
  const parts: StructureNode[] = [];
  const articles: StructureNode[] = [];
  const stack: StructureNode[] = [];
  let article: StructureNode | undefined;
  let clause: StructureNode | undefined;
  let item: StructureNode | undefined;
  const closeTo = (i: number): void => {
    // Extend every open node to the end of block i.
    const end = blockEnd(i);
    for (const n of [...stack, article, clause, item]) if (n && n.span.end < end) n.span.end = end;
  };
  let lastArticleBlock = -1;
  for (let i = bodyStart; i < blocks.length; i++) {
    const u = units[i];
    if (u) {
      const n = node(
        u.kind,
        u.number,
        u.label,
        u.labelStart,
        u.labelEnd,
        starts[i],
        i,
        u.kind === 'article' ? undefined : text.slice(u.bodyStart, blockEnd(i)).trim(),
      );
      n.span.end = blockEnd(i);
      if (u.kind === 'article') {
        const parent = stack.at(-1);
        (parent ? parent.children : parts).push(n);
        articles.push(n);
        article = n;
        clause = node('clause', 1, '', starts[i], starts[i], u.bodyStart, i);
        clause.span.end = blockEnd(i);
        n.children.push(clause);
        item = undefined;
        lastArticleBlock = i;
      } else {
        while (stack.length > 0 && RANK[stack.at(-1)!.kind as UnitKind] >= RANK[u.kind]) stack.pop();
        const parent = stack.at(-1);
        (parent ? parent.children : parts).push(n);
        stack.push(n);
        article = clause = item = undefined;
      }
      continue;
    }
    if (titleBlocks.has(i) || ATTACHMENT_HEAD.test(blocks[i].text)) {
      // Another instrument starts: its articles and chapters do not belong to the ones before.
      article = clause = item = undefined;
      stack.length = 0;
      continue;
    }
    if (!article) continue;
    // A heading that is not a 条 (编/分编 names, "二、管辖" in an interpretation) closes the article: it is never one of its 款.
    if (blocks[i].style.headingLevel !== undefined && !(outlines[i] && outlines[i]!.level >= 2)) {
      article = clause = item = undefined;
      continue;
    }
    // A standalone date or signature ends the article part (the closing of a notice follows).
    if (signature.at !== undefined && i >= signature.at && lastArticleBlock < signature.at) {
      article = clause = item = undefined;
      continue;
    }
    if (/^附[ \u3000]*件[ \u3000]*[0-9０-９]*[ \u3000]*[：:]?/.test(blocks[i].text) && !blocks[i].label) {
      article = clause = item = undefined;
      continue;
    }
    const o = outlines[i];
    if (o && (o.level === 2 || o.level === 4 || (o.level === 3 && item))) {
      // （一） is a 项; 1. under a 项 is a 目; （1） is a 目 too.
      if (o.level === 2 || !item) {
        item = node('item', o.number, o.automatic ? blocks[i].label!.trim() : o.marker, o.labelStart, o.labelEnd, starts[i], i);
        item.span.end = blockEnd(i);
        clause!.children.push(item);
      } else {
        const sub = node('subitem', o.number, o.automatic ? blocks[i].label!.trim() : o.marker, o.labelStart, o.labelEnd, starts[i], i);
        sub.span.end = blockEnd(i);
        item.children.push(sub);
        item.blocks.push(i);
      }
      clause!.blocks.push(i);
      article.blocks.push(i);
      closeTo(i);
      continue;
    }
    // A new paragraph inside an article is a new 款.
    clause = node('clause', article.children.length + 1, '', starts[i], starts[i], starts[i], i);
    clause.span.end = blockEnd(i);
    article.children.push(clause);
    article.blocks.push(i);
    item = undefined;
    closeTo(i);
  }

  // Outline headings: the notice-style skeleton; in article documents only outside articles.
  const insideArticle = new Set(articles.flatMap((a) => a.blocks));
  const outline: OutlineHeading[] = [];
  let outlineEnd = -1;
  for (let i = bodyStart; i < blocks.length; i++) {
    const o = outlines[i];
    if (!o || insideArticle.has(i) || blocks[i].container !== 'body') continue;
    outline.push({
      level: o.level,
      number: o.number,
      marker: o.automatic ? blocks[i].label!.trim() : o.marker,
      standard: o.standard,
      labelSpan: { start: o.labelStart, end: o.labelEnd },
      span: { start: starts[i], end: blockEnd(i) },
      block: i,
      automatic: o.automatic,
    });
    outlineEnd = i;
  }
  void outlineEnd;

  const firstStructural = blocks.findIndex((b, i) => i >= bodyStart && (units[i] || (outlines[i] && !insideArticle.has(i))));
  const preambleEnd = firstStructural >= 0 ? firstStructural : (signature.at ?? blocks.length);
  const preamble = preambleEnd > bodyStart ? { start: starts[bodyStart], end: blockEnd(preambleEnd - 1) } : undefined;

  return {
    source,
    text,
    blockStarts: starts,
    style,
    header,
    bodyStart,
    closingStart: signature.at ?? blocks.length,
    parts,
    articles,
    outline,
    closing: {
      effective: findEffective(blocks, starts, bodyStart),
      validity: findValidity(blocks, starts, bodyStart),
      signatories: signature.signatories,
      signedDate: signature.signedDate,
    },
    attachments: findAttachments(blocks, starts, bodyStart),
    preamble,
    bodyTitles,
    ...(hidden ? { formatCharacters: hidden } : {}),
  };
}

/** "附件" or "附件2" alone on a line: the head of an attachment, whose title follows. */
const ATTACHMENT_HEAD = /^附[ \u3000]*件[ \u3000]*[0-9０-９]*[ \u3000]*$/u;

/**
 * Titles of further instruments in the body. A block counts when it reads as
 * a title (ends with 办法/规定/通知…, no final punctuation, no numbering mark)
 * and something else says so too, since layout is lost in some formats:
 *  - the layout (a heading or a centred paragraph);
 *  - its place: right after an 附件 head, or after the signature date of the
 *    notice that issues it (past a 附注 such as "（此件主动公开）");
 *  - what follows: 第一条, 第一章 or 第一编.
 * A sentence that merely ends in "规定" is not a title, and neither is a
 * heading that names no kind of document ("物权编", "附则").
 */
function findBodyTitles(
  blocks: Block[],
  starts: number[],
  bodyStart: number,
  units: Array<{ number: number } | undefined>,
  outlines: Array<unknown>,
  signatureDate: number | undefined,
): BodyTitle[] {
  const out: BodyTitle[] = [];
  for (let i = bodyStart; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.container !== 'body' || units[i] || outlines[i] || b.label) continue;
    if (!looksLikeTitle(b) || !TITLE_RE.test(b.text)) continue;
    const layout = b.style.headingLevel === 1 || b.style.alignment === 'center' || /title|标题/i.test(b.style.name ?? '');
    const afterAttachmentHead = i > 0 && ATTACHMENT_HEAD.test(blocks[i - 1].text);
    const afterSignature =
      signatureDate !== undefined && i > signatureDate && blocks.slice(signatureDate + 1, i).every((x) => /^[（(][^）)]{1,30}[）)]$/u.test(x.text.trim()));
    const opensArticles = units[i + 1]?.number === 1;
    if (!layout && !afterAttachmentHead && !afterSignature && !opensArticles) continue;
    out.push({ text: b.text, span: { start: starts[i], end: starts[i] + b.text.length }, block: i });
  }
  return out;
}
