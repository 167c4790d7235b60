/**
 * What the tool read from one file (`hrss-audit inspect`): the header
 * fields, the tree of 编/章/节/条/款/项 or the outline (一、（一）1.（1）), the
 * closing (施行, 有效期, 落款, 成文日期), attachments, citations and the
 * reader's notes — each with the legal address a finding there would carry
 * and where it sits in the file. Like `eslint --print-config` or remark's
 * --tree-out: for a rule author choosing an address, and for a legal officer
 * puzzled by a finding. It shows what the structure pass found; it judges
 * nothing.
 */
import { documentCitations } from '../corpus/citations.js';
import { findInternalReferences } from '../document/structure/references.js';
import type { Block, LegalDocument, OutlineHeading, Span, StructureNode } from '../document/model.js';
import { addressAt, blockAt } from '../document/structure/locate.js';
import { printable } from '../io/printable.js';
import { formatChineseDate } from '../zh/dates.js';
import { displayWidth } from './stylish.js';

/** Where something sits: the line findings use (one paragraph per line), the page, and the file's own position. */
export interface InspectedWhere {
  /** Legal address, as a finding here would show it. */
  address: string;
  /** 1-based line in the extracted text (a finding's location.line). */
  line: number;
  page: number | null;
  /** 0-based paragraph in the source (docx: w:p). */
  paragraph: number | null;
  /** 1-based line in the source file (md, txt) or on the page (pdf). */
  sourceLine: number | null;
}

export interface InspectedField {
  label: string;
  text: string;
  where: InspectedWhere;
}

export interface InspectedNode {
  /** 编 章 节 条 款 项 目, or the outline level 一、 （一） 1. （1）. */
  kind: string;
  /** As written: 第三条, （一）, 一、; empty for a 款. */
  label: string;
  /** Heading text of a 编/章/节 or an outline heading; the opening words of an article, clause or item. */
  text: string;
  where: InspectedWhere;
  children: InspectedNode[];
}

export interface InspectedCitation {
  title: string;
  /** 第四十六条第一款 … as written after the title. */
  articles: string[];
  documentNumber: string | null;
  /** Mentioned as history (原《…》, 已废止的《…》), not relied on. */
  historical: boolean;
  /** The document's own title, or the title of what it issues. */
  self: boolean;
  where: InspectedWhere;
}

/** The document profile (what the document is), when the profile stage has run; shown as given. */
interface ProfileValueView {
  value: unknown;
  basis?: string;
  source?: string;
}
interface ProfileView {
  kind?: ProfileValueView;
  normative?: boolean;
  issuers?: Array<{ name: string; level?: string | null; region?: string | null; basis?: string }>;
  region?: ProfileValueView;
  dates?: Record<string, ProfileValueView | undefined>;
  stage?: ProfileValueView;
  form?: ProfileValueView;
}

export interface Inspection {
  path: string;
  format: string;
  pages: number | null;
  paragraphs: number;
  encoding: string | null;
  /** The document profile when the tool computes one (issue 11); absent otherwise. */
  profile?: unknown;
  header: InspectedField[];
  style: LegalDocument['style'];
  /** 编/章/节/条 with 款/项/目 (条文式), or the outline (通知式). */
  tree: InspectedNode[];
  preamble: InspectedField | null;
  /** Titles in the body that start another instrument: the measure a 印发 notice issues, an attachment. */
  bodyTitles: InspectedField[];
  closing: InspectedField[];
  attachments: InspectedField[];
  citations: InspectedCitation[];
  /** References to the document's own provisions: 本办法第十二条, 前款. */
  internalReferences: InspectedField[];
  notes: Array<{ code: string; message: string }>;
}

const KIND_NAME: Record<StructureNode['kind'], string> = { part: '编', chapter: '章', section: '节', article: '条', clause: '款', item: '项', subitem: '目' };
const OUTLINE_KIND = ['一、', '（一）', '1.', '（1）'];
const STYLE_NAME: Record<LegalDocument['style'], string> = {
  articles: '条文式（第X条）',
  outline: '通知式（一、（一）1.（1））',
  plain: '未识别出条文或层次标题',
};
const FORMAT_NAME: Record<string, string> = {
  docx: 'Word 文档',
  pdf: 'PDF',
  md: 'Markdown',
  txt: '纯文本',
  doc: '旧版 Word 文档',
  wps: 'WPS 文档',
  ofd: 'OFD',
};
const OPENING = 36;

function whereOf(doc: LegalDocument, offset: number): InspectedWhere {
  const index = Math.max(0, blockAt(doc, offset));
  const block: Block | undefined = doc.source.blocks[index];
  const inBlock = offset - (doc.blockStarts[index] ?? 0);
  let page = block?.source.page ?? null;
  let sourceLine = block?.source.line ?? null;
  for (const s of block?.source.segments ?? []) {
    if (s.offset > inBlock) break;
    if (s.page !== undefined) page = s.page;
    if (s.line !== undefined) sourceLine = s.line;
  }
  return { address: addressAt(doc, offset).address, line: index + 1, page, paragraph: block?.source.paragraph ?? null, sourceLine };
}

/** The text of a span on one line, shortened to its opening words. */
function opening(doc: LegalDocument, span: Span, max = OPENING): string {
  const text = doc.text.slice(span.start, span.end).split('\n')[0].trim();
  return [...text].length > max ? `${[...text].slice(0, max).join('')}…` : text;
}

function field(doc: LegalDocument, label: string, f: { text: string; span: Span } | undefined): InspectedField[] {
  return f ? [{ label, text: f.text, where: whereOf(doc, f.span.start) }] : [];
}

function structureNode(doc: LegalDocument, node: StructureNode, parentLabelEnd = 0): InspectedNode {
  const start = node.kind === 'clause' ? node.span.start : node.labelSpan.start;
  // The first clause starts with its article's label (第二条): its words come after it.
  const from = Math.max(node.labelSpan.end, parentLabelEnd <= node.span.end ? parentLabelEnd : 0);
  const text = node.title ?? opening(doc, { start: from, end: node.span.end });
  // An article of one clause has its items directly under it, as its legal address reads (第五条第（一）项).
  const children = node.kind === 'article' && node.children.length === 1 && node.children[0].kind === 'clause' ? node.children[0].children : node.children;
  return {
    kind: KIND_NAME[node.kind],
    label: node.label,
    text,
    where: whereOf(doc, start),
    children: children.map((c) => structureNode(doc, c, node.labelSpan.end)),
  };
}

function outlineTree(doc: LegalDocument, headings: readonly OutlineHeading[]): InspectedNode[] {
  const roots: InspectedNode[] = [];
  const stack: Array<{ level: number; node: InspectedNode }> = [];
  for (const h of headings) {
    const node: InspectedNode = {
      kind: OUTLINE_KIND[h.level - 1],
      label: h.marker,
      text: opening(doc, { start: h.labelSpan.end, end: h.span.end }),
      where: whereOf(doc, h.labelSpan.start),
      children: [],
    };
    while (stack.length > 0 && stack.at(-1)!.level >= h.level) stack.pop();
    (stack.at(-1)?.node.children ?? roots).push(node);
    stack.push({ level: h.level, node });
  }
  return roots;
}

export function inspectDocument(path: string, doc: LegalDocument): Inspection {
  const { header, closing } = doc;
  const closingFields: InspectedField[] = [];
  if (closing.effective) {
    const e = closing.effective;
    const when = e.date ? formatChineseDate(e.date.iso ?? `${e.date.year}-${e.date.month}-${e.date.day}`) : e.fromIssue ? '自印发（公布）之日' : '';
    closingFields.push({ label: '施行', text: `${opening(doc, e.span, 80)}${when ? `（${when}）` : ''}`, where: whereOf(doc, e.span.start) });
  }
  if (closing.validity) {
    const v = closing.validity;
    const detail = v.indefinite ? '长期有效' : v.months !== undefined ? `${v.months}个月` : v.until ? `至${v.until.text}` : '';
    closingFields.push({ label: '有效期', text: `${v.text}${detail ? `（${detail}）` : ''}`, where: whereOf(doc, v.span.start) });
  }
  for (const s of closing.signatories) closingFields.push(...field(doc, '落款机关', s));
  closingFields.push(...field(doc, '成文日期', closing.signedDate));

  const profile = (doc as LegalDocument & { profile?: unknown }).profile;
  return {
    path,
    format: doc.source.format,
    pages: doc.source.pages ?? null,
    paragraphs: doc.source.blocks.length,
    // Only text files have an encoding worth telling (a .docx is UTF-8 XML by definition).
    encoding: doc.source.format === 'txt' || doc.source.format === 'md' ? (doc.source.encoding ?? null) : null,
    ...(profile ? { profile } : {}),
    header: [
      ...header.issuers.flatMap((f) => field(doc, '发文机关', f)),
      ...field(doc, '发文字号', header.documentNumber),
      ...field(doc, '统一登记号', header.registrationNumber),
      ...field(doc, '标题', header.title),
      ...field(doc, '主送机关', header.recipients),
    ],
    style: doc.style,
    tree: doc.parts.length > 0 ? doc.parts.map((n) => structureNode(doc, n)) : outlineTree(doc, doc.outline),
    preamble: doc.preamble ? { label: '正文开头', text: opening(doc, doc.preamble, 60), where: whereOf(doc, doc.preamble.start) } : null,
    bodyTitles: (doc.bodyTitles ?? []).map((t) => ({ label: '文件标题', text: t.text, where: whereOf(doc, t.span.start) })),
    closing: closingFields,
    attachments: doc.attachments.map((a) => ({
      label: a.where === 'list' ? '附件说明' : '附件',
      text: `${a.number !== undefined ? `${a.number}. ` : ''}${a.title}`,
      where: whereOf(doc, a.span.start),
    })),
    citations: documentCitations(doc).map((c) => ({
      title: c.title,
      articles: c.articles.map((a) => a.text),
      documentNumber: c.documentNumber?.text ?? null,
      historical: c.historical,
      self: c.self,
      where: whereOf(doc, c.span.start),
    })),
    internalReferences: findInternalReferences(doc.text).map((r) => ({ label: r.word, text: r.text, where: whereOf(doc, r.start) })),
    notes: doc.source.notes.map((n) => ({ code: n.code, message: n.message })),
  };
}

/** 行12 · 第2页 · 第7段: the extracted line first (what findings print), then the file's own position. */
function place(i: Inspection, w: InspectedWhere): string {
  const parts = [`行${w.line}`];
  if (w.page !== null) parts.push(`第${w.page}页`);
  if (i.format === 'md' || i.format === 'txt') {
    if (w.sourceLine !== null) parts.push(`源文件第${w.sourceLine}行`);
  } else if (i.format === 'pdf' || i.format === 'ofd') {
    if (w.sourceLine !== null) parts.push(`页内第${w.sourceLine}行`);
  } else if (w.paragraph !== null) parts.push(`第${w.paragraph + 1}段`);
  return parts.join(' · ');
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

const PROFILE_WORDS: Record<string, string> = {
  national: '中央',
  provincial: '省级',
  municipal: '市级',
  county: '县级',
  draft: '草案',
  issued: '已印发',
  articles: '条文式',
  outline: '通知式',
  issuing: '印发通知及所印发的文件',
  letter: '批复、函',
  plain: '其他',
};
const DATE_NAME: Record<string, string> = {
  signed: '成文日期',
  published: '公布日期',
  revised: '修改日期',
  effective: '施行日期',
  validUntil: '有效期至',
  reference: '据以判断的日期',
};

function profileLines(p: ProfileView): string[] {
  const word = (v: unknown): string =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatChineseDate(v) : (PROFILE_WORDS[String(v)] ?? String(v));
  const value = (v: ProfileValueView | undefined): string => (v ? `${word(v.value)}${v.basis ? `（${v.basis}）` : ''}` : '');
  const out: string[] = [];
  if (p.kind) out.push(`  文件类型  ${value(p.kind)}${p.normative === false ? '；不是规范性文件' : ''}`);
  for (const i of p.issuers ?? []) {
    const where = [i.level ? word(i.level) : null, i.region].filter(Boolean);
    out.push(`  制定机关  ${i.name}${where.length > 0 ? `（${where.join('，')}）` : ''}${i.basis ? `：${i.basis}` : ''}`);
  }
  if (p.region) out.push(`  地区      ${value(p.region)}`);
  for (const [k, v] of Object.entries(p.dates ?? {})) if (v) out.push(`  ${DATE_NAME[k] ?? k}  ${value(v)}`);
  if (p.stage) out.push(`  阶段      ${value(p.stage)}`);
  if (p.form) out.push(`  形式      ${value(p.form)}`);
  return out;
}

/** The inspection as text for a terminal, labels in Chinese; file text is escaped like every printed string. */
export function renderInspection(i: Inspection): string {
  const out: string[] = [];
  const t = (s: string): string => printable(s);
  const facts = [
    FORMAT_NAME[i.format] ?? i.format,
    i.pages !== null ? `${i.pages} 页` : null,
    `${i.paragraphs} 段`,
    i.encoding ? `编码 ${i.encoding}` : null,
  ].filter(Boolean);
  out.push(`文件：${t(i.path)}（${facts.join('，')}）`);
  out.push('位置说明：“行N”是审核结果中的行号（提取文本每段一行），其后是文件中的位置；左列是问题在此处时报告的位置。');
  if (i.notes.length > 0) {
    out.push('', '读取说明');
    for (const n of i.notes) out.push(`  ${t(n.message)}（${n.code}）`);
  }
  if (i.profile) {
    const lines = profileLines(i.profile as ProfileView);
    if (lines.length > 0) out.push('', '文件画像', ...lines.map(t));
  }

  const table = (title: string, rows: InspectedField[], empty?: string): void => {
    if (rows.length === 0 && empty === undefined) return;
    out.push('', title);
    if (rows.length === 0) out.push(`  ${empty}`);
    const width = Math.max(0, ...rows.map((r) => displayWidth(r.label)));
    for (const r of rows) out.push(`  ${pad(r.label, width)}  ${t(r.text)}  〔${r.where.address}；${place(i, r.where)}〕`);
  };
  table('文头', i.header, '（未识别出发文机关、发文字号、统一登记号、标题）');

  const counts = new Map<string, number>();
  const count = (nodes: InspectedNode[]): void =>
    nodes.forEach((n) => {
      counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
      count(n.children);
    });
  count(i.tree);
  const summary = ['编', '章', '节', '条', '款', '项', '目', ...OUTLINE_KIND]
    .filter((k) => counts.has(k))
    .map((k) => `${counts.get(k)} ${k}`)
    .join('，');
  out.push('', `正文结构：${STYLE_NAME[i.style]}${summary ? `；${summary}` : ''}`);
  if (i.preamble) out.push(`  正文开头  ${t(i.preamble.text)}  〔${place(i, i.preamble.where)}〕`);
  const tree = (nodes: InspectedNode[], depth: number): void => {
    for (const n of nodes) {
      // An outline heading's address (第一部分) does not show its marker (一、); an article's does.
      const label = n.label && !n.where.address.includes(n.label) ? n.label : '';
      out.push(`${'  '.repeat(depth + 1)}${n.where.address}  ${t(label + n.text)}  〔${place(i, n.where)}〕`);
      tree(n.children, depth + 1);
    }
  };
  tree(i.tree, 0);
  table('正文中的文件标题（所印发的文件、附件）', i.bodyTitles);
  table('文末', i.closing, '（未识别出施行日期、有效期、落款和成文日期）');
  table('附件', i.attachments);

  out.push('', `引用的法律文件（${i.citations.length} 处）`);
  if (i.citations.length === 0) out.push('  （无）');
  for (const c of i.citations) {
    const marks = [c.self ? '本文件自身' : null, c.historical ? '历史引用，非现行依据' : null].filter(Boolean);
    out.push(
      `  《${t(c.title)}》${t(c.articles.join('、'))}${c.documentNumber ? `（${t(c.documentNumber)}）` : ''}${marks.length > 0 ? ` [${marks.join('；')}]` : ''}  〔${c.where.address}；${place(i, c.where)}〕`,
    );
  }
  if (i.internalReferences.length > 0) {
    out.push('', `引用本文件条款（${i.internalReferences.length} 处）`);
    for (const r of i.internalReferences) out.push(`  ${t(r.text)}  〔${r.where.address}；${place(i, r.where)}〕`);
  }
  return `${out.join('\n')}\n`;
}
