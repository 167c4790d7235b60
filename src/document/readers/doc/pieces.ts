/**
 * The piece table ([MS-DOC] 2.4.1): the document's characters (CPs) are
 * stored in pieces scattered over the WordDocument stream, each either
 * 8-bit (Windows-1252, "compressed") or UTF-16. Fast-saved files put pieces
 * out of order; the table says where each run of CPs really is.
 */
import { Bytes, docCorrupt } from './bytes.js';

export interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset in the WordDocument stream of the piece's first character. */
  fc: number;
  compressed: boolean;
  /** Property modifier of the piece (fast-saved edits). */
  prm: number;
}

export interface PieceTable {
  pieces: Piece[];
  /** grpprls of the Prc entries, indexed by a complex Prm's igrpprl. */
  grpprls: Uint8Array[];
}

export function readPieceTable(table: Bytes, fc: number, lcb: number, word: Bytes): PieceTable {
  table.check(fc, lcb, '片段表（Clx）');
  const end = fc + lcb;
  const grpprls: Uint8Array[] = [];
  let p = fc;
  while (p < end) {
    const clxt = table.u8(p);
    if (clxt === 1) {
      const cb = table.i16(p + 1);
      if (cb < 0) throw docCorrupt('片段表中的属性长度无效');
      grpprls.push(table.slice(p + 3, cb, '片段属性'));
      p += 3 + cb;
    } else if (clxt === 2) {
      const size = table.u32(p + 1);
      return { pieces: readPlcPcd(table, p + 5, size, word), grpprls };
    } else {
      throw docCorrupt('片段表格式无效');
    }
  }
  throw docCorrupt('缺少片段表');
}

function readPlcPcd(table: Bytes, at: number, size: number, word: Bytes): Piece[] {
  table.check(at, size, '片段表');
  if (size < 4 || (size - 4) % 12 !== 0) throw docCorrupt('片段表长度无效');
  const n = (size - 4) / 12;
  const pieces: Piece[] = [];
  const pcds = at + (n + 1) * 4;
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const cpStart = table.u32(at + i * 4);
    const cpEnd = table.u32(at + (i + 1) * 4);
    if (cpStart !== prevEnd || cpEnd < cpStart) throw docCorrupt('片段表中的字符位置不连续');
    prevEnd = cpEnd;
    const raw = table.u32(pcds + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw & 0x3fffffff;
    const count = cpEnd - cpStart;
    if (!word.has(fc, compressed ? count : count * 2)) throw docCorrupt('片段表指向的文字超出 WordDocument 流的范围');
    pieces.push({ cpStart, cpEnd, fc, compressed, prm: table.u16(pcds + i * 8 + 6) });
  }
  return pieces;
}

const CP1252 = new TextDecoder('windows-1252');
const UTF16 = new TextDecoder('utf-16le');

/** The characters of one piece between two CPs it contains. */
export function pieceText(word: Bytes, piece: Piece, cpStart: number, cpEnd: number): string {
  const offset = cpStart - piece.cpStart;
  const count = cpEnd - cpStart;
  if (piece.compressed) return CP1252.decode(word.slice(piece.fc + offset, count, '文字'));
  return UTF16.decode(word.slice(piece.fc + offset * 2, count * 2, '文字'));
}

/** Byte offset (FC) of a CP inside a piece. */
export function fcOf(piece: Piece, cp: number): number {
  return piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2);
}
