import rule from '../../../rules/validity/missing.js';
import { measures, notice } from '../../helpers/rule-cases.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const MESSAGE = '未规定有效期：规范性文件应明确有效期（一般不超过5年，标注“暂行”“试行”的不超过2年），有效期满自动失效。';

ruleTester.run('validity/missing', rule, {
  valid: [
    measures('湖南省见习管理办法', '有效期5年'),
    { name: 'an end date', code: measures('湖南省见习管理办法', '至2029年6月30日止') },
    { name: 'a notice with its period', code: notice('HNPR—2025—11003', '本通知自2025年7月1日起施行，有效期5年。', '2025年5月20日') },
    {
      name: 'a decision that only repeals others',
      code: '# 湖南省人力资源和社会保障厅关于废止部分规范性文件的决定\n\n经清理，决定废止《湖南省就业见习管理暂行办法》。\n\n本决定自公布之日起施行。\n',
    },
  ],
  invalid: [
    {
      name: 'an effectiveness clause without a period: at the title, the suggestion completes the clause',
      code: '# 湖南省见习管理办法\n\n第一条 为了规范见习工作，根据《中华人民共和国就业促进法》，制定本办法。\n\n第二条 本办法自2025年7月1日起施行。\n',
      errors: [
        { address: '标题', message: MESSAGE, line: 1, suggestion: '在第二条（施行日期条款）中写明有效期，例如：“本办法自2025年7月1日起施行，有效期5年。”' },
      ],
    },
    {
      name: 'a provisional 办法: two years at most',
      code: '# 湖南省见习管理暂行办法\n\n第一条 为了规范见习工作，根据《中华人民共和国就业促进法》，制定本办法。\n\n第二条 本办法自2025年7月1日起施行。\n',
      errors: [
        {
          address: '标题',
          message: MESSAGE,
          suggestion: '在第二条（施行日期条款）中写明有效期，例如：“本办法自2025年7月1日起施行，有效期2年。”（标题含“暂行”或“试行”，有效期不超过2年）',
        },
      ],
    },
    {
      name: 'no effectiveness clause at all: a new clause after the last article',
      code: '# 湖南省见习管理办法\n\n第一条 为了规范见习工作，根据《中华人民共和国就业促进法》，制定本办法。\n\n第二条 见习期限一般为3至12个月。\n',
      errors: [{ address: '标题', message: MESSAGE, suggestion: '在第二条之后增加施行日期和有效期，例如：“本办法自××××年×月×日起施行，有效期5年。”' }],
    },
    {
      name: 'a notice executed from its issue',
      code: notice('HNPR—2025—11003', '本通知自印发之日起施行。', '2025年5月20日'),
      errors: [{ address: '标题', message: MESSAGE, suggestion: '在第二部分（施行日期条款）中写明有效期，例如：“本通知自印发之日起施行，有效期5年。”' }],
    },
    {
      name: 'no title: at the effectiveness clause, the one place left',
      code: '第一条 为了规范见习工作，根据《中华人民共和国就业促进法》，制定本办法。\n\n第二条 本办法自2025年7月1日起施行。\n',
      errors: [{ address: '第二条', message: MESSAGE }],
    },
  ],
});
