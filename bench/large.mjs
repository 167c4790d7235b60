// Large but legal documents (issue 10, item 15): each shape is audited by the
// real CLI at size n and 2n in a fresh process; the time must grow with the
// size (ratio ≈ 2), never with its square. Before the fix a 1-million-line
// .txt took over 5 minutes (freezing the tree for the rules), a document of
// 25,000 articles with a finding in each took 23 s and 50,000 took 81 s
// (locating each finding scanned all articles).
//
//   node bench/large.mjs [shape…]     shapes: lines articles outline docx
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { table } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/hrss-audit.js');
const dir = mkdtempSync(join(tmpdir(), 'hrss-large-'));
const only = process.argv.slice(2);
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

const CN = '零一二三四五六七八九';
/** 第N条 with N written digit by digit in Chinese numerals (unique, cheap, and read as a number). */
const cn = (n) =>
  String(n)
    .split('')
    .map((d) => CN[d])
    .join('');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const SHAPES = {
  // The report of the issue: 2 MB of one-character lines.
  lines: { sizes: [500_000, 1_000_000], ext: 'txt', make: (n) => 'x\n'.repeat(n) },
  // Every article carries a finding (a fine: content/ultra-vires), so locating findings is exercised.
  articles: {
    sizes: [25_000, 50_000],
    ext: 'txt',
    make: (n) => Array.from({ length: n }, (_, i) => `第${cn(i + 1)}条 用人单位应当按月缴纳社会保险费，违者处以2000元罚款。\n`).join(''),
  },
  // A notice with n headings, each with a finding of structure/heading-hierarchy (numbers repeat).
  outline: { sizes: [25_000, 50_000], ext: 'txt', make: (n) => '一、x\n（一）y\n'.repeat(n) },
  // A .docx whose document.xml is 11 and 22 MB (the 16 MB took 124 s).
  docx: {
    sizes: [100_000, 200_000],
    ext: 'docx',
    make: (n) => {
      const body = Array.from(
        { length: n },
        (_, i) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:t>第${i}段内容。</w:t></w:r></w:p>`,
      ).join('');
      const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
      return zipSync({ 'word/document.xml': strToU8(xml) });
    },
  },
};

function run(file) {
  const t = process.hrtime.bigint();
  // Raised read limits: the 22 MB document.xml is over nothing, but the lines file has 1,000,000 blocks.
  const r = spawnSync(process.execPath, [cli, 'check', file, '-f', 'json', '-o', `${file}.json`, '--timeout', '600000'], {
    env,
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 900_000,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { ms, ok: r.status === 0 || r.status === 1, status: r.status ?? r.signal };
}

console.log('each shape at n and 2n, `hrss-audit check` in a fresh process (includes ~0.3 s start-up)');
const rows = [['shape', 'n', 'input MB', 'time s', '2n / n', 'exit']];
for (const [name, shape] of Object.entries(SHAPES)) {
  if (only.length && !only.includes(name)) continue;
  let previous;
  for (const n of shape.sizes) {
    const file = join(dir, `${name}-${n}.${shape.ext}`);
    writeFileSync(file, shape.make(n));
    const { ms, status } = run(file);
    rows.push([
      name,
      n.toLocaleString('en'),
      (statSync(file).size / 1e6).toFixed(1),
      (ms / 1000).toFixed(2),
      previous ? (ms / previous).toFixed(2) : '',
      String(status),
    ]);
    previous = ms;
    rmSync(file, { force: true });
  }
}
rmSync(dir, { recursive: true, force: true });
table(rows);
console.log('target: 2n / n ≤ ~2.5 (linear; noise on a shared VM), and the 1,000,000-line file in seconds');
