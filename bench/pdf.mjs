#!/usr/bin/env node
/**
 * .pdf benchmark, in two parts, each interleaved run by run with poppler so
 * that both see the same machine load:
 *
 *  1. Cold, as a user runs it: `hrss-audit check large.pdf -f json` (pages
 *     shared with page workers, the default) and the same with
 *     HRSS_PDF_PAGE_WORKERS=0 (one thread), against `pdftotext large.pdf
 *     /dev/null` (issue 15: ≤ 1.0×, first milestone ≤ 1.5×).
 *  2. The reader alone, warm, in process: readPdf against `pdftotext
 *     -layout` (target ≤ 1.2×).
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
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { interleaved, pairedRatio, spread, table } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist/src/document/readers/pdf/index.js');
if (!fs.existsSync(entry)) {
  console.error(`missing ${path.relative(root, entry)}: build first with  npx tsc -p tsconfig.build.json`);
  process.exit(1);
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 9;
const samples = path.resolve(process.env.HRSS_SHARED_DIR ?? path.resolve(root, '../shared'), 'samples');
const file = path.resolve(args[0] ?? path.join(samples, 'pdf/large.pdf'));
const WARMUP = 3;

const havepoppler = !spawnSync('pdftotext', ['-v']).error;

// 1. Cold, as a user runs it.
{
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const coldRuns = Number(process.env.HRSS_BENCH_PDF_COLD_RUNS ?? 5);
  const bin = path.join(root, 'bin/hrss-audit.js');
  const commands = {
    auto: [process.execPath, [bin, 'check', file, '-f', 'json']],
    parallel: [process.execPath, [bin, 'check', file, '-f', 'json'], { HRSS_PDF_PAGE_WORKERS: '1' }],
    serial: [process.execPath, [bin, 'check', file, '-f', 'json'], { HRSS_PDF_PAGE_WORKERS: '0' }],
  };
  if (havepoppler) commands.pdftotext = ['pdftotext', [file, '/dev/null']];
  const t = interleaved(commands, { runs: coldRuns, env });
  const rows = [['cold, as a user runs it', 'median ms (min–max)', 'vs pdftotext (paired median)']];
  rows.push([
    'hrss-audit check -f json (as shipped: page workers only with two cores to spare)',
    spread(t.auto),
    havepoppler ? `${pairedRatio(t.auto, t.pdftotext).toFixed(2)}×` : '—',
  ]);
  rows.push([
    'hrss-audit check -f json (one page worker forced)',
    spread(t.parallel),
    havepoppler ? `${pairedRatio(t.parallel, t.pdftotext).toFixed(2)}×` : '—',
  ]);
  rows.push(['hrss-audit check -f json (one thread)', spread(t.serial), havepoppler ? `${pairedRatio(t.serial, t.pdftotext).toFixed(2)}×` : '—']);
  if (havepoppler) rows.push(['pdftotext file /dev/null', spread(t.pdftotext), '1.00×']);
  console.log(`${coldRuns} runs of each in turn; ${os.availableParallelism()} cores; target ≤ 1.0× pdftotext (first milestone ≤ 1.5×)`);
  table(rows);
  if (havepoppler) {
    const r = pairedRatio(t.auto, t.pdftotext);
    console.log(
      `cold check / pdftotext = ${r.toFixed(2)}×: ${r <= 1 ? 'met' : r <= 1.5 ? 'first milestone met' : 'NOT met'}; one page worker vs one thread: ${pairedRatio(t.parallel, t.serial).toFixed(2)}×; load average now ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores\n`,
    );
  }
}

// 2. The reader alone, warm.
const { readPdf } = await import(pathToFileURL(entry).href);
const { DEFAULT_LIMITS } = await import(pathToFileURL(path.join(root, 'dist/src/document/limits.js')).href);
const data = new Uint8Array(fs.readFileSync(file));
const options = { limits: DEFAULT_LIMITS };

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
