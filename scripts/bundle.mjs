#!/usr/bin/env node
// Bundles the CLI (after tsc has type-checked and emitted dist/src) into
// dist/bundle/ with code splitting. Start-up is dominated by module loading:
// micromark alone is hundreds of files. One bundle with lazy chunks starts in
// about half the time (see bench/startup.mjs). Native and very large
// packages stay external and load only when a file or option needs them.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  // The worker threads of batch runs (audit, and read-only) are entries of their own: they share chunks with the CLI.
  entryPoints: { main: join(root, 'src/cli/main.ts'), worker: join(root, 'src/library/worker.ts'), 'reader-worker': join(root, 'src/library/reader-worker.ts') },
  metafile: true,
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir,
  outExtension: { '.js': '.mjs' },
  external: ['pdfjs-dist', 'better-sqlite3', 'docx', 'pdf-parse', '@napi-rs/canvas', 'playwright-core'],
  // commander is CommonJS; inside an ESM bundle its require() calls need a real require.
  banner: { js: "import { createRequire as __hrssCreateRequire } from 'node:module'; const require = __hrssCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});

// Built-in term lists: parse the YAML once at build time (see loadBuiltinTermFile in src/engine/term-data.ts).
{
  const { createHash } = await import('node:crypto');
  const { mkdirSync, readdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const src = join(root, 'rules/data');
  const out = join(root, 'dist/rules-data');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(src).filter((n) => /\.ya?ml$/i.test(n))) {
    const text = readFileSync(join(src, name), 'utf8');
    const data = parse(text.replace(/^\ufeff/, ''), { uniqueKeys: true });
    const sha256 = createHash('sha256').update(text).digest('hex');
    writeFileSync(join(out, `${name.replace(/\.ya?ml$/i, '')}.json`), JSON.stringify({ source: `rules/data/${name}`, sha256, data }));
  }
}

// The built-in law registry, likewise (see loadRegistry in src/corpus/registry.ts).
{
  const { createHash } = await import('node:crypto');
  const { mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const text = readFileSync(join(root, 'data/law-registry.yaml'), 'utf8');
  mkdirSync(join(root, 'dist/data'), { recursive: true });
  const sha256 = createHash('sha256').update(text).digest('hex');
  writeFileSync(join(root, 'dist/data/law-registry.json'), JSON.stringify({ source: 'data/law-registry.yaml', sha256, data: parse(text, { uniqueKeys: true }) }));
}
// The national list of laws, likewise, turned into catalogue records (see loadNationalLaws in src/corpus/national-laws.ts).
{
  const { parseNationalLaws } = await import('../dist/src/corpus/national-laws.js');
  const text = readFileSync(join(root, 'data/national-laws.json'), 'utf8');
  const sha256 = createHash('sha256').update(text).digest('hex');
  writeFileSync(join(root, 'dist/data/national-laws.json'), JSON.stringify({ source: 'data/national-laws.json', sha256, data: parseNationalLaws(JSON.parse(text)) }));
}
// A build id (hash of the bundle) for the result cache: a rebuilt tool never reuses results of another build.
const hash = createHash('sha256');
for (const file of Object.keys(result.metafile.outputs).sort()) hash.update(file).update(readFileSync(join(root, file)));
// The compiled built-in term lists are data the bundle reads at run time: they are part of the build too.
for (const name of readdirSync(join(root, 'dist/rules-data')).sort()) hash.update(name).update(readFileSync(join(root, 'dist/rules-data', name)));
hash.update('law-registry.json').update(readFileSync(join(root, 'dist/data/law-registry.json')));
hash.update('national-laws.json').update(readFileSync(join(root, 'dist/data/national-laws.json')));
writeFileSync(join(outdir, 'BUILD_ID'), `${hash.digest('hex').slice(0, 16)}\n`);
