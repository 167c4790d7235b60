/**
 * An office's own rule, as an office would write it: the package is packed
 * (npm pack, the files a user installs) and unpacked into a project's
 * node_modules; the rule imports `hrss-audit/rule-kit`, is named in the
 * config's plugins and runs through the CLI; its TypeScript twin compiles
 * against the shipped type declarations (a misspelt messageId does not); and
 * its tests run under node:test with RuleTester.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const project = mkdtempSync(join(tmpdir(), 'hrss-office-'));
const installed = join(project, 'node_modules', 'hrss-audit');
const bin = join(installed, 'bin', 'hrss-audit.js');

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { cwd, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: undefined } as NodeJS.ProcessEnv },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as NodeJS.ErrnoException & { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const RULE = `import { defineRule, findInBlock } from 'hrss-audit/rule-kit';

export default defineRule({
  id: 'office/no-boilerplate',
  meta: {
    severity: 'warning',
    description: '不用“认真贯彻执行”等套话',
    basis: '本厅公文写作规范',
    messages: { found: '“{{text}}”为套话，建议删去。' },
  },
  create(context) {
    const doc = context.document;
    for (const block of doc.source.blocks) {
      const span = findInBlock(doc, block.index, '认真贯彻执行');
      if (span) context.report({ messageId: 'found', data: { text: '认真贯彻执行' }, span });
    }
  },
});
`;

const DRAFT = `# 湖南省就业见习管理办法

第一条 为了规范就业见习工作，根据《中华人民共和国就业促进法》，制定本办法。

第二条 各地要认真贯彻执行本办法。

第三条 本办法自2025年7月1日起施行，有效期5年。
`;

beforeAll(async () => {
  // npm pack lists the package's files exactly as npm publish would; --ignore-scripts: the tree is already built.
  const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], ROOT);
  expect(pack.code, pack.stderr).toBe(0);
  const tarball = join(project, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0].filename);
  mkdirSync(installed, { recursive: true });
  const untar = await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], project);
  expect(untar.code, untar.stderr).toBe(0);
  // The package's own dependencies, as npm install would have put them beside it.
  symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'), 'junction');
  mkdirSync(join(project, '本厅规则'));
  writeFileSync(join(project, '本厅规则', 'no-boilerplate.mjs'), RULE);
  writeFileSync(join(project, 'hrss-audit.config.json'), JSON.stringify({ plugins: ['./本厅规则/no-boilerplate.mjs'] }));
  writeFileSync(join(project, '草案.md'), DRAFT);
}, 300_000);

describe('an office rule importing hrss-audit/rule-kit', () => {
  it('the packed package has the entry points and their type declarations', () => {
    const files = readdirSync(join(installed, 'dist', 'src'));
    expect(files).toEqual(expect.arrayContaining(['rule-kit.js', 'rule-kit.d.ts']));
    // Messages and the README point users at docs/ pages (文件画像, 词表文件): they ship with the package.
    expect(readdirSync(join(installed, 'docs'))).toEqual(expect.arrayContaining(['profile.md', 'configuration.md', 'error-codes.md', 'adding-a-rule.md']));
  });

  it("runs through the CLI from the config's plugins", async () => {
    const r = await runCli(['check', '草案.md', '--rule', 'office/no-boilerplate', '-f', 'json', '--as-of', '2026-11-27'], { cwd: project });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout).documents[0].findings;
    expect(findings.map((f: { ruleId: string; location: { address: string }; message: string }) => [f.ruleId, f.location.address, f.message])).toEqual([
      ['office/no-boilerplate', '第二条', '“认真贯彻执行”为套话，建议删去。'],
    ]);
  });

  it("runs through the installed package's own CLI too", async () => {
    const r = await run(process.execPath, [bin, 'check', '草案.md', '-f', 'json', '--as-of', '2026-11-27'], project);
    expect(r.stderr).toBe('');
    const ids = JSON.parse(r.stdout).documents[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('office/no-boilerplate');
  });

  it('compiles as TypeScript against the shipped declarations, and a misspelt messageId does not', async () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['typed-rule.ts'],
      }),
    );
    const good = RULE.replace('create(context) {', 'create(context) {\n    const options: unknown = context.options;\n    void options;');
    writeFileSync(join(project, 'typed-rule.ts'), good);
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const ok = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    writeFileSync(join(project, 'typed-rule.ts'), good.replace("messageId: 'found'", "messageId: 'fonud'"));
    const bad = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toContain(`Type '"fonud"' is not assignable to type '"found"'`);
  }, 300_000);

  it('is tested with RuleTester under node:test, which fails a wrong expectation', async () => {
    const test = (address: string) => `import { describe, it } from 'node:test';
import { RuleTester } from 'hrss-audit/rule-kit';
import rule from './本厅规则/no-boilerplate.mjs';
import { readFileSync } from 'node:fs';

RuleTester.describe = describe;
RuleTester.it = it;
const code = readFileSync(new URL('./草案.md', import.meta.url), 'utf8');
new RuleTester().run('office/no-boilerplate', rule, {
  valid: [code.replace('认真贯彻执行', '执行')],
  invalid: [{ code, errors: [{ address: '${address}', messageId: 'found', data: { text: '认真贯彻执行' } }] }],
});
`;
    writeFileSync(join(project, 'rule.test.mjs'), test('第二条'));
    const pass = await run(process.execPath, ['--test', 'rule.test.mjs'], project);
    expect(pass.stdout).toMatch(/# pass 2\b/);
    expect(pass.code, pass.stdout + pass.stderr).toBe(0);
    writeFileSync(join(project, 'rule.test.mjs'), test('第三条'));
    const fail = await run(process.execPath, ['--test', 'rule.test.mjs'], project);
    expect(fail.code).not.toBe(0);
    expect(fail.stdout).toContain('第 1 个问题应在“第三条”，实际在“第二条”');
  }, 300_000);
});
