/**
 * What differs between the fixed-layout formats that share the line and
 * paragraph rebuilding (PDF, OFD): the name in messages, the prefix of note
 * codes and the error codes for a missing or undecodable text layer.
 * Everything else, from lines to blocks, is the same code.
 */
import type { ErrorCode } from '../../../errors.js';

export interface FixedLayoutFormat {
  format: 'pdf' | 'ofd';
  /** As written in messages: "PDF", "OFD". */
  name: string;
  /** Prefix of reader note codes: PDF_RUNNING_LINES_REMOVED, OFD_RUNNING_LINES_REMOVED… */
  notePrefix: string;
  noTextCode: ErrorCode;
  garbledCode: ErrorCode;
  /** Likely cause appended to the garbled-text message. */
  garbledCause: string;
}

export const PDF_LAYOUT: FixedLayoutFormat = {
  format: 'pdf',
  name: 'PDF',
  notePrefix: 'PDF',
  noTextCode: 'E_PDF_NO_TEXT',
  garbledCode: 'E_PDF_GARBLED',
  garbledCause: '（字体可能缺少 ToUnicode 映射）',
};
