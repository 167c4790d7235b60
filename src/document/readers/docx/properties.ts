/**
 * Readers for the paragraph and run properties that matter to the auditor,
 * shared by styles.xml and document.xml (the same elements appear in both).
 */
import { CLOSE, END, OPEN, type XmlTokenizer } from './xml-tokenizer.js';

export interface ParaProps {
  styleId?: string;
  /** 0 means "explicitly not numbered" (overrides a style's numbering). */
  numId?: number;
  ilvl?: number;
  outlineLvl?: number;
  jc?: string;
  ind?: IndentProps;
  pageBreakBefore?: boolean;
}

export interface IndentProps {
  firstLine?: number;
  firstLineChars?: number;
  hanging?: number;
  hangingChars?: number;
}

export interface RunProps {
  rStyle?: string;
  /** Half-points, as stored. */
  sz?: number;
  b?: boolean;
}

export interface ChangeInfo {
  author?: string;
  date?: string;
}

export function changeInfo(tok: XmlTokenizer): ChangeInfo {
  const info: ChangeInfo = {};
  const author = tok.attr('w:author');
  const date = tok.attr('w:date');
  if (author !== undefined) info.author = author;
  if (date !== undefined) info.date = date;
  return info;
}

/** ST_OnOff: absent value means on. */
export function onOff(tok: XmlTokenizer): boolean {
  const v = tok.attr('w:val');
  return !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}

export function intAttr(tok: XmlTokenizer, name: string): number | undefined {
  const v = tok.attr(name);
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Handle one child of w:pPr if it is a property we keep. Returns false for
 * anything else (the caller skips it). The tokenizer is on the child's OPEN.
 */
export function readParaProp(tok: XmlTokenizer, props: ParaProps): boolean {
  switch (tok.name) {
    case 'w:pStyle': {
      const v = tok.attr('w:val');
      if (v !== undefined) props.styleId = v;
      tok.skip();
      return true;
    }
    case 'w:numPr':
      readNumPr(tok, props);
      return true;
    case 'w:outlineLvl': {
      const v = intAttr(tok, 'w:val');
      if (v !== undefined) props.outlineLvl = v;
      tok.skip();
      return true;
    }
    case 'w:jc': {
      const v = tok.attr('w:val');
      if (v !== undefined) props.jc = v;
      tok.skip();
      return true;
    }
    case 'w:ind': {
      const ind: IndentProps = {};
      const firstLine = intAttr(tok, 'w:firstLine');
      const firstLineChars = intAttr(tok, 'w:firstLineChars');
      const hanging = intAttr(tok, 'w:hanging');
      const hangingChars = intAttr(tok, 'w:hangingChars');
      if (firstLine !== undefined) ind.firstLine = firstLine;
      if (firstLineChars !== undefined) ind.firstLineChars = firstLineChars;
      if (hanging !== undefined) ind.hanging = hanging;
      if (hangingChars !== undefined) ind.hangingChars = hangingChars;
      if (firstLine !== undefined || firstLineChars !== undefined || hanging !== undefined || hangingChars !== undefined) props.ind = ind;
      tok.skip();
      return true;
    }
    case 'w:pageBreakBefore':
      props.pageBreakBefore = onOff(tok);
      tok.skip();
      return true;
    default:
      return false;
  }
}

function readNumPr(tok: XmlTokenizer, props: ParaProps): void {
  if (tok.selfClosing) return;
  const stop = tok.depth - 1;
  while (tok.next() !== END) {
    if (tok.kind === CLOSE && tok.depth === stop) return;
    if (tok.kind !== OPEN) continue;
    if (tok.name === 'w:ilvl') {
      const v = intAttr(tok, 'w:val');
      if (v !== undefined) props.ilvl = v;
    } else if (tok.name === 'w:numId') {
      const v = intAttr(tok, 'w:val');
      if (v !== undefined) props.numId = v;
    }
    tok.skip();
  }
}

/** Handle one child of w:rPr if it is a property we keep; see readParaProp. */
export function readRunProp(tok: XmlTokenizer, props: RunProps): boolean {
  switch (tok.name) {
    case 'w:rStyle': {
      const v = tok.attr('w:val');
      if (v !== undefined) props.rStyle = v;
      tok.skip();
      return true;
    }
    case 'w:sz': {
      const v = intAttr(tok, 'w:val');
      if (v !== undefined && v > 0) props.sz = v;
      tok.skip();
      return true;
    }
    case 'w:b':
      props.b = onOff(tok);
      tok.skip();
      return true;
    default:
      return false;
  }
}

/** Read a whole w:rPr (tokenizer on its OPEN) into props, ignoring the rest. */
export function readRunProps(tok: XmlTokenizer, props: RunProps): void {
  if (tok.selfClosing) return;
  const stop = tok.depth - 1;
  while (tok.next() !== END) {
    if (tok.kind === CLOSE && tok.depth === stop) return;
    if (tok.kind === OPEN && !readRunProp(tok, props)) tok.skip();
  }
}

/** Read a whole w:pPr (tokenizer on its OPEN) into props, ignoring the rest. */
export function readParaProps(tok: XmlTokenizer, props: ParaProps): void {
  if (tok.selfClosing) return;
  const stop = tok.depth - 1;
  while (tok.next() !== END) {
    if (tok.kind === CLOSE && tok.depth === stop) return;
    if (tok.kind === OPEN && !readParaProp(tok, props)) tok.skip();
  }
}
