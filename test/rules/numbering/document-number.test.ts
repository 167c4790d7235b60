import rule from '../../../rules/numbering/document-number.js';
import { notice } from '../../helpers/rule-cases.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const effective = '本通知自2025年5月1日起施行，有效期5年。';

ruleTester.run('numbering/document-number', rule, {
  valid: [notice('HNPR—2025—11001', effective, '2025年3月20日', '湘人社规〔2025〕3号')],
  invalid: [
    {
      name: 'a two-digit year completed from the signing year',
      code: notice('HNPR—2025—11001', effective, '2025年3月20日', '湘人社规〔25〕3号'),
      errors: [{ address: '发文字号', messageId: 'malformed', suggestion: '改为“湘人社规〔2025〕3号”。' }],
    },
    {
      name: 'a two-digit year of the year before, numbered at the turn of the year',
      code: notice('HNPR—2025—11001', effective, '2026年1月5日', '湘人社规〔25〕3号'),
      errors: [{ address: '发文字号', messageId: 'malformed', suggestion: '改为“湘人社规〔2025〕3号”。' }],
    },
    {
      name: 'a two-digit year the signing date does not settle, asked for in full rather than repeated',
      code: notice('HNPR—2025—11001', effective, '2025年3月20日', '湘人社规〔23〕03号'),
      errors: [{ address: '发文字号', messageId: 'malformed', suggestion: '年份写全称（4位），改为“湘人社规〔××××〕3号”的形式。' }],
    },
  ],
});
