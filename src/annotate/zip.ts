/**
 * Rewrite a ZIP package (a .docx) changing only some entries. Every other
 * entry is copied raw — local header, compressed bytes and data descriptor
 * exactly as they were — so parts we do not touch (images, embedded
 * objects, signatures' digests of them, custom XML) stay byte-for-byte the
 * same. Only the central directory is rebuilt, because offsets move.
 *
 * ZIP64 archives are refused (a .docx over 4 GB is not a draft); encrypted
 * entries are copied raw like any other but cannot be rewritten.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { normalizePartName } from '../document/part-name.js';
import { readZipDirectory } from '../document/zip-safety.js';
import { HrssError } from '../errors.js';

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_DESCRIPTOR = 0x08074b50;

export interface ZipEntry {
  name: string;
  /** Index in the central directory. */
  index: number;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
  /** The whole central directory record, for copying. */
  central: Uint8Array;
  /** Byte range of the local record: header, data and data descriptor. */
  localStart: number;
  localEnd: number;
  dataStart: number;
  /** DOS time and date of the entry. */
  time: number;
  date: number;
}

function corrupt(detail: string): HrssError {
  return new HrssError('E_ZIP_CORRUPT', `.docx 压缩包结构损坏：${detail}`);
}

export class ZipPackage {
  readonly data: Uint8Array;
  readonly entries: ZipEntry[];
  readonly comment: Uint8Array;
  private readonly view: DataView;
  private readonly byName = new Map<string, ZipEntry>();

  constructor(data: Uint8Array) {
    this.data = data;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    // Duplicate parts, local names that differ from the directory's and overlapping entries are refused here,
    // as by the reader: the comments go into the copy Word shows, and each byte of the input is copied at most once.
    const directory = readZipDirectory(data, { kind: '.docx' });
    if (directory.zip64 || directory.entries.some((e) => e.zip64)) {
      throw new HrssError('E_ZIP_CORRUPT', '该 .docx 使用 ZIP64 格式（超大文件），无法写入批注');
    }
    this.comment = directory.comment;
    this.entries = directory.entries.map((e) => {
      if (e.dataStart === undefined || e.dataEnd === undefined) throw corrupt(`找不到 ${e.name} 的本地文件头`);
      let localEnd = e.dataEnd;
      if (localEnd > data.length) throw corrupt(`${e.name} 的数据被截断`);
      if (e.flags & 0x8) {
        // Data descriptor: crc, sizes, with or without its optional signature.
        localEnd += localEnd + 4 <= data.length && this.u32(localEnd) === SIG_DESCRIPTOR ? 16 : 12;
        if (localEnd > data.length) throw corrupt(`${e.name} 的数据描述符被截断`);
      }
      const entry: ZipEntry = {
        name: e.name,
        index: e.index,
        method: e.method,
        flags: e.flags,
        compressedSize: e.compressedSize,
        size: e.size,
        crc: e.crc,
        localOffset: e.localHeaderOffset,
        central: e.central,
        localStart: e.localHeaderOffset,
        localEnd,
        dataStart: e.dataStart,
        time: e.time,
        date: e.date,
      };
      this.byName.set(normalizePartName(e.name), entry);
      return entry;
    });
  }

  private u32(p: number): number {
    return this.view.getUint32(p, true);
  }

  /** Entry by name, case-insensitively (Word treats part names so). */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(normalizePartName(name));
  }

  /** Decompressed content of an entry; maxBytes guards against a bomb in the parts we must read. */
  read(name: string, maxBytes: number): Uint8Array | undefined {
    const e = this.entry(name);
    if (!e) return undefined;
    if (e.flags & 0x1) throw new HrssError('E_ZIP_CORRUPT', `${e.name} 已加密，无法写入批注`);
    if (e.size > maxBytes) throw new HrssError('E_LIMIT_UNCOMPRESSED', `${e.name} 解压后 ${e.size} 字节，超过上限 ${maxBytes} 字节`);
    const raw = this.data.subarray(e.dataStart, e.dataStart + e.compressedSize);
    if (e.method === 0) return raw;
    if (e.method !== 8) throw new HrssError('E_ZIP_CORRUPT', `${e.name} 使用了不支持的压缩方式（${e.method}）`);
    try {
      return new Uint8Array(inflateRawSync(raw, { maxOutputLength: Math.max(1, maxBytes) }));
    } catch (err) {
      throw new HrssError('E_ZIP_CORRUPT', `${e.name} 无法解压`, { cause: err });
    }
  }
}

/** DOS date and time of a moment (local fields, as zip tools write them). */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

class Writer {
  private readonly chunks: Uint8Array[] = [];
  length = 0;
  constructor(private readonly maxBytes = Infinity) {}
  push(bytes: Uint8Array): void {
    this.length += bytes.length;
    if (this.length > this.maxBytes) {
      throw new HrssError('E_LIMIT_FILE_SIZE', `写入批注后的文件将超过大小上限 ${this.maxBytes} 字节（limits.maxFileBytes），已停止写入`);
    }
    this.chunks.push(bytes);
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let p = 0;
    for (const c of this.chunks) {
      out.set(c, p);
      p += c.length;
    }
    return out;
  }
}

function record(size: number, fill: (v: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

/**
 * A copy of the package with some entries replaced (in place, keeping their
 * position) and new ones appended. Replaced and new entries are deflated.
 * The copy is bounded like any file the tool reads (`maxBytes`): entries
 * never share bytes (see zip-safety.ts), so it is at most the input plus the
 * rewritten parts, and the bound is checked as the bytes are laid out.
 */
export function rewriteZip(pkg: ZipPackage, changes: Map<string, Uint8Array>, now: Date = new Date(), maxBytes = Infinity): Uint8Array {
  const out = new Writer(maxBytes);
  const central = new Writer(maxBytes);
  // Keyed by normal form to find the entry it replaces; a new entry is written under the name given (without a leading slash).
  const pending = new Map([...changes].map(([k, v]) => [normalizePartName(k), { name: k.replace(/^[\\/]+/, ''), content: v }]));
  const fresh = dosDateTime(now);

  const writeNew = (name: string, content: Uint8Array, time: number, date: number): void => {
    const nameBytes = new TextEncoder().encode(name);
    const utf8 = /[^\x20-\x7e]/.test(name) ? 0x800 : 0;
    const compressed = new Uint8Array(deflateRawSync(content, { level: 6 }));
    const crc = crc32(content) >>> 0;
    const offset = out.length;
    out.push(
      record(30, (v) => {
        v.setUint32(0, SIG_LOCAL, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, utf8, true);
        v.setUint16(8, 8, true);
        v.setUint16(10, time, true);
        v.setUint16(12, date, true);
        v.setUint32(14, crc, true);
        v.setUint32(18, compressed.length, true);
        v.setUint32(22, content.length, true);
        v.setUint16(26, nameBytes.length, true);
        v.setUint16(28, 0, true);
      }),
    );
    out.push(nameBytes);
    out.push(compressed);
    central.push(
      record(46, (v) => {
        v.setUint32(0, SIG_CENTRAL, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, 20, true);
        v.setUint16(8, utf8, true);
        v.setUint16(10, 8, true);
        v.setUint16(12, time, true);
        v.setUint16(14, date, true);
        v.setUint32(16, crc, true);
        v.setUint32(20, compressed.length, true);
        v.setUint32(24, content.length, true);
        v.setUint16(28, nameBytes.length, true);
        v.setUint32(42, offset, true);
      }),
    );
    central.push(nameBytes);
  };

  let count = 0;
  for (const e of pkg.entries) {
    // A replaced entry keeps the name it had (a leading slash or backslashes included), so the package stays as its readers knew it.
    const key = normalizePartName(e.name);
    const replacement = pending.get(key);
    if (replacement !== undefined) {
      writeNew(e.name, replacement.content, e.time, e.date);
      pending.delete(key);
    } else {
      const offset = out.length;
      out.push(pkg.data.subarray(e.localStart, e.localEnd));
      const c = new Uint8Array(e.central);
      new DataView(c.buffer).setUint32(42, offset, true);
      central.push(c);
    }
    count++;
  }
  for (const { name, content } of pending.values()) {
    writeNew(name, content, fresh.time, fresh.date);
    count++;
  }
  if (count > 0xfffe) throw new HrssError('E_LIMIT_ZIP_ENTRIES', '压缩包内文件过多，无法写入');
  const cdOffset = out.length;
  const cd = central.concat();
  out.push(cd);
  out.push(
    record(22, (v) => {
      v.setUint32(0, SIG_END, true);
      v.setUint16(8, count, true);
      v.setUint16(10, count, true);
      v.setUint32(12, cd.length, true);
      v.setUint32(16, cdOffset, true);
      v.setUint16(20, pkg.comment.length, true);
    }),
  );
  out.push(pkg.comment);
  return out.concat();
}
