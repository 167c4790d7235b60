import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const OFFICE_TERMS = `# 本厅公文写作规范：套话
version: 1
rules:
  - id: office/empty-phrases
    kind: existence
    severity: warning
    description: 使用了空泛的套话
    basis: 湖南省人力资源和社会保障厅公文写作规范
    docs: empty-phrases.md
    message: 文件使用了套话“{{match}}”，应写明具体措施。
    suggestion: 删去“{{match}}”，改写为可执行的具体要求。
    exceptions: [title, negated]
    terms:
      - 高度重视
      - pattern: 进一步(?:加强|规范|做好)
`;

const DRAFT = `# 湖南省就业见习管理办法

第一条 为规范就业见习工作，根据《中华人民共和国就业促进法》，制定本办法。

第二条 各级人力资源社会保障部门要高度重视就业见习工作。

第三条 本办法自2025年3月1日起施行，有效期5年。
`;

function officeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrss-e2e-terms-'));
  mkdirSync(join(dir, 'terms'));
  writeFileSync(join(dir, 'terms', 'office.yaml'), OFFICE_TERMS);
  writeFileSync(join(dir, 'terms', 'empty-phrases.md'), '# office/empty-phrases　空泛的套话\n\n## 错误示例\n\n```\n要高度重视。\n```\n');
  writeFileSync(join(dir, 'hrss-audit.config.yaml'), 'termFiles:\n  - ./terms/\n');
  writeFileSync(join(dir, 'draft.md'), DRAFT);
  return dir;
}

describe('term files added through config termFiles (process)', () => {
  it('produce findings like built-in rules, with severity settable in config', async () => {
    const dir = officeDir();
    const r = await runCli(['check', 'draft.md', '-f', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const findings = JSON.parse(r.stdout).documents[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'office/empty-phrases');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      message: '文件使用了套话“高度重视”，应写明具体措施。',
      suggestion: '删去“高度重视”，改写为可执行的具体要求。',
      basis: '湖南省人力资源和社会保障厅公文写作规范',
      location: { address: '第二条', article: 2 },
    });
    writeFileSync(join(dir, 'hrss-audit.config.yaml'), 'termFiles:\n  - ./terms/office.yaml\nrules:\n  office/empty-phrases: error\n');
    const strict = await runCli(['check', 'draft.md', '-f', 'json', '--rule', 'office/empty-phrases'], { cwd: dir });
    expect(JSON.parse(strict.stdout).documents[0].findings.map((f: { severity: string }) => f.severity)).toEqual(['error']);
    expect(strict.code).toBe(1);
  });

  it('are listed by `rules` and print their own doc page', async () => {
    const dir = officeDir();
    const list = await runCli(['rules', '--json'], { cwd: dir });
    const rows = JSON.parse(list.stdout);
    expect(rows.find((r: { id: string }) => r.id === 'office/empty-phrases')).toMatchObject({ severity: 'warning', source: join(dir, 'terms', 'office.yaml') });
    expect(rows.find((r: { id: string }) => r.id === 'content/outdated-agency')).toMatchObject({ source: 'rules/data/outdated-agencies.yaml' });
    const page = await runCli(['rules', 'office/empty-phrases'], { cwd: dir });
    expect(page.stdout).toContain('# office/empty-phrases');
    const builtin = await runCli(['rules', 'content/outdated-agency'], { cwd: dir });
    expect(builtin.stdout).toContain('# content/outdated-agency');
    expect(builtin.stdout).toContain('## 错误示例');
  });

  it('stop the run with exit 2 and a Chinese message naming the file, line and key when invalid', async () => {
    const dir = officeDir();
    writeFileSync(join(dir, 'terms', 'office.yaml'), OFFICE_TERMS.replace('kind: existence', 'kind: exist'));
    const r = await runCli(['check', 'draft.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_RULE_LOAD');
    expect(r.stderr).toContain(join(dir, 'terms', 'office.yaml'));
    expect(r.stderr).toMatch(/第5行 rules\[0\]（office\/empty-phrases）\.kind/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
