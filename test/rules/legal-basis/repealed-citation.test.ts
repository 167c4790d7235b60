import rule from '../../../rules/legal-basis/repealed-citation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const article = (basis: string): string =>
  `# 湖南省劳动保障监察举报投诉办理办法\n\n第一条 为规范举报投诉办理，根据${basis}，制定本办法。\n\n第二条 本办法自2026年3月1日起施行，有效期5年。\n\n湖南省人力资源和社会保障厅\n\n2026年1月20日\n`;

ruleTester.run('legal-basis/repealed-citation', rule, {
  valid: [article('《劳动保障监察条例》《信访工作条例》')],
  invalid: [
    {
      // The registry knows 信访条例 has expired but not since when: the message says so instead of a blank date.
      name: 'an expired regulation whose end date the registry lacks',
      code: article('《劳动保障监察条例》《信访条例》'),
      errors: [{ messageId: 'expiredUndated', address: '第一条', severity: 'warning' }],
    },
  ],
});
