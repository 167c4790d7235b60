import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules } from '../../src/engine/registry.js';
import { builtinList, builtinTermFiles, parseTermFile } from '../../src/engine/term-data.js';
import { compileTermRule } from '../../src/engine/term-rules.js';
import { isHrssError } from '../../src/errors.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** Compile the first rule of a term file given as YAML text. */
async function termRule(yaml: string) {
  const file = await parseTermFile(yaml, '/office/terms.yaml');
  return compileTermRule(file.rules[0], file);
}

/** The error a term file produces, as E_RULE_LOAD. */
async function loadError(yaml: string): Promise<string> {
  try {
    await parseTermFile(yaml, '/office/terms.yaml');
  } catch (e) {
    expect(isHrssError(e) && e.code).toBe('E_RULE_LOAD');
    return (e as Error).message;
  }
  throw new Error('expected the term file to be rejected');
}

const HEAD = `version: 1
rules:
  - id: office/test
    severity: warning
    description: 测试
    basis: 本厅公文写作规范
`;

describe('term files: validation with Chinese errors naming the file, line and key', () => {
  it('rejects an unknown kind', async () => {
    const m = await loadError(`${HEAD}    kind: exists\n    terms: [进一步加强]\n`);
    expect(m).toContain('词表文件 /office/terms.yaml 有误');
    expect(m).toContain('rules[0]（office/test）.kind');
    expect(m).toContain('existence');
  });

  it('rejects a malformed cut-off date and gives its line', async () => {
    const m = await loadError(
      `${HEAD}    kind: substitution\n    swap:\n      - term: 工商部门\n        replacement: 市场监督管理部门\n        since: 2018-4-10\n`,
    );
    expect(m).toMatch(/第11行 rules\[0\]（office\/test）\.swap\[0\]\.since：日期应写作 YYYY-MM-DD/);
  });

  it('rejects a date that does not exist', async () => {
    const m = await loadError(
      `${HEAD}    kind: substitution\n    swap:\n      - term: 工商部门\n        replacement: 市场监督管理部门\n        since: 2018-02-30\n`,
    );
    expect(m).toContain('swap[0].since');
  });

  it('rejects an invalid regular expression', async () => {
    const m = await loadError(`${HEAD}    kind: existence\n    terms:\n      - pattern: '处以(罚款'\n`);
    expect(m).toContain('rules[0]（office/test）.terms[0].pattern');
    expect(m).toContain('正则表达式无效');
  });

  it('rejects unknown keys, unknown exceptions, missing fields and entries without terms', async () => {
    expect(await loadError(`${HEAD}    kind: existence\n    terms: [甲]\n    colour: red\n`)).toContain('有未知的键 “colour”');
    expect(await loadError(`${HEAD}    kind: existence\n    terms: [甲]\n    exceptions: [titles]\n`)).toContain('未知的例外“titles”');
    expect(await loadError(`version: 1\nrules:\n  - id: office/test\n    kind: existence\n    terms: [甲]\n`)).toMatch(/severity|description|basis/);
    expect(await loadError(`${HEAD}    kind: substitution\n    swap:\n      - replacement: 乙\n`)).toContain(
      '至少要写 term、terms、pattern、patterns、listItem 之一',
    );
    expect(await loadError(`${HEAD}    kind: substitution\n    swap:\n      - term: 甲\n        listHead: 部门\n        replacement: 乙\n`)).toContain(
      'swap[0].listHead：listHead 只能与 listItem 一起写',
    );
    expect(await loadError(`${HEAD}    kind: existence\n    terms:\n      - listItem: '(工商'\n`)).toContain('terms[0].listItem：正则表达式无效');
    expect(await loadError(`rulez: []\n`)).toContain('有未知的键 “rulez”');
    expect(await loadError(`${HEAD.replace('office/test', 'Office Test')}    kind: existence\n    terms: [甲]\n`)).toContain('规则编号应写作“分组/名称”');
  });

  it('rejects YAML syntax errors with the line, and duplicate rule ids', async () => {
    expect(await loadError('rules:\n  - id: [\n')).toMatch(/不是合法的 YAML（第\d+行/);
    const rule = `  - id: office/test\n    kind: existence\n    severity: info\n    description: 测试\n    basis: 测试\n    terms: [甲]\n`;
    expect(await loadError(`rules:\n${rule}${rule}`)).toContain('规则编号“office/test”重复定义');
  });

  it('ships valid built-in term files, and every list the code rules read exists', async () => {
    const files = await builtinTermFiles();
    expect(files.map((f) => f.display).sort()).toContain('rules/data/outdated-agencies.yaml');
    for (const name of [
      'ultra-vires.statutory',
      'certification.statutory',
      'certification.commitment',
      'fair-competition.statutory',
      'discrimination.statutory',
    ]) {
      expect((await builtinList(name)).length).toBeGreaterThan(0);
    }
    await expect(builtinList('no.such-list')).rejects.toThrow('内置词表“no.such-list”不存在');
  });
});

const existence = await termRule(`${HEAD}    kind: existence
    message: 文件使用了套话“{{match}}”。{{note}}
    suggestion: 删去“{{match}}”。
    exceptions: [title, negated, { after: '领导' }]
    terms:
      - 认真贯彻执行
      - pattern: 进一步(?:加强|规范)
        note: 宜写明具体措施。
        severity: info
`);

ruleTester.run('existence rules', existence, {
  valid: [
    {
      name: 'honours exceptions: inside 《》, after a prohibition, and a regex on the following text',
      code: '# 湖南省某某办法\n\n第一条 根据《关于进一步加强就业工作的意见》制定本办法。\n\n第二条 不得简单要求认真贯彻执行。\n\n第三条 进一步加强领导。\n',
    },
  ],
  invalid: [
    {
      name: 'reports every occurrence with the entry note and severity',
      code: '# 湖南省某某办法\n\n第一条 请认真贯彻执行。\n\n第二条 进一步加强管理，进一步规范程序。\n',
      errors: [
        { address: '第一条', severity: 'warning', message: '文件使用了套话“认真贯彻执行”。', suggestion: '删去“认真贯彻执行”。', basis: '本厅公文写作规范' },
        { address: '第二条', severity: 'info', message: '文件使用了套话“进一步加强”。宜写明具体措施。', suggestion: '删去“进一步加强”。' },
        { address: '第二条', severity: 'info', message: '文件使用了套话“进一步规范”。宜写明具体措施。', suggestion: '删去“进一步规范”。' },
      ],
    },
  ],
});

// A name standing for its body as one item of a list that shares the head noun: the engine builds the list
// patterns from the name, so a legal office writes the name once (here with a head of its own).
const listed = await termRule(`${HEAD}    kind: substitution
    exceptions: [former]
    swap:
      - listItem: '(?<!个体)(?:工商|质监)'
        listHead: 部门|单位|机构
        replacement: 市场监督管理
`);

ruleTester.run('substitution rules: names as items of a list', listed, {
  valid: [
    {
      name: 'a name outside a list, a list without the head, a list opened by 原, the excluded 个体工商, a head past a clause break',
      code:
        '# 湖南省某某办法\n\n第一条 办理工商登记。\n\n第二条 工商、税务登记手续。\n\n第三条 原工商、质监等部门的档案移交。\n\n' +
        '第四条 个体工商、农户等单位。\n\n第五条 质监，财政等部门。\n',
    },
  ],
  invalid: [
    {
      name: 'an item before others, the last item before 等, any of the heads, a list joined by 和',
      code: '# 湖南省某某办法\n\n第一条 发展改革、工商、财政等部门。\n\n第二条 财政、质监等有关单位。\n\n第三条 会同工商和税务机构办理。\n',
      errors: [
        { address: '第一条', message: '“工商”应改为“市场监督管理”。' },
        { address: '第二条', message: '“质监”应改为“市场监督管理”。' },
        { address: '第三条', message: '“工商”应改为“市场监督管理”。' },
      ],
    },
  ],
});

const substitution = await termRule(`${HEAD}    kind: substitution
    message: “{{match}}”应改为“{{replacement}}”（{{since}}起，本文件{{dateSource}}为{{date}}）。
    exceptions: [title, former, documentNumber, quotation, historicalYear]
    swap:
      - pattern: 劳动(?:和社会)?保障(厅|局)
        replacement: 人力资源和社会保障$1
        since: 2009-01-01
        verified: false
        certainFrom: 2011-01-01
      - term: 银监会
        replacement: 中国银行保险监督管理委员会
        since: 2018-04-08
      - term: 银监会
        replacement: 国家金融监督管理总局
        since: 2023-05-18
      - term: 扶贫办
        replacement: 乡村振兴部门
        since: 2021-02-25
        verified: false
`);
const signed = (date: string, body: string) => `# 湖南省某某通知\n\n各市州：\n\n${body}\n\n湖南省人力资源和社会保障厅\n\n${date}\n`;
const undated = '# 湖南省某某办法\n\n第一条 省劳动保障局负责。\n';
const astral = '𠮷𠮷由省劳动\u3000和社会保障厅负责，𠮷（２０２４年）再交省劳动保障局。';

ruleTester.run('substitution rules', substitution, {
  valid: [
    { name: 'judges the cut-off against the 成文日期: signed before it', code: signed('2008年5月6日', '省劳动和社会保障厅负责。') },
    { name: 'uses the review date when the document has no 成文日期: before the cut-off', code: undated, asOf: '2008-01-01' },
    { name: 'of several dated entries for one term, none in force at the document date', code: signed('2017年1月20日', '经银监会批准。') },
    {
      name: 'does not report inside 《》, after 原, inside a 发文字号, inside quotations, or in historical narrative',
      code: signed(
        '2024年5月6日',
        [
          '根据《湖南省劳动和社会保障厅关于工伤认定的通知》（湘劳社厅发〔2007〕15号）执行。',
          '原省劳动和社会保障厅的职责由本厅承担。',
          '文件原文为“由省劳动保障厅负责”。',
          '2005年，省劳动和社会保障厅印发了实施意见。',
        ].join('\n\n'),
      ),
    },
  ],
  invalid: [
    {
      name: 'judges the cut-off against the 成文日期, and expands $1 in the replacement',
      code: signed('2024年5月6日', '省劳动和社会保障厅负责。'),
      errors: [
        {
          address: '正文开头',
          severity: 'warning',
          message: '“劳动和社会保障厅”应改为“人力资源和社会保障厅”（约2009年起，本文件成文日期为2024年5月6日）。',
          suggestion: '改为“人力资源和社会保障厅”。',
        },
      ],
    },
    {
      name: 'uses the review date when the document has no 成文日期: after the cut-off',
      code: undated,
      asOf: '2025-01-01',
      errors: [{ address: '第一条', message: '“劳动保障局”应改为“人力资源和社会保障局”（约2009年起，本文件审核基准日为2025年1月1日）。' }],
    },
    {
      name: 'reports an unverified date as info with a caveat until its certainFrom day',
      code: signed('2010年6月1日', '省劳动保障厅负责。'),
      errors: [{ address: '正文开头', severity: 'info', message: /（该项的起算日期未经核实，请人工确认）$/ }],
    },
    {
      name: 'reports an unverified date without certainFrom always as info',
      code: signed('2025年1月20日', '扶贫办负责。'),
      errors: [{ address: '正文开头', severity: 'info', message: /^“扶贫办”应改为“乡村振兴部门”/ }],
    },
    {
      name: 'picks, of several dated entries for one term, the one in force in 2020',
      code: signed('2020年1月20日', '经银监会批准。'),
      errors: [{ address: '正文开头', message: '“银监会”应改为“中国银行保险监督管理委员会”（2018年4月8日起，本文件成文日期为2020年1月20日）。' }],
    },
    {
      name: 'picks, of several dated entries for one term, the latest one in force in 2024',
      code: signed('2024年1月20日', '经银监会批准。'),
      errors: [{ address: '正文开头', message: /^“银监会”应改为“国家金融监督管理总局”/ }],
    },
    {
      name: 'points at the original text: offsets survive 𠮷 (two UTF-16 units), spaces and fullwidth characters',
      code: signed('2024年5月6日', astral),
      errors: [
        {
          address: '正文开头',
          message: /^“劳动\u3000和社会保障厅”应改为/,
          line: 3,
          column: astral.indexOf('劳动') + 1,
          endLine: 3,
          endColumn: astral.indexOf('负责') + 1,
        },
        { address: '正文开头', message: /^“劳动保障局”应改为/, line: 3, column: astral.lastIndexOf('劳动') + 1, endLine: 3, endColumn: astral.length },
      ],
    },
  ],
});

const regional = await termRule(`${HEAD}    kind: substitution
    message: “{{match}}”应改为“{{replacement}}”。
    swap:
      - pattern: 经济和信息化委员会|经信委
        replacement: 工业和信息化厅
        regions: [湖南省]
        since: 2018-10-01
`);
const issuedBy = (title: string, issuer: string, body: string) => `# ${title}\n\n第一条 ${body}\n\n${issuer}\n\n2024年5月6日\n`;

ruleTester.run('substitution entries for some provinces only', regional, {
  valid: [
    { name: 'another province where the name is current', code: issuedBy('重庆市某某办法', '重庆市人力资源和社会保障局', '市经信委负责协调。') },
    { name: 'a national document', code: issuedBy('国务院办公厅关于某某的通知', '国务院办公厅', '各地经济和信息化委员会负责协调。') },
  ],
  invalid: [
    {
      name: 'a document of the province named',
      code: issuedBy('湖南省某某办法', '湖南省人力资源和社会保障厅', '省经济和信息化委员会负责协调。'),
      errors: [{ address: '第一条', message: '“经济和信息化委员会”应改为“工业和信息化厅”。' }],
    },
    {
      name: 'a document whose province is not told: the configured region, 湖南省 by default',
      code: '# 某某办法\n\n第一条 市经信委负责协调。\n',
      errors: [{ address: '第一条', message: '“经信委”应改为“工业和信息化厅”。' }],
    },
  ],
});

ruleTester.run('the documentNumber exception', await termRule(`${HEAD}    kind: existence\n    exceptions: [documentNumber]\n    terms: [劳社]\n`), {
  valid: [],
  invalid: [
    {
      name: 'skips a term inside a cited 发文字号 and reports it elsewhere',
      code: '# 湖南省某某办法\n\n第一条 依照湘劳社政字〔2007〕15号执行。\n\n第二条 由劳社部门负责。\n',
      errors: [{ address: '第二条', message: '文件中出现“劳社”。' }],
    },
  ],
});

describe('term files from config termFiles', () => {
  it('adds an office rule, resolves its doc page relative to the file, and rejects lists and clashes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-terms-'));
    writeFileSync(join(dir, 'office.yaml'), `${HEAD}    kind: existence\n    docs: office-test.md\n    terms: [甲]\n`);
    const config = validateConfig({ termFiles: ['office.yaml'] }, join(dir, 'hrss-audit.config.json'), dir);
    const rule = (await loadAllRules(config)).find((r) => r.id === 'office/test');
    expect(rule?.meta.source).toBe(join(dir, 'office.yaml'));
    expect(rule?.meta.docs).toBe(join(dir, 'office-test.md'));

    writeFileSync(join(dir, 'lists.yaml'), 'lists:\n  certification.statutory: [出生医学证明]\n');
    await expect(loadAllRules(validateConfig({ termFiles: ['lists.yaml'] }, null, dir))).rejects.toThrow('lists 只供内置规则读取');

    writeFileSync(join(dir, 'clash.yaml'), HEAD.replace('office/test', 'content/outdated-agency') + '    kind: existence\n    terms: [甲]\n');
    await expect(loadAllRules(validateConfig({ termFiles: ['clash.yaml'] }, null, dir))).rejects.toThrow(
      /规则编号“content\/outdated-agency”重复定义（rules\/data\/outdated-agencies\.yaml、.*clash\.yaml/,
    );

    await expect(loadAllRules(validateConfig({ termFiles: ['missing.yaml'] }, null, dir))).rejects.toThrow('词表文件“' + join(dir, 'missing.yaml') + '”不存在');
  });
});

const exampleYaml = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8'))?.[1];
if (exampleYaml === undefined)
  throw new Error('docs/configuration.md has no complete example term file (a ```yaml block starting with # yaml-language-server)');
const exampleFile = await parseTermFile(exampleYaml, '/office/公文用语.yaml');

describe('the example term file in docs/configuration.md', () => {
  it('loads, with the rules it documents', () => {
    expect(exampleFile.rules.map((r) => r.id)).toEqual(['office/empty-phrases', 'office/old-names']);
  });
});

const [examplePhrases, exampleNames] = exampleFile.rules.map((r) => compileTermRule(r, exampleFile));
const exampleDoc = '# 湖南省某某通知\n\n各市州：\n\n一、各地要高度重视，进一步做好工作，由省劳动保障厅负责。\n\n湖南省人力资源和社会保障厅\n\n2025年1月20日\n';

ruleTester.run('the example in docs/configuration.md: office/empty-phrases', examplePhrases, {
  valid: [],
  invalid: [
    {
      name: 'works as documented',
      code: exampleDoc,
      errors: [
        { address: '第一部分', severity: 'warning', message: '文件使用了套话“高度重视”，应写明具体措施。' },
        { address: '第一部分', severity: 'info', message: '文件使用了套话“进一步做好”，应写明具体措施。宜写明具体措施。' },
      ],
    },
  ],
});

ruleTester.run('the example in docs/configuration.md: office/old-names', exampleNames, {
  valid: [],
  invalid: [
    {
      name: 'works as documented',
      code: exampleDoc,
      errors: [{ address: '第一部分', message: '“劳动保障厅”已更名（约2009年起），应称“人力资源和社会保障厅”，本文件成文日期为2025年1月20日。' }],
    },
  ],
});
