import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules } from '../../src/engine/registry.js';
import { PACKAGE_ROOT } from '../../src/package-info.js';
import { formatChineseDate } from '../../src/zh/dates.js';

/**
 * ESLint's checkRuleFiles, for us: every rule the tool ships (code modules and
 * the term rules in rules/data/) has a Chinese doc page with the standard
 * sections, and fixtures that show it firing and staying quiet.
 */
const SECTIONS = ['## 检查内容', '## 为什么', '## 法律依据', '## 适用范围', '## 错误示例', '## 正确示例', '## 选项'];

describe('every shipped rule has its doc page and fixtures', async () => {
  const rules = await loadAllRules(validateConfig({}, null, process.cwd()));

  it.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const page = join(PACKAGE_ROOT, rule.meta.docs ?? `rules/${id}.md`);
    expect(existsSync(page), `${id}: doc page ${page} is missing`).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${id}`), `${id}: the page starts with "# ${id}"`).toBe(true);
    for (const s of SECTIONS) expect(text, `${id}: section ${s}`).toContain(s);
    // The page states where the rule applies with the same kinds and dates the rule declares.
    const scope = text.slice(text.indexOf('## 适用范围'), text.indexOf('## 错误示例'));
    for (const a of [rule.meta.applies ?? []].flat()) {
      if (a.from) expect(scope, `${id}: the scope names its start ${a.from}`).toContain(formatChineseDate(a.from));
      for (const kind of a.kinds ?? []) if (a.kinds!.length <= 6) expect(scope, `${id}: the scope names ${kind}`).toContain(kind);
      if (a.regions) for (const region of a.regions) expect(scope, `${id}: the scope names ${region}`).toContain(region);
    }
    // Rules across documents are shown on small libraries: one folder per case (fixtures/library/README.md).
    const library = rule.meta.scope === 'library';
    const dir = join(PACKAGE_ROOT, 'fixtures', library ? 'library' : 'rules', id);
    const cases = existsSync(dir) ? readdirSync(dir).filter((n) => (library ? !n.includes('.') : n.endsWith('.md'))) : [];
    expect(cases.filter((n) => n.startsWith('flagged-')).length, `${id}: flagged fixtures`).toBeGreaterThanOrEqual(3);
    expect(cases.filter((n) => n.startsWith('trap-')).length, `${id}: trap fixtures`).toBeGreaterThanOrEqual(3);
  });
});
