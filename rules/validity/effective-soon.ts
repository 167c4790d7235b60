import { regexListOption } from '../../src/engine/option-schemas.js';
import { defineRule } from '../../src/engine/rule.js';
import { addDays, daysBetween, formatChineseDate } from '../../src/zh/dates.js';
import { HUNAN_30_DAYS } from '../../src/engine/scopes.js';

export interface Options {
  /** Days between publication and effect (Hunan: 30; the 成文日期 stands in for the publication date). */
  days: number;
  /** Patterns (regular expressions) of a stated reason for taking effect sooner; replaces the built-in list. */
  reasons: string[];
  /** Further reason patterns, added to `reasons`. */
  additionalReasons: string[];
}

/** Wording that states why a document takes effect at once (管理办法: 不立即施行将有碍…执行，或者不利于保障国家安全、公共利益). */
export const DEFAULT_REASONS = [
  '不立即(施行|执行|实施)',
  '(有碍|妨碍|影响)[^。；]{0,30}(执行|实施|落实)',
  '不利于保障[^。；]{0,10}(国家安全|公共利益)',
  '紧急|急需|迫切|刻不容缓',
  '(确保|保障|保证|做好|实现|加强|促进)[^。；]{0,24}(及时|衔接|连续|平稳|有序|不断档)',
  '衔接',
  '(为|因|由于)[^。；]{0,40}需要',
  '鉴于',
  '(及时|尽快)(兑现|发放|落地|到位|实施|执行)',
];

const SENTENCE_END = /[。；！？\n]/u;
/** Words of a sentence that speaks of when the document takes effect. */
const TIMING = /(施行|实施|执行|生效|立即|及时|尽快|衔接|过渡|时间)/u;

/** The clause's sentence, and the sentence before it (in this paragraph or the one before) when it speaks of the timing. */
function reasonWindow(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  const own = text.slice(from, to);
  let prevEnd = from - 1;
  while (prevEnd > 0 && /[\s。；！？]/u.test(text[prevEnd - 1])) prevEnd--;
  let prevStart = prevEnd;
  while (prevStart > 0 && !SENTENCE_END.test(text[prevStart - 1])) prevStart--;
  const previous = prevEnd > 0 ? text.slice(prevStart, prevEnd) : '';
  return TIMING.test(previous) ? `${previous}\n${own}` : own;
}

export default defineRule({
  id: 'validity/effective-soon',
  meta: {
    severity: 'warning',
    description: '施行日期距公布不足30日（或自印发、公布之日起施行）而未说明理由',
    applies: HUNAN_30_DAYS,
    basis: '《湖南省规范性文件管理办法》第二十条（2018年修改）：规范性文件应当于统一公布之日起30日以后施行',
    options: (z) => z.object({ days: z.number().int().min(1).max(365), reasons: regexListOption(z), additionalReasons: regexListOption(z) }).strict(),
    defaultOptions: { days: 30, reasons: DEFAULT_REASONS, additionalReasons: [] } satisfies Options,
    messages: {
      fromIssue:
        '本文件自{{when}}之日起施行，但未说明理由。规范性文件应当自统一公布之日起{{days}}日以后施行；不立即施行将有碍法律、法规、规章和上位文件执行，或者不利于保障国家安全、公共利益的，才可以自公布之日起施行。',
      tooSoon: '施行日期（{{effective}}）距成文日期（{{signed}}）仅{{gap}}日，不足{{days}}日，且未说明提前施行的理由。',
    },
  },
  create(context) {
    const doc = context.document;
    const effective = doc.closing.effective;
    if (!effective) return;
    const signed = doc.closing.signedDate?.iso;
    const { days } = context.options;

    let messageId: 'fromIssue' | 'tooSoon';
    let data: Record<string, string | number>;
    if (effective.fromIssue) {
      const when = /公布|发布|颁布/.exec(doc.text.slice(effective.span.start, effective.span.end))?.[0] ?? '印发';
      messageId = 'fromIssue';
      data = { when, days };
    } else if (effective.date?.iso && signed) {
      const gap = daysBetween(signed, effective.date.iso);
      // Earlier than the 成文日期 is retroactive: validity/effective-date reports it.
      if (gap < 0 || gap >= days) return;
      messageId = 'tooSoon';
      data = { effective: formatChineseDate(effective.date.iso), signed: formatChineseDate(signed), gap, days };
    } else {
      return;
    }

    // A reason is stated in the sentence of the clause, or in the sentence right before it when that one speaks of
    // the timing (不立即施行将…). The rest of a notice's closing paragraph (各地要……确保平稳有序) is not a reason.
    const window = reasonWindow(doc.text, effective.span.start, effective.span.end);
    const patterns = [...context.options.reasons, ...context.options.additionalReasons].map((p) => new RegExp(p, 'u'));
    if (patterns.some((p) => p.test(window))) return;

    const earliest = signed ? `（不早于${formatChineseDate(addDays(signed, days))}）` : '';
    const self = /本[\u4e00-\u9fff]{1,4}?(?=自)/u.exec(doc.text.slice(effective.span.start, effective.span.end))?.[0] ?? '本文件';
    context.report({
      messageId,
      data,
      span: effective.span,
      suggestion: `将施行日期定在公布之日起${days}日以后${earliest}；确需提前施行的，写明理由，例如“为做好政策衔接，${self}自公布之日起施行。”`,
    });
  },
});
