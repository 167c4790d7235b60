// Throughput of the .docx reader against mammoth.extractRawText, in one warm process.
// Usage: npx tsc -p tsconfig.build.json && node bench/docx.mjs [runs] [files...]
// (unset NODE_EXTRA_CA_CERTS first, though it only affects start-up, not these numbers)
//
// Each reader is warmed up and then timed in its own block of runs, so one
// reader's garbage is not collected on the other's clock. Interleaving them,
// or forcing a GC before each run, was tried: both penalise the faster
// reader (mammoth's heap is collected during readDocx, or the emptied heap
// page-faults back in) and make the comparison less fair, not more.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { readDocx } = await import(path.join(root, 'dist/src/document/readers/docx/index.js'));
const { DEFAULT_LIMITS } = await import(path.join(root, 'dist/src/document/limits.js'));

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 9;
const files = args.length > 0 ? args : ['large-docxjs.docx', 'large-verbose-docxjs.docx'].map((f) => path.join(path.join(root, '../shared/samples/docx'), f));

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0] };
}

async function time(fn, n) {
  for (let i = 0; i < 5; i++) await fn(); // warm-up (JIT)
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return stats(ms);
}

for (const file of files) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const xmlBytes = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'].length;
  const mib = xmlBytes / (1024 * 1024);
  const buffer = Buffer.from(bytes);
  const ours = await time(() => readDocx(bytes, { limits: DEFAULT_LIMITS }), runs);
  const theirs = await time(() => mammoth.extractRawText({ buffer }), runs);
  const row = (name, r) =>
    `  ${name.padEnd(23)}${r.median.toFixed(1).padStart(8)} ms ${(mib / (r.median / 1000)).toFixed(1).padStart(6)} MiB/s   (min ${r.min.toFixed(1)} ms, ${(mib / (r.min / 1000)).toFixed(1)} MiB/s)`;
  console.log(`${path.basename(file)}: word/document.xml ${mib.toFixed(2)} MiB, median of ${runs} warm runs each`);
  console.log(row('readDocx', ours));
  console.log(row('mammoth.extractRawText', theirs));
  console.log(`  speed-up ${(theirs.median / ours.median).toFixed(1)}× (median), ${(theirs.min / ours.min).toFixed(1)}× (min)`);
}
