/**
 * Formatted disk pages ([MS-DOC] 2.9.178, 2.9.44): paragraph (PAPX) and
 * character (CHPX) properties are stored by byte position (FC) in 512-byte
 * pages, found through a bin table (PlcBtePapx / PlcBteChpx). They are read
 * once into sorted runs and looked up by FC.
 */
import { Bytes, docCorrupt } from './bytes.js';

export interface PropertyRun {
  fcStart: number;
  fcEnd: number;
  /** Paragraph runs: the style (istd); character runs: 0. */
  istd: number;
  grpprl: Uint8Array;
}

const PAGE = 512;
const EMPTY: Uint8Array = new Uint8Array(0);
/** More pages than a 100 MB WordDocument stream can hold means a damaged bin table. */
const MAX_PAGES = 200_000;

function binTable(table: Bytes, fc: number, lcb: number, what: string): number[] {
  table.check(fc, lcb, what);
  if (lcb < 4 || (lcb - 4) % 8 !== 0) throw docCorrupt(`${what}长度无效`);
  const n = (lcb - 4) / 8;
  if (n > MAX_PAGES) throw docCorrupt(`${what}过大`);
  const pns: number[] = [];
  for (let i = 0; i < n; i++) pns.push(table.u32(fc + (n + 1) * 4 + i * 4) & 0x3fffff);
  return pns;
}

export function readPapxRuns(table: Bytes, fc: number, lcb: number, word: Bytes): PropertyRun[] {
  const runs: PropertyRun[] = [];
  for (const pn of binTable(table, fc, lcb, '段落属性索引')) {
    const base = pn * PAGE;
    word.check(base, PAGE, '段落属性页');
    const crun = word.u8(base + PAGE - 1);
    for (let i = 0; i < crun; i++) {
      const fcStart = word.u32(base + i * 4);
      const fcEnd = word.u32(base + (i + 1) * 4);
      const bOffset = word.u8(base + (crun + 1) * 4 + i * 13);
      let istd = 0;
      let grpprl: Uint8Array = EMPTY;
      if (bOffset !== 0) {
        const at = base + bOffset * 2;
        const cb = word.u8(at);
        const size = cb === 0 ? word.u8(at + 1) * 2 : cb * 2 - 1;
        const start = cb === 0 ? at + 2 : at + 1;
        if (size >= 2 && start + size <= base + PAGE) {
          istd = word.u16(start);
          grpprl = word.slice(start + 2, size - 2, '段落属性');
        }
      }
      runs.push({ fcStart, fcEnd, istd, grpprl });
    }
  }
  return sortRuns(runs);
}

export function readChpxRuns(table: Bytes, fc: number, lcb: number, word: Bytes): PropertyRun[] {
  const runs: PropertyRun[] = [];
  for (const pn of binTable(table, fc, lcb, '字符属性索引')) {
    const base = pn * PAGE;
    word.check(base, PAGE, '字符属性页');
    const crun = word.u8(base + PAGE - 1);
    for (let i = 0; i < crun; i++) {
      const fcStart = word.u32(base + i * 4);
      const fcEnd = word.u32(base + (i + 1) * 4);
      const offset = word.u8(base + (crun + 1) * 4 + i);
      let grpprl: Uint8Array = EMPTY;
      if (offset !== 0) {
        const at = base + offset * 2;
        const cb = word.u8(at);
        if (at + 1 + cb <= base + PAGE) grpprl = word.slice(at + 1, cb, '字符属性');
      }
      runs.push({ fcStart, fcEnd, istd: 0, grpprl });
    }
  }
  return sortRuns(runs);
}

function sortRuns(runs: PropertyRun[]): PropertyRun[] {
  const kept = runs.filter((r) => r.fcEnd > r.fcStart);
  kept.sort((a, b) => a.fcStart - b.fcStart);
  return kept;
}

/** Index of the run holding an FC, or -1. */
export function findRun(runs: readonly PropertyRun[], fc: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid];
    if (fc < r.fcStart) hi = mid - 1;
    else if (fc >= r.fcEnd) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first run ending after an FC (the run holding it, or the next one), for walking a range. */
export function firstRunAfter(runs: readonly PropertyRun[], fc: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].fcEnd <= fc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
