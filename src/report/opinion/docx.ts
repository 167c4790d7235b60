/**
 * The opinion as a Word document laid out as an official document
 * (GB/T 9704—2012): A4, margins 37/35/28/26 mm, title in 二号 方正小标宋简体,
 * body in 三号 仿宋_GB2312 on a fixed 28 pt line, headings in 黑体/楷体, page
 * numbers "— 1 —" in 四号 宋体 at the foot, outside edge (odd right, even
 * left). Built with the docx package, loaded only when this format is asked for.
 *
 * Fonts: a run names one font per script; when the GB fonts are missing,
 * Word and WPS look up w:altName in the font table and LibreOffice uses
 * fontconfig (zh-CN language tags steer it to a CJK font such as Noto
 * Serif CJK SC). So the font table is completed after packing with each
 * font's alternate name, GB2312 charset and family.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type * as DocxModule from 'docx';
import type { Report } from '../../engine/types.js';
import { importModule } from '../../io/import-module.js';
import type { ReportContext } from '../context.js';
import {
  PROBLEM_COLUMNS,
  RULE_COLUMNS,
  NOT_APPLICABLE_COLUMNS,
  SECTION,
  SUMMARY_COLUMNS,
  buildOpinion,
  countsText,
  quoteTitle,
  signatureLines,
  type Opinion,
  type OpinionDocument,
} from './model.js';
import { joined, unbreakablePieces } from './signed-text.js';

type Docx = typeof DocxModule;
type Child = DocxModule.Paragraph | DocxModule.Table;

const LATIN = 'Times New Roman';
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  hei: '黑体',
  kai: '楷体_GB2312',
  song: '宋体',
} as const;

/**
 * Font table entries added after packing: alternate name, charset 86 (GB2312), family, pitch.
 * Word and WPS fall back to the alternate name when the GB font is not installed.
 */
export const FONT_TABLE: Array<{ name: string; altName: string; family: string; pitch: string; panose: string }> = [
  { name: FONTS.title, altName: '华文中宋', family: 'roman', pitch: 'variable', panose: '02010600030101010101' },
  { name: FONTS.body, altName: '仿宋', family: 'modern', pitch: 'fixed', panose: '02010609030101010101' },
  { name: FONTS.hei, altName: 'SimHei', family: 'modern', pitch: 'fixed', panose: '02010609060101010101' },
  { name: FONTS.kai, altName: '楷体', family: 'modern', pitch: 'fixed', panose: '02010609030101010101' },
  { name: FONTS.song, altName: 'SimSun', family: 'auto', pitch: 'variable', panose: '02010600030101010101' },
];

// Sizes in half-points.
const SIZE = { title: 44, heading: 36, body: 32, footer: 28, table: 24, small: 21 } as const;
/** A4 and the GB/T 9704 margins, in twips (1 mm = 56.7 twips). */
export const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right; // 8844 twips = 156 mm
/** Fixed 28 pt lines: 22 lines on the 225 mm type area, as GB/T 9704 asks. */
const LINE = 560;
const INDENT = 640; // two characters of 16 pt

function font(name: string): DocxModule.IFontAttributesProperties {
  return { ascii: LATIN, hAnsi: LATIN, eastAsia: name, cs: LATIN, hint: 'eastAsia' };
}

class Builder {
  readonly children: Child[] = [];
  constructor(readonly d: Docx) {}

  run(text: string, options: Partial<DocxModule.IRunOptions> = {}): DocxModule.TextRun {
    return new this.d.TextRun({ text, ...options });
  }

  /**
   * Text as runs that wrap well: codes such as GB/T 9704—2012 held together,
   * and numbers and Latin words marked English, so that LibreOffice, which
   * breaks text marked Chinese anywhere, keeps 2025 or 7.3.5.4 whole as Word
   * does (the Chinese text keeps its full-width quotes and punctuation).
   */
  runs(text: string, options: Partial<DocxModule.IRunOptions> = {}): DocxModule.TextRun[] {
    const held = unbreakablePieces(text)
      .map((p) => (p.keep ? joined(p.text) : p.text))
      .join('');
    return splitLatin(held).map((piece) => this.run(piece.text, piece.latin ? { ...options, language: { value: 'en-US', eastAsia: 'zh-CN' } } : options));
  }

  para(children: DocxModule.ParagraphChild[] | string, options: Partial<DocxModule.IParagraphOptions> = {}): DocxModule.Paragraph {
    const runs = typeof children === 'string' ? [this.run(children)] : children;
    return new this.d.Paragraph({ children: runs, ...options });
  }

  add(...c: Child[]): void {
    this.children.push(...c);
  }

  title(text: string, pageBreakBefore = false): void {
    this.add(this.para([this.run(text)], { style: 'OpinionTitle', pageBreakBefore }));
  }

  heading(text: string, bookmark?: string, pageBreakBefore = false): void {
    const runs: DocxModule.ParagraphChild[] = [this.run(text)];
    this.add(
      this.para(bookmark ? [new this.d.Bookmark({ id: bookmark, children: runs as DocxModule.TextRun[] })] : runs, {
        style: 'OpinionHeading',
        pageBreakBefore,
      }),
    );
  }

  section(text: string): void {
    this.add(this.para([this.run(text)], { style: 'OpinionSection' }));
  }

  subsection(text: string, bookmark?: string): void {
    const runs = [this.run(text)];
    this.add(this.para(bookmark ? [new this.d.Bookmark({ id: bookmark, children: runs })] : runs, { style: 'OpinionSubsection' }));
  }

  body(text: string | DocxModule.ParagraphChild[]): void {
    this.add(this.para(typeof text === 'string' ? this.runs(text) : text, { style: 'OpinionBody' }));
  }

  /** A labelled line: 黑体 label, body text. */
  labelled(label: string, text: string): void {
    this.add(this.para([this.run(`${label}：`, { font: font(FONTS.hei) }), ...this.runs(text)], { style: 'OpinionBody' }));
  }

  quote(cite: string, text: string): void {
    const lines = text.split(/\r\n?|\n/);
    this.add(this.para([this.run(cite, { font: font(FONTS.hei) })], { style: 'OpinionQuote' }));
    for (const line of lines) this.add(this.para([this.run(line)], { style: 'OpinionQuote' }));
  }

  right(lines: string[]): void {
    for (const l of lines)
      this.add(this.para([this.run(l)], { style: 'OpinionBody', alignment: this.d.AlignmentType.RIGHT, indent: { right: INDENT, firstLine: 0 } }));
  }

  cell(content: string | DocxModule.ParagraphChild[], options: { width: number; header?: boolean; center?: boolean }): DocxModule.TableCell {
    const d = this.d;
    const runs = typeof content === 'string' ? this.runs(content, options.header ? { font: font(FONTS.hei) } : {}) : content;
    return new d.TableCell({
      width: { size: options.width, type: d.WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      shading: options.header ? { type: d.ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
      verticalAlign: d.VerticalAlign.CENTER,
      children: [
        new d.Paragraph({ style: 'OpinionTable', alignment: options.header || options.center ? d.AlignmentType.CENTER : d.AlignmentType.LEFT, children: runs }),
      ],
    });
  }

  table(head: readonly string[], widths: number[], rows: Array<Array<string | DocxModule.ParagraphChild[]>>, centered: number[] = []): void {
    const d = this.d;
    const border = { style: d.BorderStyle.SINGLE, size: 6, color: '000000' };
    this.add(
      new d.Table({
        width: { size: widths.reduce((a, b) => a + b, 0), type: d.WidthType.DXA },
        columnWidths: widths,
        layout: d.TableLayoutType.FIXED,
        borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        rows: [
          ...(head.length > 0
            ? [new d.TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => this.cell(h, { width: widths[i], header: true })) })]
            : []),
          ...rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((c, i) => this.cell(c, { width: widths[i], center: centered.includes(i) })) })),
        ],
      }),
    );
    // A table followed directly by a heading looks cramped; an empty line separates them.
    this.add(this.para([this.run('')], { style: 'OpinionTable' }));
  }
}

function facts(b: Builder, d: OpinionDocument, o: Opinion): void {
  const rows: string[][] = d.facts.map((f) => [f.label, f.value]);
  rows.push(['审核基准日', o.asOfText]);
  if (d.status === 'ok') rows.push(['审核结论', d.verdictLabel ?? '']);
  b.table([], [1900, TEXT_WIDTH - 1900], rows);
  for (const n of d.notes) b.labelled('说明', n);
}

function documentPart(b: Builder, d: OpinionDocument, o: Opinion): void {
  if (!o.multiple) b.title(o.title);
  // With several documents each opinion starts on a new page after the summary.
  b.heading(d.heading, d.id, o.multiple);
  b.section(SECTION.facts);
  facts(b, d, o);
  if (d.status === 'unreadable') {
    b.section(SECTION.conclusion);
    b.body(d.conclusion);
    return;
  }
  b.section(SECTION.bases);
  if (d.bases.length === 0) b.body('（本次审核未引用具体依据。）');
  d.bases.forEach((basis, i) => b.body(`${i + 1}. ${basis}`));

  b.section(SECTION.problems);
  if (d.problems.length === 0) b.body('未发现问题。');
  else {
    b.body(`共 ${d.problems.length} 项（${countsText(d.counts)}）。`);
    // 依据 wide enough for a standard number and the 《 that may not be parted from it (GB/T 9704—2012《党: about
    // 115 pt at 12 pt), 修改建议 for an HNPR and year; 问题 keeps eight characters a line.
    b.table(
      PROBLEM_COLUMNS,
      [560, 1300, 2084, 2700, TEXT_WIDTH - 6644],
      d.problems.map((p) => [String(p.number), p.position, `【${p.severityLabel}】${p.message}`, p.basis ?? '—', p.suggestion ?? '—']),
      [0],
    );

    b.section(SECTION.details);
    d.groups.forEach((g, gi) => {
      b.subsection(`（${chineseOrdinal(gi + 1)}）${g.heading}`, g.id.replace(/-/g, '_'));
      for (const p of g.problems) {
        // No rule ids in the signed text: the appendix lists the rules applied.
        b.body([b.run(`问题 ${p.number}`, { font: font(FONTS.hei) }), b.run(`【${p.severityLabel}】${p.position}`)]);
        b.labelled('原文', p.excerpt || '（无）');
        b.labelled('问题', p.message);
        b.labelled('依据', p.basis ?? '—');
        b.labelled('修改建议', p.suggestion ?? '—');
        for (const r of p.related) b.quote(`${quoteTitle(r.title)}${r.article ?? ''}：`, r.text);
      }
    });
  }
  b.section(SECTION.conclusion);
  b.body([b.run(d.conclusion, { bold: true })]);
  if (!o.multiple) b.right(signatureLines(o));
}

/** Runs of Latin letters and digits (with the . / - — joining them, and word joiners) apart from the Chinese text around them. */
function splitLatin(text: string): Array<{ text: string; latin: boolean }> {
  const out: Array<{ text: string; latin: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(/[A-Za-z0-9](?:[A-Za-z0-9.\/\u00a0\u2060—-]*[A-Za-z0-9])?/gu)) {
    if (m.index! > last) out.push({ text: text.slice(last, m.index), latin: false });
    out.push({ text: m[0], latin: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), latin: false });
  return out;
}

const CN_DIGITS = '〇一二三四五六七八九';
function chineseOrdinal(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return String(n);
}

function summaryPart(b: Builder, o: Opinion): void {
  b.title(o.title);
  b.heading(SECTION.summary);
  b.body(
    `审核基准日：${o.asOfText}。共审核 ${o.totals.documents} 个文件${o.totals.unreadable > 0 ? `，其中 ${o.totals.unreadable} 个无法读取` : ''}；${countsText(o.totals)}。`,
  );
  const d = b.d;
  b.table(
    SUMMARY_COLUMNS,
    [700, 3544, 2600, 660, 660, 680],
    o.summary.map((s) => [
      String(s.ordinal),
      [new d.InternalHyperlink({ anchor: s.id, children: [b.run(s.title)] }), b.run(`（${s.path}）`, { size: SIZE.small, color: '444444' })],
      s.error ? `${s.result}：${s.error}` : s.result,
      String(s.errors),
      String(s.warnings),
      String(s.infos),
    ]),
    [0, 3, 4, 5],
  );
  b.right(signatureLines(o));
}

function appendixPart(b: Builder, o: Opinion): void {
  b.add(b.para([b.run(SECTION.appendix)], { style: 'OpinionSection', pageBreakBefore: true }));
  if (o.appendix.rules)
    b.table(
      RULE_COLUMNS,
      [2600, TEXT_WIDTH - 3600, 1000],
      o.appendix.rules.map((r) => [r.id, r.description, r.severityLabel]),
      [2],
    );
  else b.body('（未提供规则清单。）');
  if (o.appendix.notApplicable.length > 0) {
    b.body(`${SECTION.notApplicable}：`);
    b.table(
      NOT_APPLICABLE_COLUMNS,
      [2600, 2400, TEXT_WIDTH - 5000],
      o.appendix.notApplicable.map((n) => [n.document, n.ruleId, `不适用：${n.reason}`]),
      [],
    );
  }
  b.body(o.appendix.corpus);
  b.body(o.appendix.disclaimer);
}

function styles(d: Docx): DocxModule.IStylesOptions {
  const lang = { value: 'zh-CN', eastAsia: 'zh-CN' };
  const body = { line: LINE, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 };
  return {
    default: {
      document: { run: { font: font(FONTS.body), size: SIZE.body, language: lang }, paragraph: { spacing: body } },
    },
    paragraphStyles: [
      {
        id: 'OpinionTitle',
        name: '意见书标题',
        basedOn: 'Normal',
        next: 'OpinionBody',
        quickFormat: true,
        run: { font: font(FONTS.title), size: SIZE.title },
        paragraph: { alignment: d.AlignmentType.CENTER, spacing: { line: 760, lineRule: d.LineRuleType.EXACT, before: 0, after: 280 }, keepNext: true },
      },
      {
        id: 'OpinionHeading',
        name: '意见书副标题',
        basedOn: 'Normal',
        next: 'OpinionBody',
        quickFormat: true,
        run: { font: font(FONTS.title), size: SIZE.heading },
        paragraph: { alignment: d.AlignmentType.CENTER, spacing: { line: 640, lineRule: d.LineRuleType.EXACT, before: 0, after: 280 }, keepNext: true },
      },
      {
        id: 'OpinionSection',
        name: '意见书一级标题',
        basedOn: 'Normal',
        next: 'OpinionBody',
        quickFormat: true,
        run: { font: font(FONTS.hei), size: SIZE.body },
        paragraph: { spacing: { ...body, before: 160 }, indent: { firstLine: INDENT }, keepNext: true, outlineLevel: 0 },
      },
      {
        id: 'OpinionSubsection',
        name: '意见书二级标题',
        basedOn: 'Normal',
        next: 'OpinionBody',
        quickFormat: true,
        run: { font: font(FONTS.kai), size: SIZE.body },
        paragraph: { spacing: body, indent: { firstLine: INDENT }, keepNext: true, outlineLevel: 1 },
      },
      {
        id: 'OpinionBody',
        name: '意见书正文',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: font(FONTS.body), size: SIZE.body },
        paragraph: { spacing: body, indent: { firstLine: INDENT }, alignment: d.AlignmentType.JUSTIFIED },
      },
      {
        id: 'OpinionQuote',
        name: '意见书引文',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: font(FONTS.kai), size: SIZE.body },
        paragraph: {
          spacing: body,
          indent: { left: INDENT, firstLine: 0 },
          border: { left: { style: d.BorderStyle.SINGLE, size: 12, color: '888888', space: 8 } },
        },
      },
      {
        id: 'OpinionTable',
        name: '意见书表格',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: font(FONTS.body), size: SIZE.table },
        paragraph: { spacing: { line: 240, lineRule: d.LineRuleType.AUTO, before: 0, after: 0 } },
      },
      {
        id: 'OpinionFooter',
        name: '意见书页码',
        basedOn: 'Normal',
        run: { font: font(FONTS.song), size: SIZE.footer },
        paragraph: { spacing: { line: 240, lineRule: d.LineRuleType.AUTO } },
      },
    ],
  };
}

function footer(d: Docx, alignment: 'right' | 'left'): DocxModule.Footer {
  // GB/T 9704 7.5: 单页码居右空一字，双页码居左空一字.
  // The footer distance puts the number about 7 mm below the type area.
  const indent = alignment === 'right' ? { right: 280 } : { left: 280 };
  return new d.Footer({
    children: [
      new d.Paragraph({
        style: 'OpinionFooter',
        alignment: alignment === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        indent,
        children: [new d.TextRun({ children: ['— ', d.PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** Add alternate names, charset and family for the GB fonts to word/fontTable.xml. */
export function completeFontTable(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const name = 'word/fontTable.xml';
  const entries = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  const xml = files[name] ? strFromU8(files[name]) : undefined;
  if (xml === undefined) return docx;
  // Replace any entries the packer wrote for these names, then append ours (the root may be empty: <w:fonts …/>).
  let out = xml;
  for (const f of FONT_TABLE) out = out.replace(new RegExp(`<w:font w:name="${f.name}"(?:/>|>[\\s\\S]*?</w:font>)`, 'g'), '');
  if (out.includes('</w:fonts>')) out = out.replace('</w:fonts>', `${entries}</w:fonts>`);
  else if (/<w:fonts\b[^>]*\/>\s*$/.test(out)) out = out.replace(/\/>\s*$/, `>${entries}</w:fonts>`);
  else return docx;
  const zippable: Zippable = {};
  for (const [k, v] of Object.entries(files)) zippable[k] = k === name ? strToU8(out) : v;
  return zipSync(zippable, { level: 6 });
}

export async function renderOpinionDocx(report: Report, context: ReportContext = {}): Promise<Uint8Array> {
  const d = await importModule<Docx>('docx');
  const o = buildOpinion(report, context);
  const b = new Builder(d);
  if (o.multiple || o.documents.length === 0) summaryPart(b, o);
  for (const doc of o.documents) documentPart(b, doc, o);
  appendixPart(b, o);

  const first = o.documents[0];
  const document = new d.Document({
    creator: o.author ?? o.office ?? o.appendix.tool,
    title: o.multiple || !first ? o.title : `${o.title}：${first.title}`,
    description: o.appendix.disclaimer,
    evenAndOddHeaderAndFooters: true,
    styles: styles(d),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 851, footer: 1304 },
          },
        },
        footers: { default: footer(d, 'right'), even: footer(d, 'left') },
        children: b.children,
      },
    ],
  });
  const packed = await d.Packer.toBuffer(document);
  return completeFontTable(new Uint8Array(packed));
}
