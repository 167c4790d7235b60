/**
 * The OLE compound file around a Word binary document, opened with SheetJS
 * cfb (after the guard in cfb-guard.ts). Decides what the container holds:
 * a Word 97–2003 document (a WordDocument stream), an encrypted .docx (an
 * EncryptedPackage), an Excel or PowerPoint file, or something else — each
 * with its own code.
 */
import * as CFB from 'cfb';
import { HrssError, isHrssError } from '../../../errors.js';
import { Bytes, docCorrupt } from './bytes.js';
import { checkCompoundFile } from './cfb-guard.js';

export interface CompoundFile {
  /** A stream at the root of the container, by name (case-insensitive). */
  stream(name: string): Bytes | undefined;
  names(): string[];
}

export function openCompoundFile(data: Uint8Array): CompoundFile {
  checkCompoundFile(data);
  let container: CFB.CFB$Container;
  try {
    // cfb decorates the buffer it is given; a fresh view keeps the caller's array untouched.
    container = CFB.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as Uint8Array);
  } catch (e) {
    if (isHrssError(e)) throw e;
    throw docCorrupt('OLE 复合文档结构损坏');
  }
  const root = container.FullPaths[0] ?? '';
  const streams = new Map<string, Uint8Array>();
  container.FileIndex.forEach((entry, i) => {
    const path = container.FullPaths[i] ?? '';
    if (entry.type !== 2 || !path.startsWith(root) || path.slice(root.length).includes('/')) return;
    const key = entry.name.toLowerCase();
    if (!streams.has(key)) streams.set(key, entry.content ? new Uint8Array(entry.content as ArrayLike<number> as Uint8Array) : new Uint8Array(0));
  });
  return {
    stream(name) {
      const bytes = streams.get(name.toLowerCase());
      return bytes ? new Bytes(bytes, name) : undefined;
    },
    names() {
      return [...streams.keys()];
    },
  };
}

/** Why an OLE file without a WordDocument stream cannot be read, with its own code. */
export function notWordDocument(file: CompoundFile, extension: string): HrssError {
  const names = new Set(file.names());
  if (names.has('encryptedpackage') || names.has('encryptioninfo')) {
    return new HrssError('E_DOC_ENCRYPTED', '这是设置了打开密码的 Word 文档（加密的 .docx 保存为 OLE 复合文档），无法读取内容');
  }
  if (names.has('workbook') || names.has('book')) return new HrssError('E_UNSUPPORTED_FORMAT', '这是 Excel 工作簿（.xls）改了扩展名，不是 Word 文档');
  if (names.has('powerpoint document')) return new HrssError('E_UNSUPPORTED_FORMAT', '这是 PowerPoint 演示文稿（.ppt）改了扩展名，不是 Word 文档');
  if (extension === '.wps' || [...names].some((n) => n.startsWith('wps') || n.includes('kingsoft'))) {
    return new HrssError('E_WPS_UNSUPPORTED', '这是 WPS 文字自有格式的文件（OLE 复合文档中没有 Word 正文流），本工具无法读取');
  }
  return docCorrupt('OLE 复合文档中没有 Word 正文（WordDocument 流）');
}
