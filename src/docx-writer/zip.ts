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
    const end = this.findEnd();
    const count = this.u16(end + 10);
    const cdSize = this.u32(end + 12);
    const cdOffset = this.u32(end + 16);
    const commentLength = this.u16(end + 20);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
      throw new HrssError('E_ZIP_CORRUPT', '该 .docx 使用 ZIP64 格式（超大文件），无法写入批注');
    }
    this.comment = data.subarray(end + 22, end + 22 + commentLength);
    this.entries = [];
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > data.length || this.u32(p) !== SIG_CENTRAL) throw corrupt('中央目录记录缺失');
      const flags = this.u16(p + 8);
      const method = this.u16(p + 10);
      const time = this.u16(p + 12);
      const date = this.u16(p + 14);
      const crc = this.u32(p + 16);
      const compressedSize = this.u32(p + 20);
      const size = this.u32(p + 24);
      const nameLength = this.u16(p + 28);
      const extraLength = this.u16(p + 30);
      const commentLen = this.u16(p + 32);
      const localOffset = this.u32(p + 42);
      if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
        throw new HrssError('E_ZIP_CORRUPT', '该 .docx 使用 ZIP64 格式（超大文件），无法写入批注');
      }
      const nameBytes = data.subarray(p + 46, p + 46 + nameLength);
      const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
      const recordEnd = p + 46 + nameLength + extraLength + commentLen;
      if (recordEnd > data.length) throw corrupt('中央目录记录被截断');
      if (localOffset + 30 > data.length || this.u32(localOffset) !== SIG_LOCAL) throw corrupt(`找不到 ${name} 的本地文件头`);
      const dataStart = localOffset + 30 + this.u16(localOffset + 26) + this.u16(localOffset + 28);
      let localEnd = dataStart + compressedSize;
      if (localEnd > data.length) throw corrupt(`${name} 的数据被截断`);
      if (flags & 0x8) {
        // Data descriptor: crc, sizes, with or without its optional signature.
        localEnd += localEnd + 4 <= data.length && this.u32(localEnd) === SIG_DESCRIPTOR ? 16 : 12;
        if (localEnd > data.length) throw corrupt(`${name} 的数据描述符被截断`);
      }
      const entry: ZipEntry = {
        name, index: i, method, flags, compressedSize, size, crc, localOffset,
        central: data.subarray(p, recordEnd), localStart: localOffset, localEnd, dataStart, time, date,
      };
      this.entries.push(entry);
      const key = normalizePartName(name);
      if (!this.byName.has(key)) this.byName.set(key, entry);
      p = recordEnd;
    }
  }

  private u16(p: number): number {
    return this.view.getUint16(p, true);
  }

  private u32(p: number): number {
    return this.view.getUint32(p, true);
  }

  private findEnd(): number {
    const d = this.data;
    for (let p = d.length - 22; p >= Math.max(0, d.length - 22 - 0xffff); p--) {
      if (d[p] === 0x50 && d[p + 1] === 0x4b && d[p + 2] === 0x05 && d[p + 3] === 0x06) return p;
    }
    throw corrupt('找不到中央目录结尾记录');
  }

  /** Entry by part name, in the normal form readers use (case, leading slash and backslashes do not matter, as for Word). */
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
  push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
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
 */
export function rewriteZip(pkg: ZipPackage, changes: Map<string, Uint8Array>, now: Date = new Date()): Uint8Array {
  const out = new Writer();
  const central = new Writer();
  // Keyed by normal form to find the entry it replaces; a new entry is written under the name given (without a leading slash).
  const pending = new Map([...changes].map(([k, v]) => [normalizePartName(k), { name: k.replace(/^[\\/]+/, ''), content: v }]));
  const fresh = dosDateTime(now);

  const writeNew = (name: string, content: Uint8Array, time: number, date: number): void => {
    const nameBytes = new TextEncoder().encode(name);
    const utf8 = /[^\x20-\x7e]/.test(name) ? 0x800 : 0;
    const compressed = new Uint8Array(deflateRawSync(content, { level: 6 }));
    const crc = crc32(content) >>> 0;
    const offset = out.length;
    out.push(record(30, (v) => {
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
    }));
    out.push(nameBytes);
    out.push(compressed);
    central.push(record(46, (v) => {
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
    }));
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
  out.push(record(22, (v) => {
    v.setUint32(0, SIG_END, true);
    v.setUint16(8, count, true);
    v.setUint16(10, count, true);
    v.setUint32(12, cd.length, true);
    v.setUint32(16, cdOffset, true);
    v.setUint16(20, pkg.comment.length, true);
  }));
  out.push(pkg.comment);
  return out.concat();
}
