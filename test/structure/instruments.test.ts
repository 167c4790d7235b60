import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/document/structure/locate.js';
import { mdDoc, txtDoc } from '../helpers/docs.js';

const SAMPLE = readFileSync(new URL('../../fixtures/drafts/sample-draft.md', import.meta.url), 'utf8');

const TWO_INSTRUMENTS = [
  '# 湖南省人力资源和社会保障厅关于印发两个办法的通知',
  '各市州人力资源和社会保障局：',
  '现将两个办法印发给你们，请遵照执行。',
  '湖南省人力资源和社会保障厅',
  '2025年3月1日',
  '# 湖南省甲办法',
  '## 第一章 总则',
  '第一条 为了规范甲事项，制定本办法。',
  '## 第二章 附则',
  '第二条 本办法自2025年4月1日起施行，有效期5年。',
  '# 湖南省乙办法',
  '第一条 为了规范乙事项，制定本办法。',
  '第二条 本办法自2025年4月1日起施行，有效期5年。',
].join('\n\n');

describe('structure pass: instruments inside the body', () => {
  it('lists the title of the 办法 attached to a 印发 notice', async () => {
    const doc = await mdDoc(SAMPLE);
    expect(doc.bodyTitles?.map((t) => t.text)).toEqual(['湖南省就业见习管理暂行办法']);
    const t = doc.bodyTitles![0];
    expect(doc.text.slice(t.span.start, t.span.end)).toBe(t.text);
  });

  it('ends the last article and chapter of one instrument at the title of the next', async () => {
    const doc = await mdDoc(TWO_INSTRUMENTS);
    expect(doc.bodyTitles?.map((t) => t.text)).toEqual(['湖南省甲办法', '湖南省乙办法']);
    expect(doc.articles.map((a) => a.number)).toEqual([1, 2, 1, 2]);
    // 甲办法 第二条 has one 款: the title of 乙办法 is not a paragraph of it.
    expect(doc.articles[1].children).toHaveLength(1);
    expect(doc.text.slice(doc.articles[1].span.start, doc.articles[1].span.end)).not.toContain('乙办法');
    // 乙办法's articles stand at the top level, not inside 甲办法's 第二章.
    expect(doc.parts.map((p) => `${p.kind}${p.number}`)).toEqual(['chapter1', 'chapter2', 'article1', 'article2']);
    expect(doc.parts[1].children.map((a) => a.number)).toEqual([2]);
  });

  it('takes a title after an 附件 head even without layout, but not a sentence that ends in 规定', async () => {
    const doc = await txtDoc(
      [
        '关于印发实施办法的通知',
        '各单位：',
        '现印发实施办法。',
        '第一条 按照有关规定',
        '第二条 本办法所称补贴，依照有关规定',
        '附件',
        '湖南省见习补贴实施办法',
        '第一条 为了规范补贴发放，制定本办法。',
      ].join('\n'),
    );
    expect(doc.bodyTitles?.map((t) => t.text)).toEqual(['湖南省见习补贴实施办法']);
  });

  it('addresses the outline of a 方案 attached after the notice signature as 附件 with its outline path, not as 文末', async () => {
    const doc = await mdDoc(
      [
        '# 湖南省人力资源和社会保障厅关于印发《就业帮扶工作方案》的通知',
        '各市州人力资源和社会保障局：',
        '现将《就业帮扶工作方案》印发给你们，请认真组织实施。',
        '湖南省人力资源和社会保障厅',
        '2025年3月1日',
        '（此件主动公开）',
        '# 就业帮扶工作方案',
        '一、工作目标',
        '帮扶就业困难人员实现就业。',
        '二、工作措施',
        '（一）开发公益性岗位。',
      ].join('\n\n'),
    );
    const at = (needle: string) => locate(doc, { start: doc.text.indexOf(needle), end: doc.text.indexOf(needle) + needle.length }).address;
    expect(at('此件主动公开')).toBe('文末');
    expect(at('帮扶就业困难人员')).toBe('附件第一部分');
    expect(at('开发公益性岗位')).toBe('附件第二部分第（一）项');
  });
});

describe('structure pass: registration number placeholders', () => {
  it.each([
    ['统一登记号：HNPR—YYYY—xxxxx', 'HNPR—YYYY—xxxxx'],
    ['HNPR—2025—×××××', 'HNPR—2025—×××××'],
    ['统一登记号：待定', '待定'],
    ['HNPR-2025-11003', 'HNPR-2025-11003'],
  ])('%s', async (line, expected) => {
    const doc = await mdDoc(
      `湘人社规〔2025〕3号\n\n${line}\n\n# 湖南省人力资源和社会保障厅关于做好就业工作的通知\n\n各市州人力资源和社会保障局：\n\n一、总体要求\n`,
    );
    expect(doc.header.registrationNumber?.text).toBe(expected);
    expect(doc.header.documentNumber?.text).toBe('湘人社规〔2025〕3号');
  });
});

describe('legal address of 编/章/节 headings', () => {
  it('names the heading by its path in the part tree', async () => {
    const doc = await mdDoc(
      [
        '# 湖南省甲办法',
        '## 第一编 总则',
        '### 第一章 一般规定',
        '第一条 为了规范甲事项，制定本办法。',
        '### 第二章 管理',
        '#### 第一节 登记',
        '第二条 登记。',
      ].join('\n\n'),
    );
    const at = (needle: string) => locate(doc, { start: doc.text.indexOf(needle), end: doc.text.indexOf(needle) + needle.length }).address;
    expect(at('第一编 总则')).toBe('第一编');
    expect(at('第二章 管理')).toBe('第一编第二章');
    expect(at('第一节 登记')).toBe('第一编第二章第一节');
    expect(at('登记。')).toBe('第二条');
  });
});

describe('invisible characters before a marker', () => {
  it.each([
    ['md', (s: string) => mdDoc(s)],
    ['txt', (s: string) => txtDoc(s)],
  ] as const)('a zero-width space or BOM before 第一条 does not hide the article (%s)', async (_, read) => {
    const doc = await read('# 湖南省甲办法\n\n\u200b第一条 为了规范甲事项，制定本办法。\n\n\ufeff第二条 本办法自2025年1月1日起施行。\u200b\n');
    expect(doc.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(doc.source.blocks.every((b) => !/[\u200b\ufeff]/.test(b.text))).toBe(true);
  });
});

describe('headings that are not titles of instruments', () => {
  it('does not restart instruments at a part heading that names no kind of document', async () => {
    const doc = await mdDoc(
      ['# 中华人民共和国民法典', '# 总则', '第一条 为了保护民事主体的合法权益，制定本法。', '# 物权编', '第二条 本编调整因物的归属和利用产生的民事关系。'].join(
        '\n\n',
      ),
    );
    expect(doc.bodyTitles).toEqual([]);
  });
});

describe('attachment list with automatic numbers', () => {
  it('takes Markdown list items after 附件：1.… as further attachments, not as outline headings', async () => {
    const doc = await mdDoc(
      [
        '# 关于印发对照表的通知',
        '各单位：',
        '现印发有关对照表。',
        '附件：1. 男职工延迟法定退休年龄对照表',
        '2. 提高最低缴费年限情况表',
        '3. 女职工延迟法定退休年龄对照表',
      ].join('\n\n'),
    );
    expect(doc.attachments.map((a) => [a.number, a.title])).toEqual([
      [1, '男职工延迟法定退休年龄对照表'],
      [2, '提高最低缴费年限情况表'],
      [3, '女职工延迟法定退休年龄对照表'],
    ]);
    for (const a of doc.attachments) expect(doc.text.slice(a.span.start, a.span.end)).toBe(a.title);
  });
});

describe('signature date written with separators', () => {
  it('takes 2025.5.8 under the signatory as the 成文日期, so the closing is found', async () => {
    const doc = await txtDoc(
      ['关于做好就业工作的通知', '各市州人力资源和社会保障局：', '一、总体要求', '要稳定就业。', '湖南省人力资源和社会保障厅', '2025.5.8'].join('\n'),
    );
    expect(doc.closing.signedDate).toMatchObject({ text: '2025.5.8', iso: '2025-05-08', valid: true, numerals: 'arabic' });
    expect(doc.closing.signatories.map((s) => s.text)).toEqual(['湖南省人力资源和社会保障厅']);
    const d = doc.closing.signedDate!;
    expect(doc.text.slice(d.span.start, d.span.end)).toBe('2025.5.8');
    expect(locate(doc, d.span).address).toBe('文末');
  });
});

describe('titles of instruments without layout (plain text, PDF without alignment)', () => {
  it('finds the title after the notice signature and the title that opens 第一条', async () => {
    const doc = await txtDoc(
      [
        '湖南省人力资源和社会保障厅关于印发两个办法的通知',
        '各市州人力资源和社会保障局：',
        '现将两个办法印发给你们，请遵照执行。',
        '湖南省人力资源和社会保障厅',
        '2025年3月1日',
        '（此件主动公开）',
        '湖南省甲办法',
        '第一条 为了规范甲事项，制定本办法。',
        '第二条 本办法自2025年4月1日起施行，有效期5年。',
        '湖南省乙办法',
        '第一条 为了规范乙事项，制定本办法。',
        '第二条 本办法按照有关规定',
      ].join('\n'),
    );
    expect(doc.bodyTitles?.map((t) => t.text)).toEqual(['湖南省甲办法', '湖南省乙办法']);
    expect(doc.articles[1].children).toHaveLength(1);
  });
});
