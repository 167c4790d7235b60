import rule from '../../../rules/validity/effective-soon.js';
import { notice } from '../../helpers/rule-cases.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { expectOptionsRejected } from '../../helpers/rule-options.js';

const soon = notice('HNPR—2025—11001', '本通知自2025年4月10日起施行，有效期5年。', '2025年3月20日');
const fromIssue = notice('HNPR—2025—11001', '为做好政策衔接，本通知自印发之日起施行，有效期5年。', '2025年3月20日');

ruleTester.run('validity/effective-soon', rule, {
  valid: [
    { name: 'the configured number of days', code: soon, options: { days: 20 } },
    { name: 'a reason from the built-in list', code: fromIssue },
    { name: 'a reason added with additionalReasons', code: fromIssue, options: { reasons: ['紧急'], additionalReasons: ['政策衔接'] } },
  ],
  invalid: [
    {
      name: '21 days after signing',
      code: soon,
      errors: [{ address: '第二部分', message: '施行日期（2025年4月10日）距成文日期（2025年3月20日）仅21日，不足30日，且未说明提前施行的理由。' }],
    },
    {
      name: '`reasons` replaces the built-in list',
      code: fromIssue,
      options: { reasons: ['紧急'] },
      errors: [{ address: '第二部分', messageId: 'fromIssue' }],
    },
  ],
});

expectOptionsRejected(rule, { additionalReasons: ['(衔接'] }, '不是有效的正则表达式');
