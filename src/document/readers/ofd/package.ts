/**
 * The OFD package (GB/T 33190-2016 §7): a zip whose entry file OFD.xml names
 * the document root (Document.xml), which lists the pages in reading order
 * and the template pages they draw on. Paths are resolved as the standard
 * says: from the package root when they start with "/", otherwise from the
 * folder of the file that names them. The zip and XML go through the same
 * guarded reader and tokenizer as .docx (sizes, ratios, entries, depth, no
 * entity expansion). Signatures are never opened.
 */
import { HrssError } from '../../../errors.js';
import type { Limits } from '../../limits.js';
import { decodeXml } from '../docx/decode.js';
import { CLOSE, END, OPEN, TEXT, XmlTokenizer } from '../docx/xml-tokenizer.js';
import { ZipArchive } from '../docx/zip.js';

export interface OfdPageRef {
  /** Part name of the page's content. */
  path: string;
  /** Page size in millimetres, when the page or the document says. */
  box?: Box;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OfdPackage {
  zip: ZipArchive;
  limits: Limits;
  pages: OfdPageRef[];
  /** Template page id → part name. */
  templates: Map<string, string>;
  /** Default page area of the document. */
  pageArea?: Box;
  /** Signatures declared by the package (counted, never read). */
  signed: boolean;
}

export const LABEL = 'OFD';

export function ofdCorrupt(detail: string): HrssError {
  return new HrssError('E_OFD_CORRUPT', `OFD 文件已损坏或不是有效的 OFD：${detail}`);
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Resolve a path named in `from` (a part name) to a part name. */
export function resolvePath(from: string, target: string): string {
  const clean = target.trim().replace(/\\/g, '/');
  const base = clean.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of clean.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

export function parseBox(text: string | undefined): Box | undefined {
  if (text === undefined) return undefined;
  const v = text
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (v.length !== 4 || v.some((n) => !Number.isFinite(n))) return undefined;
  return { x: v[0], y: v[1], width: v[2], height: v[3] };
}

export function readXml(pkg: { zip: ZipArchive; limits: Limits }, path: string): XmlTokenizer | undefined {
  const bytes = pkg.zip.read(path);
  if (!bytes) return undefined;
  return new XmlTokenizer(decodeXml(bytes).text, path, pkg.limits.maxXmlDepth, LABEL);
}

/** Text content of the current element (after its OPEN token), up to its CLOSE. */
export function elementText(tok: XmlTokenizer): string {
  if (tok.selfClosing) return '';
  const stop = tok.depth - 1;
  let text = '';
  while (tok.next() !== END) {
    if (tok.kind === CLOSE && tok.depth === stop) break;
    if (tok.kind === TEXT) text += tok.text();
  }
  return text;
}

export function openPackage(data: Uint8Array, limits: Limits): OfdPackage {
  const zip = new ZipArchive(data, limits, LABEL);
  if (!zip.has('OFD.xml')) {
    if (zip.has('word/document.xml')) throw ofdCorrupt('这是 Word 文档（.docx）改了扩展名，请改为 .docx 扩展名');
    throw ofdCorrupt('压缩包中没有入口文件 OFD.xml');
  }
  const pkg = { zip, limits };
  const root = parseEntry(readXml(pkg, zip.entry('OFD.xml')!.name)!);
  if (!root.docRoot) throw ofdCorrupt('OFD.xml 中没有指明文档根节点（DocRoot）');
  const docPath = resolvePath('', root.docRoot);
  const docTok = zip.has(docPath) ? readXml(pkg, zip.entry(docPath)!.name) : undefined;
  if (!docTok) throw ofdCorrupt(`缺少文档根节点文件 ${docPath}`);
  const doc = parseDocument(docTok, zip.entry(docPath)!.name);
  const pages: OfdPageRef[] = [];
  for (const p of doc.pages) {
    const entry = zip.entry(p);
    if (!entry) throw ofdCorrupt(`缺少页面文件 ${p}`);
    pages.push({ path: entry.name });
  }
  if (pages.length === 0) throw ofdCorrupt('文档中没有页面');
  const templates = new Map<string, string>();
  for (const [id, path] of doc.templates) {
    const entry = zip.entry(path);
    if (entry) templates.set(id, entry.name);
  }
  return { zip, limits, pages, templates, pageArea: doc.pageArea, signed: root.signed };
}

function parseEntry(tok: XmlTokenizer): { docRoot?: string; signed: boolean } {
  let docRoot: string | undefined;
  let signed = false;
  let bodies = 0;
  while (tok.next() !== END) {
    if (tok.kind !== OPEN) continue;
    const name = localName(tok.name);
    if (name === 'DocBody') bodies++;
    // A package may hold several documents; the first is the one a reader shows.
    else if (name === 'DocRoot' && bodies === 1 && docRoot === undefined) docRoot = elementText(tok).trim();
    else if (name === 'Signatures' && bodies === 1) signed = elementText(tok).trim() !== '';
  }
  return { docRoot, signed };
}

function parseDocument(tok: XmlTokenizer, docPath: string): { pages: string[]; templates: Map<string, string>; pageArea?: Box } {
  const pages: string[] = [];
  const templates = new Map<string, string>();
  let pageArea: Box | undefined;
  let inCommon = false;
  let inPageArea = false;
  while (tok.next() !== END) {
    const name = localName(tok.name);
    if (tok.kind === CLOSE) {
      if (name === 'CommonData') inCommon = false;
      else if (name === 'PageArea') inPageArea = false;
      continue;
    }
    if (tok.kind !== OPEN) continue;
    if (name === 'CommonData' && !tok.selfClosing) inCommon = true;
    else if (name === 'PageArea' && inCommon && !tok.selfClosing) inPageArea = true;
    else if (name === 'PhysicalBox' && inPageArea && pageArea === undefined) pageArea = parseBox(elementText(tok));
    else if (name === 'TemplatePage') {
      const id = tok.attr('ID');
      const loc = tok.attr('BaseLoc');
      if (id !== undefined && loc !== undefined) templates.set(id, resolvePath(docPath, loc));
    } else if (name === 'Page') {
      const loc = tok.attr('BaseLoc');
      if (loc !== undefined) pages.push(resolvePath(docPath, loc));
    }
  }
  return { pages, templates, pageArea };
}
