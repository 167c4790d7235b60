/**
 * Rule pages show fixtures as their 错误示例 and 正确示例, with what the rule
 * reports on each, written by `npm run docs` (scripts/lib/rule-examples.mjs).
 * A page whose examples no longer match what the rule does is stale and
 * fails here; an 错误示例 must be reported, a 正确示例 must not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRunner, pageExamples, renderRulePage } from '../../scripts/lib/rule-examples.mjs';
import { auditFile } from '../../src/engine/audit.js';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import { auditLibrary } from '../../src/library/batch.js';
import { createProgress } from '../../src/library/progress.js';
import { PACKAGE_ROOT } from '../../src/package-info.js';
import { sharedCorpusProvider } from '../helpers/corpus.js';

const rules = await loadAllRules(validateConfig({}, null, PACKAGE_ROOT));
const run = fixtureRunner({ validateConfig, loadAllRules, resolveRules, auditFile, sharedCorpus: sharedCorpusProvider, auditLibrary, createProgress });

function section(page: string, heading: string): string {
  const start = page.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = page.indexOf('\n## ', start + 3);
  return page.slice(start, end < 0 ? undefined : end);
}

describe('rule pages show their fixtures as examples', () => {
  // Every built-in rule, library/* too (their examples are the case folders of fixtures/library/).
  const generated = rules.filter((r) => r.meta.docs);

  it('every built-in rule has a page checked here', () => {
    expect(generated.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(generated.length).toBeGreaterThanOrEqual(27);
  });

  it('a fixture that asks for the shared corpus is run against it, or fails saying the runner has none', async () => {
    const file = join(PACKAGE_ROOT, 'fixtures/rules/legal-basis/article-not-found/flagged-clause-and-item.md');
    const withCorpus = await run('legal-basis/article-not-found', file);
    // Clause and item counts come only from the corpus text: without it the rule would find nothing here.
    expect(withCorpus.map((f) => f.location.address)).toEqual(['第二条', '第三条']);
    const without = fixtureRunner({ validateConfig, loadAllRules, resolveRules, auditFile });
    await expect(without('legal-basis/article-not-found', file)).rejects.toThrow(/asks for the shared corpus/);
  });

  it('fills a new marker without taking in the example after it', async () => {
    const fixtures = join(PACKAGE_ROOT, 'fixtures');
    const page = [
      '## 错误示例',
      '',
      '<!-- example: flagged-effective-without-validity -->',
      '',
      '<!-- example: flagged-no-effective-clause -->',
      '```text',
      'stale',
      '```',
      '<!-- /example -->',
      '',
    ].join('\n');
    expect(pageExamples(page).map((e) => e.name)).toEqual(['flagged-effective-without-validity', 'flagged-no-effective-clause']);
    const out = await renderRulePage(page, 'validity/missing', fixtures, run);
    expect(pageExamples(out).map((e) => e.name)).toEqual(['flagged-effective-without-validity', 'flagged-no-effective-clause']);
    expect(out).not.toContain('stale');
    expect(out.match(/<!-- \/example -->/g)).toHaveLength(2);
  });

  it.each(generated.map((r) => [r.id, r] as const))('%s', async (id, rule) => {
    const path = join(PACKAGE_ROOT, rule.meta.docs!);
    const page = readFileSync(path, 'utf8');
    const examples = pageExamples(page);
    // Only generated examples in the two sections: no hand-written block that nothing checks.
    for (const heading of ['错误示例', '正确示例']) {
      expect(examples.filter((e) => e.section === heading).length, `${id}: ${heading}`).toBeGreaterThanOrEqual(1);
      expect(section(page, heading).replace(/<!-- example: [\s\S]*?<!-- \/example -->/g, ''), `${id}: ${heading} has a hand-written block`).not.toContain(
        '```',
      );
    }
    const expected = await renderRulePage(page, id, join(PACKAGE_ROOT, 'fixtures'), run);
    expect(page, `${rule.meta.docs} is stale: run npm run docs`).toBe(expected);
    for (const e of examples) {
      const reported = section(page, e.section).split(`<!-- example: ${e.name} -->`)[1].split('<!-- /example -->')[0];
      if (e.section === '错误示例') expect(reported, `${id} ${e.name}`).toContain('本规则报告：');
      else expect(reported, `${id} ${e.name}`).toContain('本规则不报告问题。');
    }
  });
});
