import { extname } from 'node:path';
import { HrssError } from '../errors.js';
import type { SourceFormat } from './model.js';

/** What the bytes say a file is, whatever its extension claims. */
export type SniffedKind = 'zip' | 'ole2' | 'pdf' | 'rtf' | 'text' | 'binary' | 'empty';

export const SUPPORTED_EXTENSIONS: Record<string, SourceFormat> = {
  '.docx': 'docx',
  '.pdf': 'pdf',
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
  if (head.startsWith('{\\rtf')) return 'rtf';
  return looksLikeText(data) ? 'text' : 'binary';
}

/** Heuristic: text has no NUL bytes (unless UTF-16) and few control characters. */
function looksLikeText(data: Uint8Array): boolean {
  const sample = data.subarray(0, Math.min(data.length, 64 * 1024));
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return true;
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

/**
 * Decide the reader from the bytes and the extension; a mismatch the user
 * should know about is an error that names what the file really is.
 */
export function decideFormat(path: string, data: Uint8Array): SourceFormat {
  const ext = extname(path).toLowerCase();
  const claimed = SUPPORTED_EXTENSIONS[ext];
  const kind = sniffBytes(data);
  if (kind === 'empty') throw new HrssError('E_EMPTY_FILE', '文件为空（0 字节），没有可审核的内容');
  if (ext === '.doc' || ext === '.wps' || (kind === 'ole2' && claimed !== 'docx')) {
    throw new HrssError('E_DOC_LEGACY', `这是旧版 Word 97-2003（.doc）或 WPS 格式文件，本工具只读取 .docx`);
  }
  switch (claimed) {
    case 'docx':
      if (kind === 'zip') return 'docx';
      if (kind === 'ole2') {
        throw new HrssError('E_DOC_LEGACY', '文件扩展名是 .docx，但实际是旧版 Word 97-2003（.doc）格式，或是设置了打开密码的加密文档');
      }
      if (kind === 'pdf') throw new HrssError('E_NOT_DOCX', '文件扩展名是 .docx，但实际是 PDF 文件；请改为 .pdf 扩展名后再审核');
      if (kind === 'rtf') throw new HrssError('E_NOT_DOCX', '文件扩展名是 .docx，但实际是 RTF 文件；请用 Word/WPS 另存为 .docx');
      if (kind === 'text') throw new HrssError('E_NOT_DOCX', '文件扩展名是 .docx，但实际是纯文本文件；请改为 .txt 扩展名，或用 Word/WPS 另存为 .docx');
      throw new HrssError('E_NOT_DOCX', '文件扩展名是 .docx，但内容不是 Word 文档（无法识别的二进制文件）');
    case 'pdf':
      if (kind === 'pdf') return 'pdf';
      if (kind === 'zip') throw new HrssError('E_PDF_CORRUPT', '文件扩展名是 .pdf，但实际是压缩包（可能是 .docx）；请改为正确的扩展名');
      throw new HrssError('E_PDF_CORRUPT', '文件扩展名是 .pdf，但内容不是 PDF（缺少 %PDF 文件头）');
    case 'md':
    case 'txt':
      if (kind === 'text') return claimed;
      if (kind === 'zip') throw new HrssError('E_UNSUPPORTED_FORMAT', `文件扩展名是 ${ext}，但实际是压缩包（可能是 .docx）；请改为正确的扩展名`);
      if (kind === 'pdf') throw new HrssError('E_UNSUPPORTED_FORMAT', `文件扩展名是 ${ext}，但实际是 PDF 文件；请改为 .pdf 扩展名`);
      throw new HrssError('E_TEXT_DECODE', `文件扩展名是 ${ext}，但内容是二进制数据，不是文本`);
    default:
      throw new HrssError('E_UNSUPPORTED_FORMAT', `不支持的文件类型“${ext || '无扩展名'}”；请提供 .docx、.pdf、.md 或 .txt 文件`);
  }
}
