import { instrumentOf, instrumentStarts } from '../../src/document/structure/instruments.js';
import type { LegalDocument, OutlineHeading, OutlineLevel, Span, StructureNode } from '../../src/document/model.js';
import { sequenceBreaks } from '../../src/document/structure/sequence.js';
import { blockAt } from '../../src/document/structure/locate.js';
import { matchOutline, standardMarker, type OutlineMarker } from '../../src/document/structure/markers.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { labelSpanOf, spanInBlock } from '../../src/rule-support/span.js';
import { formatChineseNumber } from '../../src/zh/numerals.js';
import { GB9704_2012 } from '../../src/engine/scopes.js';

const LEVEL_NAME: Record<OutlineLevel, string> = { 1: '第一层', 2: '第二层', 3: '第三层', 4: '第四层' };
const FIRST_MARK: Record<OutlineLevel, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

function standard(level: OutlineLevel, n: number): string {
  return standardMarker(level, n, formatChineseNumber);
}

/** Outline headings grouped by instrument; the lines of an 附件 list ("2.见习人员登记表") are not headings. */
function outlinesByInstrument(doc: LegalDocument): OutlineHeading[][] {
  const listBlocks = new Set(doc.attachments.filter((a) => a.where === 'list').map((a) => blockAt(doc, a.span.start)));
  const starts = instrumentStarts(doc);
  const groups = new Map<number, OutlineHeading[]>();
  for (const h of doc.outline) {
    if (listBlocks.has(h.block)) continue;
    const key = instrumentOf(doc, h.block, starts);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(h);
  }
  return [...groups.values()];
}

/** One marker written in a way that is not the standard one. */
interface StyleFinding {
  /** The way of writing: the marker with its number masked. */
  key: string;
  marker: string;
  expected: string;
  span: Span;
  messageId: string;
  data?: Record<string, string>;
}

/**
 * Findings about how markers are written: one per way of writing them (half-width “(一)” throughout is one habit,
 * not twenty faults), at the first, naming how many there are.
 */
function reportStyles<T>(context: RuleContext, items: T[], show: (t: T) => StyleFinding | null): void {
  const styles = new Map<string, StyleFinding[]>();
  for (const t of items) {
    const s = show(t);
    if (!s) continue;
    if (!styles.has(s.key)) styles.set(s.key, []);
    styles.get(s.key)!.push(s);
  }
  for (const same of styles.values()) {
    const { marker, expected, span, messageId, data } = same[0];
    const n = same.length;
    context.report({
      messageId,
      data: { ...data, marker, expected, count: n > 1 ? `（同样写法共${n}处）` : '' },
      span,
      severity: 'info',
      suggestion: n > 1 ? `统一改为“${expected}”式（共${n}处）。` : `改为“${expected}”。`,
    });
  }
}

function checkInstrument(context: RuleContext, headings: OutlineHeading[]): void {
  reportStyles(context, headings, (h) =>
    h.standard
      ? null
      : {
          key: `${h.level}|${h.marker.replace(/[一二三四五六七八九十百〇零0-9０-９]+/gu, '#')}`,
          marker: h.marker,
          expected: standard(h.level, h.number),
          span: labelSpanOf(h),
          messageId: 'punctuation',
          data: { level: LEVEL_NAME[h.level] },
        },
  );

  const top = Math.min(...headings.map((h) => h.level)) as OutlineLevel;
  // A lower level before the first heading of the top level: （一） before any 一、.
  const firstTop = headings.findIndex((h) => h.level === top);
  if (firstTop > 0) {
    const h = headings[0];
    context.report({
      messageId: 'beforeTop',
      data: { marker: h.marker, level: LEVEL_NAME[h.level], top: FIRST_MARK[top] },
      span: labelSpanOf(h),
      severity: 'warning',
      suggestion: `在“${h.marker}”之前加上${LEVEL_NAME[top]}标题，或者调整层级。`,
    });
  }
  if (top > 1) {
    const h = headings[firstTop];
    context.report({
      messageId: 'topLevel',
      data: { marker: h.marker },
      span: labelSpanOf(h),
      severity: 'info',
      suggestion: `第一层标题改用“一、”“二、”……，其下依次使用“（一）”“1.”“（1）”。`,
    });
  }

  // Levels skipped under a parent, and numbering within each parent.
  const path: Array<OutlineHeading | undefined> = [];
  const reportedSkips = new Set<string>();
  const runs = new Map<OutlineHeading | undefined, Map<OutlineLevel, OutlineHeading[]>>();
  headings.forEach((h) => {
    path.length = h.level - 1; // close this level and deeper ones
    const parent = path.filter(Boolean).at(-1);
    if (parent && h.level - parent.level >= 2) {
      const key = `${parent.level}-${h.level}`;
      if (!reportedSkips.has(key)) {
        reportedSkips.add(key);
        const skipped = ([2, 3, 4] as OutlineLevel[])
          .filter((l) => l > parent.level && l < h.level)
          .map((l) => `“${FIRST_MARK[l]}”`)
          .join('');
        const twoLevels = h.level - parent.level >= 3;
        context.report({
          messageId: twoLevels ? 'skipTwo' : 'skip',
          data: { marker: h.marker, level: LEVEL_NAME[h.level], parent: parent.marker, parentLevel: LEVEL_NAME[parent.level], skipped },
          span: labelSpanOf(h),
          severity: twoLevels ? 'warning' : 'info',
          suggestion: twoLevels
            ? `在“${parent.marker}”之下依次使用${skipped}层级，或将“${h.marker}”改为“${standard((parent.level + 1) as OutlineLevel, h.number)}”。`
            : `改为“${standard((parent.level + 1) as OutlineLevel, h.number)}”，或保持现有层级（标准用语为“可以”）。`,
        });
      }
    }
    path[h.level - 1] = h;
    if (!runs.has(parent)) runs.set(parent, new Map());
    const byLevel = runs.get(parent)!;
    if (!byLevel.has(h.level)) byLevel.set(h.level, []);
    byLevel.get(h.level)!.push(h);
  });

  // Runs of one level in document order: the numbering may restart under each parent ((一) under 一、 and again
  // under 二、) or run on across them ((一)…(三十二) through the whole notice); both are accepted practice.
  const lastOfLevel = new Map<OutlineLevel, number>();
  const ordered = [...runs.values()].flatMap((byLevel) => [...byLevel.entries()]).sort((a, b) => a[1][0].span.start - b[1][0].span.start);
  for (const [level, run] of ordered) {
    const previousLast = lastOfLevel.get(level);
    lastOfLevel.set(level, run.at(-1)!.number);
    for (const b of sequenceBreaks(run.map((h) => h.number))) {
      if (b.index === 0 && b.kind === 'start' && previousLast !== undefined && b.found === previousLast + 1) continue;
      const h = run[b.index];
      const previous = b.index > 0 ? run[b.index - 1].marker : '';
      const expected = standard(level, b.expected);
      const missing = b.kind === 'gap' ? (b.found - 1 === b.expected ? `“${expected}”` : `“${expected}”至“${standard(level, b.found - 1)}”`) : '';
      context.report({
        messageId: `sequence-${b.kind}`,
        data: { marker: h.marker, previous, expected, missing, first: standard(level, 1) },
        span: labelSpanOf(h),
        severity: 'warning',
        suggestion: b.kind === 'swap' ? `调整顺序，使“${expected}”排在“${h.marker}”之前。` : `将“${h.marker}”改为“${expected}”，同一层级其后的序号依次顺延。`,
      });
    }
  }
}

/** A 项's marker as written, with a mark after its bracket: “（一）、”, “(一).”. */
const hasMarkAfterBracket = (marker: OutlineMarker): boolean => marker.level === 2 && !/[）)]$/u.test(marker.marker);

/**
 * The 项 and 目 of articles (第八条's “（一）” and the “1.” under it). Their
 * order is the one GB/T 9704 gives the levels after the first, and the one
 * the 立法技术规范 gives 项 and 目: “（一）”, then “1.”. Two faults are
 * reported: a 项 with a mark after its bracket (“（一）、”; once per way of
 * writing it), and a 项's items numbered “（1）” (once), which leaves out
 * the “1.” level. Items numbered “1.” straight after an article's lead-in
 * skip the 项 and are reported in checkArticleParagraphMarkers.
 */
function checkArticleItems(context: RuleContext, doc: LegalDocument): void {
  const items: Array<{ node: StructureNode; marker: OutlineMarker }> = [];
  let skip: { item: StructureNode; sub: StructureNode } | undefined;
  const visit = (node: StructureNode): void => {
    const marker = matchOutline(node.label);
    if (node.kind === 'item' && marker) items.push({ node, marker });
    if (!skip && node.kind === 'item' && marker?.level === 2) {
      // The tree has no level below 目, so a （1） under a 目 “1.” is also a child of the 项: only a （1） before any
      // “1.” of its 项 skips that level.
      const first = node.children.map((c) => matchOutline(c.label)?.level).find((l) => l === 3 || l === 4);
      const sub = first === 4 ? node.children.find((c) => matchOutline(c.label)?.level === 4) : undefined;
      if (sub) skip = { item: node, sub };
    }
    for (const c of node.children) visit(c);
  };
  for (const a of doc.articles) visit(a);
  // Half-width brackets alone (“(一)”) are not reported in articles: texts converted to plain text (the shared
  // corpus's regulations among them) write them throughout. Beside full-width ones in the same document they are a slip.
  const fullWidth = items.some(({ marker }) => marker.level === 2 && marker.marker.startsWith('（'));
  reportStyles(context, items, ({ node, marker }) =>
    hasMarkAfterBracket(marker) || (fullWidth && marker.level === 2 && marker.marker.startsWith('('))
      ? {
          key: node.label.replace(/[一二三四五六七八九十百〇零]+/gu, '#'),
          marker: node.label,
          expected: standard(2, node.number),
          span: labelSpanOf(node),
          messageId: 'itemPunctuation',
        }
      : null,
  );
  checkArticleParagraphMarkers(context, doc);
  if (skip) {
    const { item, sub } = skip;
    context.report({
      messageId: 'itemSkip',
      data: { marker: sub.label, parent: item.label },
      span: labelSpanOf(sub),
      severity: 'info',
      suggestion: `项之下的目改用“1.”“2.”……（即将“${sub.label}”改为“${standard(3, sub.number)}”）。`,
    });
  }
}

type ParagraphMarker = { marker: OutlineMarker; span: Span; afterLeadIn: boolean };

/**
 * The outline marker that opens each paragraph of an article after its first (the number Word renders by itself, or
 * the text's own), where a finding shows it, and whether the paragraph before it is a lead-in (ends with a colon:
 * “具有下列功能：”).
 */
function paragraphMarkers(doc: LegalDocument, article: StructureNode): ParagraphMarker[] {
  const out: ParagraphMarker[] = [];
  article.blocks.forEach((b, k) => {
    if (k === 0) return;
    const block = doc.source.blocks[b];
    const marker = block.label ? matchOutline(block.label.trim()) : matchOutline(block.text);
    if (!marker) return;
    const span = block.label ? labelSpanOf({ labelSpan: spanInBlock(doc, b, 0, 0) }) : spanInBlock(doc, b, 0, marker.length);
    out.push({ marker, span, afterLeadIn: /[：:]\s*$/u.test(doc.source.blocks[article.blocks[k - 1]].text) });
  });
  return out;
}

/**
 * Markers that open the paragraphs of an article, read from the text (the article tree keeps only what it
 * recognises as 项 and 目). Two faults, each reported once per document: the first-level “一、” used for an
 * article's items, which are numbered “（一）”; and items that start with “1.” and have “（一）” under them,
 * the order of the levels turned round.
 */
function checkArticleParagraphMarkers(context: RuleContext, doc: LegalDocument): void {
  let firstLevel: (ParagraphMarker & { count: number }) | undefined;
  let fourthLevel: (ParagraphMarker & { count: number }) | undefined;
  let thirdLevel: (ParagraphMarker & { count: number }) | undefined;
  let inverted: { outer: OutlineMarker; inner: OutlineMarker; span: Span } | undefined;
  const all: ParagraphMarker[] = [];
  for (const article of doc.articles) {
    const markers = paragraphMarkers(doc, article);
    all.push(...markers);
    // Items of a list that a lead-in opens with “一、”: not the “二、” of an amending decision that follows a quoted article.
    const ones = markers.filter((m) => m.marker.level === 1);
    if (ones.length > 0 && ones[0].marker.number === 1 && ones[0].afterLeadIn) {
      if (!firstLevel) firstLevel = { ...ones[0], count: 0 };
      firstLevel.count += ones.length;
    }
    // Items of a list that a lead-in opens with “（1）”, the fourth level, with no “（一）” in the article: 项 are “（一）”.
    const fours = markers.filter((m) => m.marker.level === 4);
    if (fours.length > 0 && fours[0].marker.number === 1 && fours[0].afterLeadIn && markers[0] === fours[0] && !markers.some((m) => m.marker.level === 2)) {
      if (!fourthLevel) fourthLevel = { ...fours[0], count: 0 };
      fourthLevel.count += fours.length;
    }
    // Items of a list that a lead-in opens with “1.”, the 目's marker, with no “（一）” in the article: the 项 level is
    // skipped. Only paragraphs of their own: a “1.” run on inside the article's sentence is left alone. “1、” is
    // reported below for its mark.
    const threes = markers.filter((m) => m.marker.level === 3 && m.marker.standard);
    if (threes.length > 0 && threes[0].marker.number === 1 && threes[0].afterLeadIn && markers[0] === threes[0] && !markers.some((m) => m.marker.level === 2)) {
      if (!thirdLevel) thirdLevel = { ...threes[0], count: 0 };
      thirdLevel.count += threes.length;
    }
    // One item of a list written with another level's marker, its number continuing the list (（三）…4.…（五）).
    for (let k = 1; k + 1 < markers.length; k++) {
      const [prev, cur, next] = [markers[k - 1].marker, markers[k].marker, markers[k + 1].marker];
      if (prev.level !== next.level || cur.level === prev.level || prev.number + 2 !== next.number || cur.number !== prev.number + 1) continue;
      context.report({
        messageId: 'itemOutOfList',
        data: { marker: cur.marker, previous: prev.marker, next: next.marker, expected: standard(prev.level, cur.number) },
        span: markers[k].span,
        severity: 'info',
        suggestion: `将“${cur.marker}”改为“${standard(prev.level, cur.number)}”。`,
      });
    }
    const first = markers[0];
    const inner = first?.marker.level === 3 && first.marker.number === 1 && first.afterLeadIn ? markers.find((m) => m.marker.level === 2) : undefined;
    if (!inverted && first && inner) inverted = { outer: first.marker, inner: inner.marker, span: inner.span };
  }
  // Items numbered with the first level (“一、”) or straight with the fourth (“（1）”): 项 are “（一）”.
  for (const [messageId, found] of [
    ['itemFourthLevel', fourthLevel],
    ['itemThirdLevel', thirdLevel],
    ['itemFirstLevel', firstLevel],
  ] as const) {
    if (!found) continue;
    const { marker, span, count } = found;
    context.report({
      messageId,
      data: { marker: marker.marker, expected: standard(2, marker.number), count: count > 1 ? `（同样写法共${count}处）` : '' },
      span,
      severity: 'info',
      suggestion: `条文中的项改用“（一）”“（二）”……（即将“${marker.marker}”改为“${standard(2, marker.number)}”）。`,
    });
  }
  // Arabic items with a mark other than the full stop (“1、”).
  reportStyles(context, all, ({ marker, span }) =>
    marker.level === 3 && !marker.standard
      ? {
          key: marker.marker.replace(/[0-9０-９]+/gu, '#'),
          marker: marker.marker,
          expected: standard(3, marker.number),
          span,
          messageId: 'itemArabicPunctuation',
        }
      : null,
  );
  if (inverted) {
    const { outer, inner, span } = inverted;
    context.report({
      messageId: 'itemInverted',
      data: { outer: outer.marker, inner: inner.marker },
      span,
      severity: 'info',
      suggestion: `项用“（一）”“（二）”……，项之下的目用“1.”“2.”……：将“${outer.marker}”一层改为“${standard(2, outer.number)}”，其下的“${inner.marker}”一层改为“${standard(3, inner.number)}”。`,
    });
  }
}

export default defineRule({
  id: 'structure/heading-hierarchy',
  meta: {
    // 2: the 项 and 目 of articles are checked too (their punctuation, a （1） straight under a （一）).
    // 3: an article's items numbered “一、”, “1.” items with “（一）” under them, and “1、” in articles.
    // 6: an article's items numbered “（1）” straight after the lead-in.
    // 7: and those numbered “1.” (paragraphs of their own, no “（一）” in the article).
    // 4: one item of a list written with another level's marker (（三）…4.…（五）).
    // 5: an article's items in half-width brackets “(一)” where the document writes others “（一）”.
    version: 7,
    severity: 'info',
    description: '通知类文件的结构层次序数（一、（一）1.（1））层级跳跃、颠倒、标点不规范或序号不连续；条文中项、目的序号不规范',
    applies: GB9704_2012,
    basis: 'GB/T 9704—2012《党政机关公文格式》7.3.3',
    fixable: true,
    messages: {
      punctuation: '{{level}}标题序号“{{marker}}”不规范，应为“{{expected}}”{{count}}。',
      beforeTop: '{{level}}标题“{{marker}}”出现在第一个“{{top}}”之前，层级颠倒。',
      topLevel: '本文第一层标题使用了“{{marker}}”；按 GB/T 9704，结构层次序数依次为“一、”“（一）”“1.”“（1）”。',
      skip: '{{level}}标题“{{marker}}”直接用在{{parentLevel}}标题“{{parent}}”之下，跳过了{{skipped}}这一层级。',
      skipTwo: '{{level}}标题“{{marker}}”直接用在{{parentLevel}}标题“{{parent}}”之下，跳过了{{skipped}}两个层级。',
      'sequence-start': '同一层级的序号应从“{{first}}”开始，此处为“{{marker}}”。',
      'sequence-gap': '标题序号不连续：“{{previous}}”之后是“{{marker}}”，缺少{{missing}}。',
      'sequence-repeat': '标题序号“{{marker}}”重复。',
      'sequence-swap': '标题顺序颠倒：“{{marker}}”排在“{{expected}}”之前。',
      'sequence-backwards': '标题序号顺序错乱：“{{previous}}”之后是“{{marker}}”。',
      itemPunctuation: '条文中项的序号“{{marker}}”不规范，应为“{{expected}}”{{count}}。',
      itemSkip: '条文中项“{{parent}}”之下的目直接用了“{{marker}}”，跳过了“1.”这一层级。',
      itemFirstLevel: '条文中的项使用了第一层序号“{{marker}}”，条文中的项应为“{{expected}}”{{count}}。',
      itemFourthLevel: '条文中的项直接使用了“{{marker}}”，跳过了“（一）”“1.”两个层级，条文中的项应为“{{expected}}”{{count}}。',
      itemThirdLevel: '条文中的项直接使用了目的序号“{{marker}}”，跳过了“（一）”这一层级，条文中的项应为“{{expected}}”{{count}}。',
      itemArabicPunctuation: '条文中的序号“{{marker}}”不规范，阿拉伯数字序号后用下圆点，应为“{{expected}}”{{count}}。',
      itemInverted: '条文中“{{outer}}”之下又用了“{{inner}}”，层级颠倒：项为“（一）”，目为“1.”。',
      itemOutOfList: '条文中“{{previous}}”与“{{next}}”之间的一项用了另一层级的序号“{{marker}}”，应为“{{expected}}”。',
    },
  },
  create(context) {
    for (const headings of outlinesByInstrument(context.document)) checkInstrument(context, headings);
    checkArticleItems(context, context.document);
  },
});
