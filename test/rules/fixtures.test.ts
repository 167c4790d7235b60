import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../src/engine/audit.js';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import { sharedCorpusProvider } from '../helpers/corpus.js';

/**
 * One runner for every rule fixture, in every format: the Markdown source
 * carries its expected findings (<!-- expect: rule@address -->), the
 * generated .docx/.pdf/.doc/.ofd share them through the .expect.json sidecar. The
 * comparison is exact: a missing or an extra finding fails.
 */
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const DEFAULT_AS_OF = '2026-11-27';

interface Spec {
  source: string;
  expect: Array<{ ruleId: string; address: string; severity?: string }>;
  rules?: string[];
  asOf?: string;
  options?: Record<string, unknown>;
  variants?: string[];
  formats: string[];
  /** 'shared': check against the shared reference corpus; absent: the built-in registry only. */
  corpus?: 'shared';
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.expect.json') ? [p] : [];
  });
}

export function fixtureCases(): Array<{ name: string; file: string; spec: Spec; ruleIds: string[] | undefined }> {
  const cases = [];
  for (const sidecar of [...walk(join(FIXTURES, 'rules')), ...walk(join(FIXTURES, 'clean')), ...walk(join(FIXTURES, 'parity'))].sort()) {
    const spec = JSON.parse(readFileSync(sidecar, 'utf8')) as Spec;
    const base = sidecar.slice(0, -'.expect.json'.length);
    const rel = relative(FIXTURES, base);
    // fixtures/rules/<group>/<name>/case → rule id group/name; clean and parity fixtures run every rule.
    const parts = rel.split(/[\\/]/);
    const ruleIds = spec.rules ?? (parts[0] === 'rules' ? [`${parts[1]}/${parts[2]}`] : undefined);
    const files: string[] = [];
    if (spec.formats.includes('md')) files.push(`${base}.md`);
    if (spec.formats.includes('docx')) for (const v of spec.variants ?? ['plain']) files.push(`${base}${v === 'plain' ? '' : `.${v}`}.docx`);
    if (spec.formats.includes('pdf')) files.push(`${base}.pdf`);
    // A .doc is converted from each .docx variant (automatic numbering and tracked changes survive); an .ofd is laid out from the Markdown.
    if (spec.formats.includes('doc')) for (const v of spec.variants ?? ['plain']) files.push(`${base}${v === 'plain' ? '' : `.${v}`}.doc`);
    if (spec.formats.includes('ofd')) files.push(`${base}.ofd`);
    for (const file of files) cases.push({ name: relative(FIXTURES, file), file, spec, ruleIds });
  }
  return cases;
}

const cases = fixtureCases();

describe('rule fixtures (every format)', async () => {
  const config = validateConfig({}, null, process.cwd());
  const all = await loadAllRules(config);

  it('found fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  // Each case named in full (it.each would cut a long path short, hiding which fixture and format failed).
  for (const { name, file, spec, ruleIds } of cases)
    it(name, async () => {
      expect(existsSync(file), `${file} is missing: run node fixtures/make-fixtures.mjs`).toBe(true);
      const rules = resolveRules(
        all,
        {
          ...config,
          rules: Object.fromEntries(
            (ruleIds ?? []).map((id) => [id, { severity: all.find((r) => r.id === id)?.meta.severity ?? 'error', options: spec.options, explicit: false }]),
          ),
        },
        ruleIds,
      );
      const corpus = spec.corpus === 'shared' ? await sharedCorpusProvider() : undefined;
      const { result } = await auditFile(file, rules, { asOf: spec.asOf ?? DEFAULT_AS_OF, limits: config.limits, settings: {}, corpus });
      expect(result.error).toBeNull();
      const withSeverity = new Set(spec.expect.filter((e) => e.severity).map((e) => `${e.ruleId}@${e.address}`));
      const actual = result.findings
        .map((f) => `${f.ruleId}@${f.location.address}${withSeverity.has(`${f.ruleId}@${f.location.address}`) ? ` ${f.severity}` : ''}`)
        .sort();
      const expected = spec.expect.map((e) => `${e.ruleId}@${e.address}${e.severity ? ` ${e.severity}` : ''}`).sort();
      expect(actual, result.findings.map((f) => `${f.ruleId}@${f.location.address}: ${f.message}`).join('\n')).toEqual(expected);
    });
});
