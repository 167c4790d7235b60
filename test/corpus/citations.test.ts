import { describe, expect, it } from 'vitest';
import { documentCitations, findCitations } from '../../src/corpus/citations.js';
import { mdDoc } from '../helpers/docs.js';

const one = (text: string) => {
  const all = findCitations(text);
  expect(all).toHaveLength(1);
  return all[0];
};

describe('citation extraction', () => {
  it('finds a title with its article, clause and item, and spans that point at them', () => {
    const text = '依照《中华人民共和国社会保险法》第四十六条第一款第（二）项规定执行。';
    const c = one(text);
    expect(c.title).toBe('中华人民共和国社会保险法');
    expect(c.key).toBe('社会保险法');
    expect(text.slice(c.span.start, c.span.end)).toBe('《中华人民共和国社会保险法》');
    expect(c.articles).toEqual([{ article: 46, clause: 1, item: 2, text: '第四十六条第一款第（二）项', span: { start: 16, end: 29 } }]);
    expect(text.slice(16, 29)).toBe('第四十六条第一款第（二）项');
  });

  it('reads lists and ranges of articles', () => {
    const c = one('根据《劳动合同法》第十九条、第二十条和第八十二条第二款');
    expect(c.articles.map((a) => [a.article, a.clause])).toEqual([
      [19, undefined],
      [20, undefined],
      [82, 2],
    ]);
    const r = one('《工伤保险条例》第三十五条至第三十七条');
    expect(r.articles.map((a) => [a.article, a.rangeEnd ?? false])).toEqual([
      [35, false],
      [37, true],
    ]);
    const k = one('《社会保险法》第五十八条第一款、第二款');
    expect(k.articles.map((a) => [a.article, a.clause])).toEqual([
      [58, 1],
      [58, 2],
    ]);
    expect(one('《立法法》第一百零五条').articles[0].article).toBe(105);
  });

  it('reads runs of titles 《A》《B》等', () => {
    const all = findCitations('根据《劳动法》《劳动合同法》、《社会保险法》等法律法规');
    expect(all.map((c) => [c.key, c.listed])).toEqual([
      ['劳动法', true],
      ['劳动合同法', true],
      ['社会保险法', true],
    ]);
  });

  it('keeps nested quotes inside the outer citation', () => {
    const c = one('按照《关于印发〈工伤认定办法〉的通知》执行');
    expect(c.title).toBe('关于印发〈工伤认定办法〉的通知');
    expect(c.nested.map((n) => n.title)).toEqual(['工伤认定办法']);
    const d = one('按照《湖南省实施《工伤保险条例》办法》第十条');
    expect(d.title).toBe('湖南省实施《工伤保险条例》办法');
    expect(d.key).toBe('湖南省实施工伤保险条例办法');
    expect(d.articles[0].article).toBe(10);
  });

  it('reads every title before the rules said to have ceased as history', () => {
    const text = '《甲暂行办法》《乙暂行办法》中有关退休年龄的规定，自2025年1月1日起不再施行，各地不得再以此为据。';
    expect(findCitations(text).map((c) => [c.title, c.historical])).toEqual([
      ['甲暂行办法', true],
      ['乙暂行办法', true],
    ]);
  });

  it('takes the 发文字号 in brackets after a title', () => {
    const text = '根据《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）第二条';
    const c = one(text);
    expect(c.documentNumber?.text).toBe('国办发〔2018〕37号');
    expect(text.slice(c.documentNumber!.span.start, c.documentNumber!.span.end)).toBe('国办发〔2018〕37号');
    expect(c.articles[0].article).toBe(2);
    expect(one('《失业保险条例》（国务院令第258号）').documentNumber?.text).toBe('国务院令第258号');
  });

  it.each([
    ['原《中华人民共和国合同法》规定的', true],
    ['《中华人民共和国合同法》废止后，', true],
    ['《湖南省某某办法》（湘政发〔2010〕1号）同时废止。', true],
    ['已废止的《国有企业职工待业保险规定》', true],
    ['《中华人民共和国合同法》（已废止）', true],
    ['《国务院关于安置老弱病残干部的暂行办法》中有关退休年龄的规定，自该日起不再施行。', true],
    ['《某某暂行办法》中有关工龄计算的规定不再适用。', true],
    ['《国务院关于工人退休、退职的暂行办法》中有关退休年龄的规定已不再施行，各地不得再据此确定退休年龄。', true],
    ['《失业保险条例》中有关失业保险金标准的规定，应当严格执行。', false],
    ['根据《中华人民共和国合同法》第五十二条', false],
    ['《失业保险条例》规定，失业保险金', false],
  ])('%s → historical %s', (text, historical) => {
    expect(one(text).historical).toBe(historical);
  });

  it('ignores unbalanced brackets and does not run across lines', () => {
    expect(findCitations('《劳动法\n》')).toEqual([]);
    expect(findCitations('书名号〉单独出现')).toEqual([]);
    expect(findCitations('《》')).toEqual([]);
  });

  it('counts offsets in UTF-16 units after astral characters', () => {
    const text = '𠮷𠮷《劳动法》第三条';
    const c = one(text);
    expect(text.slice(c.span.start, c.span.end)).toBe('《劳动法》');
    expect(text.slice(c.articles[0].span.start, c.articles[0].span.end)).toBe('第三条');
  });

  it("marks the document's own titles as self", async () => {
    const doc = await mdDoc(
      '# 湖南省人力资源和社会保障厅关于印发《湖南省就业见习管理暂行办法》的通知\n\n现将《湖南省就业见习管理暂行办法》印发给你们。\n\n# 湖南省就业见习管理暂行办法\n\n第一条 根据《中华人民共和国就业促进法》，制定本办法。\n\n第二条 本办法自2025年1月1日起施行。\n',
    );
    const cites = documentCitations(doc);
    expect(cites.map((c) => [c.key, c.self])).toEqual([
      ['湖南省就业见习管理暂行办法', true],
      ['湖南省就业见习管理暂行办法', true],
      ['就业促进法', false],
    ]);
  });
});

describe('citations in text extracted from PDFs', () => {
  it('reads references spaced out by justified lines and broken over two lines', () => {
    const text = '依 照《 工伤 保险 条例 》第 十四 条第\n（八）项的规定执行。';
    const c = findCitations(text)[0];
    expect(c.key).toBe('工伤保险条例');
    expect(c.articles.map((a) => [a.article, a.item])).toEqual([[14, 8]]);
  });

  it('does not take the next article heading for a continuation of a reference', () => {
    const c = findCitations('依照《劳动法》第三条\n第四条 用人单位应当……')[0];
    expect(c.articles.map((a) => a.article)).toEqual([3]);
  });
});

describe('repeal clauses', () => {
  it('treats every title a repeal clause names as history, and not the ground it is made on', async () => {
    const { findCitations } = await import('../../src/corpus/citations.js');
    const text =
      '本条例自2011年11月1日起施行。1987年12月12日国务院发布的《退伍义务兵安置条例》，1999年12月13日国务院、中央军委下发的《中国人民解放军士官退出现役安置暂行办法》同时废止。根据《中华人民共和国立法法》，《某某办法》予以废止。';
    const found = findCitations(text).map((c) => [c.title, c.historical]);
    expect(found).toEqual([
      ['退伍义务兵安置条例', true],
      ['中国人民解放军士官退出现役安置暂行办法', true],
      ['中华人民共和国立法法', false],
      ['某某办法', true],
    ]);
  });

  it('repeals the outer title of a nested one, not the law quoted inside it', async () => {
    const { mdDoc } = await import('../helpers/docs.js');
    const { factsOf } = await import('../../src/library/facts.js');
    const doc = await mdDoc(
      '# 最高人民法院关于适用《中华人民共和国行政诉讼法》的解释\n\n第一百六十三条 本解释自2018年2月8日起施行。《最高人民法院关于执行〈中华人民共和国行政诉讼法〉若干问题的解释》同时废止。\n',
    );
    const roles = factsOf(doc)
      .citations.filter((c) => c.kind === 'title')
      .map((c) => [c.text, c.role]);
    expect(roles).toContainEqual(['最高人民法院关于执行〈中华人民共和国行政诉讼法〉若干问题的解释', 'repeal']);
    expect(roles).toContainEqual(['中华人民共和国行政诉讼法', 'reference']);
    expect(roles.filter(([, role]) => role === 'repeal')).toHaveLength(1);
  });
});
