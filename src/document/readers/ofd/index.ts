/**
 * The .ofd reader (GB/T 33190-2016): pages in the order Document.xml lists
 * them, text placed from TextCode positions, then the PDF reader's own line
 * grouping and page assembly (running headers and footers out, footnotes
 * aside, paragraphs rebuilt, scanned and garbled text layers recognised),
 * so both fixed-layout formats read alike and carry page numbers.
 */
import { HrssError, isHrssError } from '../../../errors.js';
import type { SourceDocument } from '../../model.js';
import { assemble, type PageText } from '../pdf/assemble.js';
import type { FixedLayoutFormat } from '../pdf/fixed-layout-format.js';
import { groupLines, hasInk, isWide, type Run } from '../pdf/lines.js';
import type { Reader, ReadOptions } from '../reader.js';
import { readContent, type PageContent, type PlacedText } from './content.js';
import { openPackage, readXml, type Box, type OfdPackage } from './package.js';

export const OFD_LAYOUT: FixedLayoutFormat = {
  format: 'ofd',
  name: 'OFD',
  notePrefix: 'OFD',
  noTextCode: 'E_OFD_NO_TEXT',
  garbledCode: 'E_OFD_GARBLED',
  garbledCause: '（文字编码可能有误）',
};

/** Millimetres to points: the line and paragraph rules are tuned in points. */
const PT = 72 / 25.4;
const A4: Box = { x: 0, y: 0, width: 210, height: 297 };

export const readOfd: Reader = async (data: Uint8Array, options: ReadOptions): Promise<SourceDocument> => readOfdSync(data, options);

export function readOfdSync(data: Uint8Array, options: ReadOptions): SourceDocument {
  try {
    return read(data, options);
  } catch (e) {
    if (isHrssError(e)) throw e;
    if (e instanceof RangeError) throw new HrssError('E_OUT_OF_MEMORY', '处理该 OFD 文件时内存不足或数据过大', { cause: e });
    throw new HrssError('E_INTERNAL', '读取 OFD 文件时发生内部错误', { cause: e });
  }
}

function read(data: Uint8Array, options: ReadOptions): SourceDocument {
  const pkg = openPackage(data, options.limits);
  const max = options.limits.maxPdfPages;
  if (pkg.pages.length > max) throw new HrssError('E_LIMIT_PAGES', `OFD 共 ${pkg.pages.length} 页，超过页数上限 ${max} 页`);
  const templates = new Map<string, PageContent | undefined>();
  const templateContent = (id: string): PageContent | undefined => {
    if (!templates.has(id)) {
      const path = pkg.templates.get(id);
      const tok = path !== undefined ? readXml(pkg, path) : undefined;
      templates.set(id, tok ? readContent(tok) : undefined);
    }
    return templates.get(id);
  };
  const pages: PageText[] = pkg.pages.map((ref, i) => {
    const tok = readXml(pkg, ref.path)!;
    const content = readContent(tok);
    const texts = [...content.texts];
    let skipped = content.skipped;
    for (const id of content.templates) {
      const t = templateContent(id);
      if (t) {
        texts.push(...t.texts);
        skipped += t.skipped;
      }
    }
    return pageText(i + 1, content.box ?? pkg.pageArea ?? A4, texts, skipped);
  });
  const doc = assemble(pages, OFD_LAYOUT);
  if (pkg.signed) {
    doc.notes.push({ code: 'OFD_SIGNED', message: '文件含有电子签章或数字签名；本工具只读取文字，未校验也未改动签章' });
  }
  return doc;
}

/** One page's text in the quarter turn most of its characters use, as the lines the PDF reader builds. */
export function pageText(page: number, box: Box, texts: readonly PlacedText[], skipped: number): PageText {
  const counts = [0, 0, 0, 0];
  for (const t of texts) counts[t.turn] += t.glyphs.length;
  const turn = counts.indexOf(Math.max(...counts));
  const turned = turn % 2 === 1;
  const width = (turned ? box.height : box.width) * PT;
  const height = (turned ? box.width : box.height) * PT;
  const runs: Run[] = [];
  for (const t of texts) {
    if (t.turn !== turn) {
      skipped++;
      continue;
    }
    runs.push(...runsOf(t, box, turn));
  }
  return { page, width, height, lines: groupLines(runs, page), skipped };
}

/** A page point (mm) in the reading frame of a quarter turn, in points. */
function toFrame(x: number, y: number, box: Box, turn: number): [number, number] {
  const px = x - box.x;
  const py = y - box.y;
  switch (turn) {
    case 1:
      return [py * PT, (box.width - px) * PT];
    case 2:
      return [(box.width - px) * PT, (box.height - py) * PT];
    case 3:
      return [(box.height - py) * PT, px * PT];
    default:
      return [px * PT, py * PT];
  }
}

/**
 * Glyphs of one TextCode → runs: a new run wherever the next glyph leaves
 * the baseline or stands more than about half an em from the one before (a
 * table column, a justified gap); spaces inside a run are kept, at its ends
 * they are trimmed. Whether a gap between runs is a space is then decided by
 * the PDF line builder, from geometry, as for PDF.
 */
function runsOf(t: PlacedText, box: Box, turn: number): Run[] {
  const size = t.size * PT;
  const em = t.em * PT;
  const runs: Run[] = [];
  let str = '';
  let y = 0;
  let prevX = 0;
  let right = 0;
  let inkStart = -1;
  let inkRight = 0;
  let inkX = 0;
  const flush = (): void => {
    const text = str.replace(/[^\S\u3000]+/g, ' ').trim();
    if (inkStart >= 0 && hasInk(text)) runs.push({ str: text, x: inkX, y, w: Math.max(0, inkRight - inkX), size });
    str = '';
    inkStart = -1;
  };
  for (let i = 0; i < t.glyphs.length; i++) {
    const g = t.glyphs[i];
    const [gx, gy] = toFrame(g.x, g.y, box, turn);
    const width = em * (isWide(g.ch.codePointAt(0) ?? 0) ? 1 : 0.5);
    const ink = /\S/.test(g.ch) && g.ch !== '\u3000';
    // Off the baseline, a wide gap, or a step back (a DeltaX that returns to the start of the next line).
    if (str !== '' && (Math.abs(gy - y) > 0.2 * size || gx - right > 0.6 * size || gx < prevX - 0.3 * size)) flush();
    if (str === '') y = gy;
    prevX = gx;
    str += g.ch;
    right = gx + width;
    if (ink) {
      if (inkStart < 0) {
        inkStart = i;
        inkX = gx;
      }
      inkRight = gx + width;
    }
  }
  flush();
  return runs;
}
