import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import { auditLibrary } from '../../src/library/batch.js';
import { createProgress } from '../../src/library/progress.js';

/**
 * One runner for the fixtures of the rules across documents: each case
 * folder is audited as one library and the findings of the rule under test
 * are compared, exactly, with its expect.json (see fixtures/library/README.md).
 */
const ROOT = fileURLToPath(new URL('../../fixtures/library/', import.meta.url));
const sink = { write: () => true } as unknown as NodeJS.WritableStream;

function cases(): Array<{ id: string; name: string; dir: string }> {
  const out = [];
  for (const group of readdirSync(ROOT).filter((n) => !n.includes('.'))) {
    for (const rule of readdirSync(join(ROOT, group))) {
      for (const name of readdirSync(join(ROOT, group, rule)).sort()) out.push({ id: `${group}/${rule}`, name, dir: join(ROOT, group, rule, name) });
    }
  }
  return out;
}

describe('fixtures of the rules across documents', async () => {
  const config = validateConfig({}, null, ROOT);
  const rules = resolveRules(await loadAllRules(config), config);
  const all = cases();

  it('found the fixtures of every library rule', () => {
    expect(new Set(all.map((c) => c.id))).toEqual(new Set(rules.filter((r) => r.rule.meta.scope === 'library').map((r) => r.rule.id)));
  });

  it.each(all.map((c) => [`${c.id}/${c.name}`, c] as const))('%s', async (_label, { id, name, dir }) => {
    expect(existsSync(join(dir, 'expect.json')), `${dir}/expect.json`).toBe(true);
    const spec = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as { asOf: string; expect: string[] };
    if (name.startsWith('flagged-')) expect(spec.expect.length).toBeGreaterThan(0);
    if (name.startsWith('trap-')) expect(spec.expect).toEqual([]);
    const { results } = await auditLibrary({
      cwd: dir,
      paths: ['.'],
      config,
      rules,
      asOf: spec.asOf,
      jobs: 1,
      cacheLocation: null,
      corpusPath: null,
      progress: createProgress(sink, true),
      stderr: sink,
    });
    const withSeverity = spec.expect.some((e) => / (error|warning|info)$/.test(e));
    const actual = results
      .flatMap((d) => d.findings.filter((f) => f.ruleId === id).map((f) => `${d.path}@${f.location.address}${withSeverity ? ` ${f.severity}` : ''}`))
      .sort();
    const detail = results.flatMap((d) => d.findings.filter((f) => f.ruleId === id).map((f) => `${d.path}@${f.location.address}: ${f.message}`)).join('\n');
    expect(actual, detail).toEqual([...spec.expect].sort());
  });
});
