import certification from '../../rules/content/certification.js';
import discrimination from '../../rules/content/discrimination.js';
import fairCompetition from '../../rules/content/fair-competition.js';
import ultraVires from '../../rules/content/ultra-vires.js';
import { ruleTester } from '../helpers/rule-tester.js';

/**
 * The content rules on lists and options. Single provisions in many
 * wordings are data (eval/cases/*.yaml, checked by test/eval/cases.test.ts);
 * these pin down what a list's lead-in does to its items and what the
 * options of an office change.
 */
const articleDoc = (text: string): string => `# 湖南省某某办法\n\n第一条 ${text}\n`;

/** A list under “有下列情形之一的” describes conduct the cited law punishes; it sets nothing. */
const conductList =
  '# 湖南省某某办法\n\n第一条 有下列情形之一的，依照《劳动保障监察条例》处理：\n\n（一）为用人单位指定培训机构；\n\n（二）向劳动者收取押金。\n';

const twoCertificates = articleDoc('申请人须提供独生子女证明和户籍所在地村委会出具的困难证明。');

ruleTester.run('content/discrimination', discrimination, {
  valid: [
    {
      name: 'a prohibition above a list covers every item',
      code: '# 湖南省某某办法\n\n第一条 用人单位在招录过程中，不得实施下列行为：\n\n（一）限定为男性或者规定男性优先；\n\n（二）将妊娠测试作为入职体检项目。\n',
    },
  ],
  invalid: [],
});

ruleTester.run('content/fair-competition', fairCompetition, {
  valid: [{ name: 'items under “有下列情形之一的” describe conduct', code: conductList }],
  invalid: [],
});

ruleTester.run('content/ultra-vires', ultraVires, {
  valid: [
    { name: 'items under “有下列情形之一的” describe conduct', code: conductList },
    { name: 'a fee the office allows', code: articleDoc('报名人员应当缴纳考试费200元。'), options: { allow: ['考试费'] } },
    {
      // 在申请时提出 names no application: it is the statutory approval the title is about (劳动法第三十九条).
      name: 'an application named by the title alone',
      code: '# 湖南省综合计算工时工作制计算周期和工时核算规定\n\n第一条 计算周期由企业结合生产经营特点在申请时提出，经批准后执行。\n',
    },
  ],
  invalid: [
    // The same fee without the option (so the valid case above is the option's doing).
    { name: 'a fee the document sets', code: articleDoc('报名人员应当缴纳考试费200元。'), errors: [{ address: '第一条', message: /考试费/ }] },
    {
      name: 'an application named by a title with no statutory approval',
      code: '# 湖南省企业职工培训经费使用管理办法\n\n第一条 培训计划由企业在申请时提出，经批准后执行。\n',
      errors: [{ address: '第一条', message: /批准/ }],
    },
  ],
});

ruleTester.run('content/certification', certification, {
  valid: [],
  invalid: [
    {
      name: 'items are demands when the lead-in asks for materials',
      code: '# 湖南省某某办法\n\n第一条 申请补贴，应当提交下列材料：\n\n（一）身份证明；\n\n（二）用人单位出具的在职证明。\n',
      errors: [
        {
          address: '第一条第（二）项',
          message:
            '本项规定“用人单位出具的在职证明”，要求申请人提供由用人单位出具的证明材料，实际是设定证明事项。证明事项应当有法律、法规或者国务院决定依据，本文件未写明依据。',
        },
      ],
    },
    {
      name: 'two certificates named together',
      code: twoCertificates,
      errors: [{ address: '第一条', message: /“独生子女证明”“户籍所在地村委会出具的困难证明”/ }],
    },
    {
      name: '`statutory` adds a certificate the law requires',
      code: twoCertificates,
      options: { statutory: ['独生子女证明'] },
      errors: [{ address: '第一条', message: /^(?!.*独生子女证明).*“户籍所在地村委会出具的困难证明”/ }],
    },
  ],
});
