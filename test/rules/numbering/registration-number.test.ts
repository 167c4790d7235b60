import rule from '../../../rules/numbering/registration-number.js';
import { notice } from '../../helpers/rule-cases.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { expectOptionsRejected } from '../../helpers/rule-options.js';

const doc = (registration: string): string => notice(registration, '本通知自2025年5月1日起施行，有效期5年。', '2025年3月20日');

ruleTester.run('numbering/registration-number', rule, {
  valid: [
    doc('HNPR—2025—01003'),
    { name: 'a city prefix (怀化 HHCR)', code: doc('HHCR—2025—01003') },
    { name: 'the agency code is one of settings.registrationAgencyCodes', code: doc('HNPR—2025—01003'), settings: { registrationAgencyCodes: ['01', '11'] } },
    {
      name: 'the option wins over the settings',
      code: doc('HNPR—2025—01003'),
      options: { agencyCodes: ['01'] },
      settings: { registrationAgencyCodes: ['11'] },
    },
  ],
  invalid: [
    {
      name: 'checks the agency code named in settings.registrationAgencyCodes',
      code: doc('HNPR—2025—01003'),
      settings: { registrationAgencyCodes: ['11'] },
      errors: [{ address: '统一登记号', messageId: 'agency', data: { text: 'HNPR—2025—01003', code: '01', codes: '11' } }],
    },
    {
      name: 'ASCII hyphens, in every format',
      code: doc('HNPR-2025-11003'),
      formats: ['md', 'docx', 'pdf'],
      errors: [{ address: '统一登记号', messageId: 'malformed', suggestion: '改为“HNPR—2025—11003”。' }],
    },
    {
      // A line not taken for the registration number would be read into the title in a .docx or .pdf.
      name: 'a year cut to two digits is still the registration line, in every format',
      code: doc('HNPR—26—14012'),
      formats: ['md', 'docx', 'pdf'],
      errors: [{ address: '统一登记号', messageId: 'malformed', data: { text: 'HNPR—26—14012', problems: '年份应标全称（4位），不应简写为“26”' } }],
    },
    {
      name: 'HN is the province: HNCR mixes its code with the cities’ suffix',
      code: doc('HNCR—2025—11003'),
      errors: [{ address: '统一登记号', messageId: 'malformed' }],
    },
    {
      name: 'a draft without its number is a warning, a final document an error',
      code: doc(''),
      errors: [{ address: '标题', messageId: 'missingDraft', severity: 'warning' }],
    },
    {
      code: doc(''),
      options: { stage: 'final', agencyCodes: [] },
      errors: [{ address: '标题', messageId: 'missingFinal', severity: 'error' }],
    },
  ],
});

expectOptionsRejected(rule, { agencyCodes: ['1'] }, '机关代码应为2位数字');
