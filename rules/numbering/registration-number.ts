import {
  isRegistrationPlaceholder,
  judgeRegistrationNumber,
  normalizeRegistrationNumber,
  parseRegistrationNumber,
} from '../../src/document/structure/registration-number.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Severity } from '../../src/engine/types.js';
import { halfwidthDigits } from '../../src/zh/numerals.js';
import { HUNAN_PROCEDURE } from '../../src/engine/scopes.js';

export interface Options {
  /** 'draft': a missing number is a warning and a placeholder a reminder; 'final': both are errors. */
  stage: 'draft' | 'final';
  /** Expected two-digit agency codes (the first two of the five digits); empty: not checked. settings.registrationAgencyCodes is used when empty. */
  agencyCodes: string[];
}

export default defineRule({
  id: 'numbering/registration-number',
  meta: {
    severity: 'warning',
    description: '统一登记号缺失或格式不规范（应为“HNPR—年份—5位序号”，分隔符为破折号“—”）',
    applies: HUNAN_PROCEDURE,
    // 2: a year cut to two digits (HNPR—26—14012) is read as the registration line and reported as such.
    version: 2,
    basis: '《湖南省行政程序规定》《湖南省规范性文件管理办法》（统一登记、统一编号、统一公布；条款序号待核实）',
    fixable: true,
    options: (z) => z.object({ stage: z.enum(['draft', 'final']), agencyCodes: z.array(z.string().regex(/^\d{2}$/, '机关代码应为2位数字')) }).strict(),
    defaultOptions: { stage: 'draft', agencyCodes: [] } satisfies Options,
    messages: {
      missingDraft: '未标注统一登记号。规范性文件实行统一登记、统一编号、统一公布，印发前应取得统一登记号（如“HNPR—2025—11001”）并标注在发文字号下方。',
      missingFinal: '未标注统一登记号：未经统一登记、统一编号、统一公布的规范性文件，不得作为行政管理的依据。',
      placeholderDraft: '统一登记号尚未确定（“{{text}}”），印发前应取得正式登记号。',
      placeholderFinal: '统一登记号“{{text}}”仍是占位符；正式印发的规范性文件应标注统一登记号。',
      unreadable: '统一登记号“{{text}}”无法识别，应为“HNPR—年份—5位序号”的形式（如“HNPR—2025—11001”）。',
      malformed: '统一登记号“{{text}}”格式不规范：{{problems}}。',
      agency: '统一登记号“{{text}}”中的机关代码为“{{code}}”，与配置的本机关代码（{{codes}}）不符。',
    },
  },
  create(context) {
    const { stage } = context.options;
    const final = stage === 'final';
    const field = context.document.header.registrationNumber;
    if (!field) {
      context.report({
        messageId: final ? 'missingFinal' : 'missingDraft',
        severity: final ? 'error' : 'warning',
        suggestion: final
          ? '向司法行政部门办理统一登记，在发文字号下方标注统一登记号，如“HNPR—2025—11001”。'
          : '在发文字号下方预留登记号，如“统一登记号：HNPR—YYYY—xxxxx（待登记）”，印发前替换为正式登记号。',
      });
      return;
    }
    const span = field.span.end > field.span.start ? field.span : { start: field.span.start, end: field.span.start + 1 };
    const parsed = parseRegistrationNumber(field.text);
    if (isRegistrationPlaceholder(field.text) && !(parsed && /^[0-9０-９]+$/.test(parsed.year + parsed.serial))) {
      const severity: Severity = final ? 'error' : 'info';
      context.report({
        messageId: final ? 'placeholderFinal' : 'placeholderDraft',
        data: { text: field.text.trim() || '空' },
        span,
        severity,
        suggestion: '印发前替换为司法行政部门登记的统一登记号，如“HNPR—2025—11001”。',
      });
      return;
    }
    if (!parsed) {
      context.report({ messageId: 'unreadable', data: { text: field.text }, span, suggestion: '按“HNPR—年份—5位序号”的格式标注，如“HNPR—2025—11001”。' });
      return;
    }
    const problems = judgeRegistrationNumber(parsed);
    if (problems.length > 0) {
      context.report({
        messageId: 'malformed',
        data: { text: parsed.text, problems: problems.map((p) => p.message).join('；') },
        span,
        suggestion: problems.every((p) => p.code === 'dash' || p.code === 'spaces' || p.code === 'fullwidth')
          ? `改为“${normalizeRegistrationNumber(parsed)}”。`
          : '核对司法行政部门出具的登记号，按“HNPR—年份—5位序号”标注。',
      });
    }
    const configured = context.options.agencyCodes.length > 0 ? context.options.agencyCodes : agencyCodesFromSettings(context.settings);
    const serial = halfwidthDigits(parsed.serial);
    if (configured.length > 0 && /^\d{5}$/.test(serial) && !configured.includes(serial.slice(0, 2))) {
      context.report({
        messageId: 'agency',
        data: { text: parsed.text, code: serial.slice(0, 2), codes: configured.join('、') },
        span,
        suggestion: '核对统一登记号是否为本机关文件的登记号。',
      });
    }
  },
});

function agencyCodesFromSettings(settings: Readonly<Record<string, unknown>>): string[] {
  const v = settings.registrationAgencyCodes;
  return Array.isArray(v) ? v.map(String).filter((c) => /^\d{2}$/.test(c)) : [];
}
