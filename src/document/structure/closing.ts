import { findDates, parseDate, parseSeparatedDate, type DateMatch } from '../../zh/dates.js';
import { findDurations, toMonths } from '../../zh/durations.js';
import type { Attachment, Block, DateField, DocumentClosing, EffectiveClause, TextField, ValidityClause } from '../model.js';
import { ISSUER_SUFFIX } from './header.js';

export function toDateField(d: DateMatch, offset: number): DateField {
  return {
    text: d.text,
    span: { start: offset + d.start, end: offset + d.end },
    iso: d.iso,
    year: d.year,
    month: d.month,
    day: d.day,
    valid: d.valid,
    numerals: d.numerals,
  };
}

const INSTRUMENT_NAME = '(?:办法|规定|细则|实施细则|通知|意见|实施意见|决定|方案|实施方案|规则|文件|制度|标准|指引|指南|措施|规划|公告|通告|条例)';
const INSTRUMENT = `(?:本|此)?${INSTRUMENT_NAME}?`;
const EFFECT_VERB = '(施行|执行|实施|生效|起效)';
/** 自2024年6月1日起施行 / 自印发之日起施行 / 自公布之日起实施. */
const EFFECTIVE_RE = new RegExp(`${INSTRUMENT}[ \\u3000]*自[ \\u3000]*(.{0,24}?)[ \\u3000]*起[ \\u3000]*${EFFECT_VERB}`, 'gu');
const FROM_ISSUE_RE = /^(印发|发布|公布|下发|签发|颁布|发文|公开发布|印发公布)之日$/u;

/** Find the effectiveness clause; the last one wins (印发 notices carry the attached 办法's clause last). */
export function findEffective(blocks: Block[], starts: number[], from: number): EffectiveClause | undefined {
  let found: EffectiveClause | undefined;
  for (let i = from; i < blocks.length; i++) {
    const t = blocks[i].text;
    for (const m of t.matchAll(EFFECTIVE_RE)) {
      const what = m[1].trim();
      const dates = findDates(what);
      const fromIssue = FROM_ISSUE_RE.test(what.replace(/[ \u3000]/g, ''));
      if (!fromIssue && dates.length !== 1) continue;
      const dateOffset = starts[i] + m.index! + m[0].indexOf(m[1]);
      found = {
        span: { start: starts[i] + m.index!, end: starts[i] + m.index! + m[0].length },
        date: dates.length === 1 ? toDateField(dates[0], dateOffset) : undefined,
        fromIssue,
        verb: m[2],
      };
    }
  }
  return found;
}

/** What may stand before 有效期 when it is the document's own: nothing in its clause, the instrument, or its coming into force. */
const OWN_VALIDITY_LEAD = new RegExp(
  `(?:^|[，。；、,;：:\\s]|第[零〇一二两三四五六七八九十百千0-9]+条[ \\u3000]*)(?:(?:本|此)?${INSTRUMENT_NAME}|(?:以上|上述)?政策)?(?:的)?[ \\u3000]*$|(?:施行|执行|实施|印发|公布)(?:后|之日起)?[ \\u3000]*$`,
  'u',
);
const VALIDITY_RE = /有效期(?:限)?(?:为|是)?[ \u3000]*(至|到|截至|截止(?:到|至)?)?[ \u3000]*([^，。；,;]{1,30})/gu;
const UNTIL_RE =
  /(?:起[ \u3000]*(?:施行|执行|实施)[，,]?[ \u3000]*|执行期限(?:为)?[ \u3000]*|实施期限(?:为)?[ \u3000]*)(?:至|到)[ \u3000]*([^，。；,;]{6,16}?日)[ \u3000]*止?/gu;

/** Find the validity clause: 有效期5年 / 有效期至2028年10月31日 / …起施行，至2028年10月31日止 / 长期有效. */
export function findValidity(blocks: Block[], starts: number[], from: number): ValidityClause | undefined {
  let found: ValidityClause | undefined;
  for (let i = from; i < blocks.length; i++) {
    const t = blocks[i].text;
    for (const m of t.matchAll(VALIDITY_RE)) {
      // The validity of something else the document governs (遴选结果有效期为3年, 证书有效期) is not the document's.
      if (!OWN_VALIDITY_LEAD.test(t.slice(0, m.index!))) continue;
      const start = starts[i] + m.index!;
      const tail = m[2];
      const tailOffset = m.index! + m[0].length - tail.length;
      const dates = findDates(tail);
      if (m[1] || (dates.length > 0 && dates[0].start < 4)) {
        if (dates.length === 0) continue;
        const end = tailOffset + dates[0].end;
        found = { span: { start, end: starts[i] + end }, until: toDateField(dates[0], starts[i] + tailOffset), text: t.slice(m.index!, end) };
        continue;
      }
      const durations = findDurations(tail).filter((d) => d.start <= 2);
      const months = durations.length > 0 ? toMonths(durations[0]) : undefined;
      if (months !== undefined) {
        const end = tailOffset + durations[0].end;
        found = { span: { start, end: starts[i] + end }, months, text: t.slice(m.index!, end) };
      } else if (/^长期/.test(tail)) {
        found = { span: { start, end: start + m[0].length }, indefinite: true, text: m[0] };
      }
    }
    for (const m of t.matchAll(UNTIL_RE)) {
      const d = findDates(m[1]);
      if (d.length !== 1) continue;
      const offset = m.index! + m[0].indexOf(m[1]);
      found = { span: { start: starts[i] + m.index!, end: starts[i] + m.index! + m[0].length }, until: toDateField(d[0], starts[i] + offset), text: m[0] };
    }
    const indefinite = /长期有效/.exec(t);
    if (indefinite && !found) {
      found = { span: { start: starts[i] + indefinite.index, end: starts[i] + indefinite.index + 4 }, indefinite: true, text: '长期有效' };
    }
  }
  return found;
}

export interface SignatureResult {
  signatories: TextField[];
  signedDate?: DateField;
  /** Index of the first block of the signature (or of the date). */
  at?: number;
}

/**
 * The 成文日期 is a block that is only a date, after the body; the blocks
 * right before it that name agencies are the signatories. The first such
 * date after the body start wins: in 印发 notices the attached 办法 follows.
 */
export function findSignature(blocks: Block[], starts: number[], from: number): SignatureResult {
  for (let i = Math.max(from, 1); i < blocks.length; i++) {
    const b = blocks[i];
    if (b.container !== 'body') continue;
    // 2025年5月6日, or a date written with separators (2025.5.6) that format rules will flag.
    const d = parseDate(b.text) ?? separatedAsMatch(b.text);
    if (!d) continue;
    // A date right after the header, before any body text, is a header line (old regulations: "1955年12月29日"), not the 成文日期.
    if (i === from && blocks.slice(i + 1).some((x) => x.text.trim() !== '')) continue;
    const lead = b.text.length - b.text.trimStart().length;
    const signedDate = toDateField({ ...d, start: d.start + lead, end: d.end + lead }, starts[i]);
    signedDate.span = { start: starts[i] + d.start, end: starts[i] + d.end };
    const signatories: TextField[] = [];
    let first = i;
    for (let j = i - 1; j >= Math.max(from, i - 4); j--) {
      const t = blocks[j].text.trim();
      if (!ISSUER_SUFFIX.test(t) || t.length > 40 || /[。；，]/.test(t)) break;
      // One line may carry several agencies separated by spaces.
      let offset = 0;
      for (const part of blocks[j].text.split(/([ \u3000]+)/)) {
        if (part.trim() && ISSUER_SUFFIX.test(part))
          signatories.unshift({ text: part, span: { start: starts[j] + offset, end: starts[j] + offset + part.length } });
        offset += part.length;
      }
      first = j;
    }
    return { signatories, signedDate, at: first };
  }
  return { signatories: [] };
}

function separatedAsMatch(text: string): DateMatch | undefined {
  const d = parseSeparatedDate(text);
  if (!d) return undefined;
  const start = text.indexOf(d.text);
  return { ...d, start, end: start + d.text.length, numerals: 'arabic' };
}

const ATTACHMENT_LIST_RE = /^附[ \u3000]*件[ \u3000]*[：:][ \u3000]*(.*)$/u;
const ATTACHMENT_ITEM_RE = /^[ \u3000]*(?:([0-9０-９]+|[一二三四五六七八九十]+)[ \u3000]*[.．、][ \u3000]*)?(.+?)[ \u3000]*$/u;
const ATTACHMENT_HEAD_RE = /^附[ \u3000]*件[ \u3000]*([0-9０-９]+)?[ \u3000]*$/u;

/** Attachments listed (附件：1.… 2.…) and attachments in the body (附件1 + title). */
export function findAttachments(blocks: Block[], starts: number[], from: number): Attachment[] {
  const out: Attachment[] = [];
  for (let i = from; i < blocks.length; i++) {
    const t = blocks[i].text;
    const list = ATTACHMENT_LIST_RE.exec(t);
    if (list) {
      const items: Array<{ text: string; index: number; block: number; label?: string }> = [];
      if (list[1].trim()) items.push({ text: list[1], index: t.length - list[1].length, block: i });
      // Following lines indented under the list: "2.××××", typed or as an automatic list number.
      for (let j = i + 1; j < blocks.length && items.length > 0; j++) {
        const label = blocks[j].label?.trim();
        if (label && /^[0-9０-９]+[.．、]?$/.test(label)) items.push({ text: blocks[j].text, index: 0, block: j, label });
        else if (!label && /^[ \u3000]*[0-9０-９]+[.．、]/.test(blocks[j].text)) items.push({ text: blocks[j].text, index: 0, block: j });
        else break;
      }
      for (const item of items) {
        const m = ATTACHMENT_ITEM_RE.exec(item.text);
        if (!m) continue;
        const titleStart = item.index + item.text.indexOf(m[2]);
        const written = item.label?.replace(/[.．、]$/, '') ?? m[1];
        out.push({
          number: written ? Number(written.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))) || undefined : undefined,
          title: m[2],
          span: { start: starts[item.block] + titleStart, end: starts[item.block] + titleStart + m[2].length },
          where: 'list',
        });
      }
      continue;
    }
    const head = ATTACHMENT_HEAD_RE.exec(t);
    if (head && i + 1 < blocks.length) {
      const title = blocks[i + 1].text;
      out.push({
        number: head[1] ? Number(head[1].replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))) : undefined,
        title,
        span: { start: starts[i], end: starts[i + 1] + title.length },
        where: 'body',
      });
    }
  }
  return out;
}

export type { DocumentClosing };
