import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, loadBuiltinRules } from '../../src/engine/builtin-rules.js';
import { ROOT } from '../helpers/cli.js';

/** The corpus rules each have a Chinese doc page and at least three flagged fixtures and three traps. */
const CORPUS_RULES = [
  'legal-basis/repealed-citation',
  'legal-basis/unknown-citation',
  'legal-basis/article-not-found',
  'conflict/corpus',
  'conflict/duplicate',
];

describe.each(CORPUS_RULES)('%s', (id) => {
  it('is registered, says it needs the corpus, and has its doc page', async () => {
    expect(Object.keys(BUILTIN_RULES)).toContain(id);
    const rule = (await loadBuiltinRules()).find((r) => r.id === id)!;
    expect(rule.meta.needsCorpus).toBe(true);
    const page = readFileSync(join(ROOT, 'rules', `${id}.md`), 'utf8');
    expect(page.startsWith(`# ${id}　`)).toBe(true);
    for (const section of ['## 检查内容', '## 为什么', '## 法律依据', '## 错误示例', '## 正确示例']) expect(page, section).toContain(section);
  });

  it('has at least three flagged fixtures and three traps, each with its expectations', () => {
    const dir = join(ROOT, 'fixtures', 'rules', id);
    const sources = readdirSync(dir).filter((n) => n.endsWith('.md'));
    expect(sources.filter((n) => n.startsWith('flagged-')).length).toBeGreaterThanOrEqual(3);
    expect(sources.filter((n) => n.startsWith('trap-')).length).toBeGreaterThanOrEqual(3);
    for (const n of sources) {
      const base = join(dir, n.slice(0, -3));
      expect(existsSync(`${base}.expect.json`), n).toBe(true);
      const expected = JSON.parse(readFileSync(`${base}.expect.json`, 'utf8')).expect as unknown[];
      if (n.startsWith('flagged-')) expect(expected.length, n).toBeGreaterThan(0);
      else expect(expected, n).toEqual([]);
    }
  });
});
