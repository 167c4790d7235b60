import rule from '../../../rules/numbering/year-mismatch.js';
import { notice } from '../../helpers/rule-cases.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const late = notice('HNPR—2026—11001', '本通知自2026年2月1日起施行，有效期5年。', '2025年12月30日');
const early = notice('HNPR—2024—11102', '本通知自2025年3月1日起施行，有效期5年。', '2025年1月6日');

ruleTester.run('numbering/year-mismatch', rule, {
  valid: [
    notice('HNPR—2025—11001', '本通知自2025年5月1日起施行，有效期5年。', '2025年3月20日'),
    { name: 'a registration year after the signing year, when allowed', code: late, options: { registrationYearsBefore: 1, registrationYearsAfter: 1 } },
    { name: 'a registration year before the signing year, when allowed', code: early, options: { registrationYearsBefore: 1, registrationYearsAfter: 0 } },
  ],
  invalid: [
    {
      name: 'a registration year after the signing year, by default',
      code: late,
      options: { registrationYearsBefore: 1, registrationYearsAfter: 0 },
      errors: [{ address: '统一登记号', messageId: 'registration' }],
    },
    {
      name: 'a registration year before the signing year, by default',
      code: early,
      errors: [{ address: '统一登记号', messageId: 'registration' }],
    },
    {
      name: 'a 发文字号 of another year',
      code: notice('HNPR—2025—11001', '本通知自2025年5月1日起施行，有效期5年。', '2025年3月20日', '湘人社规〔2024〕3号'),
      errors: [{ address: '发文字号', messageId: 'documentNumber' }],
    },
  ],
});
