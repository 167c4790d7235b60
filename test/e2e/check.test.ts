import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

const SAMPLE = join(ROOT, 'fixtures/drafts/sample-draft.md');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'hrss-e2e-'));
}

describe('hrss-audit check (process)', () => {
  it('audits a draft and writes a schema-valid JSON report', async () => {
    const r = await runCli(['check', SAMPLE, '--format', 'json', '--as-of', '2024-05-20']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.asOf).toBe('2024-05-20');
    const doc = report.documents[0];
    expect(doc.meta).toMatchObject({
      documentNumber: '湘人社规〔2024〕04号',
      registrationNumber: 'HNPR—2024—11005',
      signedDate: '2024-05-06',
      effectiveDate: '2024-06-01',
      validity: { years: 3, until: '2027-05-31' },
    });
    expect(doc.stats.articles).toBe(7);
    expect(doc.stats.chapters).toBe(3);
    const byRule = Object.fromEntries(doc.findings.map((f: { ruleId: string }) => [f.ruleId, f]));
    expect(byRule['numbering/document-number'].location).toMatchObject({ address: '发文字号', article: null, line: 2 });
    // The 办法 the notice issues after its signature is its attachment; a missing basis is that instrument's, shown
    // at its title, and the suggestion names the article to complete.
    expect(byRule['legal-basis/missing'].location).toMatchObject({ address: '附件', article: null });
    expect(byRule['legal-basis/missing'].excerpt).toBe('湖南省就业见习管理暂行办法');
    expect(byRule['legal-basis/missing'].suggestion).toMatch(/^在附件第一条写明制定目的和依据/);
    expect(byRule['validity/too-long']).toMatchObject({
      severity: 'error',
      message: '暂行文件的有效期不得超过2年，本文件规定为3年。',
      location: { address: '附件第七条', article: 7 },
    });
    // What the document is, with the evidence for each part.
    expect(doc.profile).toMatchObject({
      kind: { value: '行政规范性文件', source: 'read' },
      normative: true,
      issuers: [{ name: '湖南省人力资源和社会保障厅', level: 'provincial', region: '湖南省' }],
      region: { value: '湖南省' },
      dates: { signed: { value: '2024-05-06' }, effective: { value: '2024-06-01' }, reference: { value: '2024-05-06', of: 'signed' } },
      form: { value: 'issuing' },
    });
    expect(doc.profile.kind.basis).toContain('HNPR—2024—11005');
    expect(doc.profile.kind.evidence.location).toMatchObject({ address: '统一登记号' });
    expect(doc.notApplicable).toEqual([]);
    expect(doc.verdict).toBe(report.summary.errors > 0 ? 'fail' : 'revise');
  });

  it('exits 0 when only warnings, 1 with errors, and honours --max-warnings', async () => {
    // The sample's 第五条 sets a fine (an error for content/ultra-vires); these two rules only warn.
    const warningRules = ['--rule', 'numbering/document-number', 'legal-basis/missing'];
    const warnOnly = await runCli(['check', SAMPLE, '--quiet', ...warningRules]);
    expect(warnOnly.code).toBe(0);
    const tooMany = await runCli(['check', SAMPLE, '--max-warnings', '0', ...warningRules]);
    expect(tooMany.code).toBe(1);
    const all = await runCli(['check', SAMPLE, '--quiet']);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('content/ultra-vires');
    const dir = tempDir();
    writeFileSync(
      join(dir, 'no-validity.md'),
      '# 湖南省某某办法\n\n第一条 根据《中华人民共和国就业促进法》，制定本办法。\n\n第二条 本办法自2025年1月1日起施行。\n',
    );
    const withError = await runCli(['check', 'no-validity.md'], { cwd: dir });
    expect(withError.code).toBe(1);
    expect(withError.stdout).toContain('validity/missing');
    expect(withError.stdout).toContain('第二条');
  });

  it('prints no colour codes when stdout is not a terminal, and colour when forced', async () => {
    const plain = await runCli(['check', SAMPLE]);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    expect(plain.stdout).toContain('numbering/document-number');
    expect(plain.stdout).toMatch(/✖ 发现 \d+ 个问题/);
    const forced = await runCli(['check', SAMPLE], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const off = await runCli(['check', SAMPLE, '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(off.stdout).not.toMatch(/\u001b\[/);
  });

  it('writes the report atomically with --output and keeps stdout clean', async () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    const r = await runCli(['check', SAMPLE, '-f', 'json', '-o', out]);
    expect(r.stdout).toBe('');
    expect(schemaErrors(JSON.parse(readFileSync(out, 'utf8')))).toEqual([]);
  });

  it('exits 2 with a Chinese message for a bad option, an unknown rule, a bad date', async () => {
    const badOption = await runCli(['check', SAMPLE, '--formt', 'json']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('未知选项 --formt');
    const badFormat = await runCli(['check', SAMPLE, '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    const badRule = await runCli(['check', SAMPLE, '--rule', 'validity/mising']);
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toContain('您是否指“validity/missing”');
    const badDate = await runCli(['check', SAMPLE, '--as-of', '2024-02-30']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('不是有效日期');
    for (const r of [badOption, badRule, badDate]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when nothing is found', async () => {
    const missing = await runCli(['check', 'no-such-file.docx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到“no-such-file.docx”');
    const empty = tempDir();
    const none = await runCli(['check', '.'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('E_NO_INPUT');
  });
});

describe('configuration', () => {
  it('is discovered upward from the working directory and changes severities', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hrss-audit.config.json'), '// 注释\n{ "rules": { "numbering/document-number": "error", "legal-basis/missing": "off" }, }\n');
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'sub', 'deeper', 'draft.md'));
    const r = await runCli(['check', 'draft.md', '-f', 'json'], { cwd: join(dir, 'sub', 'deeper') });
    const findings = JSON.parse(r.stdout).documents[0].findings;
    expect(findings.find((f: { ruleId: string }) => f.ruleId === 'numbering/document-number').severity).toBe('error');
    expect(findings.some((f: { ruleId: string }) => f.ruleId === 'legal-basis/missing')).toBe(false);
    expect(r.code).toBe(1);
  });

  it.each([
    ['hrss-audit.config.json', '{ "rulez": {} }', '顶层有未知的配置项 “rulez”'],
    ['hrss-audit.config.json', '{ "rules": { "validity/missing": "warn!" } }', 'rules.validity/missing'],
    ['hrss-audit.config.json', '{ "limits": { "maxFileBytes": "big" } }', '配置项“limits.maxFileBytes”类型不对：应为数字，实际为字符串'],
    ['hrss-audit.config.json', '{ "rules": { "validity/too-lon": "error" } }', '规则“validity/too-lon”不存在'],
    ['hrss-audit.config.yaml', 'rules:\n  - bad: [', '不是合法的 YAML'],
    [
      'hrss-audit.config.json',
      '{ "rules": { "numbering/document-number": ["warning", { "checkCitd": false }] } }',
      '规则“numbering/document-number”的选项不合法',
    ],
  ])('rejects %s %s with a Chinese message naming the key', async (name, content, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), content);
    copyFileSync(SAMPLE, join(dir, 'draft.md'));
    const r = await runCli(['check', 'draft.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('loads a YAML config and a custom rule written by a legal office', async () => {
    const dir = tempDir();
    const engine = join(ROOT, 'dist/src/engine/rule.js');
    writeFileSync(
      join(dir, 'no-hanxin.mjs'),
      `import { defineRule } from ${JSON.stringify(engine)};
export default defineRule({
  id: 'office/no-jiaqiang',
  meta: { severity: 'info', description: '不用“进一步加强”', basis: '本厅公文写作规范' },
  create(context) {
    const i = context.document.text.indexOf('认真贯彻执行');
    if (i >= 0) context.report({ message: '“认真贯彻执行”为套话，建议删去。', span: { start: i, end: i + 6 } });
  },
});
`,
    );
    writeFileSync(join(dir, '.hrss-auditrc.yaml'), 'plugins:\n  - ./no-hanxin.mjs\nrules:\n  office/no-jiaqiang: warning\n');
    copyFileSync(SAMPLE, join(dir, 'draft.md'));
    const r = await runCli(['check', 'draft.md', '-f', 'json'], { cwd: dir });
    const f = JSON.parse(r.stdout).documents[0].findings.find((x: { ruleId: string }) => x.ruleId === 'office/no-jiaqiang');
    expect(f).toMatchObject({ severity: 'warning', message: '“认真贯彻执行”为套话，建议删去。', location: { address: '正文开头' } });
    const list = await runCli(['rules'], { cwd: dir });
    expect(list.stdout).toContain('office/no-jiaqiang');
  });
});

describe('rules and init commands', () => {
  it('lists rules and prints a rule page', async () => {
    const list = await runCli(['rules', '--json']);
    const rows = JSON.parse(list.stdout);
    expect(rows.map((r: { id: string }) => r.id)).toContain('validity/missing');
    const page = await runCli(['rules', 'validity/missing']);
    expect(page.stdout).toContain('# validity/missing');
    expect(page.stdout).toContain('## 错误示例');
  });

  it('writes a commented starter config that the loader accepts', async () => {
    const dir = tempDir();
    const r = await runCli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'hrss-audit.config.json'))).toBe(true);
    expect(readFileSync(join(dir, 'hrss-audit.config.json'), 'utf8')).toContain('// ');
    copyFileSync(SAMPLE, join(dir, 'draft.md'));
    const check = await runCli(['check', 'draft.md'], { cwd: dir });
    expect(check.stderr).toBe('');
    const again = await runCli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在');
  });
});
