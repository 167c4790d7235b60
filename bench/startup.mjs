// Cold start, as a user runs it: `hrss-audit --help`, `check` of a tiny
// .md, of the 5-page shared sample .docx (-f json, issue 15's rows) and of
// the sample drafts, each against bare `node -e 0` run in turn with it
// (A B A B …), so that both see the same load. Target: a check ≤ 100 ms
// above `node -e 0` (first milestone ≤ 150 ms).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleaved, pairedDifference, spread, table } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/hrss-audit.js');
const samples = resolve(process.env.HRSS_SHARED_DIR ?? resolve(root, '../shared'), 'samples');
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const runs = Number(process.env.HRSS_BENCH_RUNS ?? 10);

// The same tiny draft every time: a title and one article.
const dir = mkdtempSync(join(tmpdir(), 'hrss-bench-startup-'));
const tiny = join(dir, 'tiny.md');
writeFileSync(tiny, '# 关于测试的通知\n\n第一条 本办法自2024年3月1日起施行。\n');

const cases = [
  ['hrss-audit --help', ['--help']],
  ['check tiny .md -f json', ['check', tiny, '-f', 'json']],
  ['check small-docxjs.docx -f json (5 pages)', ['check', join(samples, 'docx/small-docxjs.docx'), '-f', 'json']],
  ['check sample-draft.md', ['check', join(root, 'fixtures/drafts/sample-draft.md')]],
  ['check sample-draft.docx', ['check', join(root, 'fixtures/drafts/sample-draft.docx')]],
];
const rows = [['command', 'median ms (min–max)', 'node -e 0 in the same run', 'above node -e 0 (paired median)', 'target ≤ +100 ms']];
for (const [name, args] of cases) {
  if (args[1] && args[0] === 'check' && !existsSync(args[1])) continue;
  const t = interleaved({ tool: [process.execPath, [bin, ...args]], node: [process.execPath, ['-e', '0']] }, { runs, env, cwd: dir });
  const above = pairedDifference(t.tool, t.node);
  rows.push([
    name,
    spread(t.tool),
    spread(t.node),
    `+${above.toFixed(0)}`,
    name.startsWith('check') ? (above <= 100 ? 'met' : above <= 150 ? 'first milestone' : 'NOT met') : '—',
  ]);
}
console.log(`cold start, ${runs} runs of each in turn with node -e 0 (NODE_EXTRA_CA_CERTS unset); node ${process.version}`);
table(rows);
rmSync(dir, { recursive: true, force: true });
