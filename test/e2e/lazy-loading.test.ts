import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { loadedModules } from '../helpers/modules.js';

/**
 * Start-up cost is mostly module loading: pdf.js and SQLite must load only
 * when a PDF or the corpus is actually used. A resolve hook records every
 * module the process loads.
 */
async function modulesOf(args: string[]): Promise<{ urls: string; code: string }> {
  const { urls, code, result } = await loadedModules(args);
  expect(result.code === 0 || result.code === 1).toBe(true);
  return { urls, code };
}

describe('lazy loading', () => {
  it('--help loads neither pdf.js, SQLite, the markdown parser nor the rules', async () => {
    const { urls, code } = await modulesOf(['--help']);
    expect(urls).toContain('/dist/bundle/main.mjs');
    expect(urls).not.toMatch(/pdfjs-dist|better-sqlite3/);
    // The bundle's chunks that were loaded hold no markdown parser and no rule.
    expect(code).not.toContain('micromark');
    expect(code).not.toContain('legal-basis/missing');
  });

  it('checking a .md file does not load pdf.js or SQLite', async () => {
    const { urls, code } = await modulesOf(['check', join(ROOT, 'fixtures/drafts/sample-draft.md')]);
    expect(code).toContain('micromark');
    expect(urls).not.toMatch(/pdfjs-dist|better-sqlite3/);
  });
});
