import rule from '../../../rules/legal-basis/missing.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const MESSAGE = '未写明制定依据：规范性文件应在第一条或导语中说明根据哪些法律、法规、规章或上级文件制定。';
const ARTICLE_EXAMPLE = '写明制定目的和依据，例如：“为了……，根据《中华人民共和国……法》《……条例》等法律法规，结合本省实际，制定本办法。”';

const measures = (first: string): string =>
  `# 湖南省就业见习管理办法\n\n第一条 ${first}\n\n第二条 见习期限一般为3至12个月。\n\n第三条 本办法自2025年7月1日起施行，有效期5年。\n`;

/** A 印发 notice and, after its signature, the 办法 it issues. */
const issuing = (first: string): string => `湖南省人力资源和社会保障厅文件

湘人社规〔2025〕3号

# 湖南省人力资源和社会保障厅关于印发《湖南省就业见习管理办法》的通知

各市州人力资源和社会保障局：

现将《湖南省就业见习管理办法》印发给你们，请认真贯彻执行。

湖南省人力资源和社会保障厅

2025年5月20日

湖南省就业见习管理办法

第一条 ${first}

第二条 本办法自2025年7月1日起施行，有效期5年。
`;

ruleTester.run('legal-basis/missing', rule, {
  valid: [
    measures('为了规范就业见习工作，根据《中华人民共和国就业促进法》，制定本办法。'),
    { name: 'a basis by name only', code: measures('为规范就业见习工作，依照有关法律法规，结合本省实际，制定本办法。') },
    { name: 'a higher document carried out', code: measures('为贯彻落实《国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知》精神，制定本办法。') },
    { name: 'the issued 办法 gives its basis', code: issuing('为规范就业见习工作，依据《中华人民共和国就业促进法》，制定本办法。') },
  ],
  invalid: [
    {
      name: 'purpose only: reported at the title, the suggestion names 第一条',
      code: measures('为规范就业见习工作，促进青年就业，制定本办法。'),
      errors: [{ address: '标题', message: MESSAGE, line: 1, suggestion: `在第一条${ARTICLE_EXAMPLE}` }],
    },
    {
      name: 'a basis only in a later article does not count',
      code: '# 湖南省就业见习管理办法\n\n第一条 为加强见习基地管理，制定本办法。\n\n第二条 见习期限一般为3至12个月。\n\n第三条 见习补贴按照国家有关规定执行。\n\n第四条 本办法自2025年7月1日起施行，有效期5年。\n',
      errors: [{ address: '标题', message: MESSAGE }],
    },
    {
      name: 'the issued 办法: at its own title, the suggestion names 附件第一条',
      code: issuing('为规范就业见习工作，制定本办法。'),
      errors: [{ address: '附件', message: MESSAGE, suggestion: `在附件第一条${ARTICLE_EXAMPLE}` }],
    },
    {
      name: 'no title: at 第一条, the one place left',
      code: '第一条 为规范就业见习工作，制定本办法。\n\n第二条 本办法自2025年7月1日起施行，有效期5年。\n',
      errors: [{ address: '第一条', message: MESSAGE }],
    },
  ],
});
