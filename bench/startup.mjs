// Cold start: `hrss-audit --help` and a check of a small .md and .docx,
// against bare `node -e 0` (target: check < 250 ms above bare node).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table, timeProcess } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/hrss-audit.js');
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const opts = { runs: 15, warmup: 3, env, cwd: root };

const bare = timeProcess(process.execPath, ['-e', '0'], opts);
const rows = [['command', 'median ms', 'above node -e 0']];
rows.push(['node -e 0', bare.toFixed(1), '—']);
const cases = [
  ['hrss-audit --help', ['--help']],
  ['hrss-audit check sample-draft.md', ['check', 'fixtures/drafts/sample-draft.md']],
  ['hrss-audit check sample-draft.docx', ['check', 'fixtures/drafts/sample-draft.docx']],
  ['hrss-audit check 5-page .docx (shared sample)', ['check', '../shared/samples/docx/small-docxjs.docx']],
];
for (const [name, args] of cases) {
  if (args[1] && !existsSync(join(root, args[1]))) continue;
  const t = timeProcess(process.execPath, [bin, ...args], opts);
  rows.push([name, t.toFixed(1), `+${(t - bare).toFixed(1)}`]);
}
table(rows);
