import rule from '../../../rules/validity/effective-soon.js';
import { notice } from '../../helpers/rule-cases.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { expectOptionsRejected } from '../../helpers/rule-options.js';

/**
 * A notice's effectiveness clause is read like an article's: its reason must
 * be in its own sentence, or in the sentence before it when that one speaks
 * of the timing. The other sentences of a notice's closing paragraph (各地要
 * 加强组织领导，确保平稳有序) give no reason for taking effect at once.
 */
const outline = (closing: string): string => `# 湖南省人力资源和社会保障厅关于做好技工院校招生工作的通知

湘人社规〔2025〕9号

各市州人力资源和社会保障局：

根据《中华人民共和国职业教育法》，现就有关事项通知如下：

一、招生对象

（一）初中毕业生。

二、工作要求

${closing}

湖南省人力资源和社会保障厅

2025年5月6日
`;

const soon = notice('HNPR—2025—11001', '本通知自2025年4月10日起施行，有效期5年。', '2025年3月20日');
const fromIssue = notice('HNPR—2025—11001', '为做好政策衔接，本通知自印发之日起施行，有效期5年。', '2025年3月20日');

ruleTester.run('validity/effective-soon', rule, {
  valid: [
    { name: 'the configured number of days', code: soon, options: { days: 20 } },
    { name: 'a reason from the built-in list', code: fromIssue },
    {
      name: 'a reason in the sentence before the clause, when that sentence speaks of the timing',
      code: outline('招生工作即将开始，不立即施行将影响今年招生计划的落实。本通知自印发之日起施行，有效期5年。'),
    },
    { name: 'a reason in the clause sentence itself, in an outline notice', code: outline('为做好与秋季招生的衔接，本通知自印发之日起施行，有效期5年。') },
    { name: 'a reason added with additionalReasons', code: fromIssue, options: { reasons: ['紧急'], additionalReasons: ['政策衔接'] } },
  ],
  invalid: [
    {
      name: '自印发之日起施行 at the end of a closing paragraph whose other sentences give no reason',
      code: outline('各地要加强组织领导，确保招生工作平稳有序开展。本通知自印发之日起施行，有效期5年。'),
      errors: [{ address: '第二部分', messageId: 'fromIssue' }],
    },
    {
      name: 'a date 14 days after the 成文日期 in the last outline item',
      code: outline('三、本通知自2025年5月20日起执行，有效期至2030年5月19日。'),
      errors: [{ address: '第三部分', messageId: 'tooSoon', data: { effective: '2025年5月20日', signed: '2025年5月6日', gap: 14, days: 30 } }],
    },
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
