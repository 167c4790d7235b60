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

  it('checking a .md file does not load pdf.js, SQLite, or the .doc and .ofd readers', async () => {
    const { urls, code } = await modulesOf(['check', join(ROOT, 'fixtures/drafts/sample-draft.md')]);
    expect(code).toContain('micromark');
    expect(urls).not.toMatch(/pdfjs-dist|better-sqlite3/);
    // cfb's own marker and the OFD glyph placement.
    expect(code).not.toContain('Sh33tJ5');
    expect(code).not.toContain('DeltaX');
  });

  it('checking a .doc loads the OLE reader (cfb) but not pdf.js; an .ofd loads neither', async () => {
    const doc = await modulesOf(['check', join(ROOT, 'fixtures/drafts/sample-draft.doc')]);
    expect(doc.code).toContain('Sh33tJ5');
    expect(doc.urls).not.toMatch(/pdfjs-dist|better-sqlite3/);
    const ofd = await modulesOf(['check', join(ROOT, 'fixtures/drafts/sample-draft.ofd')]);
    expect(ofd.code).toContain('DeltaX');
    expect(ofd.code).not.toContain('Sh33tJ5');
    expect(ofd.urls).not.toMatch(/pdfjs-dist|better-sqlite3/);
  });
});
