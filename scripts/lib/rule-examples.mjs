// The 错误示例 / 正确示例 of a rule page are fixtures, shown as the tool reads and judges them.
//
// A page names its examples with markers; `npm run docs` fills in what lies between them from
// fixtures/rules/<rule id>/<name>.md — the document, one paragraph per line, and what the rule
// reports on it (address and message), or that it reports nothing — by running the rule on the
// fixture as the fixture runner does. test/rules/rule-examples.test.ts fails when a page differs
// from what this would write (learnt from remark-lint's @example and ESLint's check-rule-examples).
//
//   <!-- example: flagged-six-years -->
//   …generated…
//   <!-- /example -->
//
// Prose around the markers (what an example shows, why a trap is not a fault) stays as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExpectations } from '../../fixtures/lib/expectations.mjs';

const MARKER_RE = /<!-- example: ([a-z0-9-]+) -->\n[\s\S]*?<!-- \/example -->|<!-- example: ([a-z0-9-]+) -->/g;
const SEVERITY = { error: '错误', warning: '警告', info: '提示' };

/** The example names a page uses, in order, with the section each is in. */
export function pageExamples(page) {
  const out = [];
  for (const m of page.matchAll(MARKER_RE)) {
    const before = page.slice(0, m.index);
    const section = [...before.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? '';
    out.push({ name: m[1] ?? m[2], section });
  }
  return out;
}

/** The fixture's document as a reader sees its paragraphs: comments dropped, one paragraph per line. */
export function fixtureText(markdown) {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).join(''))
    .filter(Boolean)
    .map((p) => p.replace(/^#+\s+/, ''))
    .join('\n');
}

/** The block between one example's markers. */
export function renderExample(name, text, findings) {
  const fence = text.includes('```') ? '````' : '```';
  const lines = [`<!-- example: ${name} -->`, `${fence}text`, text, fence, ''];
  if (findings.length === 0) lines.push('本规则不报告问题。');
  else {
    lines.push('本规则报告：', '');
    for (const f of findings) lines.push(`- ${f.location.address}（${SEVERITY[f.severity]}）：${f.message}`);
  }
  lines.push('<!-- /example -->');
  return lines.join('\n');
}

/**
 * Make a runner of fixtures from the engine's modules (dist/ for the script, the TypeScript sources
 * for the test): the fixture's own rules, options and review date, the rule's findings only.
 */
export function fixtureRunner({ validateConfig, loadAllRules, resolveRules, auditFile }) {
  let all;
  return async (ruleId, file) => {
    const config = validateConfig({}, null, process.cwd());
    all ??= await loadAllRules(config);
    const spec = parseExpectations(readFileSync(file, 'utf8'));
    const ids = spec.rules ?? [ruleId];
    const settings = Object.fromEntries(ids.map((id) => [id, { severity: all.find((r) => r.id === id)?.meta.severity ?? 'error', options: spec.options, explicit: false }]));
    const rules = resolveRules(all, { ...config, rules: settings }, ids);
    const { result } = await auditFile(file, rules, { asOf: spec.asOf ?? '2026-11-27', limits: config.limits, settings: {} });
    if (result.status !== 'ok') throw new Error(`${file}: ${result.error?.code} ${result.error?.message}`);
    return result.findings.filter((f) => f.ruleId === ruleId);
  };
}

/** The page with every example block written from its fixture. */
export async function renderRulePage(page, ruleId, fixturesDir, run) {
  let out = '';
  let last = 0;
  for (const m of page.matchAll(MARKER_RE)) {
    const name = m[1] ?? m[2];
    const file = join(fixturesDir, 'rules', ruleId, `${name}.md`);
    let markdown;
    try {
      markdown = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${ruleId}: the page names example "${name}", but ${file} does not exist`);
    }
    out += page.slice(last, m.index) + renderExample(name, fixtureText(markdown), await run(ruleId, file));
    last = m.index + m[0].length;
  }
  return out + page.slice(last);
}
