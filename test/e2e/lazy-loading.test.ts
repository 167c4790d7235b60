import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

/**
 * Start-up cost is mostly module loading: pdf.js and SQLite must load only
 * when a PDF or the corpus is actually used. A resolve hook records every
 * module the process loads.
 */
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

/** URLs of the modules loaded, and the concatenated source of the project's own bundle chunks among them. */
async function loadedModules(args: string[]): Promise<{ urls: string; code: string }> {
  const { importFlag, log } = loggingHook();
  const r = await runCli(args, { env: { NODE_OPTIONS: `--import ${pathToFileURL(importFlag).href}` } });
  expect(r.code === 0 || r.code === 1).toBe(true);
  const urls = readFileSync(log, 'utf8');
  const code = [...new Set(urls.split('\n').filter((u) => u.startsWith('file:') && u.includes('/dist/bundle/')))]
    .map((u) => readFileSync(new URL(u), 'utf8'))
    .join('\n');
  return { urls, code };
}

describe('lazy loading', () => {
  it('--help loads neither pdf.js, SQLite, the markdown parser nor the rules', async () => {
    const { urls, code } = await loadedModules(['--help']);
    expect(urls).toContain('/dist/bundle/main.mjs');
    expect(urls).not.toMatch(/pdfjs-dist|better-sqlite3/);
    // The bundle's chunks that were loaded hold no markdown parser and no rule.
    expect(code).not.toContain('micromark');
    expect(code).not.toContain('legal-basis/missing');
  });

  it('checking a .md file does not load pdf.js or SQLite', async () => {
    const { urls, code } = await loadedModules(['check', join(ROOT, 'fixtures/drafts/sample-draft.md')]);
    expect(code).toContain('micromark');
    expect(urls).not.toMatch(/pdfjs-dist|better-sqlite3/);
  });
});
