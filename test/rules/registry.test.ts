import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { BUILTIN_RULES, loadBuiltinRules } from '../../src/engine/builtin-rules.js';
import { isRuleDefinition } from '../../src/engine/rule.js';
import { parseExpectations } from '../../fixtures/lib/expectations.mjs';

/**
 * The three parallel trees stay in step (as ESLint's checkRuleFiles does):
 * every built-in rule has its module, its Chinese doc page with the required
 * sections, and fixtures with at least three flagged and three trap cases;
 * every rule module under rules/ is registered.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SECTIONS = ['检查内容', '为什么', '法律依据', '错误示例', '正确示例', '选项'];
const ids = Object.keys(BUILTIN_RULES).sort();

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

describe('built-in rule registry', async () => {
  const rules = await loadBuiltinRules();

  it('loads every registered rule under the id it is registered with', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(ids);
  });

  it('registers every rule module under rules/, at the path its id names', async () => {
    const modules = walk(join(ROOT, 'rules'), '.ts').filter((p) => !p.endsWith('.d.ts'));
    const unregistered: string[] = [];
    for (const file of modules) {
      const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
      if (!isRuleDefinition(mod.default)) continue;
      const id = mod.default.id;
      expect(relative(ROOT, file).replace(/\\/g, '/'), `module of ${id}`).toBe(`rules/${id}.ts`);
      if (!(id in BUILTIN_RULES)) unregistered.push(id);
    }
    expect(unregistered, 'add these to src/engine/builtin-rules.ts').toEqual([]);
  });

  describe.each(ids)('%s', (id) => {
    const rule = () => rules.find((r) => r.id === id)!;

    it('has a Chinese doc page with the required sections and its options', () => {
      const page = join(ROOT, rule().meta.docs ?? `rules/${id}.md`);
      expect(existsSync(page), `${relative(ROOT, page)} is missing`).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.split('\n')[0]).toMatch(new RegExp(`^# ${id.replace('/', '\\/')}[　 ]\\S`));
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
      for (const section of SECTIONS) expect(headings, `${id}: section “${section}”`).toContain(section);
      const options = rule().meta.defaultOptions;
      if (options && typeof options === 'object') {
        for (const key of Object.keys(options)) expect(text, `${id}: option ${key} is not documented`).toContain(`\`${key}\``);
      }
    });

    it('has a description, a basis, valid default options and message templates', () => {
      const { meta } = rule();
      expect(meta.description).toMatch(/[\u4e00-\u9fff]/);
      expect(meta.basis).toMatch(/[\u4e00-\u9fff]/);
      if (meta.options) {
        // Defaults of a schema factory are not validated at run time (no zod without a config file): here they are, and must come out unchanged.
        const schema = typeof meta.options === 'function' ? meta.options(z) : meta.options;
        const parsed = schema.safeParse(meta.defaultOptions ?? {});
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(meta.defaultOptions ?? {});
      }
      for (const template of Object.values(meta.messages ?? {})) expect(template).toMatch(/[\u4e00-\u9fff]/);
    });

    it('has at least three flagged and three trap fixtures, with up-to-date sidecars', () => {
      if (rule().meta.scope === 'library') {
        // Rules across documents are shown on small libraries (fixtures/library/<id>/<case>/, run by test/library/fixtures.test.ts).
        const dir = join(ROOT, 'fixtures', 'library', id);
        const folders = existsSync(dir) ? readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()) : [];
        expect(folders.filter((n) => n.startsWith('flagged-')).length, `${id}: flagged libraries`).toBeGreaterThanOrEqual(3);
        expect(folders.filter((n) => n.startsWith('trap-')).length, `${id}: trap libraries`).toBeGreaterThanOrEqual(3);
        for (const n of folders) expect(existsSync(join(dir, n, 'expect.json')), `${id}/${n}/expect.json`).toBe(true);
        return;
      }
      const dir = join(ROOT, 'fixtures', 'rules', id);
      const cases = walk(dir, '.md');
      const flagged = cases.filter((p) => /[\\/]flagged-[^\\/]+\.md$/.test(p));
      const traps = cases.filter((p) => /[\\/]trap-[^\\/]+\.md$/.test(p));
      expect(flagged.length, `${id}: flagged fixtures`).toBeGreaterThanOrEqual(3);
      expect(traps.length, `${id}: trap fixtures`).toBeGreaterThanOrEqual(3);
      for (const file of cases) {
        const source = readFileSync(file, 'utf8');
        const spec = parseExpectations(source);
        const own = spec.expect.filter((e) => e.ruleId === id);
        if (flagged.includes(file)) expect(own.length, `${relative(ROOT, file)} expects no finding of ${id}`).toBeGreaterThan(0);
        if (traps.includes(file)) expect(own, `${relative(ROOT, file)} is a trap: it must expect no finding of ${id}`).toEqual([]);
        const sidecar = `${file.slice(0, -3)}.expect.json`;
        expect(existsSync(sidecar), `${relative(ROOT, sidecar)} is missing: run node fixtures/make-fixtures.mjs`).toBe(true);
        const { source: _name, ...stored } = JSON.parse(readFileSync(sidecar, 'utf8'));
        expect(stored, `${relative(ROOT, sidecar)} is stale: run node fixtures/make-fixtures.mjs --only ${id}`).toEqual(JSON.parse(JSON.stringify(spec)));
      }
    });
  });
});
