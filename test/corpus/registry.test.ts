import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LawCatalog } from '../../src/corpus/catalog.js';
import { REGISTRY_PATH, loadRegistry, parseRegistry } from '../../src/corpus/registry.js';

describe('built-in law registry (data/law-registry.yaml)', async () => {
  const registry = await loadRegistry();
  const catalog = new LawCatalog(registry.records, [], registry.knownLawKeys);

  it('validates, and every entry names a documented source', () => {
    expect(registry.entries.length).toBeGreaterThan(140);
    for (const e of registry.entries) for (const tag of e.source.split(/\s+/)) expect(registry.sources[tag], `${e.id}: ${tag}`).toBeTruthy();
    expect(registry.knownLawKeys.size).toBeGreaterThan(280);
  });

  it('holds the field instruments the brief lists, with their level', () => {
    const expected: Array<[string, string]> = [
      ['工伤认定办法', '部门规章'],
      ['劳务派遣暂行规定', '部门规章'],
      ['最低工资规定', '部门规章'],
      ['集体合同规定', '部门规章'],
      ['就业服务与就业管理规定', '部门规章'],
      ['劳动人事争议仲裁办案规则', '部门规章'],
      ['企业劳动争议协商调解规定', '部门规章'],
      ['人力资源服务机构管理规定', '部门规章'],
      ['社会保险基金行政监督办法', '部门规章'],
      ['实施《中华人民共和国社会保险法》若干规定', '部门规章'],
      ['企业年金办法', '部门规章'],
      ['外国人在中国就业管理规定', '部门规章'],
      ['事业单位公开招聘人员暂行规定', '部门规章'],
      ['湖南省行政程序规定', '地方政府规章'],
      ['湖南省规范性文件管理办法', '地方政府规章'],
      ['湖南省实施〈工伤保险条例〉办法', '地方政府规章'],
      ['社会保险法', '法律'],
      ['工伤保险条例', '行政法规'],
      ['劳动合同法实施条例', '行政法规'],
    ];
    for (const [title, level] of expected) expect(catalog.versions(title).at(-1)?.level, title).toBe(level);
    expect(catalog.versions('国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知').at(-1)?.documentNumbers).toContain('国办发〔2018〕37号');
  });

  it('resolves short titles and nested quotes to the instrument', () => {
    expect(catalog.versions('《社会保险法》').at(-1)?.title).toBe('中华人民共和国社会保险法');
    expect(catalog.versions('中华人民共和国社会保险法（2018年修正）').at(-1)?.title).toBe('中华人民共和国社会保险法');
    expect(catalog.versions('湖南省实施《工伤保险条例》办法').at(-1)?.key).toBe('hunan-work-injury-insurance-implementing-measures');
    expect(catalog.versions('最高人民法院关于适用《行政诉讼法》的解释').length).toBe(1);
  });

  it('knows the repeals by 民法典 and their replacement, from 2021-01-01', () => {
    for (const title of ['合同法', '民法通则', '民法总则', '物权法', '担保法', '侵权责任法', '婚姻法', '继承法', '收养法']) {
      const r = catalog.resolve(title, '2025-03-01')!;
      expect(r.state, title).toBe('repealed');
      expect(r.record.replacedBy).toBe('中华人民共和国民法典');
      expect(r.record.repealDate).toBe('2021-01-01');
      expect(catalog.resolve(title, '2020-12-31')!.state, title).toBe('in-force');
    }
  });

  it('knows the old 劳动争议 interpretations, 待业保险 and partly void retirement rules', () => {
    const ii = catalog.resolve('最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）', '2022-01-01')!;
    expect(ii.state).toBe('repealed');
    expect(ii.record.replacedBy).toBe('最高人民法院关于审理劳动争议案件适用法律问题的解释（一）');
    expect(catalog.resolve('国有企业职工待业保险规定', '2000-01-01')).toMatchObject({ state: 'repealed', record: { replacedBy: '失业保险条例' } });
    expect(catalog.resolve('国务院关于工人退休、退职的暂行办法', '2025-02-01')?.state).toBe('partial');
    expect(catalog.resolve('国务院关于工人退休、退职的暂行办法', '2024-02-01')?.state).toBe('in-force');
  });

  it('picks the version in force on a date, with its article count', () => {
    expect(catalog.resolve('立法法', '2020-01-01')!.record.articles).toBe(105);
    expect(catalog.resolve('立法法', '2024-01-01')!.record.articles).toBe(120);
    expect(catalog.resolve('行政复议法', '2023-12-31')!.record.articles).toBe(43);
    expect(catalog.resolve('行政复议法', '2024-01-01')!.record.articles).toBe(90);
    expect(catalog.resolve('退役军人安置条例', '2024-01-01')!.state).toBe('not-yet-effective');
  });

  it('suggests the closest title for a wrong name, only within the same region', () => {
    expect(catalog.suggest('中华人民共和国社会保障法')?.title).toBe('中华人民共和国社会保险法');
    expect(catalog.suggest('就业促进条例')?.title).toBe('中华人民共和国就业促进法');
    expect(catalog.suggest('劳动合同法实施细则')?.title).toBe('中华人民共和国劳动合同法实施条例');
    expect(catalog.suggest('社会保险费征缴条例')?.title).toBe('社会保险费征缴暂行条例');
    expect(catalog.suggest('湖南省工资支付监督管理办法')).toBeUndefined();
    expect(catalog.suggest('湖南省失业保险条例')).toBeUndefined();
    expect(catalog.suggest('社会保险法')).toBeUndefined();
  });

  it('knows national laws it holds no entry for, from the law list', () => {
    expect(catalog.isKnownNationalLaw('中华人民共和国数据安全法')).toBe(true);
    expect(catalog.isKnownNationalLaw('中华人民共和国民营经济促进法')).toBe(true);
    expect(catalog.isKnownNationalLaw('中华人民共和国劳动保障法')).toBe(false);
  });
});

describe('registry validation', () => {
  const good = readFileSync(REGISTRY_PATH, 'utf8');
  const head = good.slice(0, good.indexOf('laws:\n'));
  const one = (entry: string): string => `${head}laws:\n${entry}knownLaws: []\n`;

  it('accepts a minimal valid entry', async () => {
    const r = await parseRegistry(one('  - id: x\n    title: 某某规定\n    status: 现行有效\n    source: curated\n'));
    expect(r.records).toHaveLength(1);
  });

  it.each([
    [
      '  - id: x\n    title: 某某规定\n    status: 现行有效\n    promulgated: 2024-02-30\n    source: curated\n',
      'laws[0]（x）.promulgated：日期应为有效的 YYYY-MM-DD',
    ],
    ['  - id: x\n    title: 某某规定\n    status: 现行有效\n    source: rumour\n', 'x：来源“rumour”未在 sources 中说明'],
    ['  - id: x\n    title: 某某规定\n    source: curated\n', 'laws[0]（x）.status'],
    [
      '  - id: x\n    title: 某某规定\n    status: 现行有效\n    source: curated\n  - id: y\n    title: 《某某规定》\n    status: 现行有效\n    source: curated\n',
      'y：名称“《某某规定》”与 x 重复',
    ],
    ['  - id: x\n    title: 某某规定\n    status: 部分失效\n    source: curated\n', '部分失效的条目须写明 partial 和 partialSince'],
    ['  - id: x\n    title: 某某规定\n    status: 现行有效\n    colour: red\n    source: curated\n', 'colour'],
  ])('rejects a bad entry with a message naming it (%#)', async (entry, message) => {
    await expect(parseRegistry(one(entry), 'r.yaml')).rejects.toThrow(message);
  });
});

describe('national list of laws (data/national-laws.json)', async () => {
  const registry = await loadRegistry();
  const catalog = new LawCatalog(registry.records, [], registry.knownLawKeys);

  it('keeps its source and the date of its data in the package', () => {
    expect(registry.national?.source).toContain('LawRefBook');
    expect(registry.national?.date).toBe('2025-04-19');
    expect(registry.national?.records).toBe(1507);
    expect(registry.sources['lawrefbook-db']).toContain('LawRefBook');
  });

  it('knows every national law by its full and its short title, including the procedure laws', () => {
    for (const title of ['中华人民共和国民事诉讼法', '中华人民共和国刑事诉讼法', '民事诉讼法', '中华人民共和国反垄断法', '反分裂国家法'])
      expect(catalog.has(title), title).toBe(true);
    expect(catalog.isKnownNationalLaw('中华人民共和国刑事诉讼法')).toBe(true);
    expect(catalog.has('中华人民共和国就业服务法')).toBe(false);
  });

  it('keeps every version with its date: the one in force on a date, and the ones before it as amended', () => {
    const r = catalog.resolve('民事诉讼法', '2022-06-01')!;
    expect(r.state).toBe('in-force');
    expect(r.record.versionDate).toBe('2021-12-24');
    expect(catalog.resolve('民事诉讼法', '2024-06-01')!.record.versionDate).toBe('2023-09-01');
    expect(r.record.status).toBe('已修改');
  });

  it('lets a curated entry override the national list where that list is stale (档案法实施办法, repealed 2024)', () => {
    const before = catalog.resolve('中华人民共和国档案法实施办法', '2023-12-01');
    const after = catalog.resolve('中华人民共和国档案法实施办法', '2025-06-01');
    expect(before?.state).toBe('in-force');
    expect(after?.state).toBe('repealed');
    expect(after?.record.replacedBy).toBe('中华人民共和国档案法实施条例');
    expect(after?.record.source).toBe('curated');
  });

  it('knows a repealed State Council regulation the national list omits (社会力量办学条例, repealed 2003)', () => {
    const r = catalog.resolve('社会力量办学条例', '2025-06-01');
    expect(r?.state).toBe('repealed');
    expect(r?.record.replacedBy).toBe('中华人民共和国民办教育促进法');
    expect(catalog.resolve('社会力量办学条例', '2000-06-01')?.state).toBe('in-force');
  });

  it('lets the curated registry speak for the titles it names', () => {
    const versions = catalog.versions('中华人民共和国社会保险法');
    expect(versions.every((v) => v.source !== 'lawrefbook-db')).toBe(true);
  });

  it('names the nearest real titles for one that does not exist', () => {
    expect(catalog.nearest('社会保险经办管理条例').map((r) => r.title)).toContain('社会保险经办条例');
    expect(catalog.nearest('中华人民共和国社会保障法').map((r) => r.title)).toContain('中华人民共和国社会保险法');
  });
});
