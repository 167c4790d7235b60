import rule from '../../../rules/validity/effective-date.js';
import { notice } from '../../helpers/rule-cases.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const retroactive = notice('HNPR—2025—11001', '本通知自2025年1月1日起施行，有效期5年。', '2025年3月20日');

ruleTester.run('validity/effective-date', rule, {
  valid: [notice('HNPR—2025—11001', '本通知自2025年5月1日起施行，有效期5年。', '2025年3月20日')],
  invalid: [
    { name: 'a retroactive clause', code: retroactive, errors: [{ address: '第二部分', messageId: 'retroactive', severity: 'warning' }] },
    {
      name: 'retroactive in favour of those concerned (a custom pattern) is a reminder',
      code: retroactive,
      options: { favourable: ['见习工作'] },
      errors: [{ address: '第二部分', messageId: 'retroactiveFavourable', severity: 'info' }],
    },
  ],
});
