import { addDays, addMonths, findDates, formatChineseDate, parseDate } from '../../zh/dates.js';
import type { DocumentProfile, LegalDocument, ProfileValue, ReferenceDate, Span } from '../model.js';

/**
 * The dates of a document: 成文日期 (the date under the signature), the
 * publication or adoption of the original text and its latest revision (the
 * dated lines and 题注 under a law's title, the date of the decree that
 * publishes it), 施行日期, the end of validity, and the one date the rules
 * judge it by. A document speaks from its own date: the 成文日期, else the
 * latest revision its text contains, else its publication; only a draft
 * with no date at all is judged as of the review date (--as-of).
 */

const PUBLISH = /(通过|公布|发布|颁布|批准|印发|下发)/u;
const REVISE = /(修正|修订|修改)/u;
const EFFECT = /(施行|执行)/u;

interface DatedLine {
  iso: string;
  span: Span;
  event: 'publish' | 'revise' | 'effect';
  text: string;
}

/** Dated events in the header: "2011年6月30日 第十一届…通过", "（2019年3月1日…修订）", the decree's date line. */
function datedLines(doc: LegalDocument): DatedLine[] {
  const out: DatedLine[] = [];
  const lines: Array<{ text: string; start: number }> = [];
  for (const n of doc.header.titleNotes ?? []) lines.push({ text: n.text, start: n.span.start });
  // The decree's own text (现公布…、the signer, the date) stands between the 令 heading and the title.
  const decree = doc.header.decree;
  const title = doc.header.title;
  if (decree && title && title.span.start > decree.span.end) {
    for (let i = 0; i < doc.bodyStart; i++) {
      const at = doc.blockStarts[i];
      if (at > decree.span.end && at < title.span.start) lines.push({ text: doc.source.blocks[i].text, start: at });
    }
  }
  for (const line of lines) {
    const dates = findDates(line.text);
    // A 题注 lists several events: 1994年1月28日…发布　根据2005年…第一次修订 … 2018年…第四次修订.
    dates.forEach((d, k) => {
      if (!d.iso) return;
      const tail = line.text.slice(d.end, k + 1 < dates.length ? dates[k + 1].start : line.text.length);
      const span = { start: line.start + d.start, end: line.start + d.end };
      const event = REVISE.test(tail) ? 'revise' : PUBLISH.test(tail) ? 'publish' : EFFECT.test(tail) ? 'effect' : undefined;
      // The decree's date stands alone on its line: it is the publication.
      const alone = parseDate(line.text) !== undefined && doc.header.decree !== undefined;
      if (event) out.push({ iso: d.iso, span, event, text: line.text.slice(d.start, d.end) + tail.slice(0, 40) });
      else if (alone) out.push({ iso: d.iso, span, event: 'publish', text: `${d.text}（公布令落款日期）` });
      else if (parseDate(line.text) !== undefined) out.push({ iso: d.iso, span, event: 'publish', text: `${d.text}（标题下所载日期）` });
    });
  }
  return out;
}

function value(iso: string, basis: string, evidence?: Span, source: ProfileValue<string>['source'] = 'read'): ProfileValue<string> {
  return { value: iso, source, basis, evidence };
}

/** Kinds whose text, when it states no other date, speaks from the day it took effect (a regulation published without its header). */
const DATED_BY_EFFECT = /^(法律|行政法规|地方性法规|自治条例和单行条例|部门规章|地方政府规章|司法解释)$/u;

export function detectDates(doc: LegalDocument, asOf: string, kind?: string): DocumentProfile['dates'] {
  const dates: Partial<DocumentProfile['dates']> = {};
  const signed = doc.closing.signedDate;
  if (signed?.iso) dates.signed = value(signed.iso, `成文日期“${signed.text.trim()}”`, signed.span);
  const lines = datedLines(doc);
  const published = lines.filter((l) => l.event === 'publish').sort((a, b) => (a.iso < b.iso ? -1 : 1))[0];
  if (published) dates.published = value(published.iso, `“${published.text.trim()}”`, published.span);
  const revised = lines.filter((l) => l.event === 'revise').sort((a, b) => (a.iso < b.iso ? 1 : -1))[0];
  if (revised && (!published || revised.iso > published.iso)) dates.revised = value(revised.iso, `“${revised.text.trim()}”`, revised.span);
  const effective = doc.closing.effective;
  if (effective?.date?.iso)
    dates.effective = value(effective.date.iso, `施行日期：“${doc.text.slice(effective.span.start, effective.span.end)}”`, effective.date.span);
  else {
    const line = lines.filter((l) => l.event === 'effect').sort((a, b) => (a.iso < b.iso ? 1 : -1))[0];
    if (line) dates.effective = value(line.iso, `“${line.text.trim()}”`, line.span);
    else if (effective?.fromIssue) {
      const from = dates.signed ?? dates.published;
      if (from)
        dates.effective = value(
          from.value,
          `自${/公布|发布/.test(doc.text.slice(effective.span.start, effective.span.end)) ? '公布' : '印发'}之日起施行（${formatChineseDate(from.value)}）`,
          effective.span,
          'inferred',
        );
    }
  }
  const validity = doc.closing.validity;
  if (validity?.until?.iso) dates.validUntil = value(validity.until.iso, `有效期：“${validity.text}”`, validity.span);
  else if (validity?.months !== undefined && dates.effective) {
    dates.validUntil = value(
      addDays(addMonths(dates.effective.value, validity.months), -1),
      `有效期：“${validity.text}”，自施行之日起算`,
      validity.span,
      'inferred',
    );
  }
  dates.reference = referenceDate(dates, asOf, !!kind && DATED_BY_EFFECT.test(kind), numberYear(doc));
  return dates as DocumentProfile['dates'];
}

/** The year in the document's own 发文字号 (湘人社规〔2024〕4号 → 2024), with where it is written. */
function numberYear(doc: LegalDocument): { year: number; text: string; span: Span } | undefined {
  const own = doc.header.documentNumber;
  if (!own) return undefined;
  const m = /[〔\[【（(［﹝〘]\s*([0-9０-９]{4})\s*[〕\]】）)］﹞〙]/u.exec(own.text);
  if (!m) return undefined;
  const year = Number(m[1].replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  return year >= 1949 && year <= 2100 ? { year, text: own.text, span: own.span } : undefined;
}

function referenceDate(
  d: Partial<DocumentProfile['dates']>,
  asOf: string,
  byEffect: boolean,
  number?: { year: number; text: string; span: Span },
): ReferenceDate {
  if (d.signed) return { ...d.signed, of: 'signed', basis: `成文日期（${formatChineseDate(d.signed.value)}）` };
  if (d.revised) return { ...d.revised, of: 'revised', basis: `本文本最近一次修改（${formatChineseDate(d.revised.value)}）` };
  if (d.published) return { ...d.published, of: 'published', basis: `公布（通过）日期（${formatChineseDate(d.published.value)}）` };
  if (byEffect && d.effective)
    return { ...d.effective, source: 'inferred', of: 'effective', basis: `未载明公布日期，按施行日期（${formatChineseDate(d.effective.value)}）` };
  // A document of an earlier year with no date but its 发文字号: it was issued in that year, at the latest on its last day.
  if (number && `${number.year}-12-31` < asOf) {
    return {
      value: `${number.year}-12-31`,
      source: 'inferred',
      of: 'numberYear',
      basis: `未载明成文日期；发文字号“${number.text}”表明${number.year}年发文，按该年最后一日`,
      evidence: number.span,
    };
  }
  return { value: asOf, source: 'inferred', of: 'asOf', basis: `文件未载明成文日期，按审核基准日（${formatChineseDate(asOf)}）` };
}
