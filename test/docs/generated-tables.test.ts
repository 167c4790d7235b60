/**
 * The rule table (docs/rules.md) and the error-code table (docs/error-codes.md)
 * are written by `npm run docs` from the rule registry and ERROR_CODES
 * (scripts/lib/doc-tables.mjs). A page that differs from what it would write
 * is stale and fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillGenerated, GENERATED_PAGES, renderErrorTable } from '../../scripts/lib/doc-tables.mjs';
import { BUILTIN_RULES } from '../../src/engine/builtin-rules.js';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules } from '../../src/engine/registry.js';
import { ERROR_CODES } from '../../src/errors.js';
import { PACKAGE_ROOT } from '../../src/package-info.js';

const read = (path: string): string => readFileSync(join(PACKAGE_ROOT, path), 'utf8');
const rules = await loadAllRules(validateConfig({}, null, PACKAGE_ROOT));
const rowsOf = (page: string): string[] => page.split('\n').filter((l) => l.startsWith('| '));

describe('generated tables', () => {
  it.each(GENERATED_PAGES.map((p) => [p.path, p] as const))('%s is up to date', (path, { name, render }) => {
    const page = read(path);
    expect(page, `${path} is stale: run npm run docs`).toBe(fillGenerated(page, name, render({ rules, codes: ERROR_CODES })));
  });

  it('the error-code table gives every code its exit code, meaning and remedy', () => {
    const rows = rowsOf(read('docs/error-codes.md'));
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      const row = rows.find((l) => l.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      expect(row).toContain(info.meaning);
      expect(row).toContain(info.remedy);
      expect(row).toContain(`| ${info.scope === 'file' ? '1' : info.scope === 'tool' ? '2' : '—'} |`);
    }
  });

  it('the rule table lists every built-in rule and term-list rule, linked to its page', () => {
    const rows = rowsOf(read('docs/rules.md'));
    const ids = [...Object.keys(BUILTIN_RULES), ...rules.filter((r) => r.meta.source).map((r) => r.id)];
    expect(ids).toContain('content/outdated-agency');
    for (const id of ids) {
      const row = rows.find((l) => l.startsWith(`| [\`${id}\`](../rules/${id}.md) |`));
      expect(row, id).toBeDefined();
      expect(existsSync(join(PACKAGE_ROOT, 'rules', `${id}.md`)), id).toBe(true);
    }
  });

  it('keeps the prose around a table and notices a row that is missing or changed', () => {
    const page = 'before\n<!-- generated: error-codes -->\nold\n<!-- /generated -->\nafter\n';
    const table = renderErrorTable({ E_X: { meaning: '含义 | 竖线', remedy: '办法', scope: 'notice' } });
    const filled = fillGenerated(page, 'error-codes', table);
    expect(filled).toBe(
      'before\n<!-- generated: error-codes -->\n| 代码 | 退出码 | 含义 | 处理办法 |\n| --- | --- | --- | --- |\n| `E_X` | — | 含义 \\| 竖线 | 办法 |\n<!-- /generated -->\nafter\n',
    );
    expect(fillGenerated(filled, 'error-codes', table)).toBe(filled);
    const stale = filled.replace('| `E_X` | — | 含义 \\| 竖线 | 办法 |\n', '');
    expect(fillGenerated(stale, 'error-codes', table)).not.toBe(stale);
    expect(() => fillGenerated('no markers', 'rules', table)).toThrow(/found 0/);
    expect(() => fillGenerated(page + page, 'error-codes', table)).toThrow(/found 2/);
  });
});
