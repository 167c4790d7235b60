#!/usr/bin/env node
// Bundles the CLI (after tsc has type-checked and emitted dist/src) into
// dist/bundle/ with code splitting. Start-up is dominated by module loading:
// micromark alone is hundreds of files. One bundle with lazy chunks starts in
// about half the time (see bench/startup.mjs). Native and very large
// packages stay external and load only when a file or option needs them.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// A build id (hash of the bundle) for the result cache: a rebuilt tool never reuses results of another build.
const hash = createHash('sha256');
for (const file of Object.keys(result.metafile.outputs).sort()) hash.update(file).update(readFileSync(join(root, file)));
writeFileSync(join(outdir, 'BUILD_ID'), `${hash.digest('hex').slice(0, 16)}\n`);
