/**
 * The .docx reader: bytes → SourceDocument with automatic numbers as
 * labels, tracked changes accepted and recorded, side streams (headers,
 * footers, footnotes, endnotes, comments), page estimates where the file
 * has page markers, and an origin on each block for writing back.
 *
 * Only the parts that matter are inflated (see zip.ts for the limits).
 */
import { HrssError, isHrssError } from '../../../errors.js';
import type { ReaderNote, SideStream, SourceDocument } from '../../model.js';
import type { Limits } from '../../limits.js';
import type { Reader, ReadOptions } from '../reader.js';
import { assembleBlocks } from './blocks.js';
import { walkPart } from './body-walker.js';
import { decodeXml } from './decode.js';
import { NumberingDefinitions } from './numbering.js';
import { findMainPart, orUndefined, parseRelationships, relsPartFor, type Relationship } from './package.js';
import { readSidePart, type SideKind } from './side-streams.js';
import { StyleSheet } from './styles.js';
import { XmlTokenizer } from './xml-tokenizer.js';
import { ZipArchive } from './zip.js';
import { sniffBytes, wordFamilyFormat } from '../../sniff.js';
import { escapeRegExp } from '../../../io/escape.js';

export type { DocxOrigin, DocxRunOrigin } from './blocks.js';
export { decodeXml, type DecodedPart } from './decode.js';

export const readDocx: Reader = async (data: Uint8Array, options: ReadOptions): Promise<SourceDocument> => readDocxSync(data, options);

/** Synchronous form of readDocx (the work is CPU-bound; the Reader signature is async for other formats). */
export function readDocxSync(data: Uint8Array, options: ReadOptions): SourceDocument {
  try {
    return read(data, options.limits);
  } catch (e) {
    if (isHrssError(e)) throw e;
    if (e instanceof RangeError) throw new HrssError('E_OUT_OF_MEMORY', '处理该 .docx 文件时内存不足或数据过大', { cause: e });
    throw new HrssError('E_INTERNAL', '读取 .docx 文件时发生内部错误', { cause: e });
  }
}

function sniff(data: Uint8Array, limits: Limits): void {
  if (data.length === 0) throw new HrssError('E_EMPTY_FILE', '文件为空（0 字节）');
  if (data.length > limits.maxFileBytes) {
    throw new HrssError('E_LIMIT_FILE_SIZE', `文件大小 ${data.length} 字节，超过上限 ${limits.maxFileBytes} 字节`);
  }
  if (data[0] === 0x50 && data[1] === 0x4b) return;
  // Files reach this reader through decideFormat, which sends these elsewhere; a direct caller gets the same codes.
  const kind = sniffBytes(data);
  if (kind === 'ole2') throw new HrssError('E_NOT_DOCX', '这是 OLE 复合文档（Word 97-2003 .doc、WPS 或加密的 Word 文档），不是 .docx，应按 .doc 读取');
  wordFamilyFormat('.docx', kind === 'zip' || kind === 'empty' ? 'binary' : kind, data);
  throw new HrssError('E_NOT_DOCX', '扩展名是 .docx，但内容不是 Word 文档（.docx 应是 ZIP 压缩包）');
}

function read(data: Uint8Array, limits: Limits): SourceDocument {
  sniff(data, limits);
  const zip = new ZipArchive(data, limits);
  const maxDepth = limits.maxXmlDepth;
  const { part: mainPart } = findMainPart(zip, maxDepth);
  let sawDoctype = false;

  const text = (name: string): string | undefined => {
    const bytes = zip.read(name);
    return bytes ? decodeXml(bytes).text : undefined;
  };
  const tokenize = (xml: string, name: string): XmlTokenizer => new XmlTokenizer(xml, name, maxDepth);

  const relsName = relsPartFor(mainPart);
  const relsXml = text(relsName);
  const parsedRels = relsXml !== undefined ? orUndefined(() => parseRelationships(relsXml, relsName, mainPart, maxDepth)) : undefined;
  const rels: Relationship[] = parsedRels ?? [];
  const dir = mainPart.slice(0, mainPart.lastIndexOf('/') + 1);
  const partOf = (type: string, conventional: string): string | undefined => {
    const rel = rels.find((r) => r.type === type && zip.has(r.target));
    if (rel) return zip.entry(rel.target)!.name;
    // Without a (readable) relationship part, fall back to the usual names so a slightly broken package still reads.
    return parsedRels === undefined && zip.has(dir + conventional) ? zip.entry(dir + conventional)!.name : undefined;
  };

  const notes: ReaderNote[] = [];
  /**
   * Parse a secondary part. Malformed XML there does not stop the audit of
   * the body (Word offers to repair such files); it is noted instead. Limit
   * errors still stop everything: they mean a hostile file.
   */
  const secondary = <T>(name: string, what: string, parse: (tok: XmlTokenizer) => T): T | undefined => {
    const xml = text(name);
    if (xml === undefined) return undefined;
    const tok = tokenize(xml, name);
    try {
      return parse(tok);
    } catch (e) {
      if (isHrssError(e) && e.code === 'E_XML_MALFORMED') {
        notes.push({ code: 'PART_DAMAGED', message: `文档中的${what}（${name}）XML 结构损坏，已跳过，正文照常审核。` });
        return undefined;
      }
      throw e;
    } finally {
      sawDoctype ||= tok.sawDoctype;
    }
  };

  const stylesPart = partOf('styles', 'styles.xml');
  const styles =
    (stylesPart !== undefined ? secondary(stylesPart, '样式定义（样式名称、标题级别可能缺失）', (tok) => StyleSheet.parse(tok)) : undefined) ??
    StyleSheet.empty();
  const numberingPart = partOf('numbering', 'numbering.xml');
  const numbering =
    (numberingPart !== undefined
      ? secondary(numberingPart, '编号定义（自动编号“第X条”“一、”等无法还原）', (tok) => NumberingDefinitions.parse(tok))
      : undefined) ?? NumberingDefinitions.empty();

  const main = decodeXml(zip.read(mainPart)!);
  const mainTok = tokenize(main.text, mainPart);
  const walk = walkPart(mainTok, { styles });
  sawDoctype ||= mainTok.sawDoctype;
  const assembled = assembleBlocks(walk.paragraphs, {
    styles,
    numbering,
    part: mainPart,
    sectionTypes: walk.sectionTypes,
    sawRenderedBreaks: walk.sawRenderedBreaks,
    maxTextChars: limits.maxTextChars,
  });

  const streams: SideStream[] = [];
  const sideParts: Array<{ kind: SideKind; name: string }> = [];
  const seen = new Set<string>();
  const addSide = (kind: SideKind, name: string | undefined): void => {
    if (name === undefined || seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    sideParts.push({ kind, name });
  };
  for (const kind of ['header', 'footer'] as const) {
    const names = rels.filter((r) => r.type === kind && zip.has(r.target)).map((r) => zip.entry(r.target)!.name);
    if (parsedRels === undefined) {
      for (const n of zip.names()) if (new RegExp(`^${escapeRegExp(dir)}${kind}\\d*\\.xml$`, 'i').test(n)) names.push(n);
    }
    names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const n of names) addSide(kind, n);
  }
  addSide('footnote', partOf('footnotes', 'footnotes.xml'));
  addSide('endnote', partOf('endnotes', 'endnotes.xml'));
  addSide('comment', partOf('comments', 'comments.xml'));
  for (const side of sideParts) {
    const id = side.name.slice(side.name.lastIndexOf('/') + 1).replace(/\.xml$/i, '');
    streams.push(...(secondary(side.name, SIDE_NAMES[side.kind], (tok) => readSidePart(tok, side.kind, id, styles)) ?? []));
  }

  const c = assembled.counts;
  if (c.insert + c.delete + c.format + c.merged > 0) {
    let detail = `插入 ${c.insert} 处、删除 ${c.delete} 处`;
    if (c.format > 0) detail += `、格式修改 ${c.format} 处`;
    if (c.merged > 0) detail += `、段落合并 ${c.merged} 处`;
    notes.unshift({ code: 'TRACKED_CHANGES', message: `文档含有修订痕迹（${detail}），已按“接受全部修订”后的文本审核。` });
  }
  notes.push(...assembled.notes);
  if (sawDoctype) {
    notes.push({ code: 'XML_DOCTYPE_IGNORED', message: '文档内部 XML 含有 DOCTYPE 声明，已忽略，其中的实体定义未被展开。' });
  }

  const doc: SourceDocument = { format: 'docx', blocks: assembled.blocks, streams, notes, encoding: main.encoding };
  if (assembled.pages !== undefined) doc.pages = assembled.pages;
  return doc;
}

const SIDE_NAMES: Record<SideKind, string> = { header: '页眉', footer: '页脚', footnote: '脚注', endnote: '尾注', comment: '批注' };
