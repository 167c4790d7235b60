// Hostile input budget: a ~4 MB .docx whose document.xml inflates to ~4 GB
// (a zip bomb that lies about its size) must be refused in under 2 s with
// peak memory under 300 MB. Measured in a fresh process running the real
// reader; beside it, mammoth on the same file (it inflates everything).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildZip, zeroBomb } from '../fixtures/lib/hostile-zip.mjs';
import { table } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'hrss-bomb-'));
const repeats = 16_000_000; // 2 bits each → 4 MB compressed, 258 bytes each → ~4.1 GB inflated
const bomb = zeroBomb(repeats);
const file = join(dir, 'bomb.docx');
writeFileSync(file, buildZip([{ name: 'word/document.xml', data: bomb, method: 8, declaredSize: 40_000 }]));
const inflated = 1 + 258 * repeats;

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

function measure(script) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8', timeout: 120_000 });
  if (r.error) return { ms: NaN, rss: NaN, outcome: `failed: ${r.error.code}` };
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    return { ms: NaN, rss: NaN, outcome: `crashed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''})` };
  }
}

const load = pathToFileURL(join(root, 'dist/src/document/load.js')).href;
const ours = measure(`
import { readFileSync } from 'node:fs';
const { readSource } = await import(${JSON.stringify(load)});
const t = performance.now();
let outcome;
try { await readSource(${JSON.stringify(file)}, new Uint8Array(readFileSync(${JSON.stringify(file)}))); outcome = 'read (!)'; }
catch (e) { outcome = e.code ?? String(e); }
console.log(JSON.stringify({ ms: performance.now() - t, rss: process.resourceUsage().maxRSS / 1024, outcome }));
`);
const mammothRun = measure(`
import mammoth from 'mammoth';
const t = performance.now();
let outcome;
try { await mammoth.extractRawText({ path: ${JSON.stringify(file)} }); outcome = 'read'; }
catch (e) { outcome = (e.message ?? String(e)).slice(0, 60); }
console.log(JSON.stringify({ ms: performance.now() - t, rss: process.resourceUsage().maxRSS / 1024, outcome }));
`);
rmSync(dir, { recursive: true, force: true });

console.log(`zip bomb: ${(bomb.length / 1e6).toFixed(1)} MB compressed, inflates to ${(inflated / 1e9).toFixed(2)} GB (header says 40 KB)`);
table([
  ['reader', 'time ms', 'peak RSS MB', 'outcome', 'target'],
  ['hrss-audit readSource', ours.ms.toFixed(0), ours.rss.toFixed(0), ours.outcome, '< 2000 ms, < 300 MB'],
  ['mammoth.extractRawText', Number.isFinite(mammothRun.ms) ? mammothRun.ms.toFixed(0) : '—', Number.isFinite(mammothRun.rss) ? mammothRun.rss.toFixed(0) : '—', mammothRun.outcome, 'reference'],
]);
