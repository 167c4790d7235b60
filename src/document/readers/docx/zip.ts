/**
 * A zip reader for untrusted .docx files. It reads the central directory
 * itself and inflates only the entries the caller asks for, through fflate's
 * streaming inflater, counting the bytes that actually come out. Sizes
 * declared in the headers are used to refuse early, never to decide that an
 * entry is safe: a zip bomb that lies about its sizes is stopped by the
 * running counts, after at most one input chunk of work.
 *
 * The directory itself is read and checked in src/document/zip-safety.ts
 * (shared with the writer behind `annotate`): duplicate parts, names that
 * differ between the directory and the local headers, and overlapping
 * entries are refused before any entry is inflated.
 */
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import type * as Fflate from 'fflate';
import { HrssError } from '../../../errors.js';
import type { Limits } from '../../limits.js';
import { normalizePartName } from '../../part-name.js';
import { readZipDirectory } from '../../zip-safety.js';

export interface ZipEntry {
  /** Name as stored, with backslashes turned into slashes. */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As declared; only used to refuse early and to detect damage. */
  declaredSize: number;
  localHeaderOffset: number;
}

/**
 * Compressed bytes handed to the inflater at a time. Deflate cannot expand
 * input by more than about 1032×, so one step produces at most ~33 MB
 * before the limits are checked again. Smaller steps cost throughput on
 * real documents (each step re-buffers fflate's output window).
 */
const INPUT_CHUNK = 32 * 1024;

/**
 * Below this many output bytes the ratio is not checked: tiny parts such as
 * an empty header can legitimately compress very well, and they cannot hurt.
 */
export const RATIO_GRACE_BYTES = 1024 * 1024;

const SIG_LOCAL = 0x04034b50;

let fflate: typeof Fflate | undefined;

/**
 * fflate, for the streaming inflater: loaded on its first use, as most
 * .docx files never need it (inflateNative) and its module builds its
 * decoding tables and loads worker_threads when it starts.
 */
function streamingInflater(): typeof Fflate.Inflate {
  fflate ??= createRequire(import.meta.url)('fflate') as typeof Fflate;
  return fflate.Inflate;
}

function corrupt(label: string, detail: string): HrssError {
  return new HrssError('E_ZIP_CORRUPT', `${label} 压缩包已损坏或不完整（${detail}）`);
}

export class ZipArchive {
  private readonly data: Uint8Array;
  private readonly view: DataView;
  private readonly limits: Limits;
  private readonly byName = new Map<string, ZipEntry>();
  readonly entries: ZipEntry[] = [];
  /** Bytes inflated so far across all entries read. */
  private totalOut = 0;
  /** What the zip is, in messages: ".docx", "OFD". */
  private readonly label: string;

  /** Bytes inflated so far, refused ones included: how much work a hostile entry cost before it was stopped. */
  get inflatedBytes(): number {
    return this.totalOut;
  }

  constructor(data: Uint8Array, limits: Limits, label = '.docx') {
    this.label = label;
    this.data = data;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.limits = limits;
    this.readCentralDirectory();
  }

  /** Case-insensitive lookup, as OPC part names are case-insensitive. */
  has(name: string): boolean {
    return this.byName.has(normalizePartName(name));
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(normalizePartName(name));
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** Inflate one entry, enforcing every limit while the bytes come out. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const limits = this.limits;
    if (entry.flags & 1) throw corrupt(this.label, `${entry.name} 已加密`);
    if (entry.declaredSize > limits.maxEntryBytes) {
      throw new HrssError(
        'E_LIMIT_UNCOMPRESSED',
        `${this.label} 中的 ${entry.name} 解压后声明大小为 ${entry.declaredSize} 字节，超过单项上限 ${limits.maxEntryBytes} 字节（疑似“压缩炸弹”）`,
      );
    }
    if (entry.declaredSize > RATIO_GRACE_BYTES && entry.declaredSize / Math.max(1, entry.compressedSize) > limits.maxCompressionRatio) {
      throw ratioError(this.label, entry, entry.declaredSize / Math.max(1, entry.compressedSize), limits);
    }
    const compressed = this.compressedData(entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      this.count(entry, compressed.length, compressed.length);
      out = compressed;
    } else if (entry.method === 8) {
      out = this.inflate(entry, compressed);
    } else {
      throw corrupt(this.label, `${entry.name} 使用了不支持的压缩方式 ${entry.method}`);
    }
    if (out.length !== entry.declaredSize) {
      throw corrupt(this.label, `${entry.name} 解压后的长度与目录记录不符`);
    }
    return out;
  }

  private inflate(entry: ZipEntry, compressed: Uint8Array): Uint8Array {
    return this.inflateNative(entry, compressed) ?? this.inflateStreaming(entry, compressed);
  }

  /**
   * zlib in one call, bounded so that it only succeeds where the streaming
   * inflater below would also have succeeded: the output stays within both
   * size limits and within what the ratio check allows after the first input
   * step (the ratio is checked after every step, and every step has
   * consumed at least that much input). Anything else — a larger entry, a
   * bomb, damaged data — is left to the streaming inflater, which then
   * decides exactly as it always has. The JavaScript inflater costs its
   * first-use compilation and growing buffers on every part of every
   * document; zlib does not (~30× less time for a small .docx).
   */
  private inflateNative(entry: ZipEntry, compressed: Uint8Array): Uint8Array | undefined {
    const limits = this.limits;
    const ratioBound = Math.max(RATIO_GRACE_BYTES, Math.floor(limits.maxCompressionRatio * Math.max(1, Math.min(compressed.length, INPUT_CHUNK))));
    const bound = Math.min(limits.maxEntryBytes, limits.maxUncompressedBytes - this.totalOut, ratioBound);
    if (bound < 1) return undefined;
    let out: Buffer;
    try {
      out = inflateRawSync(compressed, { maxOutputLength: bound });
    } catch {
      return undefined;
    }
    this.count(entry, out.length, compressed.length);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }

  private inflateStreaming(entry: ZipEntry, compressed: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let consumed = 0;
    const Inflate = streamingInflater();
    const inflater = new Inflate((chunk) => {
      if (chunk.length === 0) return;
      produced += chunk.length;
      this.count(entry, produced, consumed, chunk.length);
      chunks.push(chunk);
    });
    try {
      if (compressed.length === 0) {
        inflater.push(compressed, true);
      }
      for (let off = 0; off < compressed.length; off += INPUT_CHUNK) {
        const end = Math.min(off + INPUT_CHUNK, compressed.length);
        consumed = end;
        inflater.push(compressed.subarray(off, end), end === compressed.length);
      }
    } catch (e) {
      if (e instanceof HrssError) throw e;
      throw corrupt(this.label, `${entry.name} 的压缩数据无法解压`);
    }
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(produced);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /**
   * Check the running counts. `produced` is this entry's output so far,
   * `consumed` the compressed bytes pushed so far (an upper bound of what the
   * inflater has really used, so the ratio can only be underestimated).
   */
  private count(entry: ZipEntry, produced: number, consumed: number, delta = produced): void {
    const limits = this.limits;
    this.totalOut += delta;
    if (produced > limits.maxEntryBytes) {
      throw new HrssError(
        'E_LIMIT_UNCOMPRESSED',
        `${this.label} 中的 ${entry.name} 解压后超过单项上限 ${limits.maxEntryBytes} 字节（疑似“压缩炸弹”），已停止解压`,
      );
    }
    if (this.totalOut > limits.maxUncompressedBytes) {
      throw new HrssError('E_LIMIT_UNCOMPRESSED', `${this.label} 解压后总大小超过上限 ${limits.maxUncompressedBytes} 字节（疑似“压缩炸弹”），已停止解压`);
    }
    if (produced > RATIO_GRACE_BYTES && produced / Math.max(1, consumed) > limits.maxCompressionRatio) {
      throw ratioError(this.label, entry, produced / Math.max(1, consumed), limits);
    }
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const off = entry.localHeaderOffset;
    if (off + 30 > this.data.length || this.view.getUint32(off, true) !== SIG_LOCAL) {
      throw corrupt(this.label, `${entry.name} 的本地文件头缺失`);
    }
    const nameLen = this.view.getUint16(off + 26, true);
    const extraLen = this.view.getUint16(off + 28, true);
    const start = off + 30 + nameLen + extraLen;
    const end = start + entry.compressedSize;
    if (end > this.data.length) throw corrupt(this.label, `${entry.name} 的数据被截断`);
    return this.data.subarray(start, end);
  }

  private readCentralDirectory(): void {
    const directory = readZipDirectory(this.data, { kind: this.label, maxEntries: this.limits.maxZipEntries });
    for (const e of directory.entries) {
      const entry: ZipEntry = {
        name: e.name.replace(/\\/g, '/'),
        method: e.method,
        flags: e.flags,
        compressedSize: e.compressedSize,
        declaredSize: e.size,
        localHeaderOffset: e.localHeaderOffset,
      };
      this.entries.push(entry);
      // The directory holds each part once (zip-safety refuses a second copy under any spelling).
      this.byName.set(normalizePartName(entry.name), entry);
    }
  }
}

function ratioError(label: string, entry: ZipEntry, ratio: number, limits: Limits): HrssError {
  return new HrssError(
    'E_LIMIT_COMPRESSION_RATIO',
    `${label} 中的 ${entry.name} 压缩比达到 ${Math.round(ratio)}:1，超过上限 ${limits.maxCompressionRatio}:1（疑似“压缩炸弹”），已停止解压`,
  );
}
