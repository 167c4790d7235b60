#!/usr/bin/env node
// npm run bench: runs every benchmark in turn and prints its figures. Each
// benchmark compares hrss-audit with a reference tool in the same run.
// Build first (npm run build, done by npm ci / npm test).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const BENCHES = ['startup', 'docx', 'pdf', 'corpus', 'clauses', 'library', 'library-rules', 'hostile', 'large'];

const env = { ...process.env };
// Loading the CA bundle costs ~130 ms per Node start on this machine and would drown start-up figures.
delete env.NODE_EXTRA_CA_CERTS;

console.log(`hrss-audit benchmarks — ${new Date().toISOString()} — node ${process.version} — ${process.platform}/${process.arch}`);
for (const name of BENCHES) {
  if (only.length && !only.includes(name)) continue;
  const file = join(here, `${name}.mjs`);
  if (!existsSync(file)) continue;
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', file], { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`benchmark ${name} failed (exit ${r.status})`);
    process.exitCode = 1;
  }
}
