#!/usr/bin/env node
// Bundles the CLI (after tsc has type-checked and emitted dist/src) into
// dist/bundle/ with code splitting. Start-up is dominated by module loading:
// micromark alone is hundreds of files. One bundle with lazy chunks starts in
// about half the time (see bench/startup.mjs). Native and very large
// packages stay external and load only when a file or option needs them.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  // The worker thread of batch runs is its own entry: it shares chunks with the CLI.
  entryPoints: { main: join(root, 'src/cli/main.ts'), worker: join(root, 'src/library/worker.ts') },
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

// Built-in data, validated here once so that a check only reads it: the term
// files (see builtinTermFiles in src/engine/term-lists.ts) and the law
// registry (see loadRegistry in src/corpus/builtin-registry.ts). The
// validators are tsc's output of the same modules a check falls back to when
// the YAML changes after the build, so invalid data fails the build with the
// same message a user would see.
{
  const dist = (p) => import(pathToFileURL(join(root, 'dist/src', p)).href);
  const { parseTermFile } = await dist('engine/term-data.js');
  const { compileTermFile } = await dist('engine/term-lists.js');
  const src = join(root, 'rules/data');
  const out = join(root, 'dist/rules-data');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = [];
  for (const name of readdirSync(src).filter((n) => /\.ya?ml$/i.test(n)).sort()) {
    const text = readFileSync(join(src, name), 'utf8');
    files.push(compileTermFile(await parseTermFile(text, join(src, name), `rules/data/${name}`), text));
  }
  writeFileSync(join(out, 'builtin.json'), JSON.stringify(files));

  const { parseRegistry } = await dist('corpus/registry.js');
  const { compileRegistry } = await dist('corpus/builtin-registry.js');
  const text = readFileSync(join(root, 'data/law-registry.yaml'), 'utf8');
  mkdirSync(join(root, 'dist/data'), { recursive: true });
  writeFileSync(join(root, 'dist/data/law-registry.json'), JSON.stringify(compileRegistry(await parseRegistry(text, join(root, 'data/law-registry.yaml')), text)));
}
// A build id (hash of the bundle) for the result cache: a rebuilt tool never reuses results of another build.
const hash = createHash('sha256');
for (const file of Object.keys(result.metafile.outputs).sort()) hash.update(file).update(readFileSync(join(root, file)));
// The compiled built-in term lists are data the bundle reads at run time: they are part of the build too.
for (const name of readdirSync(join(root, 'dist/rules-data')).sort()) hash.update(name).update(readFileSync(join(root, 'dist/rules-data', name)));
hash.update('law-registry.json').update(readFileSync(join(root, 'dist/data/law-registry.json')));
writeFileSync(join(outdir, 'BUILD_ID'), `${hash.digest('hex').slice(0, 16)}\n`);
