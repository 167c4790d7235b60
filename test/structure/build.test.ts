import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/document/structure/locate.js';
import { mdDoc, txtDoc } from '../helpers/docs.js';

const SAMPLE = readFileSync(new URL('../../fixtures/drafts/sample-draft.md', import.meta.url), 'utf8');

describe('structure pass: header', () => {
  it('finds issuer mark, numbers, title and recipients of a 印发 notice', async () => {
    const doc = await mdDoc(SAMPLE);
    expect(doc.header.issuers.map((f) => f.text)).toEqual(['湖南省人力资源和社会保障厅']);
    expect(doc.header.documentNumber?.text).toBe('湘人社规〔2024〕04号');
    expect(doc.header.registrationNumber?.text).toBe('HNPR—2024—11005');
    expect(doc.header.title?.text).toBe('湖南省人力资源和社会保障厅关于印发《湖南省就业见习管理暂行办法》的通知');
    expect(doc.header.recipients?.text).toBe('各市州人力资源和社会保障局');
    // Every field's span points at its text.
    for (const f of [doc.header.documentNumber!, doc.header.registrationNumber!, doc.header.title!, doc.header.recipients!]) {
      expect(doc.text.slice(f.span.start, f.span.end)).toBe(f.text);
    }
  });

  it('joins a title broken over two centred lines and takes issuers from it', async () => {
    const doc = await txtDoc('湖南省人力资源和社会保障厅 湖南省财政厅\n关于调整退休人员基本养老金的通知\n各市州人力资源和社会保障局、财政局：\n一、调整范围\n');
    expect(doc.header.title?.text).toBe('湖南省人力资源和社会保障厅 湖南省财政厅关于调整退休人员基本养老金的通知');
    expect(doc.header.issuers.map((f) => f.text)).toEqual(['湖南省人力资源和社会保障厅', '湖南省财政厅']);
    expect(doc.header.recipients?.text).toBe('各市州人力资源和社会保障局、财政局');
  });
});

describe('structure pass: header in the layouts offices use', () => {
  it('finds the 统一登记号 below the 发文字号 when the title stands first', async () => {
    const doc = await txtDoc(
      '湖南省人力资源和社会保障厅关于进一步做好就业见习工作的通知\n湘人社规〔2025〕3号\nHNPR—2025—11003\n各市州人力资源和社会保障局：\n一、总体要求\n',
    );
    expect(doc.header.title?.text).toBe('湖南省人力资源和社会保障厅关于进一步做好就业见习工作的通知');
    expect(doc.header.documentNumber?.text).toBe('湘人社规〔2025〕3号');
    expect(doc.header.registrationNumber?.text).toBe('HNPR—2025—11003');
    expect(doc.header.recipients?.text).toBe('各市州人力资源和社会保障局');
  });

  it('takes the registration line above the 发文字号 and the title after both', async () => {
    const doc = await txtDoc(
      '统一登记号：HNPR—2024—11007\n湘人社发〔2024〕12号\n湖南省人力资源和社会保障厅关于调整工伤保险待遇的通知\n各市州人力资源和社会保障局：\n',
    );
    expect(doc.header.registrationNumber?.text).toBe('HNPR—2024—11007');
    expect(doc.header.documentNumber?.text).toBe('湘人社发〔2024〕12号');
    expect(doc.header.title?.text).toBe('湖南省人力资源和社会保障厅关于调整工伤保险待遇的通知');
  });

  it.each(['湖南省企业职工基本养老保险关系转移接续经办规程', '湖南省人力资源服务机构诚信服务规范', '湖南省职业技能提升行动计划'])(
    'takes a plain line ending in another kind of instrument for the title: %s',
    async (title) => {
      const doc = await txtDoc(`湘人社规〔2025〕15号\n${title}\n第一条 为规范经办工作，制定本规程。\n`);
      expect(doc.header.title?.text).toBe(title);
    },
  );

  it('joins a title a web page broke over plain lines, with the 发文字号 on its own line under it', async () => {
    const doc = await txtDoc(
      '国务院办公厅关于全面推行行政规范性文件\n合法性审核机制的指导意见\n国办发〔2018〕115号\n各省、自治区、直辖市人民政府：\n行政规范性文件是行政机关依法履行职能的重要方式。\n',
    );
    expect(doc.header.title?.text).toBe('国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见');
    expect(doc.header.documentNumber?.text).toBe('国办发〔2018〕115号');
    expect(doc.header.issuers.map((f) => f.text)).toEqual(['国务院办公厅']);
  });

  it('keeps a 题注 in brackets under the title, also when it runs over two lines', async () => {
    const doc = await txtDoc(
      '湖南省某某条例\n（2019年3月28日湖南省第十三届人民代表大会常务委员会\n第十次会议通过）\n第一条 为了规范……，制定本条例。\n第二条 本条例适用于……。\n',
    );
    expect(doc.header.title?.text).toBe('湖南省某某条例');
    expect(doc.header.titleNotes?.map((n) => n.text)).toEqual(['（2019年3月28日湖南省第十三届人民代表大会常务委员会\n第十次会议通过）']);
    expect(doc.articles.map((a) => a.number)).toEqual([1, 2]);
  });

  it('reads a regulation published by decree: the 令 heading, then the regulation title after the decree text', async () => {
    const doc = await txtDoc(
      '中华人民共和国国务院令\n第707号\n现公布修订后的《某某条例》，自2019年1月1日起施行。\n总理　李某\n2018年12月18日\n某某条例\n（2018年12月18日中华人民共和国国务院令第707号公布）\n第一条 为了……，制定本条例。\n第二条 本条例自2019年1月1日起施行。\n',
    );
    expect(doc.header.decree?.text).toBe('中华人民共和国国务院令\n第707号');
    expect(doc.header.title?.text).toBe('某某条例');
    expect(doc.header.titleNotes).toHaveLength(1);
    expect(doc.source.blocks[doc.bodyStart].text).toMatch(/^第一条/);
  });

  it('does not take a 发文机关标志 for the first line of a title that ends in 文件', async () => {
    const doc = await txtDoc('某某省人民政府办公厅关于加强规范性文件\n管理的通知\n某政办发〔2020〕1号\n各市州人民政府：\n');
    expect(doc.header.title?.text).toBe('某某省人民政府办公厅关于加强规范性文件管理的通知');
  });
});

describe('structure pass: articles', () => {
  it('builds chapters, articles, clauses and items with legal addresses', async () => {
    const doc = await mdDoc(SAMPLE);
    expect(doc.style).toBe('articles');
    expect(doc.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(doc.parts.map((p) => [p.kind, p.number, p.title])).toEqual([
      ['chapter', 1, '总则'],
      ['chapter', 2, '见习管理'],
      ['chapter', 3, '附则'],
    ]);
    const at = (needle: string) => locate(doc, { start: doc.text.indexOf(needle), end: doc.text.indexOf(needle) + needle.length });
    // The 办法 the notice issues after its signature is its attachment.
    expect(at('见习单位应当与见习人员').address).toBe('附件第二条第二款');
    expect(at('本办法适用于').address).toBe('附件第二条第一款');
    expect(at('能够提供见习岗位').address).toBe('附件第三条第（二）项');
    expect(at('见习期限一般').address).toBe('附件第四条');
    expect(at('见习期限一般').article).toBe(4);
    expect(at('现将《湖南省').address).toBe('正文开头');
    expect(at('湘人社规').address).toBe('发文字号');
  });

  it('finds the closing: effective date, validity, signature and 成文日期', async () => {
    const doc = await mdDoc(SAMPLE);
    expect(doc.closing.effective?.date?.iso).toBe('2024-06-01');
    expect(doc.closing.validity?.months).toBe(36);
    expect(doc.closing.signedDate?.iso).toBe('2024-05-06');
    expect(doc.closing.signatories.map((s) => s.text)).toEqual(['湖南省人力资源和社会保障厅']);
    expect(doc.text.slice(doc.closing.signedDate!.span.start, doc.closing.signedDate!.span.end)).toBe('2024年5月6日');
  });

  it('does not take a reference to an article for an article heading', async () => {
    const doc = await txtDoc('第一条 总则。\n第二条 依照本办法第一条执行。\n第三条规定的情形除外。\n');
    expect(doc.articles.map((a) => a.number)).toEqual([1, 2]);
  });

  it('counts in UTF-16 units after astral characters', async () => {
    const doc = await txtDoc('第一条 𠮷𠮷甲乙。\n第二条 丙。\n');
    const i = doc.text.indexOf('甲');
    const loc = locate(doc, { start: i, end: i + 1 });
    expect(loc).toMatchObject({ line: 1, column: 9, endColumn: 10, article: 1, address: '第一条' });
  });
});

describe('structure pass: law texts (corpus quirks)', () => {
  it('finds an article behind an invisible U+200B left on the line before it', async () => {
    const doc = await mdDoc('# 某某法\n\n## 第一章 总则\n\n\u200b\n第一条 为了规范……，制定本法。\n\n第二条 本法适用于……。\n');
    expect(doc.articles.map((a) => a.number)).toEqual([1, 2]);
    const first = doc.articles[0];
    expect(doc.text.slice(first.span.start, first.span.end)).toContain('为了规范');
  });

  it('does not take a 编 or 分编 heading for a 款 of the article before it', async () => {
    const doc = await mdDoc(
      '# 某某法典\n\n# 总则\n\n第一条 甲。\n\n第二条 乙。\n\n# 物权编\n\n## 第一分编  通则\n\n### 第一章 一般规定\n\n第三条 丙。\n\n丙之二。\n',
    );
    expect(doc.articles.map((a) => [a.number, a.children.length])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
    const second = doc.articles[1];
    expect(doc.text.slice(second.span.start, second.span.end)).not.toContain('物权编');
  });

  it('does not take a date line under the title for the 成文日期 of an old regulation', async () => {
    const doc = await mdDoc('# 国务院关于某某问题的暂行规定\n\n1955年12月29日\n\n一、甲。\n\n二、乙。\n');
    expect(doc.closing.signedDate).toBeUndefined();
    expect(doc.closingStart).toBe(doc.source.blocks.length);
    expect(doc.outline.map((o) => o.number)).toEqual([1, 2]);
  });

  it('keeps a heading-styled （一） inside its article as an item', async () => {
    const doc = await mdDoc('第一条 下列情形：\n\n### （一）甲；\n\n### （二）乙。\n\n第二条 丙。\n');
    expect(doc.articles[0].children[0].children.map((i) => i.number)).toEqual([1, 2]);
  });
});

describe('structure pass: validity forms', () => {
  it.each([
    ['本办法自2024年6月1日起施行，有效期5年。', { months: 60 }],
    ['本通知自印发之日起施行，有效期至2028年10月31日。', { until: '2028-10-31' }],
    ['本办法自2025年1月1日起施行，至2026年12月31日止。', { until: '2026-12-31' }],
    ['本规定自公布之日起施行，有效期为三年。', { months: 36 }],
    ['本决定长期有效。', { indefinite: true }],
  ])('%s', async (sentence, expected) => {
    const doc = await txtDoc(`第一条 目的。\n第二条 ${sentence}\n`);
    const v = doc.closing.validity!;
    expect(v).toBeDefined();
    if ('months' in expected) expect(v.months).toBe(expected.months);
    if ('until' in expected) expect(v.until?.iso).toBe(expected.until);
    if ('indefinite' in expected) expect(v.indefinite).toBe(true);
  });

  it.each([['遴选结果有效期为3年。'], ['职业技能等级证书有效期为5年，期满前应当重新认定。'], ['人力资源服务许可证的有效期至2028年12月31日。']])(
    'does not take the validity of something the document governs for its own: %s',
    async (sentence) => {
      const doc = await txtDoc(`第一条 目的。\n第二条 ${sentence}\n第三条 本办法自2026年1月1日起施行。\n`);
      expect(doc.closing.validity).toBeUndefined();
    },
  );

  it.each([
    ['第三条　本办法有效期5年。', '有效期5年'],
    ['以上政策有效期至2027年12月31日。', '有效期至2027年12月31日'],
    ['本办法自2026年1月1日起施行有效期2年。', '有效期2年'],
  ])('still finds the document’s own validity: %s', async (sentence, text) => {
    const doc = await txtDoc(`第一条 目的。\n第二条 遴选结果有效期为3年。\n${sentence}\n`);
    expect(doc.closing.validity?.text).toBe(text);
  });

  it('recognises 自印发之日起施行 as effective from issue', async () => {
    const doc = await txtDoc('一、总体要求\n本通知自印发之日起施行。\n');
    expect(doc.closing.effective?.fromIssue).toBe(true);
    expect(doc.closing.effective?.date).toBeUndefined();
  });
});

describe('structure pass: notice-style outline', () => {
  it('lists outline headings with levels and standard punctuation, and addresses them', async () => {
    const doc = await txtDoc(
      [
        '关于做好就业工作的通知',
        '各市州人力资源和社会保障局：',
        '为做好就业工作，现通知如下：',
        '一、总体要求',
        '（一）目标。要稳定就业。',
        '1.具体任务',
        '（1）细化',
        '二.保障措施',
        '（二）、加强领导',
      ].join('\n'),
    );
    expect(doc.style).toBe('outline');
    expect(doc.outline.map((o) => [o.level, o.number, o.marker, o.standard])).toEqual([
      [1, 1, '一、', true],
      [2, 1, '（一）', true],
      [3, 1, '1.', true],
      [4, 1, '（1）', true],
      [1, 2, '二.', false],
      [2, 2, '（二）、', false],
    ]);
    const i = doc.text.indexOf('细化');
    expect(locate(doc, { start: i, end: i + 2 }).address).toBe('第一部分第（一）项第1点第（1）点');
  });

  it('does not read numbers as headings', async () => {
    const doc = await txtDoc('通知\n1.5倍工资\n2024、2025年度\n一般情况下\n');
    expect(doc.outline).toEqual([]);
  });
});

describe('structure pass: attachments', () => {
  it('finds the attachment list and attachments in the body', async () => {
    const doc = await txtDoc(
      [
        '关于印发表格的通知',
        '各单位：',
        '现印发有关表格。',
        '附件：1.就业见习协议（样本）',
        '2.见习人员登记表',
        '湖南省人力资源和社会保障厅',
        '2024年5月6日',
        '附件1',
        '就业见习协议（样本）',
      ].join('\n'),
    );
    expect(doc.attachments.map((a) => [a.where, a.number, a.title])).toEqual([
      ['list', 1, '就业见习协议（样本）'],
      ['list', 2, '见习人员登记表'],
      ['body', 1, '就业见习协议（样本）'],
    ]);
  });
});
