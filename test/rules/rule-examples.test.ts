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
import { PACKAGE_ROOT } from '../../src/package-info.js';

/**
 * Pages whose examples are still written by hand. Their rules are being rewritten (issue 12: content/*,
 * conflict/*, legal-basis/unknown-citation) or need the shared corpus or a library of files; they move
 * to generated examples in phase B of issue 13.
 */
const HAND_WRITTEN = new Set([
  'conflict/corpus', 'conflict/duplicate',
  'content/certification', 'content/discrimination', 'content/fair-competition', 'content/outdated-agency', 'content/ultra-vires',
  'legal-basis/article-not-found', 'legal-basis/missing', 'legal-basis/repealed-citation', 'legal-basis/unknown-citation',
  'library/cites-inactive', 'library/duplicate-number', 'library/expired', 'library/expiring',
]);

const rules = await loadAllRules(validateConfig({}, null, PACKAGE_ROOT));
const run = fixtureRunner({ validateConfig, loadAllRules, resolveRules, auditFile });

function section(page: string, heading: string): string {
  const start = page.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = page.indexOf('\n## ', start + 3);
  return page.slice(start, end < 0 ? undefined : end);
}

describe('rule pages show their fixtures as examples', () => {
  const generated = rules.filter((r) => !HAND_WRITTEN.has(r.id) && !r.meta.source);

  it('the pages left for phase B are real rules, and every other page is generated', () => {
    for (const id of HAND_WRITTEN) expect(rules.some((r) => r.id === id), id).toBe(true);
    expect(generated.length).toBeGreaterThanOrEqual(11);
  });

  it.each(generated.map((r) => [r.id, r] as const))('%s', async (id, rule) => {
    const path = join(PACKAGE_ROOT, rule.meta.docs!);
    const page = readFileSync(path, 'utf8');
    const examples = pageExamples(page);
    // Only generated examples in the two sections: no hand-written block that nothing checks.
    for (const heading of ['错误示例', '正确示例']) {
      expect(examples.filter((e) => e.section === heading).length, `${id}: ${heading}`).toBeGreaterThanOrEqual(1);
      expect(section(page, heading).replace(/<!-- example: [\s\S]*?<!-- \/example -->/g, ''), `${id}: ${heading} has a hand-written block`).not.toContain('```');
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
