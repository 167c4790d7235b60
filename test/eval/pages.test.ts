import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules } from '../../src/engine/registry.js';
import { PACKAGE_ROOT } from '../../src/package-info.js';
import { casesHash } from '../../eval/lib/cases.mjs';
import { committedSets, committedSetsHash } from '../../eval/lib/formats.mjs';
import { BEGIN, END, renderSection } from '../../eval/lib/pages.mjs';

/**
 * Each measured rule's doc page shows its figures from the last `npm run eval`
 * (eval/results.json), and that run measured the current cases and the
 * current version of each rule. When this fails, run `npm run build && npm run eval`.
 */
const results = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'eval', 'results.json'), 'utf8')) as {
  casesHash: string;
  setsHash: string;
  ruleVersions: Record<string, number>;
  sets: Record<string, { ruleIds: string[]; formats: Record<string, { perRule: Record<string, unknown> }> }>;
};

describe('rule pages show the figures of the last evaluation', async () => {
  const rules = await loadAllRules(validateConfig({}, null, process.cwd()));
  const measured = [...new Set(Object.values(results.sets).flatMap((s) => s.ruleIds))].filter((id) => rules.some((r) => r.id === id));

  it('measured the shared sets, the committed sets and the own set in every format, on the current cases', () => {
    const setsDir = join(PACKAGE_ROOT, 'eval', 'sets');
    expect(committedSets(setsDir).length).toBeGreaterThan(0);
    for (const { name } of committedSets(setsDir)) expect(Object.keys(results.sets)).toContain(name);
    expect(results.setsHash, 'a set in eval/sets changed since the last npm run eval').toBe(committedSetsHash(setsDir));
    expect(Object.keys(results.sets)).toContain('own');
    expect(Object.keys(results.sets).some((s) => s.startsWith('set-'))).toBe(true);
    for (const set of Object.values(results.sets)) expect(Object.keys(set.formats).sort()).toEqual(['docx', 'md', 'pdf']);
    expect(results.casesHash, 'the cases changed since the last npm run eval').toBe(casesHash());
  });

  it.each(measured)('%s', (id) => {
    const rule = rules.find((r) => r.id === id)!;
    expect(results.ruleVersions[id], `${id} changed (meta.version) since the last npm run eval`).toBe(rule.meta.version ?? 1);
    const page = join(PACKAGE_ROOT, rule.meta.docs ?? `rules/${id}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    const section = renderSection(id, results);
    expect(section).not.toBeNull();
    expect(text.slice(text.indexOf(BEGIN), text.indexOf(END) + END.length), `${id}: run npm run eval to refresh the page`).toBe(section);
  });
});
