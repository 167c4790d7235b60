import rule from '../../../rules/validity/too-long.js';
import { measures } from '../../helpers/rule-cases.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester.run('validity/too-long', rule, {
  valid: [
    measures('湖南省见习管理办法', '有效期5年'),
    { name: 'the configured limit', code: measures('湖南省见习管理办法', '有效期6年'), options: { years: 6 } },
    { name: 'an end date two years on, the first day included', code: measures('湖南省见习管理试行办法', '有效期至2027年6月30日') },
  ],
  invalid: [
    {
      name: 'a provisional limit in months',
      code: measures('湖南省见习管理暂行办法', '有效期3年'),
      options: { provisionalYears: 2.5 },
      errors: [
        {
          address: '第二条',
          messageId: 'period',
          data: { kind: '暂行文件', limit: '30个月', actual: '3年' },
          message: '暂行文件的有效期不得超过30个月，本文件规定为3年。',
        },
      ],
    },
    {
      name: 'an end date one day past two years',
      code: measures('湖南省见习管理试行办法', '有效期至2027年7月1日'),
      errors: [{ address: '第二条', message: '有效期至2027年7月1日，超过了自施行之日（2025年7月1日）起2年的上限（最迟至2027年6月30日）。' }],
    },
  ],
});
