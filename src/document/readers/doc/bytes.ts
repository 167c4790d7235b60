/**
 * Little-endian reads from one stream of a Word binary file. Every offset
 * comes from the file, so every read is bounds-checked: a read past the end
 * is a damaged file (E_DOC_CORRUPT), never an exception from a DataView.
 */
import { HrssError } from '../../../errors.js';

export function docCorrupt(detail: string): HrssError {
  return new HrssError('E_DOC_CORRUPT', `Word 97-2003 文件已损坏或结构无效（${detail}）`);
}

export class Bytes {
  readonly data: Uint8Array;
  /** Stream name, for messages. */
  readonly name: string;
  private readonly view: DataView;

  constructor(data: Uint8Array, name: string) {
    this.data = data;
    this.name = name;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get length(): number {
    return this.data.length;
  }

  /** Whether [offset, offset + size) lies inside the stream. */
  has(offset: number, size: number): boolean {
    return Number.isInteger(offset) && Number.isInteger(size) && offset >= 0 && size >= 0 && offset + size <= this.data.length;
  }

  check(offset: number, size: number, what: string): void {
    if (!this.has(offset, size)) throw docCorrupt(`${what}超出 ${this.name} 流的范围`);
  }

  u8(offset: number): number {
    this.check(offset, 1, '数据');
    return this.data[offset];
  }

  u16(offset: number): number {
    this.check(offset, 2, '数据');
    return this.view.getUint16(offset, true);
  }

  i16(offset: number): number {
    this.check(offset, 2, '数据');
    return this.view.getInt16(offset, true);
  }

  u32(offset: number): number {
    this.check(offset, 4, '数据');
    return this.view.getUint32(offset, true);
  }

  i32(offset: number): number {
    this.check(offset, 4, '数据');
    return this.view.getInt32(offset, true);
  }

  slice(offset: number, size: number, what: string): Uint8Array {
    this.check(offset, size, what);
    return this.data.subarray(offset, offset + size);
  }

  /** UTF-16LE text of `chars` code units at offset. */
  utf16(offset: number, chars: number, what: string): string {
    const bytes = this.slice(offset, chars * 2, what);
    return UTF16.decode(bytes);
  }
}

const UTF16 = new TextDecoder('utf-16le');
