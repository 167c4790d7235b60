/**
 * From the lines of every page to a SourceDocument: quality checks, running
 * lines out, footnotes aside, paragraphs rebuilt. Pure: no pdf.js here, so it
 * can be tested on hand-made lines, and the OFD reader uses it as it is.
 */
import type { ReaderNote, SideStream, SourceDocument } from '../../model.js';
import type { TextLine } from './lines.js';
import { bodyFontSize, measureLayout, type Layout } from './layout.js';
import { buildBlocks, lineFeatures, type ParagraphLine } from './paragraphs.js';
import { removeRunningLines, type RunningLine } from './running-lines.js';
import { separateFootnotes } from './footnotes.js';
import { addStats, checkTextLayer, emptyStats, formatPages } from './text-quality.js';
import { PDF_LAYOUT, type FixedLayoutFormat } from './fixed-layout-format.js';

export interface PageText {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  lines: TextLine[];
  /** Rotated or vertical items left out. */
  skipped: number;
}

export function assemble(pages: readonly PageText[], format: FixedLayoutFormat = PDF_LAYOUT): SourceDocument {
  const { name, notePrefix } = format;
  const { body: afterRunning, removed } = removeRunningLines(
    pages.map((p) => p.lines),
    pages.map((p) => p.height),
  );

  const stats = emptyStats();
  const emptyPages: number[] = [];
  afterRunning.forEach((lines, i) => {
    if (lines.length === 0) emptyPages.push(pages[i].page);
    for (const l of lines) addStats(stats, l.text);
  });
  const notes: ReaderNote[] = checkTextLayer(stats, pages.length, emptyPages, format);

  const bodySize = bodyFontSize(afterRunning.flat());
  const { body, footnotes } = separateFootnotes(afterRunning, bodySize);

  // Pages of one width share margins, so a page with a few short lines still
  // measures against the document's edges; a landscape page gets its own.
  const layouts = new Map<number, Layout>();
  const layoutOf = (i: number): Layout => {
    const width = Math.round(pages[i].width);
    let layout = layouts.get(width);
    if (!layout) {
      const same = body.filter((_, j) => Math.round(pages[j].width) === width);
      layout = measureLayout(same, bodySize, pages[i].width);
      layouts.set(width, layout);
    }
    return layout;
  };

  // Line numbers count the body lines of a page (headers, footers and
  // footnotes left out): "第 2 页第 1 行" is the first line of text a reader sees.
  const lines: ParagraphLine[] = [];
  body.forEach((pageLines, i) => {
    const layout = layoutOf(i);
    pageLines.forEach((line, k) => lines.push({ line, lineNo: k + 1, layout, features: lineFeatures(line, layout) }));
  });
  const blocks = buildBlocks(lines);

  const streams: SideStream[] = [...runningStreams(removed), ...footnotes.map((f) => ({ kind: 'footnote' as const, text: f.text }))];
  notes.push(...runningNotes(removed, notePrefix));
  if (footnotes.length > 0) {
    notes.push({
      code: `${notePrefix}_FOOTNOTES_SEPARATED`,
      message: `已将第 ${formatPages([...new Set(footnotes.map((f) => f.page))])} 页页面底部的 ${footnotes.length} 条脚注移出正文，另存为脚注`,
    });
  }
  const skipped = pages.reduce((n, p) => n + p.skipped, 0);
  if (skipped > 0) {
    notes.push({
      code: `${notePrefix}_ROTATED_TEXT_SKIPPED`,
      message: `已忽略 ${skipped} 处旋转或竖排的文字（常见于水印、印章、骑缝文字），这些文字未被审核`,
    });
  }
  notes.push({
    code: `${notePrefix}_PARAGRAPHS_REBUILT`,
    message: `${name} 没有段落标记，已按版面位置将 ${lines.length} 行正文合并为 ${blocks.length} 段；分段可能与原稿略有出入`,
  });
  return { format: format.format, pages: pages.length, blocks, streams, notes };
}

/** One stream per distinct running line (page numbers differ only in digits, so they make one). */
function runningStreams(removed: readonly RunningLine[]): SideStream[] {
  const seen = new Set<string>();
  const streams: SideStream[] = [];
  for (const r of removed) {
    const id = `${r.kind}:${r.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    streams.push({ kind: r.kind, text: r.line.text });
  }
  return streams;
}

function runningNotes(removed: readonly RunningLine[], notePrefix: string): ReaderNote[] {
  if (removed.length === 0) return [];
  const headers = removed.filter((r) => r.kind === 'header').length;
  const footers = removed.length - headers;
  const numbers = removed.filter((r) => r.pageNumber).length;
  const pages = new Set(removed.map((r) => r.line.page)).size;
  return [
    {
      code: `${notePrefix}_RUNNING_LINES_REMOVED`,
      message: `已从正文中移除 ${pages} 页上的页眉、页脚和页码共 ${removed.length} 行（页眉 ${headers} 行，页脚 ${footers} 行，其中页码 ${numbers} 行），其文字另存为页眉页脚`,
    },
  ];
}
