/**
 * Paragraph and character properties of a Word binary file, translated into
 * the .docx reader's property model (ParaProps, RunProps), so both formats
 * share one style resolution, one numbering engine and one block builder.
 */
import type { ParaProps, RunProps } from '../docx/properties.js';
import { operandI16, operandI32, operandU16, operandU8, SPRM, sprms } from './sprm.js';

export interface DocParaProps extends ParaProps {
  /** In a table cell (sprmPFInTable, or a table depth above 0). */
  inTable?: boolean;
  /** The row-end mark of a table row, not a paragraph of text. */
  rowEnd?: boolean;
}

/** Word's jc values, logical (sprmPJc) and physical (sprmPJc80) alike for left-to-right text. */
const JC = ['left', 'center', 'right', 'both', 'distribute', 'highKashida', 'lowKashida', 'mediumKashida', 'thaiDistribute'];

export function paraProps(grpprl: Uint8Array, into: DocParaProps = {}): DocParaProps {
  let jc80: string | undefined;
  for (const s of sprms(grpprl)) {
    switch (s.sprm) {
      case SPRM.P_JC:
        into.jc = JC[operandU8(grpprl, s)] ?? 'left';
        break;
      case SPRM.P_JC80:
        jc80 = JC[operandU8(grpprl, s)] ?? 'left';
        break;
      case SPRM.P_ILVL:
        into.ilvl = Math.min(operandU8(grpprl, s), 8);
        break;
      case SPRM.P_ILFO: {
        const ilfo = operandI16(grpprl, s);
        // 1..2046 name an LFO; 0 and the special negative values mean "not in a list".
        into.numId = ilfo > 0 && ilfo < 0x7ff ? ilfo : 0;
        break;
      }
      case SPRM.P_OUT_LVL:
        into.outlineLvl = operandU8(grpprl, s);
        break;
      case SPRM.P_PAGE_BREAK_BEFORE:
        into.pageBreakBefore = operandU8(grpprl, s) !== 0;
        break;
      case SPRM.P_IN_TABLE:
        into.inTable = operandU8(grpprl, s) !== 0;
        break;
      case SPRM.P_ITAP:
        if (operandI32(grpprl, s) > 0) into.inTable = true;
        break;
      case SPRM.P_TTP:
      case SPRM.P_INNER_TTP:
        if (operandU8(grpprl, s) !== 0) into.rowEnd = true;
        break;
      case SPRM.P_DXA_LEFT1:
      case SPRM.P_DXA_LEFT1_80: {
        const v = operandI16(grpprl, s);
        const ind = { ...into.ind };
        delete ind.firstLine;
        delete ind.hanging;
        if (v >= 0) ind.firstLine = v;
        else ind.hanging = -v;
        into.ind = ind;
        break;
      }
      case SPRM.P_DXC_LEFT1: {
        const v = operandI16(grpprl, s);
        const ind = { ...into.ind };
        delete ind.firstLineChars;
        delete ind.hangingChars;
        if (v >= 0) ind.firstLineChars = v;
        else ind.hangingChars = -v;
        into.ind = ind;
        break;
      }
      default:
        break;
    }
  }
  if (into.jc === undefined && jc80 !== undefined) into.jc = jc80;
  return into;
}

export interface DocRunProps extends RunProps {
  /** Toggle operands of bold: 0 off, 1 on, 0x80 as the style, 0x81 the opposite of the style. */
  boldToggle?: number;
  deleted?: boolean;
  inserted?: boolean;
  /** Index of the revision author in the revision-author table. */
  author?: number;
  /** Date of the revision, as a DTTM. */
  dttm?: number;
  /** Character style. */
  istd?: number;
}

export function runProps(grpprl: Uint8Array, into: DocRunProps = {}): DocRunProps {
  for (const s of sprms(grpprl)) {
    switch (s.sprm) {
      case SPRM.C_RMARK_DEL:
        into.deleted = operandU8(grpprl, s) === 1;
        break;
      case SPRM.C_RMARK_INS:
        into.inserted = operandU8(grpprl, s) === 1;
        break;
      case SPRM.C_IBST_RMARK:
      case SPRM.C_IBST_RMARK_DEL:
        into.author = operandU16(grpprl, s);
        break;
      case SPRM.C_DTTM_RMARK:
      case SPRM.C_DTTM_RMARK_DEL:
        into.dttm = operandI32(grpprl, s) >>> 0;
        break;
      case SPRM.C_BOLD:
        into.boldToggle = operandU8(grpprl, s);
        break;
      case SPRM.C_HPS:
        into.sz = operandU16(grpprl, s);
        break;
      case SPRM.C_ISTD:
        into.istd = operandU16(grpprl, s);
        break;
      default:
        break;
    }
  }
  if (into.boldToggle === 0 || into.boldToggle === 1) into.b = into.boldToggle === 1;
  return into;
}

/** A DTTM ([MS-DOC] 2.9.59) as an ISO date-time, or undefined for an empty or impossible one. */
export function dttmToIso(dttm: number | undefined): string | undefined {
  if (!dttm) return undefined;
  const min = dttm & 0x3f;
  const hour = (dttm >>> 6) & 0x1f;
  const day = (dttm >>> 11) & 0x1f;
  const month = (dttm >>> 16) & 0x0f;
  const year = 1900 + ((dttm >>> 20) & 0x1ff);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || min > 59) return undefined;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(min)}:00Z`;
}
