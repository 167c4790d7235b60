import rule from '../../../rules/structure/heading-hierarchy.js';
import { ruleTester } from '../../helpers/rule-tester.js';

/** A notice in outline form: real notices number （一）… either on across their parts or afresh under each. */
const notice = (body: string): string => `# 湖南省人力资源和社会保障厅关于做好就业工作的通知

各市州人力资源和社会保障局：

${body}

湖南省人力资源和社会保障厅

2025年5月6日
`;

/** Measures in articles: the 项 and 目 of an article are checked for two things only. */
const measures = (article: string): string =>
  `# 湖南省职业培训补贴管理办法\n\n第一条 为规范职业培训补贴管理，根据《中华人民共和国就业促进法》，制定本办法。\n\n${article}\n\n第三条 本办法自2025年7月1日起施行，有效期5年。\n\n湖南省人力资源和社会保障厅\n\n2025年5月6日\n`;

ruleTester.run('structure/heading-hierarchy', rule, {
  valid: [
    {
      name: 'articles: 项 （一）, 目 1., and （1） under a 目',
      code: measures(
        '第二条 补贴对象包括：\n\n（一）登记失业人员；\n\n（二）高校毕业生，其中：\n\n1.毕业年度内的；\n\n（1）离校未就业的；\n\n（三）农村转移劳动者。',
      ),
    },
    { name: 'articles: half-width brackets alone', code: measures('第二条 补贴对象包括：\n\n(一)登记失业人员；\n\n(二)高校毕业生。') },
    {
      name: 'articles: （1） under a 项 of another article is not the first level of this one',
      code: measures('第二条 补贴对象包括：\n\n（一）登记失业人员，其中：\n\n1.失业一年以上的；\n\n（1）就业困难的。\n\n第三条 申请补贴应当提交身份证明。'),
    },
    {
      name: '（一）…（五） numbered on across the parts of a notice',
      code: notice(
        '一、总体要求\n\n（一）指导思想。\n\n（二）基本原则。\n\n二、重点任务\n\n（三）稳定就业。\n\n（四）促进创业。\n\n三、保障措施\n\n（五）加强领导。',
      ),
    },
    {
      name: 'numbering that restarts under each part',
      code: notice('一、总体要求\n\n（一）指导思想。\n\n（二）基本原则。\n\n二、重点任务\n\n（一）稳定就业。\n\n（二）促进创业。'),
    },
  ],
  invalid: [
    {
      name: 'articles: （1） items straight under an article, once for all of them (项 are （一）)',
      code: measures(
        '第二条 申请补贴应当提交：\n\n（1）身份证明；\n\n（2）培训合格证书。\n\n第三条 补贴对象包括：\n\n（1）登记失业人员；\n\n（2）高校毕业生。',
      ),
      errors: [{ address: '第二条第（一）项', messageId: 'itemFourthLevel', data: { marker: '（1）', expected: '（一）', count: '（同样写法共4处）' } }],
    },
    {
      name: 'a real jump and a repeat in numbering that runs on',
      code: notice('一、总体要求\n\n（一）指导思想。\n\n（二）基本原则。\n\n二、重点任务\n\n（三）稳定就业。\n\n（五）促进创业。\n\n（五）扶持创业。'),
      errors: [
        { address: '第二部分第（五）项', line: 8, messageId: 'sequence-gap', data: { previous: '（三）', marker: '（五）', missing: '“（四）”' } },
        { address: '第二部分第（五）项', line: 9, messageId: 'sequence-repeat', data: { marker: '（五）' } },
      ],
    },
    {
      name: 'a part that neither restarts nor runs on',
      code: notice('一、总体要求\n\n（一）指导思想。\n\n（二）基本原则。\n\n二、重点任务\n\n（四）稳定就业。'),
      errors: [{ address: '第二部分第（四）项', messageId: 'sequence-start', data: { first: '（一）', marker: '（四）' } }],
    },
    {
      name: 'half-width brackets reported once per document, with the count',
      code: notice('一、总体要求\n\n(一)指导思想。\n\n(二)基本原则。\n\n二、重点任务\n\n(三)稳定就业。'),
      errors: [{ address: '第一部分第（一）项', severity: 'info', message: '第二层标题序号“(一)”不规范，应为“（一）”（同样写法共3处）。' }],
    },
    {
      name: 'articles: a full stop after each 项, reported once with the count',
      code: measures('第二条 补贴对象包括：\n\n（一）.登记失业人员；\n\n（二）.高校毕业生；\n\n（三）.农村转移劳动者。'),
      errors: [
        {
          address: '第二条第（一）项',
          severity: 'info',
          messageId: 'itemPunctuation',
          data: { marker: '（一）.', expected: '（一）', count: '（同样写法共3处）' },
        },
      ],
    },
    {
      name: 'articles: half-width brackets with a comma',
      code: measures('第二条 补贴对象包括：\n\n(一)，登记失业人员；\n\n（二）高校毕业生。'),
      errors: [{ address: '第二条第（一）项', messageId: 'itemPunctuation', data: { marker: '(一)，', expected: '（一）', count: '' } }],
    },
    {
      name: 'articles: （1） straight under （二）, reported once for the document',
      code: measures(
        '第二条 补贴标准：\n\n（一）初级工每人800元；\n\n（二）中级工：\n\n（1）取得证书的每人1200元；\n\n（2）未取得证书的每人600元；\n\n（三）高级工每人1600元，其中：\n\n（1）急需紧缺职业另加400元。',
      ),
      errors: [{ address: '第二条第（二）项第1目', messageId: 'itemSkip', data: { marker: '（1）', parent: '（二）' } }],
    },
  ],
});
