import { extname } from 'node:path';
import { HrssError } from '../errors.js';
import type { SourceFormat } from './model.js';
import { utf32Side } from './readers/text.js';

/** What the bytes say a file is, whatever its extension claims. */
export type SniffedKind = 'zip' | 'ole2' | 'pdf' | 'rtf' | 'wordxml' | 'html' | 'text' | 'binary' | 'empty';

/**
 * The one table of extensions the tool reads (discovery, corpus import and
 * reports all use it). The format is what the extension claims; the bytes
 * decide (decideFormat).
 */
export const SUPPORTED_EXTENSIONS: Record<string, SourceFormat> = {
  '.docx': 'docx',
  '.doc': 'doc',
  '.wps': 'doc',
  '.pdf': 'pdf',
  '.ofd': 'ofd',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.text': 'txt',
};

export function sniffBytes(data: Uint8Array): SniffedKind {
  if (data.length === 0) return 'empty';
  if (data[0] === 0x50 && data[1] === 0x4b && (data[2] === 0x03 || data[2] === 0x05 || data[2] === 0x07)) return 'zip';
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return 'ole2';
  // %PDF- may follow a little junk (some producers prepend bytes); pdf.js accepts up to 1 KB.
  const head = Buffer.from(data.subarray(0, Math.min(1024, data.length))).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  const start = head
    .replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '')
    .replace(/\0/g, '')
    .trimStart();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (isWordXml(start)) return 'wordxml';
  if (/^(?:<!doctype\s+html|<html[\s>])|^mime-version\s*:/i.test(start) || /xmlns:w="urn:schemas-microsoft-com:office:word"/i.test(head)) return 'html';
  return looksLikeText(data) ? 'text' : 'binary';
}

/** Word 2003 XML (w:wordDocument) and the single-file Flat OPC package (pkg:package) Word also saves. */
function isWordXml(start: string): boolean {
  if (!start.startsWith('<?xml') && !start.startsWith('<w:wordDocument') && !start.startsWith('<pkg:package')) return false;
  return /<w:wordDocument|<pkg:package|progid="Word\.Document"|schemas\.microsoft\.com\/office\/word\/2003\/wordml/i.test(start);
}

/** Heuristic: text has no NUL bytes (unless UTF-16) and few control characters. */
function looksLikeText(data: Uint8Array): boolean {
  const sample = data.subarray(0, Math.min(data.length, 64 * 1024));
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return true;
  if ((sample[0] === 0 && sample[1] === 0 && sample[2] === 0xfe && sample[3] === 0xff) || utf32Side(sample, data.length)) return true;
  let zeros = 0;
  let controls = 0;
  // An index loop: an iterator allocates a result per byte until the function is optimised (64 KB per file).
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) zeros++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  // BOM-less UTF-16 of CJK text has NULs in at most half the bytes but a regular pattern; accept when evenly spread.
  if (zeros > 0) return zeros / sample.length < 0.6 && utf16Pattern(sample);
  return controls / sample.length < 0.05;
}

function utf16Pattern(sample: Uint8Array): boolean {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2) || 1;
  // One side carries almost all NULs (ASCII in UTF-16); the other almost none.
  return (evenZeros / pairs > 0.2 && oddZeros / pairs < 0.02) || (oddZeros / pairs > 0.2 && evenZeros / pairs < 0.02);
}

/** Whether a zip holds an OFD package: its root file OFD.xml is named in the central directory at the end. */
function zipHoldsOfd(data: Uint8Array): boolean {
  const tail = Buffer.from(data.subarray(Math.max(0, data.length - 256 * 1024))).toString('latin1');
  return /(?:^|[\0/])OFD\.xml/i.test(tail);
}

const WORD_EXTENSIONS = new Set(['.docx', '.doc', '.wps']);

/**
 * Decide the reader from the bytes and the extension.
 *
 * Word and WPS open a .doc that is really a .docx (or the reverse) without a
 * word, and libraries are full of such files, so within the Word family the
 * content decides and nothing is lost (readSource notes the mismatch). Any
 * other mismatch is an error that names what the file really is, with its
 * own code and remedy.
 */
export function decideFormat(path: string, data: Uint8Array): SourceFormat {
  const ext = extname(path).toLowerCase();
  const claimed = SUPPORTED_EXTENSIONS[ext];
  const kind = sniffBytes(data);
  if (kind === 'empty') throw new HrssError('E_EMPTY_FILE', '文件为空（0 字节），没有可审核的内容');
  if (WORD_EXTENSIONS.has(ext)) return wordFamilyFormat(ext, kind, data);
  switch (claimed) {
    case 'pdf':
      if (kind === 'pdf') return 'pdf';
      if (kind === 'zip' && zipHoldsOfd(data)) throw new HrssError('E_PDF_CORRUPT', '文件扩展名是 .pdf，但实际是 OFD 版式文件；请改为 .ofd 扩展名后再审核');
      if (kind === 'zip') throw new HrssError('E_PDF_CORRUPT', '文件扩展名是 .pdf，但实际是压缩包（可能是 .docx）；请改为正确的扩展名');
      throw new HrssError('E_PDF_CORRUPT', '文件扩展名是 .pdf，但内容不是 PDF（缺少 %PDF 文件头）');
    case 'ofd':
      if (kind === 'zip') return 'ofd';
      throw new HrssError('E_OFD_CORRUPT', `文件扩展名是 .ofd，但${NOT_A_ZIP[kind]}，不是 OFD 文件（OFD 文件是 ZIP 压缩包）`);
    case 'md':
    case 'txt':
      // Markup is text: a .txt holding HTML is read as the text it is.
      if (kind === 'text' || kind === 'html' || kind === 'wordxml' || kind === 'rtf') return claimed;
      if (kind === 'zip') throw new HrssError('E_UNSUPPORTED_FORMAT', `文件扩展名是 ${ext}，但实际是压缩包（可能是 .docx 或 .ofd）；请改为正确的扩展名`);
      if (kind === 'pdf') throw new HrssError('E_UNSUPPORTED_FORMAT', `文件扩展名是 ${ext}，但实际是 PDF 文件；请改为 .pdf 扩展名`);
      if (kind === 'ole2') throw new HrssError('E_UNSUPPORTED_FORMAT', `文件扩展名是 ${ext}，但实际是 Word 97-2003（.doc）等 Office 文件；请改为 .doc 扩展名`);
      throw new HrssError('E_TEXT_DECODE', `文件扩展名是 ${ext}，但内容是二进制数据，不是文本`);
    default:
      throw new HrssError('E_UNSUPPORTED_FORMAT', `不支持的文件类型“${ext || '无扩展名'}”；请提供 .docx、.doc、.wps、.pdf、.ofd、.md 或 .txt 文件`);
  }
}

const NOT_A_ZIP: Record<SniffedKind, string> = {
  zip: '实际是压缩包',
  ole2: '实际是 Office 97-2003 文件（如 .doc）',
  pdf: '实际是 PDF 文件（请改为 .pdf 扩展名）',
  rtf: '实际是 RTF 文件',
  wordxml: '实际是 Word XML 文件',
  html: '实际是网页文件',
  text: '实际是纯文本文件',
  binary: '内容是无法识别的二进制数据',
  empty: '文件为空',
};

/** .docx, .doc and .wps: the bytes pick the reader; what cannot be read gets the code that says what it is. */
export function wordFamilyFormat(ext: string, kind: SniffedKind, data: Uint8Array): SourceFormat {
  switch (kind) {
    case 'zip':
      if (zipHoldsOfd(data)) throw new HrssError('E_NOT_DOCX', `文件扩展名是 ${ext}，但实际是 OFD 版式文件；请改为 .ofd 扩展名后再审核`);
      return 'docx';
    case 'ole2':
      return 'doc';
    case 'rtf':
      throw new HrssError('E_RTF_UNSUPPORTED', `文件扩展名是 ${ext}，但实际是 RTF 文件，本工具不读取 RTF`);
    case 'wordxml':
      throw new HrssError('E_WORD_XML', `文件扩展名是 ${ext}，但实际是 Word 2003 XML 或单文件 XML 格式，不是 Word 文档文件`);
    case 'html':
      throw new HrssError('E_WEB_PAGE', `文件扩展名是 ${ext}，但实际是网页文件（HTML 或 .mht），常见于“另存为网页”或业务系统导出的“Word”文件`);
    case 'pdf':
      throw new HrssError('E_NOT_DOCX', `文件扩展名是 ${ext}，但实际是 PDF 文件；请改为 .pdf 扩展名后再审核`);
    case 'text':
      throw new HrssError('E_NOT_DOCX', `文件扩展名是 ${ext}，但实际是纯文本文件；请改为 .txt 扩展名，或用 Word/WPS 另存为 .docx`);
    default:
      // WPS Office wrote its own binary format before it adopted Word's; those files are not OLE compound files.
      if (ext === '.wps') throw new HrssError('E_WPS_UNSUPPORTED', '这是 WPS 文字自有格式（早期版本）的 .wps 文件，本工具无法读取');
      throw new HrssError('E_NOT_DOCX', `文件扩展名是 ${ext}，但内容不是 Word 文档（无法识别的二进制文件）`);
  }
}

/** A note for a file read by the reader its content needs rather than the one its extension names, or undefined. */
export function mismatchNote(path: string, format: SourceFormat): { code: string; message: string } | undefined {
  const ext = extname(path).toLowerCase();
  const claimed = SUPPORTED_EXTENSIONS[ext];
  if (claimed === undefined || claimed === format) return undefined;
  const what = format === 'docx' ? '.docx（Word 2007 及以后的格式）' : 'Word 97-2003 二进制格式（.doc）';
  const fix = format === 'docx' ? '.docx' : '.doc';
  return { code: 'FORMAT_MISMATCH', message: `文件扩展名是 ${ext}，但内容是 ${what}，已按实际格式读取；建议把扩展名改为 ${fix}。` };
}
