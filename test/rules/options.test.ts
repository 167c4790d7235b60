import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/rules.js';

const notice = (registration: string, effective: string, signed: string, number = '湘人社规〔2025〕3号') => `湖南省人力资源和社会保障厅文件

${number}

${registration}

# 湖南省人力资源和社会保障厅关于做好就业见习工作的通知

各市州人力资源和社会保障局：

根据《中华人民共和国就业促进法》有关规定，现就有关事项通知如下：

一、扩大见习规模

各地要广泛开发见习岗位。

${effective}

湖南省人力资源和社会保障厅

${signed}
`;

describe('numbering/registration-number options', () => {
  const doc = notice('HNPR—2025—01003', '本通知自2025年5月1日起施行，有效期5年。', '2025年3月20日');

  it('checks the agency code named in settings.registrationAgencyCodes', async () => {
    const findings = await runRule('numbering/registration-number', doc, { settings: { registrationAgencyCodes: ['11'] } });
    expect(findings.map((f) => f.message)).toEqual(['统一登记号“HNPR—2025—01003”中的机关代码为“01”，与配置的本机关代码（11）不符。']);
    expect(await runRule('numbering/registration-number', doc, { settings: { registrationAgencyCodes: ['01', '11'] } })).toEqual([]);
  });

  it('does not check agency codes by default, and the option wins over the settings', async () => {
    expect(await runRule('numbering/registration-number', doc)).toEqual([]);
    expect(await runRule('numbering/registration-number', doc, { options: { agencyCodes: ['01'] }, settings: { registrationAgencyCodes: ['11'] } })).toEqual([]);
  });

  it('rejects an agency code that is not two digits', async () => {
    await expect(runRule('numbering/registration-number', doc, { options: { agencyCodes: ['1'] } })).rejects.toThrow('机关代码应为2位数字');
  });
});

describe('numbering/year-mismatch options', () => {
  it('accepts a registration year after the signing year when allowed', async () => {
    const doc = notice('HNPR—2026—11001', '本通知自2026年2月1日起施行，有效期5年。', '2025年12月30日');
    expect((await runRule('numbering/year-mismatch', doc, { options: { registrationYearsBefore: 1, registrationYearsAfter: 0 } })).map((f) => f.location.address)).toEqual(['统一登记号']);
    expect(await runRule('numbering/year-mismatch', doc, { options: { registrationYearsBefore: 1, registrationYearsAfter: 1 } })).toEqual([]);
  });
});

describe('validity/too-long options', () => {
  const measures = (title: string, validity: string) => `# ${title}\n\n第一条 为了规范见习工作，根据《中华人民共和国就业促进法》，制定本办法。\n\n第二条 本办法自2025年7月1日起施行，${validity}。\n`;

  it('uses the configured limits', async () => {
    expect(await runRule('validity/too-long', measures('湖南省见习管理办法', '有效期6年'), { options: { years: 6 } })).toEqual([]);
    const [f] = await runRule('validity/too-long', measures('湖南省见习管理暂行办法', '有效期3年'), { options: { provisionalYears: 2.5 } });
    expect(f.message).toBe('暂行文件的有效期不得超过30个月，本文件规定为3年。');
  });

  it('counts an end date from the effective date, the first day included', async () => {
    const ok = await runRule('validity/too-long', measures('湖南省见习管理试行办法', '有效期至2027年6月30日'));
    expect(ok).toEqual([]);
    const [f] = await runRule('validity/too-long', measures('湖南省见习管理试行办法', '有效期至2027年7月1日'));
    expect(f.message).toBe('有效期至2027年7月1日，超过了自施行之日（2025年7月1日）起2年的上限（最迟至2027年6月30日）。');
  });
});

describe('validity/effective-soon options', () => {
  it('uses the configured number of days', async () => {
    const doc = notice('HNPR—2025—11001', '本通知自2025年4月10日起施行，有效期5年。', '2025年3月20日');
    expect((await runRule('validity/effective-soon', doc)).map((f) => f.message)).toEqual(['施行日期（2025年4月10日）距成文日期（2025年3月20日）仅21日，不足30日，且未说明提前施行的理由。']);
    expect(await runRule('validity/effective-soon', doc, { options: { days: 20 } })).toEqual([]);
  });

  it('replaces the reason list with `reasons` and extends it with `additionalReasons`', async () => {
    const doc = notice('HNPR—2025—11001', '为做好政策衔接，本通知自印发之日起施行，有效期5年。', '2025年3月20日');
    expect(await runRule('validity/effective-soon', doc)).toEqual([]);
    expect(await runRule('validity/effective-soon', doc, { options: { reasons: ['紧急'] } })).toHaveLength(1);
    expect(await runRule('validity/effective-soon', doc, { options: { reasons: ['紧急'], additionalReasons: ['政策衔接'] } })).toEqual([]);
  });

  it('rejects a reason that is not a regular expression', async () => {
    const doc = notice('HNPR—2025—11001', '本通知自印发之日起施行。', '2025年3月20日');
    await expect(runRule('validity/effective-soon', doc, { options: { additionalReasons: ['(衔接'] } })).rejects.toThrow('不是有效的正则表达式');
  });
});

describe('validity/effective-date options', () => {
  it('treats a retroactive rise of benefits as a reminder, and a custom pattern likewise', async () => {
    const doc = notice('HNPR—2025—11001', '本通知自2025年1月1日起施行，有效期5年。', '2025年3月20日');
    expect((await runRule('validity/effective-date', doc)).map((f) => f.severity)).toEqual(['warning']);
    expect((await runRule('validity/effective-date', doc, { options: { favourable: ['见习工作'] } })).map((f) => f.severity)).toEqual(['info']);
  });
});
