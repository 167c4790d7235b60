/**
 * Property modifiers ([MS-DOC] 2.2.5): a grpprl is a sequence of
 * (sprm, operand) pairs, the operand's size given by the sprm's top three
 * bits. Only a handful of sprms matter to the auditor; the rest are skipped
 * by size. A grpprl that runs past its end stops there (what was read so far
 * is kept): Word itself ignores a damaged tail.
 */

export interface Sprm {
  sprm: number;
  /** Offset of the operand in the grpprl. */
  at: number;
  /** Operand length in bytes. */
  size: number;
}

const FIXED_SIZES = [1, 1, 2, 4, 2, 2, -1, 3];
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_CHG_TABS = 0xc615;

export function* sprms(grpprl: Uint8Array): Generator<Sprm> {
  let p = 0;
  const end = grpprl.length;
  while (p + 2 <= end) {
    const sprm = grpprl[p] | (grpprl[p + 1] << 8);
    let at = p + 2;
    let size = FIXED_SIZES[sprm >> 13];
    if (size < 0) {
      if (at >= end) return;
      if (sprm === SPRM_T_DEF_TABLE) {
        if (at + 2 > end) return;
        // cb counts the rest of the operand, plus one.
        size = (grpprl[at] | (grpprl[at + 1] << 8)) + 1;
      } else if (sprm === SPRM_P_CHG_TABS && grpprl[at] === 255) {
        // The long form: deletions (2 + 2 bytes each) then additions (2 + 1 bytes each).
        const del = grpprl[at + 1] ?? 0;
        const addAt = at + 2 + del * 4;
        const add = grpprl[addAt] ?? 0;
        size = 2 + del * 4 + 1 + add * 3;
      } else {
        size = grpprl[at];
        at += 1;
      }
    }
    if (at + size > end) return;
    yield { sprm, at, size };
    p = at + size;
  }
}

export function operandU8(grpprl: Uint8Array, s: Sprm): number {
  return grpprl[s.at];
}

export function operandU16(grpprl: Uint8Array, s: Sprm): number {
  return s.size >= 2 ? grpprl[s.at] | (grpprl[s.at + 1] << 8) : grpprl[s.at];
}

export function operandI16(grpprl: Uint8Array, s: Sprm): number {
  const v = operandU16(grpprl, s);
  return v >= 0x8000 ? v - 0x10000 : v;
}

export function operandI32(grpprl: Uint8Array, s: Sprm): number {
  if (s.size < 4) return operandI16(grpprl, s);
  return grpprl[s.at] | (grpprl[s.at + 1] << 8) | (grpprl[s.at + 2] << 16) | (grpprl[s.at + 3] << 24);
}

/** Paragraph sprms the reader uses. */
export const SPRM = {
  P_ISTD: 0x4600,
  P_JC80: 0x2403,
  P_JC: 0x2461,
  P_FKEEP_FOLLOW: 0x2406,
  P_PAGE_BREAK_BEFORE: 0x2407,
  P_ILVL: 0x260a,
  P_ILFO: 0x460b,
  P_IN_TABLE: 0x2416,
  P_TTP: 0x2417,
  P_DXA_LEFT1_80: 0x8411,
  P_DXA_LEFT1: 0x8460,
  P_DXC_LEFT1: 0x4457,
  P_OUT_LVL: 0x2640,
  P_INNER_TTP: 0x244c,
  P_ITAP: 0x6649,
  C_RMARK_DEL: 0x0800,
  C_RMARK_INS: 0x0801,
  C_IBST_RMARK: 0x4804,
  C_DTTM_RMARK: 0x6805,
  C_BOLD: 0x0835,
  C_HPS: 0x4a43,
  C_ISTD: 0x4a30,
  C_IBST_RMARK_DEL: 0x4863,
  C_DTTM_RMARK_DEL: 0x6864,
  S_BKC: 0x3009,
} as const;
