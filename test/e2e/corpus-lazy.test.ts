import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

/** SQLite loads only when a corpus is actually opened: not for help, not for a check that finds no corpus. */
function loggingHook(): { importFlag: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hrss-hook-'));
  const log = join(dir, 'modules.log');
  writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}
`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
  writeFileSync(log, '');
  return { importFlag: join(dir, 'register.mjs'), log };
}

async function loadedModules(args: string[], cwd: string): Promise<string> {
  const { importFlag, log } = loggingHook();
  await runCli(args, { cwd, env: { NODE_OPTIONS: `--import ${pathToFileURL(importFlag).href}` } });
  return readFileSync(log, 'utf8');
}

const DRAFT = join(ROOT, 'fixtures/rules/conflict/corpus/flagged-e2e-draft.md');

describe('lazy loading of the corpus', () => {
  it('corpus --help loads neither SQLite nor the registry', async () => {
    const mods = await loadedModules(['corpus', '--help'], ROOT);
    expect(mods).toContain('commander');
    expect(mods).not.toMatch(/better-sqlite3|\/yaml\/|\/src\/corpus\//);
  });

  it('a check that cites laws but finds no corpus reads the registry without loading SQLite', async () => {
    const mods = await loadedModules(['check', DRAFT], mkdtempSync(join(tmpdir(), 'hrss-lazy-')));
    expect(mods).toContain('/src/corpus/registry.js');
    expect(mods).not.toMatch(/better-sqlite3|\/src\/corpus\/store\.js/);
  });

  it('a check with a corpus present loads SQLite (so the two tests above are not vacuous)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hrss-lazy-'));
    await runCli(['corpus', 'import', join(ROOT, 'fixtures/rules/legal-basis/missing/flagged-article-purpose-only.md')], { cwd });
    const mods = await loadedModules(['check', DRAFT], cwd);
    expect(mods).toMatch(/better-sqlite3/);
  });
});
