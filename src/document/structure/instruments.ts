import type { LegalDocument, TextField } from '../model.js';
import { blockAt } from './locate.js';

/**
 * A document may hold several instruments: a 印发 notice and the 办法 it
 * issues, or a notice with several attachments. Numbering restarts in each.
 * An instrument starts at a title inside the body or at an 附件 head.
 */
export function instrumentStarts(doc: LegalDocument): number[] {
  const starts = new Set<number>((doc.bodyTitles ?? []).map((t) => t.block));
  for (const a of doc.attachments) if (a.where === 'body') starts.add(blockAt(doc, a.span.start));
  return [...starts].sort((a, b) => a - b);
}

/** Which instrument a block belongs to: 0 for the document's own text, then one more after each start. */
export function instrumentOf(doc: LegalDocument, block: number, starts: number[] = instrumentStarts(doc)): number {
  let n = 0;
  for (const s of starts) if (s <= block) n++;
  return n;
}

/** The title that governs a block: the nearest body title before it, else the document title. */
export function titleOf(doc: LegalDocument, block: number): TextField | undefined {
  return (doc.bodyTitles ?? []).filter((t) => t.block <= block).at(-1) ?? doc.header.title;
}

/** Verbs in a title that make the quoted instrument the document's own content (印发《…暂行办法》). */
const ISSUING_VERB = /(印发|发布|颁布|公布|转发|制定)[^《》]{0,6}$/u;

/**
 * "暂行" or "试行" when the instrument itself is provisional: its own title
 * says so, or the title of a 印发 notice names a provisional instrument. A
 * title that only cites one (关于贯彻落实《人力资源市场暂行条例》的通知, 关于废止
 * 《…暂行办法》的决定) does not make the document provisional.
 */
export function provisionalWord(title: string): '暂行' | '试行' | undefined {
  let own = '';
  let last = 0;
  let previousOwn = false;
  for (const m of title.matchAll(/《([^《》]*)》/gu)) {
    const before = title.slice(last, m.index);
    own += before;
    // 印发《甲办法》和《乙暂行办法》: a list after the verb shares it.
    const isOwn: boolean = ISSUING_VERB.test(title.slice(0, m.index)) || (previousOwn && /^[和、及与]*$|^以及$/u.test(before));
    if (isOwn) own += m[1];
    previousOwn = isOwn;
    last = m.index! + m[0].length;
  }
  own += title.slice(last);
  const m = /暂行|试行/u.exec(own);
  return m ? (m[0] as '暂行' | '试行') : undefined;
}

/** A document that only repeals others or stops a system (关于废止…的决定): valid indefinitely by design. */
export function isRepealOnly(title: string): boolean {
  return /(废止|宣布失效|停止执行)/u.test(title) && !/(印发|制定|发布)/u.test(title);
}
