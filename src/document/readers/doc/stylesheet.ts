/**
 * The style sheet (STSH, [MS-DOC] 2.9.271) → the .docx reader's StyleSheet:
 * names, basedOn chains, and the paragraph and character properties each
 * style gives (numbering and outline level included, so headings numbered
 * through their style keep their numbers). Style ids are the style indexes
 * (istd) as strings.
 */
import { StyleSheet, type StyleDef } from '../docx/styles.js';
import { Bytes } from './bytes.js';
import { paraProps, runProps } from './properties.js';

const ISTD_NIL = 0x0fff;
const STK_PARAGRAPH = 1;
const STK_CHARACTER = 2;
const MAX_STYLES = 4096;

export function readStyles(table: Bytes, at: { fc: number; lcb: number } | undefined): StyleSheet {
  if (!at || !table.has(at.fc, at.lcb) || at.lcb < 4) return StyleSheet.empty();
  try {
    return StyleSheet.fromDefinitions(readDefinitions(table, at.fc, at.fc + at.lcb));
  } catch {
    // A damaged style sheet costs style names and style numbering, not the text.
    return StyleSheet.empty();
  }
}

function readDefinitions(table: Bytes, start: number, end: number): StyleDef[] {
  const cbStshi = table.u16(start);
  const stshi = start + 2;
  const cstd = Math.min(table.u16(stshi), MAX_STYLES);
  const cbStdBase = table.u16(stshi + 2);
  const styles: StyleDef[] = [];
  let p = stshi + cbStshi;
  for (let istd = 0; istd < cstd && p + 2 <= end; istd++) {
    const cbStd = table.u16(p);
    const std = p + 2;
    p = std + cbStd;
    if (cbStd === 0 || p > end) continue;
    const def = readStd(table, std, cbStd, cbStdBase, istd);
    if (def) styles.push(def);
  }
  return styles;
}

function readStd(table: Bytes, std: number, cbStd: number, cbStdBase: number, istd: number): StyleDef | undefined {
  if (cbStd < 10) return undefined;
  const sti = table.u16(std) & 0x0fff;
  const stk = table.u16(std + 2) & 0x000f;
  const istdBase = table.u16(std + 2) >> 4;
  const cupx = table.u16(std + 4) & 0x000f;
  if (stk !== STK_PARAGRAPH && stk !== STK_CHARACTER) return undefined;
  const end = std + cbStd;
  let p = std + cbStdBase;
  let name: string | undefined;
  if (p + 2 <= end) {
    const cch = table.u16(p);
    if (p + 2 + cch * 2 <= end) name = table.utf16(p + 2, cch, '样式名称');
    p += 2 + cch * 2 + 2;
  }
  // Built-in styles are named in English in the file; when a producer leaves the name out, sti says which it is.
  if (!name && sti >= 1 && sti <= 9) name = `heading ${sti}`;
  const def: StyleDef = {
    id: String(istd),
    type: stk === STK_PARAGRAPH ? 'paragraph' : 'character',
    isDefault: istd === 0 && stk === STK_PARAGRAPH,
    p: {},
    r: {},
  };
  if (name) def.name = name;
  if (istdBase !== ISTD_NIL && istdBase !== istd) def.basedOn = String(istdBase);

  // UPXs: a paragraph style has a PAPX then a CHPX, a character style only a CHPX; each padded to an even offset.
  const upx = (): Uint8Array | undefined => {
    if ((p - std) % 2 === 1) p++;
    if (p + 2 > end) return undefined;
    const cb = table.u16(p);
    const body = p + 2;
    p = body + cb;
    return p <= end ? table.slice(body, cb, '样式属性') : undefined;
  };
  if (stk === STK_PARAGRAPH && cupx >= 1) {
    const papx = upx();
    // The paragraph UPX starts with the istd it belongs to.
    if (papx && papx.length >= 2) paraProps(papx.subarray(2), def.p);
    const chpx = cupx >= 2 ? upx() : undefined;
    if (chpx) readRun(chpx, def);
  } else if (stk === STK_CHARACTER && cupx >= 1) {
    const chpx = upx();
    if (chpx) readRun(chpx, def);
  }
  return def;
}

function readRun(grpprl: Uint8Array, def: StyleDef): void {
  const r = runProps(grpprl);
  if (r.sz !== undefined) def.r.sz = r.sz;
  if (r.b !== undefined) def.r.b = r.b;
}
