import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { loadedModules } from '../helpers/modules.js';

/**
 * Start-up cost is mostly module loading: pdf.js and SQLite must load only
 * when a PDF or the corpus is actually used, the Markdown parser only for
 * Markdown, the schema validator (zod) and the YAML parser only for a config
 * or term file of the user's (the built-in data is validated by the build).
 */
async function modulesOf(args: string[]): Promise<{ urls: string; modules: string }> {
  const { urls, modules, result } = await loadedModules(args);
  expect(result.code === 0 || result.code === 1).toBe(true);
  return { urls, modules };
}

describe('lazy loading', () => {
  it('--help loads neither pdf.js, SQLite, the markdown parser nor the rules', async () => {
    const { urls, modules } = await modulesOf(['--help']);
    expect(urls).toContain('/dist/bundle/main.cjs');
    expect(modules).toContain('node_modules/commander/');
    expect(urls).not.toMatch(/pdfjs-dist/);
    // better-sqlite3 is require()d by the store module, which Node's import hooks do not see.
    expect(modules).not.toContain('src/corpus/store.ts');
    expect(modules).not.toContain('micromark');
    expect(modules).not.toContain('rules/legal-basis/missing.ts');
  });

  it('checking a .md file does not load pdf.js, SQLite, the .doc and .ofd readers, or a reader thread', async () => {
    const { urls, modules } = await modulesOf(['check', join(ROOT, 'fixtures/drafts/sample-draft.md')]);
    // The launcher starts a reader thread early only for a PDF (the .pdf test below sees one start).
    expect(urls).not.toContain('reader-worker.cjs');
    expect(modules).toContain('node_modules/micromark');
    expect(modules).toContain('rules/legal-basis/missing.ts');
    expect(urls).not.toMatch(/pdfjs-dist/);
    expect(modules).not.toContain('src/corpus/store.ts');
    expect(modules).not.toContain('node_modules/cfb/');
    expect(modules).not.toContain('src/document/readers/ofd/');
  });

  it('checking a .doc loads the OLE reader (cfb) but not pdf.js; an .ofd loads neither', async () => {
    const doc = await modulesOf(['check', join(ROOT, 'fixtures/drafts/sample-draft.doc')]);
    expect(doc.modules).toContain('node_modules/cfb/');
    expect(doc.urls).not.toMatch(/pdfjs-dist/);
    expect(doc.modules).not.toContain('src/corpus/store.ts');
    const ofd = await modulesOf(['check', join(ROOT, 'fixtures/drafts/sample-draft.ofd')]);
    expect(ofd.modules).toContain('src/document/readers/ofd/');
    expect(ofd.modules).not.toContain('node_modules/cfb/');
    expect(ofd.urls).not.toMatch(/pdfjs-dist/);
  });

  it('checking a .docx without a config file loads no markdown parser, no zod, no YAML parser and no report writer it does not use', async () => {
    const { urls, modules } = await modulesOf(['check', join(ROOT, 'fixtures/drafts/sample-draft.docx'), '-f', 'json']);
    expect(modules).toContain('src/document/readers/docx/index.ts');
    expect(modules).toContain('src/report/json.ts');
    for (const unused of [
      'micromark',
      'node_modules/zod/',
      'node_modules/yaml/',
      'node_modules/pdfjs-dist/',
      'src/report/stylish.ts',
      'src/report/opinion/',
      'node_modules/ignore/',
    ]) {
      expect(modules, unused).not.toContain(unused);
    }
    expect(urls).not.toMatch(/pdfjs-dist/);
    expect(modules).not.toContain('src/corpus/store.ts');
  });

  it('checking a .pdf loads pdf.js but not the native canvas module pdf.js renders with (the reader only extracts text)', async () => {
    const { urls, modules } = await modulesOf(['check', join(ROOT, 'fixtures/drafts/sample-draft.pdf'), '-f', 'json']);
    expect(modules).toContain('node_modules/pdfjs-dist/');
    // The logged URLs cover require() on every thread: pdfjs-dist/package.json is resolved when pdf.js loads.
    expect(urls).toContain('/node_modules/pdfjs-dist/package.json');
    expect(urls).toContain('/dist/bundle/reader-worker.cjs');
    expect(urls).not.toContain('@napi-rs/canvas');
    // The reader worker runs the reader's script, which holds every reader: only the PDF one's modules ran.
    expect(modules).toContain('src/library/reader-worker.ts');
    expect(modules).toContain('src/document/readers/pdf/index.ts');
    expect(modules).not.toContain('micromark');
    expect(modules).not.toContain('src/document/readers/docx/');
  });

  it('a check printed to the terminal loads neither node:fs/promises nor node:crypto; one written with -o loads the first only', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const draft = join(ROOT, 'fixtures/drafts/sample-draft.md');
    const printed = await loadedModules(['check', draft, '-f', 'json']);
    expect(printed.result.stdout).toContain('"schemaVersion"');
    expect(printed.builtins).not.toContain('fs/promises');
    expect(printed.builtins).not.toContain('crypto');
    // The report is written beside a temporary name (src/io/atomic-write.ts), named without node:crypto.
    const dir = mkdtempSync(join(tmpdir(), 'hrss-lazy-write-'));
    const written = await loadedModules(['check', draft, '-f', 'json', '-o', join(dir, 'report.json')], dir);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toContain('"schemaVersion"');
    expect(written.builtins).toContain('fs/promises');
    expect(written.builtins).not.toContain('crypto');
    // The cache keys its entries with an HMAC: node:crypto is loaded then (the list above is not blind to it).
    const cached = await loadedModules(['check', draft, '-f', 'json', '--cache'], dir);
    expect(cached.builtins).toContain('crypto');
  });

  it('a config file loads zod to validate it (so the test above is not vacuous)', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'hrss-lazy-config-'));
    writeFileSync(join(dir, 'hrss-audit.config.json'), JSON.stringify({ rules: { 'validity/too-long': ['error', { years: 3 }] } }));
    copyFileSync(join(ROOT, 'fixtures/drafts/sample-draft.docx'), join(dir, 'draft.docx'));
    const { modules, result } = await loadedModules(['check', 'draft.docx', '-f', 'json'], dir);
    expect(result.code === 0 || result.code === 1).toBe(true);
    expect(modules).toContain('node_modules/zod/');
  });
});
