/**
 * The File Information Block at the start of the WordDocument stream
 * ([MS-DOC] 2.5.1): which table stream holds the tables, the length of each
 * story (main text, footnotes, headers, comments, endnotes, text boxes),
 * and where each table is (fc/lcb pairs). Older FIBs (Word 6.0/95) and
 * encrypted files are recognised and refused with their own codes.
 */
import { HrssError } from '../../../errors.js';
import { Bytes, docCorrupt } from './bytes.js';

/** Index of each fc/lcb pair used, in FibRgFcLcb97 order. */
export const FC = {
  stshf: 1,
  plcffndRef: 2,
  plcffndTxt: 3,
  plcfandRef: 4,
  plcfandTxt: 5,
  plcfSed: 6,
  plcfHdd: 11,
  plcfBteChpx: 12,
  plcfBtePapx: 13,
  clx: 33,
  grpXstAtnOwners: 36,
  plcSpaMom: 40,
  plcfendRef: 46,
  plcfendTxt: 47,
  sttbfRMark: 51,
  plcftxbxTxt: 56,
  plfLst: 73,
  plfLfo: 74,
} as const;

export interface Fib {
  nFib: number;
  /** Name of the table stream: "0Table" or "1Table". */
  tableStream: string;
  /** Character counts of the stories, in CP order. */
  ccp: { text: number; ftn: number; hdd: number; atn: number; edn: number; txbx: number; hdrTxbx: number };
  /** Offset and size in the table stream of the fc/lcb pair at an FC index, or undefined when absent or empty. */
  table(index: number): { fc: number; lcb: number } | undefined;
}

const W_IDENT = 0xa5ec;
/** Word 97 and every later version write at least this nFib; Word 6.0 wrote 101 and Word 95 104. */
const MIN_NFIB = 0xc0;

export function readFib(word: Bytes): Fib {
  if (word.length < 0x9a) throw docCorrupt('WordDocument 流过短，缺少文件信息块');
  if (word.u16(0) !== W_IDENT) throw docCorrupt('WordDocument 流的文件标识不正确');
  const nFib = word.u16(2);
  const flags = word.u16(0x0a);
  if (nFib < MIN_NFIB) {
    throw new HrssError('E_DOC_LEGACY', `这是 Word 6.0/95 或更早版本的文件（格式版本 ${nFib}），本工具只读取 Word 97-2003 及以后的 .doc`);
  }
  if (flags & 0x0100) {
    const how = flags & 0x8000 ? '（XOR 混淆加密）' : '';
    throw new HrssError('E_DOC_ENCRYPTED', `这个 Word 97-2003 文档设置了打开密码${how}，无法读取内容`);
  }
  const tableStream = flags & 0x0200 ? '1Table' : '0Table';

  // Sizes of the variable parts are read, not assumed, so later FIB versions (larger blobs) still parse.
  let p = 0x20;
  const csw = word.u16(p);
  p += 2 + csw * 2;
  const cslw = word.u16(p);
  const rgLw = p + 2;
  p = rgLw + cslw * 4;
  const cbRgFcLcb = word.u16(p);
  const rgFcLcb = p + 2;
  if (cslw < 11) throw docCorrupt('文件信息块不完整');
  const lw = (i: number): number => {
    const v = word.i32(rgLw + i * 4);
    if (v < 0) throw docCorrupt('文件信息块中的文字长度无效');
    return v;
  };
  const ccp = { text: lw(3), ftn: lw(4), hdd: lw(5), atn: lw(7), edn: lw(8), txbx: lw(9), hdrTxbx: lw(10) };
  return {
    nFib,
    tableStream,
    ccp,
    table(index: number) {
      if (index >= cbRgFcLcb) return undefined;
      const at = rgFcLcb + index * 8;
      if (!word.has(at, 8)) return undefined;
      const fc = word.u32(at);
      const lcb = word.u32(at + 4);
      return lcb === 0 ? undefined : { fc, lcb };
    },
  };
}
