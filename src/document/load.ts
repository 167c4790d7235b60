import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { HrssError } from '../errors.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import type { SourceDocument, SourceFormat } from './model.js';
import type { Reader } from './readers/reader.js';
import { decideFormat, mismatchNote } from './sniff.js';

/** Readers are imported only when a file of their format is read: pdf.js alone costs ~170 ms to load. */
const READERS: Record<SourceFormat, () => Promise<Reader>> = {
  md: async () => (await import('./readers/markdown.js')).readMarkdown,
  txt: async () => (await import('./readers/text.js')).readText,
  docx: async () => (await import('./readers/docx/index.js')).readDocx,
  doc: async () => (await import('./readers/doc/index.js')).readDoc,
  pdf: async () => (await import('./readers/pdf/index.js')).readPdf,
  ofd: async () => (await import('./readers/ofd/index.js')).readOfd,
};

/**
 * Opened without blocking: a FIFO given in place of a document would
 * otherwise hang the open until some writer appears. Whatever is not a
 * regular file is then refused from its descriptor (no race with a swap).
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function openError(e: unknown): HrssError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new HrssError('E_FILE_NOT_FOUND', '文件不存在');
  if (code === 'EISDIR') return new HrssError('E_FILE_READ', '这是一个目录，不是文件');
  return new HrssError('E_FILE_READ', `文件无法读取（${code ?? '未知错误'}）`, { cause: e });
}

function checkOpened(s: Stats, limits: Limits): void {
  if (s.isDirectory()) throw new HrssError('E_FILE_READ', '这是一个目录，不是文件');
  if (!s.isFile()) throw new HrssError('E_SPECIAL_FILE', '不是普通文件（命名管道、套接字或设备文件），未读取');
  if (s.size > limits.maxFileBytes) {
    throw new HrssError('E_LIMIT_FILE_SIZE', `文件大小 ${formatBytes(s.size)} 超过上限 ${formatBytes(limits.maxFileBytes)}（配置项 limits.maxFileBytes）`);
  }
}

/** Read a file's bytes, enforcing the size limit before reading it all. */
export async function readInputFile(path: string, limits: Limits = DEFAULT_LIMITS): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (e) {
    throw openError(e);
  }
  try {
    checkOpened(await handle.stat(), limits);
    return new Uint8Array(await handle.readFile());
  } catch (e) {
    if (e instanceof HrssError) throw e;
    throw new HrssError('E_FILE_READ', `文件无法读取（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`, { cause: e });
  } finally {
    await handle.close();
  }
}

/**
 * The same, synchronously: for batch workers, which have nothing else to do
 * while a file is read, a plain read costs microseconds where a round trip
 * through the I/O thread pool leaves the thread idle for a third of a
 * millisecond per file. Same checks, same errors.
 */
export function readInputFileSync(path: string, limits: Limits = DEFAULT_LIMITS): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (e) {
    throw openError(e);
  }
  try {
    checkOpened(fstatSync(fd), limits);
    return new Uint8Array(readFileSync(fd));
  } catch (e) {
    if (e instanceof HrssError) throw e;
    throw new HrssError('E_FILE_READ', `文件无法读取（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）`, { cause: e });
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} 字节`;
}

/** Sniff and read bytes into a SourceDocument. Throws HrssError for anything unreadable. */
export async function readSource(path: string, data: Uint8Array, options: { limits?: Limits; password?: string } = {}): Promise<SourceDocument> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const format = decideFormat(path, data);
  const reader = await READERS[format]();
  const doc = await reader(data, { limits, path, password: options.password });
  let chars = 0;
  for (const b of doc.blocks) chars += b.text.length + (b.label?.length ?? 0);
  if (chars > limits.maxTextChars) {
    throw new HrssError('E_LIMIT_TEXT', `从文件中提取出 ${chars} 个字符，超过上限 ${limits.maxTextChars}（配置项 limits.maxTextChars）`);
  }
  if (doc.blocks.every((b) => b.text.trim() === '' && !b.label)) {
    throw new HrssError('E_NO_TEXT', '文件中没有可审核的文字');
  }
  const note = mismatchNote(path, format);
  if (note) doc.notes.unshift(note);
  return doc;
}
