#!/usr/bin/env node
// Clause-analysis benchmark (npm run bench clauses). Uses the compiled dist/ (npm run build first).
//
// A 200-article draft made of the labelled cases (eval/cases: every kind of measure, negation, citation and
// figure the analysis reads), in one document:
//   1. the clause analysis alone (src/analysis/clauses), cold (first document of the process) and warm;
//   2. the whole audit of the draft with every rule (the six substance rules share one analysis), against the
//      built-in registry and against the shared reference corpus (../shared/corpus, imported into a temporary file);
//   3. beside it, in the same run, the reference: reading and structure alone (what every audit pays anyway).
// Target: the audit of a 200-article draft well under a second.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, table } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const dist = (p) => import(join(root, 'dist', p));
const SHARED = process.env.HRSS_SHARED_CORPUS ?? resolve(root, '../shared/corpus');
if (!existsSync(join(root, 'dist/src/analysis/clauses/index.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}

const { loadCases } = await import(join(root, 'eval/lib/cases.mjs'));
const { chineseNumber } = await import(join(root, 'eval/lib/own-set.mjs'));
const { readMarkdown } = await dist('src/document/readers/markdown.js');
const { buildLegalDocument } = await dist('src/document/structure/build.js');
const { DEFAULT_LIMITS } = await dist('src/document/limits.js');
const { analyzeClauses } = await dist('src/analysis/clauses/index.js');
const { validateConfig } = await dist('src/engine/config.js');
const { loadAllRules, resolveRules } = await dist('src/engine/registry.js');
const { runRules } = await dist('src/engine/run.js');

const ARTICLES = 200;
const cases = loadCases().filter((c) => c.paragraphs.length === 1);
const lines = [
  '湘人社规〔2025〕1号',
  '# 湖南省人力资源和社会保障若干事项管理办法',
  '第一条　为规范管理，根据《中华人民共和国劳动法》《中华人民共和国就业促进法》，结合本省实际，制定本办法。',
];
for (let i = 2; i < ARTICLES; i++) {
  const n = i < 100 ? chineseNumber(i) : `一百${i % 100 === 0 ? '' : i % 100 < 10 ? `零${chineseNumber(i % 100)}` : chineseNumber(i % 100)}`;
  lines.push(`第${n}条　${cases[(i * 7) % cases.length].paragraphs[0]}`);
}
lines.push('第二百条　本办法自2025年7月1日起施行，有效期5年。', '湖南省人力资源和社会保障厅', '2025年5月20日');
const bytes = new TextEncoder().encode(`${lines.join('\n\n')}\n`);
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const time = async (fn) => {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const structure = async () => buildLegalDocument(await readMarkdown(bytes, { limits: DEFAULT_LIMITS }));

// 1. The analysis alone: cold (first in the process), then warm on fresh documents (the cache is per document).
const first = await structure();
const cold = await time(() => analyzeClauses(first));
const warm = [];
let effects = 0;
for (let i = 0; i < 15; i++) {
  const doc = await structure();
  warm.push(await time(() => (effects = analyzeClauses(doc).effects.length)));
}
const clauses = analyzeClauses(first).clauses.length;

// 3. Reference: reading and structure alone.
const reading = [];
for (let i = 0; i < 15; i++) reading.push(await time(structure));

// 2. Every rule, against the registry and against the shared corpus.
const config = validateConfig({}, null, root);
const rules = resolveRules(await loadAllRules(config), config);
const audit = async (corpus) => {
  const times = [];
  for (let i = 0; i < 8; i++) {
    const doc = await structure();
    times.push(await time(() => runRules(doc, rules, { asOf: '2026-11-27', settings: {}, corpus })));
  }
  return times;
};
const registryOnly = await audit(undefined);
let withCorpus = null;
const work = mkdtempSync(join(tmpdir(), 'hrss-bench-clauses-'));
try {
  if (existsSync(join(SHARED, 'manifest.json'))) {
    const { importCorpus } = await dist('src/corpus/import.js');
    const { Corpus } = await dist('src/corpus/corpus.js');
    const db = join(work, 'corpus.db');
    await importCorpus({ target: db, inputs: [SHARED], cwd: SHARED });
    const opened = Corpus.open(db);
    withCorpus = await audit(() => opened);
    (await opened).close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`draft: ${ARTICLES} articles, ${bytes.length} bytes, ${clauses} clauses, ${effects} effects found`);
table([
  ['measure', 'median ms', 'note'],
  ['clause analysis, cold (first document)', fmt(cold), 'lexicon regexes compiled on first use'],
  ['clause analysis, warm', fmt(median(warm)), `${fmt(median(warm) / ARTICLES)} ms per article`],
  ['reference: reading + structure', fmt(median(reading)), 'what every audit pays anyway'],
  ['all rules, built-in registry', fmt(median(registryOnly)), `${rules.length} rules; first run ${fmt(registryOnly[0])} ms`],
  ...(withCorpus ? [['all rules, shared corpus', fmt(median(withCorpus)), `first run ${fmt(withCorpus[0])} ms (opens the corpus)`]] : []),
]);
const total = median(withCorpus ?? registryOnly) + median(reading);
console.log(`audit of the draft (reading + structure + rules): ${fmt(total)} ms — target: well under 1,000 ms: ${total < 1000 ? 'met' : 'NOT MET'}`);
