import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/run.js';

/**
 * The content rules on lists and options. Single provisions in many
 * wordings are data (eval/cases/*.yaml, checked by test/eval/cases.test.ts);
 * these pin down what a list's lead-in does to its items and what the
 * options of an office change.
 */
const articleDoc = (text: string): string => `# 湖南省某某办法\n\n第一条 ${text}\n`;

describe('list items', () => {
  it('follow their lead-in: a prohibition above the list covers every item', async () => {
    const doc = '# 湖南省某某办法\n\n第一条 用人单位在招录过程中，不得实施下列行为：\n\n（一）限定为男性或者规定男性优先；\n\n（二）将妊娠测试作为入职体检项目。\n';
    expect(await findingsOf(doc, 'content/discrimination')).toEqual([]);
  });

  it('describe conduct under “有下列情形之一的”', async () => {
    const doc = '# 湖南省某某办法\n\n第一条 有下列情形之一的，依照《劳动保障监察条例》处理：\n\n（一）为用人单位指定培训机构；\n\n（二）向劳动者收取押金。\n';
    expect(await findingsOf(doc, 'content/fair-competition')).toEqual([]);
    expect(await findingsOf(doc, 'content/ultra-vires')).toEqual([]);
  });

  it('are demands when the lead-in asks for materials', async () => {
    const doc = '# 湖南省某某办法\n\n第一条 申请补贴，应当提交下列材料：\n\n（一）身份证明；\n\n（二）用人单位出具的在职证明。\n';
    const f = await findingsOf(doc, 'content/certification');
    expect(f.map((x) => [x.location.address, x.message])).toEqual([
      ['第一条第（二）项', '本项规定“用人单位出具的在职证明”，要求申请人提供由用人单位出具的证明材料，实际是设定证明事项。证明事项应当有法律、法规或者国务院决定依据，本文件未写明依据。'],
    ]);
  });
});

describe('options', () => {
  it('allow sentences and add statutory certificates', async () => {
    const text = '申请人须提供出生医学证明和户籍所在地村委会出具的困难证明。';
    const plain = await findingsOf(articleDoc(text), 'content/certification');
    expect(plain[0].message).toContain('“出生医学证明”“户籍所在地村委会出具的困难证明”');
    const extended = await findingsOf(articleDoc(text), 'content/certification', { options: { statutory: ['出生医学证明'] } });
    expect(extended[0].message).toContain('“户籍所在地村委会出具的困难证明”');
    expect(extended[0].message).not.toContain('出生医学证明');
    const allowed = await findingsOf(articleDoc('报名人员应当缴纳考试费200元。'), 'content/ultra-vires', { options: { allow: ['考试费'] } });
    expect(allowed).toEqual([]);
  });
});
