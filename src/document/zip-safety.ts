/**
 * The directory of an untrusted zip package (.docx; .ofd is zip + XML too),
 * read once and checked so that every program reads the same package.
 *
 * A zip can be built to mean different things to different readers, and a
 * drafter can use that to hide text from an audit: Word shows the last of two
 * `word/document.xml` entries while a reader that takes the first audits the
 * other copy; names that differ only in case (`Word/Document.xml`) are one
 * part to Word; a local header can name another file than the central
 * directory; a second end-of-directory record can hide in the comment of the
 * first. Entries whose data overlap are the other trick: a 1.26 MB file whose
 * directory lists the same compressed bytes thousands of times (a
 * "non-recursive zip bomb") made `annotate` write 3.15 GB. None of these has a
 * use in a real document, so they are refused instead of guessing which copy
 * Word would show: hidden copies with E_ZIP_AMBIGUOUS, overlapping data (a
 * bomb, or damage) with E_ZIP_CORRUPT.
 *
 * Both the .docx reader (src/document/readers/docx/zip.ts) and the writer
 * behind `annotate` (src/annotate/zip.ts) read the directory here.
 */
import { HrssError } from '../errors.js';
import { normalizePartName } from './part-name.js';

export interface ZipDirectoryEntry {
  /** Position in the central directory. */
  index: number;
  /** Name as stored (UTF-8 when flagged or valid, else GB18030), separators untouched. */
  name: string;
  flags: number;
  method: number;
  /** DOS time and date. */
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  /** Uncompressed size as declared (may lie: only used to refuse early). */
  size: number;
  /** Offset of the local header, corrected for bytes prepended to the zip. */
  localHeaderOffset: number;
  /** Sizes or offset came from a ZIP64 extra field. */
  zip64: boolean;
  /** The whole central directory record, for copying. */
  central: Uint8Array;
  /** Where the entry's data start and end, from its local header; absent when the local header is missing (reading it then fails). */
  dataStart?: number;
  dataEnd?: number;
}

export interface ZipDirectory {
  entries: ZipDirectoryEntry[];
  /** The archive comment. */
  comment: Uint8Array;
  /** The directory was found through ZIP64 records. */
  zip64: boolean;
}

export interface ZipDirectoryOptions {
  /** What the package is, for messages (".docx", ".ofd"). */
  kind?: string;
  /** Most entries accepted (limits.maxZipEntries); more is E_LIMIT_ZIP_ENTRIES before anything is read. */
  maxEntries?: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;

function corrupt(kind: string, detail: string): HrssError {
  return new HrssError('E_ZIP_CORRUPT', `${kind} 压缩包已损坏或不完整（${detail}）`);
}

function ambiguous(kind: string, detail: string): HrssError {
  return new HrssError('E_ZIP_AMBIGUOUS', `${kind} 压缩包${detail}：不同软件会读到不同的内容，无法确定 Word 显示的是哪一份（疑似被篡改），已拒绝审核`);
}

/**
 * The end-of-central-directory record. Readers scan backwards from the end;
 * a record whose comment does not reach exactly the end of the file is taken
 * only when no other fits, and two that both fit are refused.
 */
function findEnd(data: Uint8Array, view: DataView, kind: string): number {
  const min = Math.max(0, data.length - 22 - 0xffff);
  let first = -1;
  let exact = -1;
  for (let i = data.length - 22; i >= min; i--) {
    if (data[i] !== 0x50 || view.getUint32(i, true) !== SIG_EOCD) continue;
    if (first < 0) first = i;
    if (i + 22 + view.getUint16(i + 20, true) === data.length) {
      if (exact >= 0) throw ambiguous(kind, '有两个目录结尾记录（一个藏在另一个的注释中）');
      exact = i;
    }
  }
  // A comment that runs past the end is accepted: losing part of the comment is harmless.
  return exact >= 0 ? exact : first;
}

function readZip64End(data: Uint8Array, view: DataView, eocd: number, kind: string): { total: number; cdSize: number; cdOffset: number } | undefined {
  const loc = eocd - 20;
  if (loc < 0 || view.getUint32(loc, true) !== SIG_ZIP64_LOCATOR) return undefined;
  const off = Number(view.getBigUint64(loc + 8, true));
  if (off + 56 > data.length || view.getUint32(off, true) !== SIG_ZIP64_EOCD) throw corrupt(kind, 'ZIP64 目录损坏');
  return {
    total: Number(view.getBigUint64(off + 32, true)),
    cdSize: Number(view.getBigUint64(off + 40, true)),
    cdOffset: Number(view.getBigUint64(off + 48, true)),
  };
}

function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  want: { size: boolean; compressed: boolean; offset: boolean },
): { size?: number; compressed?: number; offset?: number } {
  let p = start;
  const end = start + length;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const stop = Math.min(end, p + 4 + len);
      const out: { size?: number; compressed?: number; offset?: number } = {};
      if (want.size && q + 8 <= stop) {
        out.size = Number(view.getBigUint64(q, true));
        q += 8;
      }
      if (want.compressed && q + 8 <= stop) {
        out.compressed = Number(view.getBigUint64(q, true));
        q += 8;
      }
      if (want.offset && q + 8 <= stop) {
        out.offset = Number(view.getBigUint64(q, true));
        q += 8;
      }
      return out;
    }
    p += 4 + len;
  }
  return {};
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8');
const GB18030 = new TextDecoder('gb18030');

/**
 * Entry names are UTF-8 when the producer says so (flag bit 11) and in
 * practice whenever they decode as UTF-8; Chinese zip tools write GBK
 * without the flag, and OFD files made by them name folders that way.
 */
function decodeName(bytes: Uint8Array, flags: number): string {
  if (flags & 0x800) return UTF8_LENIENT.decode(bytes);
  try {
    return UTF8.decode(bytes);
  } catch {
    return GB18030.decode(bytes);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Read and check the central directory of a zip package. */
export function readZipDirectory(data: Uint8Array, options: ZipDirectoryOptions = {}): ZipDirectory {
  const kind = options.kind ?? '.docx';
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const eocd = findEnd(data, view, kind);
  if (eocd < 0) throw corrupt(kind, '找不到压缩包目录，文件可能被截断');
  let total = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  const commentLength = view.getUint16(eocd + 20, true);
  let zip64 = false;
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const z = readZip64End(data, view, eocd, kind);
    if (z) {
      ({ total, cdSize, cdOffset } = z);
      zip64 = true;
    }
  }
  if (options.maxEntries !== undefined && total > options.maxEntries) {
    throw new HrssError('E_LIMIT_ZIP_ENTRIES', `${kind} 压缩包内有 ${total} 个文件，超过上限 ${options.maxEntries} 个（疑似恶意压缩包）`);
  }
  // Data prepended to the zip (self-extractors, some mail gateways) shifts
  // every offset by the same amount; the directory's own position tells by how much.
  let shift = 0;
  if (cdOffset + 4 > data.length || view.getUint32(cdOffset, true) !== SIG_CENTRAL) {
    const guess = eocd - cdSize;
    if (total > 0 && guess >= 0 && guess + 4 <= data.length && view.getUint32(guess, true) === SIG_CENTRAL) {
      shift = guess - cdOffset;
      cdOffset = guess;
    } else if (total > 0) {
      throw corrupt(kind, '压缩包目录位置错误');
    }
  }
  const entries: ZipDirectoryEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < total; i++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== SIG_CENTRAL) throw corrupt(kind, '压缩包目录不完整');
    const flags = view.getUint16(p + 8, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const nameEnd = p + 46 + nameLength;
    const recordEnd = nameEnd + extraLength + commentLen;
    if (recordEnd > data.length) throw corrupt(kind, '压缩包目录不完整');
    let entryZip64 = false;
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const z = readZip64Extra(view, nameEnd, extraLength, {
        size: size === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localHeaderOffset === 0xffffffff,
      });
      if (z.size !== undefined) size = z.size;
      if (z.compressed !== undefined) compressedSize = z.compressed;
      if (z.offset !== undefined) localHeaderOffset = z.offset;
      entryZip64 = true;
    }
    const nameBytes = data.subarray(p + 46, nameEnd);
    const entry: ZipDirectoryEntry = {
      index: i,
      name: decodeName(nameBytes, flags),
      flags,
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize,
      size,
      localHeaderOffset: localHeaderOffset + shift,
      zip64: entryZip64,
      central: data.subarray(p, recordEnd),
    };
    const local = entry.localHeaderOffset;
    if (local >= 0 && local + 30 <= data.length && view.getUint32(local, true) === SIG_LOCAL) {
      const localNameLength = view.getUint16(local + 26, true);
      const localName = data.subarray(local + 30, Math.min(data.length, local + 30 + localNameLength));
      // The local header must name the same file: readers that walk local headers would see another one.
      if (!sameBytes(localName, nameBytes)) {
        throw ambiguous(kind, `中的 ${entry.name} 在目录和本地文件头中的名称不一致（本地文件头为 ${decodeName(localName, flags)}）`);
      }
      entry.dataStart = local + 30 + localNameLength + view.getUint16(local + 28, true);
      entry.dataEnd = entry.dataStart + compressedSize;
    }
    entries.push(entry);
    p = recordEnd;
  }
  checkEntries(entries, cdOffset, kind);
  return { entries, comment: data.subarray(eocd + 22, Math.min(data.length, eocd + 22 + commentLength)), zip64 };
}

/** No part twice (whatever the case or escaping of its name), no two entries sharing bytes, none reaching into the directory. */
function checkEntries(entries: ZipDirectoryEntry[], cdOffset: number, kind: string): void {
  const seen = new Map<string, ZipDirectoryEntry>();
  for (const e of entries) {
    // Folder entries ("word/") hold nothing.
    if (e.name.endsWith('/') && e.size === 0) continue;
    const key = normalizePartName(e.name);
    const other = seen.get(key);
    if (other) {
      const how = other.name === e.name ? '出现了两次' : `与 ${other.name} 只有大小写或写法不同，Word 视为同一部件`;
      throw ambiguous(kind, `中的 ${e.name} ${how}`);
    }
    seen.set(key, e);
  }
  // Overlapping data is damage or a zip bomb built from one compressed stream listed many times:
  // either way not a document (E_ZIP_CORRUPT, not E_ZIP_AMBIGUOUS: no copy is hidden).
  const ranges = entries.filter((e) => e.dataEnd !== undefined).sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 0; i < ranges.length; i++) {
    const e = ranges[i];
    const next = ranges[i + 1];
    if (next && next.localHeaderOffset < e.dataEnd!) {
      throw corrupt(kind, `${e.name} 与 ${next.name} 的数据互相重叠：文件已损坏，或是把同一段压缩数据列为多个文件的“压缩炸弹”`);
    }
    if (e.dataEnd! > cdOffset) throw corrupt(kind, `${e.name} 的数据超出了压缩包目录的位置`);
  }
}
