/**
 * The OPC package around the document: relationships, content types, and
 * finding the main part. Relationships with TargetMode="External" are
 * dropped here, so nothing outside the zip is ever looked at.
 */
import { HrssError, isHrssError } from '../../../errors.js';
import { decodeXml } from './decode.js';
import { END, OPEN, XmlTokenizer } from './xml-tokenizer.js';
import type { ZipArchive } from './zip.js';

export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI ("styles", "header", "officeDocument"). */
  type: string;
  /** Resolved part name inside the zip, without a leading slash. */
  target: string;
}

const WORD_MAIN_CONTENT_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
];

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The .rels part that belongs to a part: word/document.xml → word/_rels/document.xml.rels. */
export function relsPartFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against the directory of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = target.replace(/\\/g, '/').split(/[?#]/)[0];
  const base = clean.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of clean.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(decodeURIComponentSafe(seg));
  }
  return base.join('/');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseRelationships(xml: string, part: string, sourcePart: string, maxDepth: number): Relationship[] {
  const tok = new XmlTokenizer(xml, part, maxDepth);
  const out: Relationship[] = [];
  while (tok.next() !== END) {
    if (tok.kind !== OPEN || localName(tok.name) !== 'Relationship') continue;
    const mode = tok.attr('TargetMode');
    const target = tok.attr('Target');
    const type = tok.attr('Type') ?? '';
    if (target === undefined || (mode !== undefined && mode.toLowerCase() === 'external')) continue;
    out.push({ id: tok.attr('Id') ?? '', type: type.slice(type.lastIndexOf('/') + 1), target: resolveTarget(sourcePart, target) });
  }
  return out;
}

/** Overrides of [Content_Types].xml: part name (no leading slash, lower case) → content type. */
export function parseContentTypes(xml: string, maxDepth: number): Map<string, string> {
  const tok = new XmlTokenizer(xml, '[Content_Types].xml', maxDepth);
  const out = new Map<string, string>();
  while (tok.next() !== END) {
    if (tok.kind !== OPEN || localName(tok.name) !== 'Override') continue;
    const name = tok.attr('PartName');
    const type = tok.attr('ContentType');
    if (name !== undefined && type !== undefined) out.set(name.replace(/^\/+/, '').toLowerCase(), type);
  }
  return out;
}

function readXml(zip: ZipArchive, name: string): string | undefined {
  const bytes = zip.read(name);
  return bytes ? decodeXml(bytes).text : undefined;
}

/**
 * Run a parse of package metadata, treating malformed XML as absent: the
 * callers have fallbacks (conventional part names), as Word does when it
 * repairs a package. Limit errors are not swallowed.
 */
export function orUndefined<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (e) {
    if (isHrssError(e) && e.code === 'E_XML_MALFORMED') return undefined;
    throw e;
  }
}

/**
 * Find the main document part: the officeDocument relationship of the
 * package, else the part whose content type says so, else word/document.xml.
 */
export function findMainPart(zip: ZipArchive, maxDepth: number): { part: string; contentTypes: Map<string, string> } {
  const ctXml = readXml(zip, '[Content_Types].xml');
  const contentTypes = (ctXml !== undefined ? orUndefined(() => parseContentTypes(ctXml, maxDepth)) : undefined) ?? new Map<string, string>();
  const relsXml = readXml(zip, '_rels/.rels');
  if (relsXml !== undefined) {
    for (const rel of orUndefined(() => parseRelationships(relsXml, '_rels/.rels', '', maxDepth)) ?? []) {
      if (rel.type === 'officeDocument' && zip.has(rel.target)) {
        const type = contentTypes.get(rel.target.toLowerCase());
        if (type === undefined || WORD_MAIN_CONTENT_TYPES.includes(type)) return { part: zip.entry(rel.target)!.name, contentTypes };
      }
    }
  }
  for (const [name, type] of contentTypes) {
    if (WORD_MAIN_CONTENT_TYPES.includes(type) && zip.has(name)) return { part: zip.entry(name)!.name, contentTypes };
  }
  if (zip.has('word/document.xml')) return { part: zip.entry('word/document.xml')!.name, contentTypes };
  throw new HrssError('E_DOCX_NO_BODY', `.docx 中缺少正文部件（word/document.xml）：${describeNonDocx(zip, contentTypes)}`);
}

/** What a zip without a Word body seems to be, in words a legal officer understands. */
export function describeNonDocx(zip: ZipArchive, contentTypes: Map<string, string>): string {
  const types = [...contentTypes.values()].join(' ');
  if (zip.has('xl/workbook.xml') || types.includes('spreadsheetml')) return '看起来是 Excel 工作簿（.xlsx）改了扩展名，不是 Word 文档';
  if (zip.has('ppt/presentation.xml') || types.includes('presentationml')) return '看起来是 PowerPoint 演示文稿（.pptx）改了扩展名，不是 Word 文档';
  if (zip.has('OFD.xml')) return '看起来是 OFD 版式文件改了扩展名，请改为 .ofd 扩展名后再审核';
  let mimetype: string | undefined;
  if (zip.has('mimetype')) {
    try {
      const bytes = zip.read('mimetype');
      if (bytes && bytes.length < 200) mimetype = new TextDecoder('utf-8').decode(bytes).trim();
    } catch {
      mimetype = undefined;
    }
  }
  if (mimetype === 'application/vnd.oasis.opendocument.text') return '看起来是 OpenDocument 文本（.odt，WPS/LibreOffice 格式）改了扩展名，请另存为 .docx';
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') return '看起来是 OpenDocument 表格（.ods）改了扩展名，不是 Word 文档';
  if (mimetype === 'application/vnd.oasis.opendocument.presentation') return '看起来是 OpenDocument 演示文稿（.odp）改了扩展名，不是 Word 文档';
  if (mimetype === 'application/epub+zip') return '看起来是 EPUB 电子书改了扩展名，不是 Word 文档';
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) return '看起来是 OpenDocument 文件改了扩展名，不是 Word 文档';
  if (zip.has('content.xml') && zip.has('META-INF/manifest.xml')) return '看起来是 OpenDocument 文件改了扩展名，不是 Word 文档';
  if (zip.has('word/document2.xml') || zip.names().some((n) => n.toLowerCase().startsWith('word/'))) return '压缩包内有 word 目录但没有正文，文件可能不完整';
  if (zip.has('META-INF/MANIFEST.MF')) return '看起来是 Java 程序包（.jar），不是 Word 文档';
  return '看起来是普通 ZIP 压缩包，不是 Word 文档';
}
