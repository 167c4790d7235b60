import rule from '../../../rules/format/date.js';
import { notice } from '../../helpers/rule-cases.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const signed = (date: string): string => notice('HNPR—2025—11001', '本通知自2025年7月1日起施行，有效期5年。', date);

ruleTester.run('format/date', rule, {
  valid: [
    signed('2025年5月6日'),
    { name: 'two-digit months and days are not zero-padding', code: signed('2025年10月16日') },
    { name: 'a date inside a sentence is body text', code: notice('HNPR—2025—11001', '本通知自二〇二五年七月一日起施行，有效期5年。', '2025年5月6日') },
  ],
  invalid: [
    {
      name: 'Chinese numerals, in .md and .docx',
      code: signed('二〇二五年五月六日'),
      formats: ['md', 'docx'],
      errors: [{ address: '文末', messageId: 'style', data: { text: '二〇二五年五月六日', problems: '应使用阿拉伯数字' }, suggestion: '改为“2025年5月6日”。' }],
    },
    {
      name: 'zero-padded month and day',
      code: signed('2025年05月06日'),
      errors: [{ address: '文末', messageId: 'style', data: { text: '2025年05月06日', problems: '月、日不编虚位（即1不编为01）' } }],
    },
    { name: 'dotted', code: signed('2025.5.6'), errors: [{ address: '文末', messageId: 'separated', data: { text: '2025.5.6' } }] },
    {
      name: 'a date that does not exist is an error',
      code: signed('2025年2月29日'),
      errors: [{ address: '文末', messageId: 'impossible', data: { text: '2025年2月29日', why: '2025年2月只有28日' }, severity: 'error' }],
    },
  ],
});
