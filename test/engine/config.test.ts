import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, findConfigFile, loadConfig, stripJsonComments, validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';

describe('config', () => {
  it('accepts the three ways of setting a rule', () => {
    const c = validateConfig(
      { rules: { 'validity/missing': 'warn', 'numbering/document-number': ['error', { checkCited: false }], 'numbering/registration-number': { options: { stage: 'final' } } } },
      null,
      '/tmp',
    );
    expect(c.rules['validity/missing']).toEqual({ severity: 'warning', explicit: true });
    expect(c.rules['numbering/document-number']).toEqual({ severity: 'error', options: { checkCited: false }, explicit: true });
    expect(c.rules['numbering/registration-number']).toEqual({ severity: undefined, options: { stage: 'final' }, explicit: false });
  });

  it('options alone keep the rule default severity and per-finding severities', async () => {
    const c = validateConfig({ rules: { 'numbering/registration-number': { options: { stage: 'final' } } } }, null, '/tmp');
    const active = resolveRules(await loadAllRules(c), c).find((r) => r.rule.id === 'numbering/registration-number')!;
    expect(active.explicit).toBe(false);
    expect(active.severity).toBe(active.rule.meta.severity);
    expect(active.options).toMatchObject({ stage: 'final' });
  });

  it('finds the nearest config upward and strips JSON comments and trailing commas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-cfg-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, '.hrss-auditrc.yaml'), 'rules: {}\n');
    writeFileSync(join(dir, 'a', 'hrss-audit.config.json'), '{}');
    expect(findConfigFile(join(dir, 'a', 'b'))).toBe(join(dir, 'a', 'hrss-audit.config.json'));
    expect(JSON.parse(stripJsonComments('{ // 注释\n "a": "http://x", /* b */ "b": [1,], }'))).toEqual({ a: 'http://x', b: [1] });
  });

  it('resolves relative paths against the config file and merges limits with defaults', () => {
    const c = validateConfig({ plugins: ['./rules/x.mjs', 'some-package'], termFiles: ['terms'], corpus: 'db/c.db', limits: { maxPdfPages: 10 } }, '/office/hrss-audit.config.json', '/office');
    expect(c.plugins).toEqual(['/office/rules/x.mjs', 'some-package']);
    expect(c.termFiles).toEqual(['/office/terms']);
    expect(c.corpus).toBe('/office/db/c.db');
    expect(c.limits.maxPdfPages).toBe(10);
    expect(c.limits.maxFileBytes).toBeGreaterThan(0);
  });

  it('without a config file gives exactly what validating an empty config gives, without loading the schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-noconfig-'));
    expect(JSON.stringify(defaultConfig(dir))).toBe(JSON.stringify(validateConfig({}, null, dir)));
    expect(defaultConfig(dir)).toEqual(validateConfig({}, null, dir));
    expect(await loadConfig({ cwd: dir })).toEqual(validateConfig({}, null, dir));
    // Each call gets its own limits object: a run that changes its limits (--timeout) changes no other run's.
    expect(defaultConfig(dir).limits).not.toBe(defaultConfig(dir).limits);
  });
});
