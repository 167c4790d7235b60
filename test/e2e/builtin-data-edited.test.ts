import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/library.js';

/**
 * The build stores the built-in data validated, stamped with its source
 * files (src/io/source-stamp.ts); a check trusts the stored copy after one
 * stat. A legal office that edits the shipped registry or a term file
 * without rebuilding must still get checks by the edited file: here, in a
 * copy of the installed tool, as a process.
 */
function installedCopy(): string {
  const dir = tempDir('hrss-edited-');
  for (const part of ['bin', 'dist', 'data', 'rules', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const DRAFT = `# 湖南省人力资源和社会保障厅关于规范行政强制措施的通知

各市州人力资源和社会保障局：

第一条 为了规范行政强制措施的实施，根据《中华人民共和国行政强制法》，结合本省实际，制定本通知。

第二条 本通知由劳动保障部负责解释。

第三条 本通知自2026年1月1日起施行，有效期5年。

湖南省人力资源和社会保障厅

2025年12月1日
`;

function ruleIds(dir: string): string[] {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const r = spawnSync(process.execPath, [join(dir, 'bin/hrss-audit.js'), 'check', 'draft.md', '-f', 'json', '--as-of', '2026-11-27'], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { documents: Array<{ findings: Array<{ ruleId: string }> }> }).documents.flatMap((d) => d.findings.map((f) => f.ruleId));
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('built-in data edited after the build', () => {
  it('an edited law registry and term file are read from their YAML, not from the stored copy', () => {
    const dir = installedCopy();
    writeFileSync(join(dir, 'draft.md'), DRAFT);
    const before = ruleIds(dir);
    expect(before).toContain('content/outdated-agency');
    expect(before).not.toContain('legal-basis/repealed-citation');

    // The registry now says the cited law is repealed; the term file no longer lists 劳动保障部.
    edit(
      join(dir, 'data/law-registry.yaml'),
      '    promulgated: 2011-06-30\n    status: 现行有效',
      '    promulgated: 2011-06-30\n    status: 已废止\n    repealed: 2020-01-01',
    );
    edit(join(dir, 'rules/data/outdated-agencies.yaml'), '          - 劳动保障部(?!门)\n', '');
    const after = ruleIds(dir);
    expect(after).toContain('legal-basis/repealed-citation');
    expect(after).not.toContain('content/outdated-agency');
  });
});
