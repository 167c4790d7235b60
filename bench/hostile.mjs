// Hostile input budget: a ~4 MB .docx whose document.xml inflates to ~4 GB
// (a zip bomb that lies about its size) must be refused in under 2 s with
// peak memory under 300 MB. Measured in a fresh process running the real
// reader; beside it, mammoth on the same file (it inflates everything).
// (The test suite counts the bytes inflated instead: test/readers/docx/hostile.test.ts.)
//
// Then `annotate` of a 1.3 MB .docx whose 3,000 directory entries share one
// stored document.xml (issue 10, item 16: it wrote 3.15 GB with 3.1 GB of
// memory): refused by the directory check, nothing written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, statSync } from 'node:fs';
import { buildZip, nestedZip, zeroBomb } from '../fixtures/lib/hostile-zip.mjs';
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

console.log(`zip bomb: ${(bomb.length / 1e6).toFixed(1)} MB compressed, inflates to ${(inflated / 1e9).toFixed(2)} GB (header says 40 KB)`);
table([
  ['reader', 'time ms', 'peak RSS MB', 'outcome', 'target'],
  ['hrss-audit readSource', ours.ms.toFixed(0), ours.rss.toFixed(0), ours.outcome, '< 2000 ms, < 300 MB'],
  [
    'mammoth.extractRawText',
    Number.isFinite(mammothRun.ms) ? mammothRun.ms.toFixed(0) : '—',
    Number.isFinite(mammothRun.rss) ? mammothRun.rss.toFixed(0) : '—',
    mammothRun.outcome,
    'reference',
  ],
]);

// Overlapping entries through the CLI.
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const paragraphs = Array.from({ length: 5000 }, (_, i) => `<w:p><w:r><w:t>第${i + 1}段 见习单位应当按月发放见习补贴。</w:t></w:r></w:p>`).join('');
const inner = new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs}</w:body></w:document>`);
const overlapping = join(dir, 'overlap.docx');
writeFileSync(
  overlapping,
  nestedZip(
    Array.from({ length: 3000 }, (_, i) => `word/media/image${i}.png`),
    { name: 'word/document.xml', data: inner },
  ),
);
const cli = join(root, 'bin/hrss-audit.js');
const t0 = performance.now();
const annotate = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'annotate', overlapping, '-o', join(dir, 'out.docx')], {
  env,
  encoding: 'utf8',
  timeout: 600_000,
});
const annotateMs = performance.now() - t0;
const annotateRss = Number(/(\d+)\s*$/.exec(annotate.stderr ?? '')?.[1] ?? NaN) / 1024;
const written = existsSync(join(dir, 'out.docx')) ? statSync(join(dir, 'out.docx')).size : 0;
const code = /\[(E_[A-Z_]+)\]/.exec(annotate.stderr ?? '')?.[1] ?? `exit ${annotate.status}`;
console.log(
  `\noverlapping entries: ${(statSync(overlapping).size / 1e6).toFixed(2)} MB .docx, 3,000 entries sharing ${(inner.length / 1e6).toFixed(2)} MB of document.xml`,
);
table([
  ['command', 'time ms', 'peak RSS MB', 'written bytes', 'outcome', 'target'],
  ['hrss-audit annotate', annotateMs.toFixed(0), annotateRss.toFixed(0), String(written), code, 'refused, 0 bytes written'],
]);
rmSync(dir, { recursive: true, force: true });
