import type { DateField } from '../../src/document/model.js';
import { blockAt } from '../../src/document/structure/locate.js';
import { regexListOption } from '../../src/engine/option-schemas.js';
import { defineRule } from '../../src/engine/rule.js';
import { daysInMonth, formatChineseDate } from '../../src/zh/dates.js';
import { NORMATIVE } from '../../src/engine/scopes.js';

export interface Options {
  /**
   * Patterns (regular expressions) that mark a retroactive date as favourable
   * to the people concerned (调整退休人员基本养老金 from 1 January): such a
   * finding is only a reminder (info).
   */
  favourable: string[];
}

const DEFAULT_FAVOURABLE = [
  '(调整|提高|增加|上调)[^。；]{0,16}(养老金|待遇|标准|补贴|津贴|补助|抚恤金|工资)',
  '(发放|享受|补发)[^。；]{0,12}(补贴|待遇|津贴|补助)',
];

function impossible(d: DateField): string {
  if (d.month < 1 || d.month > 12) return `${d.year}年没有${d.month}月`;
  return `${d.year}年${d.month}月只有${daysInMonth(d.year, d.month)}日`;
}

export default defineRule({
  id: 'validity/effective-date',
  meta: {
    severity: 'warning',
    description: '施行日期早于成文日期（溯及既往）、日期不存在，或者有效期截止日期早于施行日期',
    applies: NORMATIVE,
    basis: '《中华人民共和国立法法》第一百零四条（不溯及既往原则）；《湖南省规范性文件管理办法》',
    options: (z) => z.object({ favourable: regexListOption(z) }).strict(),
    defaultOptions: { favourable: DEFAULT_FAVOURABLE } satisfies Options,
    messages: {
      impossible: '施行日期“{{date}}”不存在（{{why}}）。',
      untilImpossible: '有效期截止日期“{{date}}”不存在（{{why}}）。',
      retroactive:
        '施行日期（{{effective}}）早于成文日期（{{signed}}），文件将溯及既往。规范性文件原则上不溯及既往，只有为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外。',
      retroactiveFavourable: '施行日期（{{effective}}）早于成文日期（{{signed}}），文件溯及既往；本文件涉及调整待遇、标准，请确认溯及既往的规定对当事人有利。',
      expiresFirst: '有效期截止日期（{{until}}）早于{{from}}（{{start}}），文件尚未施行即已失效。',
    },
  },
  create(context) {
    const doc = context.document;
    const effective = doc.closing.effective;
    const signed = doc.closing.signedDate?.iso ? doc.closing.signedDate : undefined;
    const until = doc.closing.validity?.until;

    const date = effective?.date;
    if (date && !date.valid) {
      context.report({
        messageId: 'impossible',
        data: { date: date.text, why: impossible(date) },
        span: date.span,
        severity: 'error',
        suggestion: '核对施行日期。',
      });
    }
    if (until && !until.valid) {
      context.report({
        messageId: 'untilImpossible',
        data: { date: until.text, why: impossible(until) },
        span: until.span,
        severity: 'error',
        suggestion: '核对有效期截止日期。',
      });
    }

    if (date?.iso && signed?.iso && date.iso < signed.iso) {
      const block = doc.source.blocks[blockAt(doc, date.span.start)];
      const context_ = `${doc.header.title?.text ?? ''}\n${block?.text ?? ''}`;
      const favourable = context.options.favourable.some((p) => new RegExp(p, 'u').test(context_));
      context.report({
        messageId: favourable ? 'retroactiveFavourable' : 'retroactive',
        data: { effective: formatChineseDate(date.iso), signed: formatChineseDate(signed.iso) },
        span: date.span,
        severity: favourable ? 'info' : 'warning',
        suggestion: favourable
          ? '确认溯及既往的规定只增加、不减损当事人的权益；涉及减损权益或增加义务的内容不得溯及既往。'
          : '将施行日期定在成文日期之后（并留出公布后30日的准备期）；确需溯及既往的，确认该规定对当事人有利，并在文件中说明理由。',
      });
    }

    if (until?.iso) {
      const start = date?.iso ? { iso: date.iso, from: '施行日期' } : effective?.fromIssue && signed?.iso ? { iso: signed.iso, from: '成文日期' } : undefined;
      if (start && until.iso < start.iso) {
        context.report({
          messageId: 'expiresFirst',
          data: { until: formatChineseDate(until.iso), from: start.from, start: formatChineseDate(start.iso) },
          span: until.span,
          severity: 'error',
          suggestion: '核对有效期截止日期和施行日期，截止日期应在施行日期之后。',
        });
      }
    }
  },
});
