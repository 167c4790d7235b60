import rule from '../../../rules/structure/heading-hierarchy.js';
import { ruleTester } from '../../helpers/rule-tester.js';

/** A notice in outline form: real notices number （一）… either on across their parts or afresh under each. */
const notice = (body: string): string => `# 湖南省人力资源和社会保障厅关于做好就业工作的通知

各市州人力资源和社会保障局：

${body}

湖南省人力资源和社会保障厅

2025年5月6日
`;

ruleTester.run('structure/heading-hierarchy', rule, {
  valid: [
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
  ],
});
