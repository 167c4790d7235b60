#!/usr/bin/env node
/**
 * .pdf reader benchmark: readPdf (warm, in process) against poppler's
 * `pdftotext -layout` (spawned) on the same file, interleaved run by run so
 * that both see the same machine load.
 *
 *   npx tsc -p tsconfig.build.json
 *   env -u NODE_EXTRA_CA_CERTS node bench/pdf.mjs [file.pdf] [--runs N]
 *
 * The default file is the 202-page sample ../shared/samples/pdf/large.pdf (beside the repository)
 * (HRSS_SHARED_DIR overrides where ../shared is). Target: readPdf median
 * ≤ 1.2 × pdftotext median.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist/src/document/readers/pdf/index.js');
if (!fs.existsSync(entry)) {
  console.error(`missing ${path.relative(root, entry)}: build first with  npx tsc -p tsconfig.build.json`);
  process.exit(1);
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 15;
const samples = path.resolve(process.env.HRSS_SHARED_DIR ?? path.resolve(root, '../shared'), 'samples');
const file = path.resolve(args[0] ?? path.join(samples, 'pdf/large.pdf'));
const WARMUP = 3;

const { readPdf } = await import(pathToFileURL(entry).href);
const { DEFAULT_LIMITS } = await import(pathToFileURL(path.join(root, 'dist/src/document/limits.js')).href);
const data = new Uint8Array(fs.readFileSync(file));
const options = { limits: DEFAULT_LIMITS };

const havepoppler = !spawnSync('pdftotext', ['-v']).error;
const pdftotext = () => {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
};

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x) => `${x.toFixed(0)} ms`;

let t0 = process.hrtime.bigint();
const doc = await readPdf(data, options);
const first = ms(t0);

const reader = [];
const poppler = [];
for (let i = 0; i < WARMUP + runs; i++) {
  t0 = process.hrtime.bigint();
  await readPdf(data, options);
  const r = ms(t0);
  let p = NaN;
  if (havepoppler) {
    t0 = process.hrtime.bigint();
    pdftotext();
    p = ms(t0);
  }
  if (i >= WARMUP) {
    reader.push(r);
    poppler.push(p);
  }
}

console.log(`file        ${path.relative(process.cwd(), file)} (${(data.length / 1024).toFixed(0)} KiB, ${doc.pages} pages, ${doc.blocks.length} paragraphs)`);
console.log(`node        ${process.version}; ${runs} runs after ${WARMUP} warm-up runs, interleaved`);
console.log(`readPdf     first call ${fmt(first)} (includes importing pdf.js)`);
console.log(`readPdf     warm median ${fmt(median(reader))}  (min ${fmt(Math.min(...reader))}, max ${fmt(Math.max(...reader))})`);
if (havepoppler) {
  const ratio = median(reader) / median(poppler);
  console.log(`pdftotext   -layout, spawned: median ${fmt(median(poppler))}  (min ${fmt(Math.min(...poppler))}, max ${fmt(Math.max(...poppler))})`);
  console.log(`ratio       readPdf / pdftotext = ${ratio.toFixed(2)}× (target ≤ 1.20×: ${ratio <= 1.2 ? 'met' : 'NOT met'})`);
} else {
  console.log('pdftotext   not installed (apt-get install poppler-utils); no comparison');
}
console.log(`memory      rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
