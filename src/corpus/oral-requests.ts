/**
 * A request the law lets a person make by word of mouth, refused when so made. The law keeps the spoken way open for one who
 * cannot write (行政复议法第二十二条: 书面申请有困难的，也可以口头申请; 劳动争议调解仲裁法第二十八条: 书写仲裁申请确有困难的，可以
 * 口头申请; 政府信息公开条例第二十九条: 采用书面形式确有困难的，申请人可以口头提出); a draft that turns such a request away
 * (申请人以口头方式提出的，代收部门不予接收; 不接受口头申请; 一律以书面形式提出) takes that way away.
 *
 * What the request is for (行政复议, 仲裁, 政府信息公开, 投诉) is told by the law's sentence and must be named in the draft's
 * paragraph or title: a draft on arbitration is not held against the rule for review.
 *
 * Silent where the draft keeps the spoken way (也可以口头, 口头提出的…应当记录) or speaks of another step than the request.
 */

import { fullSentences } from '../zh/context.js';

export interface OralRefusal {
  start: number;
  end: number;
  phrase: string;
}

/** The spoken request refused, or writing made the only way. */
const REFUSED =
  /口头(?:方式|形式)?(?:提出|申请|投诉|举报)?[^，。；]{0,10}?的[，,][^。；]{0,20}?(?:不予(?:受理|接收|登记|记录)|不接收|不受理|不作记录|一律退回)|(?:不接受|不受理|不予受理|不予接收)[^，。；]{0,6}?口头(?:申请|方式|形式|提出|投诉)|(?:只能|仅能|仅限|一律|均须|必须)(?:以|采用|通过)?书面(?:形式|方式)?(?:提出|申请|提交)/u;
/** The spoken way kept beside the refusal. */
const KEPT = /也可以口头|可以口头|口头[^，。；]{0,12}?(?:应当|予以)(?:当场)?(?:记录|登记)|书面[^，。；]{0,6}?(?:有困难|确有困难)/u;

/** What a request is for, as the law's sentence names it. */
export const REQUEST_KINDS = /行政复议|仲裁|调解|政府信息公开|信息公开|投诉|举报|信访|听证/u;

/** The law's sentence that keeps the spoken way open. */
export const ORAL_ALLOWED = /(?:也)?可以口头(?:申请|提出|投诉|举报)/u;

export function oralRefusals(text: string): OralRefusal[] {
  const out: OralRefusal[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = REFUSED.exec(sentence);
    if (!m || KEPT.test(sentence)) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0] });
  }
  return out;
}

/** The sentences of a law's provision that keep the spoken way open, with what they let be asked for (行政复议). */
export function oralRequests(lawText: string): Array<{ kind: string; sentence: string }> {
  return lawText
    .split(/(?<=。)/u)
    .map((sentence) => ({ kind: oralRequestKind(sentence), sentence: sentence.replace(/。$/u, '') }))
    .filter((s): s is { kind: string; sentence: string } => s.kind !== null);
}

/** What the law's sentence lets be asked for by word of mouth (行政复议), or null. */
export function oralRequestKind(lawSentence: string): string | null {
  if (!ORAL_ALLOWED.test(lawSentence)) return null;
  return REQUEST_KINDS.exec(lawSentence)?.[0] ?? null;
}
