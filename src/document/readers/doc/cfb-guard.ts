/**
 * A pre-flight check of an OLE compound file before SheetJS cfb parses it.
 *
 * cfb is written for well-formed files. On a hostile one three of its loops
 * do not end or end only after quadratic work: following a FAT chain with a
 * cycle (get_sector_list has no cycle check), chasing chains that each
 * re-walk a shared tail (make_sector_list on a descending chain), and
 * building paths over a directory whose left/right/child links loop
 * (build_full_paths). This module runs the same walks over the same data
 * with a step budget a genuine file never comes near, and refuses the file
 * (E_DOC_CORRUPT) when one would run away. It reads only what those walks
 * read; it is not a second parser.
 */
import { docCorrupt } from './bytes.js';

const ENDOFCHAIN = -2;
const NOSTREAM = -1;
const DIR_ENTRY = 128;
const MINI_CUTOFF = 4096;
/**
 * A Word document has a few dozen directory entries (hundreds with many
 * embedded objects). cfb's path building is quadratic in their number, so a
 * directory far larger than any document's is refused.
 */
const MAX_ENTRIES = 8192;

export function checkCompoundFile(data: Uint8Array): void {
  if (data.length < 512) throw docCorrupt('文件过短，不是完整的 OLE 复合文档');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const i32 = (off: number): number => view.getInt32(off, true);
  const major = view.getUint16(0x1a, true);
  const ssz = major === 4 ? 4096 : 512;
  if (major !== 3 && major !== 4) return; // cfb refuses these itself, quickly.
  const nsectors = Math.ceil(data.length / ssz) - 1;
  const sector = (i: number): number => (i + 1) * ssz;
  const hasSector = (i: number): boolean => Number.isInteger(i) && i >= 0 && i < nsectors;
  // Steps a genuine file needs are about the number of sectors; this is far above, and still fast.
  const budget = 16 * nsectors + 4096;

  // FAT sector addresses: the header's 109, then the DIFAT chain (bounded by the count it declares).
  const fatAddrs: number[] = [];
  for (let j = 0; j < 109; j++) {
    const q = i32(0x4c + j * 4);
    if (q < 0) break;
    fatAddrs.push(q);
  }
  let difat = i32(0x44);
  let difatCount = i32(0x48);
  if (difatCount > nsectors) throw docCorrupt('OLE 复合文档的扇区分配表索引数量无效');
  while (difat !== ENDOFCHAIN && difat !== -1 && difatCount >= 0 && hasSector(difat)) {
    const base = sector(difat);
    const m = ssz / 4 - 1;
    for (let k = 0; k < m && base + k * 4 + 4 <= data.length; k++) {
      const q = i32(base + k * 4);
      if (q === ENDOFCHAIN) break;
      fatAddrs.push(q);
    }
    if (difatCount < 1 || base + ssz > data.length) break;
    difat = i32(base + ssz - 4);
    difatCount--;
  }

  /** The next sector of a chain as cfb computes it, or undefined where cfb stops. */
  const next = (j: number): number | undefined => {
    const addr = fatAddrs[Math.floor((j * 4) / ssz)];
    if (addr === undefined || !hasSector(addr)) return undefined;
    const at = sector(addr) + ((j * 4) & (ssz - 1));
    return at + 4 <= data.length ? i32(at) : undefined;
  };

  // make_sector_list: one chain per sector not yet seen, each stopping at a sector seen in that chain.
  let steps = 0;
  const dirStart = i32(0x30);
  const checked = new Uint8Array(Math.max(nsectors, 0));
  for (let i = 0; i < nsectors; i++) {
    let k = i + dirStart;
    if (k >= nsectors) k -= nsectors;
    if (k < 0 || k >= nsectors || checked[k]) continue;
    const seen = new Set<number>();
    for (let j: number | undefined = k; j !== undefined && j >= 0;) {
      if (++steps > budget) throw docCorrupt('OLE 复合文档的扇区链异常（疑似恶意文件）');
      seen.add(j);
      if (j < nsectors) checked[j] = 1;
      j = next(j);
      if (j !== undefined && seen.has(j)) break;
    }
  }

  // The directory: the chain from dirStart, 128-byte entries.
  if (!hasSector(dirStart)) throw docCorrupt('OLE 复合文档的目录位置无效');
  const dirSectors: number[] = [];
  const seenDir = new Set<number>();
  for (let j: number | undefined = dirStart; j !== undefined && j >= 0 && !seenDir.has(j); j = next(j)) {
    if (seenDir.size * (ssz / DIR_ENTRY) >= MAX_ENTRIES) throw docCorrupt('OLE 复合文档的目录项过多（疑似恶意文件）');
    seenDir.add(j);
    dirSectors.push(j);
  }
  const entries: Array<{ type: number; L: number; R: number; C: number; start: number; size: number }> = [];
  for (const s of dirSectors) {
    for (let off = 0; off + DIR_ENTRY <= ssz; off += DIR_ENTRY) {
      const at = sector(s) + off;
      // cfb reads a short last sector as far as it goes; entries past the end are empty for it too.
      if (at + DIR_ENTRY > data.length) {
        entries.push({ type: 0, L: NOSTREAM, R: NOSTREAM, C: NOSTREAM, start: ENDOFCHAIN, size: 0 });
        continue;
      }
      entries.push({ type: data[at + 0x42], L: i32(at + 0x44), R: i32(at + 0x48), C: i32(at + 0x4c), start: i32(at + 0x74), size: i32(at + 0x78) });
    }
  }

  // Streams of 4096 bytes or more are read by following the FAT from their start, without a cycle check.
  for (const e of entries) {
    if (e.type === 5 || e.size < MINI_CUTOFF) continue;
    let n = 0;
    for (let j: number | undefined = e.start; j !== undefined && j >= 0; j = next(j)) {
      if (++n > nsectors + 1) throw docCorrupt('OLE 复合文档的扇区链有环（疑似恶意文件）');
      if (!hasSector(j)) break;
    }
  }

  checkPaths(entries, budget);
}

/** build_full_paths of cfb, counting steps instead of building strings. */
function checkPaths(fi: ReadonlyArray<{ type: number; L: number; R: number; C: number }>, budget: number): void {
  const pl = fi.length;
  const dad: number[] = [];
  const q: number[] = [];
  for (let i = 0; i < pl; i++) dad[i] = q[i] = i;
  let steps = 0;
  let L = 0;
  let R = 0;
  let C = 0;
  for (let j = 0; j < q.length; j++) {
    if (++steps > budget) throw docCorrupt('OLE 复合文档的目录结构异常（疑似恶意文件）');
    const i = q[j];
    ({ L, R, C } = fi[i] ?? { L: NOSTREAM, R: NOSTREAM, C: NOSTREAM });
    if (dad[i] === i) {
      if (L !== NOSTREAM && dad[L] !== L) dad[i] = dad[L];
      if (R !== NOSTREAM && dad[R] !== R) dad[i] = dad[R];
    }
    if (C !== NOSTREAM) dad[C] = i;
    if (L !== NOSTREAM && i !== dad[i]) {
      dad[L] = dad[i];
      if (q.lastIndexOf(L) < j) q.push(L);
    }
    if (R !== NOSTREAM && i !== dad[i]) {
      dad[R] = dad[i];
      if (q.lastIndexOf(R) < j) q.push(R);
    }
  }
  for (let i = 1; i < pl; i++) {
    if (dad[i] === i) {
      if (R !== NOSTREAM && dad[R] !== R) dad[i] = dad[R];
      else if (L !== NOSTREAM && dad[L] !== L) dad[i] = dad[L];
    }
  }
  for (let i = 1; i < pl; i++) {
    if (fi[i].type === 0) continue;
    let j = i;
    if (j !== dad[j]) {
      do {
        if (++steps > budget) throw docCorrupt('OLE 复合文档的目录结构有环（疑似恶意文件）');
        j = dad[j];
      } while (j !== 0 && dad[j] !== -1 && j !== dad[j]);
    }
    dad[i] = -1;
  }
}
