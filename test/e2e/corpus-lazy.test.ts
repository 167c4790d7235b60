import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { loadedModules } from '../helpers/modules.js';

/** SQLite loads only when a corpus is actually opened: not for help, not for a check that finds no corpus. */
// The bundled modules that load the registry and open the SQLite store (the store require()s better-sqlite3,
// which Node's import hooks do not see: its module is the marker).
const REGISTRY = 'src/corpus/builtin-registry.ts';
const STORE = 'src/corpus/store.ts';

const DRAFT = join(ROOT, 'fixtures/rules/conflict/corpus/flagged-e2e-draft.md');

describe('lazy loading of the corpus', () => {
  it('corpus --help loads neither SQLite nor the registry', async () => {
    const { urls, modules } = await loadedModules(['corpus', '--help'], ROOT);
    expect(urls).toContain('/dist/bundle/main.cjs');
    expect(modules).toContain('src/cli/corpus-command.ts');
    expect(modules).not.toContain(REGISTRY);
    expect(modules).not.toContain(STORE);
  });

  it('a check that cites laws but finds no corpus reads the registry without loading SQLite', async () => {
    const { modules } = await loadedModules(['check', DRAFT], mkdtempSync(join(tmpdir(), 'hrss-lazy-')));
    expect(modules).toContain(REGISTRY);
    expect(modules).not.toContain(STORE);
  });

  it('a check with a corpus present loads SQLite (so the two tests above are not vacuous)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hrss-lazy-'));
    await runCli(['corpus', 'import', join(ROOT, 'fixtures/rules/legal-basis/missing/flagged-article-purpose-only.md')], { cwd });
    const { modules } = await loadedModules(['check', DRAFT], cwd);
    expect(modules).toContain(STORE);
  });
});
