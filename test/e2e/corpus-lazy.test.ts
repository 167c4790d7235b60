import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { loadedModules } from '../helpers/modules.js';

/** SQLite loads only when a corpus is actually opened: not for help, not for a check that finds no corpus. */
// Markers of the modules in the bundle: the registry loader and the SQLite store.
const REGISTRY = 'law-registry.json';
const STORE = 'bm25(provision_fts)';

const DRAFT = join(ROOT, 'fixtures/rules/conflict/corpus/flagged-e2e-draft.md');

describe('lazy loading of the corpus', () => {
  it('corpus --help loads neither SQLite nor the registry', async () => {
    const { urls, code } = await loadedModules(['corpus', '--help'], ROOT);
    expect(urls).toContain('/dist/bundle/main.mjs');
    expect(urls).not.toMatch(/better-sqlite3/);
    expect(code).not.toContain(REGISTRY);
    expect(code).not.toContain(STORE);
  });

  it('a check that cites laws but finds no corpus reads the registry without loading SQLite', async () => {
    const { urls, code } = await loadedModules(['check', DRAFT], mkdtempSync(join(tmpdir(), 'hrss-lazy-')));
    expect(code).toContain(REGISTRY);
    expect(urls).not.toMatch(/better-sqlite3/);
    expect(code).not.toContain(STORE);
  });

  it('a check with a corpus present loads SQLite (so the two tests above are not vacuous)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hrss-lazy-'));
    await runCli(['corpus', 'import', join(ROOT, 'fixtures/rules/legal-basis/missing/flagged-article-purpose-only.md')], { cwd });
    const { urls, code } = await loadedModules(['check', DRAFT], cwd);
    expect(urls).toMatch(/better-sqlite3/);
    expect(code).toContain(STORE);
  });
});
