#!/usr/bin/env node
// Corpus benchmark (npm run bench corpus). Uses the compiled dist/ (npm run build first).
//
//  1. Import of the shared reference corpus (../shared/corpus, 105 texts + manifest): first import and an unchanged re-import.
//  2. A synthetic corpus of 100,000 provisions, made the way research/parsing-and-search.md §3.2 made its
//     test data: real provisions recombined with word swaps drawn from the real vocabulary, numbers changed.
//     Build time, file size, query latency (FTS phrase count and bm25 top 20, a 2-character LIKE, an LSH lookup).
//     The integrity check every command makes on open: PRAGMA quick_check, and the same open once the file is known intact.
//  3. The conflict check (conflict/corpus + conflict/duplicate) of a 200-article draft against it, beside a
//     naive baseline in the same run: for every paragraph, a LIKE scan of the corpus for each subject it
//     mentions and claim extraction of every hit (what the check would cost without the topic index).
//
// Options: --provisions N (default 100000), --baseline-paragraphs N (default all), --keep (keep the databases).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const dist = (p) => import(join(root, 'dist', p));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const PROVISIONS = opt('--provisions', 100_000);
const SHARED = resolve(process.env.HRSS_SHARED_DIR ?? resolve(root, '../shared'), 'corpus');

if (!existsSync(join(root, 'dist/src/corpus/import.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}
if (!existsSync(join(SHARED, 'manifest.json'))) {
  console.error(`shared corpus not found at ${SHARED} (set HRSS_SHARED_DIR to the folder holding corpus/)`);
  process.exit(1);
}

const { importCorpus } = await dist('src/corpus/import.js');
const { CorpusStore } = await dist('src/corpus/store.js');
const { Corpus } = await dist('src/corpus/corpus.js');
const { topicIndexer, extractClaims } = await dist('src/corpus/claims.js');
const { statementIndexer } = await dist('src/corpus/law-statements.js');
const { TOPICS } = await dist('src/corpus/topics.js');
const { bandKeys, signature } = await dist('src/corpus/minhash.js');
const { readMarkdown } = await dist('src/document/readers/markdown.js');
const { buildLegalDocument } = await dist('src/document/structure/build.js');
const { DEFAULT_LIMITS } = await dist('src/document/limits.js');
const { validateConfig } = await dist('src/engine/config.js');
const { loadAllRules, resolveRules } = await dist('src/engine/registry.js');
const { runRules } = await dist('src/engine/run.js');
const { forgetCheckedHere, verifyIntegrity } = await dist('src/corpus/integrity.js');
const { default: Database } = await import('better-sqlite3');

const work = mkdtempSync(join(tmpdir(), 'hrss-bench-corpus-'));
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const now = () => process.hrtime.bigint();
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mib = (bytes) => (bytes / 1024 / 1024).toFixed(1);
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function timeMany(fn, runs = 20) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    fn();
    times.push(ms(t));
  }
  return median(times);
}
/** The integrity check of one corpus file: full (as after any change to the file), then known (a later run, file unchanged). */
function integrityTimes(path) {
  const settled = Date.now() + 60_000; // count the file as settled, so it is remembered
  const once = () => {
    forgetCheckedHere(); // as a new process would see it
    const db = new Database(path, { readonly: true });
    try {
      const t0 = now();
      const how = verifyIntegrity(db, path, settled);
      return { how, ms: ms(t0) };
    } finally {
      db.close();
    }
  };
  const full = once();
  const known = [once(), once(), once()];
  return { full: full.how === 'checked' ? full.ms : NaN, known: median(known.filter((k) => k.how === 'known').map((k) => k.ms)) };
}
// Deterministic pseudo-random numbers, so every run builds the same corpus.
let seed = 20250814;
const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

console.log(`corpus: node ${process.version}, ${PROVISIONS.toLocaleString()} synthetic provisions, work dir ${work}`);

// ---------------------------------------------------------------------------
// 1. Import of the shared corpus
// ---------------------------------------------------------------------------
const sharedDb = join(work, 'shared.db');
let t = now();
const first = await importCorpus({ target: sharedDb, inputs: [SHARED], cwd: SHARED });
const importMs = ms(t);
t = now();
const again = await importCorpus({ target: sharedDb, inputs: [SHARED], cwd: SHARED });
const reimportMs = ms(t);
console.log('\n1. import of the shared corpus');
console.log(
  `   first import      ${fmt(importMs / 1000)} s  (${first.added} laws, ${first.provisions.toLocaleString()} provisions, ${mib(statSync(sharedDb).size)} MiB)`,
);
console.log(`   re-import         ${fmt(reimportMs / 1000)} s  (${again.unchanged} unchanged, ${again.added + again.updated} written)`);
{
  const s2 = CorpusStore.openReadOnly(sharedDb);
  const topicsRows = s2.db.prepare('SELECT count(DISTINCT provision_id) FROM provision_topic').pluck().get();
  console.log(`   claim density     ${topicsRows.toLocaleString()} of ${first.provisions.toLocaleString()} provisions make claims on indexed subjects`);
  s2.close();
  const integrity = integrityTimes(sharedDb);
  console.log(`   integrity check   PRAGMA quick_check ${fmt(integrity.full)} ms on open after a change; ${fmt(integrity.known)} ms once known intact`);
}

// ---------------------------------------------------------------------------
// 2. Synthetic corpus of 100,000 provisions
// ---------------------------------------------------------------------------
const source = CorpusStore.openReadOnly(sharedDb);
const real = source.db
  .prepare("SELECT p.text FROM provision p JOIN law l ON l.id = p.law_id WHERE l.level IN ('法律','行政法规','部门规章') AND length(p.text) >= 12")
  .pluck()
  .all();
source.close();
// Vocabulary: the real two-character CJK words, weighted by frequency (each occurrence is one entry).
const vocabulary = [];
for (const text of real)
  for (let i = 0; i + 1 < text.length; i += 2) if (/^[\u4e00-\u9fff]{2}$/u.test(text.slice(i, i + 2))) vocabulary.push(text.slice(i, i + 2));
const NUMBERS = ['一', '二', '三', '五', '六', '七', '十', '十五', '二十', '三十', '六十', '九十', '一百', '1', '2', '3', '5', '7', '10', '15', '30', '60'];
// Legal structure is kept (subjects, comparators, modal words, the figures themselves); the words around them are swapped,
// as the research swapped nouns and verbs but kept 应当/不得/之日起.
const { findTopics } = await dist('src/corpus/topics.js');
const KEEP =
  /不得超过|不超过|不少于|不低于|不得低于|最长为|最长|最高|以内|以上|以下|之日起|日内|应当|可以|不得|禁止|按日|每月|每日|每周|[一二三四五六七八九十百千0-9]+(?:个)?(?:月|日|天|年|小时|倍|%)|百分之[一二三四五六七八九十百]+|万分之[一二三四五六七八九十]+/gu;
function protectedMask(text) {
  const mask = new Uint8Array(text.length);
  for (const h of findTopics(text)) mask.fill(1, h.start, h.end);
  for (const m of text.matchAll(KEEP)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}
function synthesize() {
  const base = pick(real);
  const mask = protectedMask(base);
  let out = '';
  for (let i = 0; i < base.length;) {
    const two = base.slice(i, i + 2);
    if (!mask[i] && !mask[i + 1] && /^[\u4e00-\u9fff]{2}$/u.test(two) && rand() < 0.35) {
      out += pick(vocabulary);
      i += 2;
    } else if (/[一二三五六七十0-9]/u.test(base[i]) && rand() < 0.5) {
      out += pick(NUMBERS);
      i += 1;
      while (i < base.length && /[一二三四五六七八九十百千0-9]/u.test(base[i])) i++;
    } else {
      out += base[i];
      i += 1;
    }
  }
  return out;
}
const LEVELS = ['法律', '行政法规', '行政法规', '部门规章', '部门规章', '规范性文件'];
const synthDb = join(work, 'synthetic.db');
const PER_LAW = 100;
let chars = 0;
t = now();
const store = CorpusStore.openWritable(synthDb, topicIndexer);
store.db.transaction(() => {
  for (let l = 0; l * PER_LAW < PROVISIONS; l++) {
    const provisions = [];
    for (let k = 0; k < PER_LAW && l * PER_LAW + k < PROVISIONS; k++) {
      const text = synthesize();
      chars += text.length;
      provisions.push({ ordinal: k + 1, article: k + 1, articleOrdinal: k + 1, clause: 1, item: null, address: `第${k + 1}条`, heading: null, text });
    }
    const record = {
      key: `synthetic-${l}`,
      title: `合成测试条例第${l}号`,
      aliases: [],
      level: LEVELS[l % LEVELS.length],
      issuer: '国务院',
      region: null,
      documentNumbers: [],
      promulgationDate: '2000-01-01',
      effectiveDate: '2000-01-01',
      revisionDate: null,
      versionDate: '2000-01-01',
      status: '现行有效',
      repealDate: null,
      replacedBy: null,
      supersededBy: null,
      partialNote: null,
      evidence: null,
      articles: PER_LAW,
      hasText: true,
      source: 'corpus',
    };
    store.putLaw(record, provisions, { sourcePath: null, sha256: null, fingerprint: `synthetic-${l}` });
  }
})();
const insertMs = ms(t);
t = now();
store.finish({ optimize: true, statements: statementIndexer });
store.close();
const optimizeMs = ms(t);
const synthBytes = statSync(synthDb).size;
console.log('\n2. synthetic corpus');
console.log(`   provisions        ${PROVISIONS.toLocaleString()} (average ${fmt(chars / PROVISIONS)} characters, ${(chars / 1e6).toFixed(2)} M in all)`);
console.log(
  `   build             ${fmt(insertMs / 1000)} s insert + index (FTS5 trigram, 16 LSH bands, claim topics), ${fmt(optimizeMs / 1000)} s optimize and the laws' statements`,
);
console.log(`   file size         ${mib(synthBytes)} MiB`);
{
  const integrity = integrityTimes(synthDb);
  console.log(`   integrity check   PRAGMA quick_check ${fmt(integrity.full)} ms on open after a change; ${fmt(integrity.known)} ms once known intact`);
}

const read = CorpusStore.openReadOnly(synthDb);
const counts = read.db
  .prepare('SELECT (SELECT count(*) FROM provision_band) AS bands, (SELECT count(DISTINCT provision_id) FROM provision_topic) AS topics')
  .get();
const q = (query, limit = 20) => read.search(query, { limit });
const phrase = '失业保险金';
const rows = [
  [`FTS phrase "${phrase}": count + bm25 top 20`, timeMany(() => q(phrase)), q(phrase).total],
  ['FTS phrase "用人单位": count + bm25 top 20', timeMany(() => q('用人单位')), q('用人单位').total],
  ['FTS "工伤保险 三十日"', timeMany(() => q('工伤保险 三十日')), q('工伤保险 三十日').total],
  ['2-character "工伤" (LIKE scan)', timeMany(() => q('工伤'), 5), q('工伤').total],
];
const someText = read.db.prepare('SELECT norm_text FROM provision WHERE id = 4242').pluck().get();
const lshMs = timeMany(() => read.bandRows(bandKeys(signature(someText))), 50);
read.close();
console.log(`   rows              ${counts.bands.toLocaleString()} band keys; ${counts.topics.toLocaleString()} provisions make claims on indexed subjects`);
for (const [label, time, hits] of rows) console.log(`   ${label.padEnd(44)} ${fmt(time).padStart(7)} ms  (${hits.toLocaleString()} hits)`);
console.log(`   ${'LSH lookup of one paragraph (16 band keys)'.padEnd(44)} ${fmt(lshMs).padStart(7)} ms`);

// ---------------------------------------------------------------------------
// 3. Conflict check of a 200-article draft
// ---------------------------------------------------------------------------
// A quantitative 人社 draft: about half of its articles state figures or duties on subjects the law regulates.
const withClaims = real.filter((x) => extractClaims(x).length > 0);
const draftArticles = [];
for (let i = 0; i < 200; i++) {
  let text = (i % 2 === 0 ? pick(withClaims) : pick(real)).replace(/^（[一二三四五六七八九十]+）|^\([一二三四五六七八九十]+\)/u, '');
  if (i % 3 === 0) text = text.replace(/[一二三五六七十0-9]+(?=[个日天年月小%])/u, pick(NUMBERS));
  draftArticles.push(`第${i + 1}条 ${text}`);
}
const draftMd = `# 湖南省合成测试办法\n\n${draftArticles.join('\n\n')}\n\n湖南省人力资源和社会保障厅\n\n2025年1月20日\n`;
const doc = buildLegalDocument(await readMarkdown(new TextEncoder().encode(draftMd), { limits: DEFAULT_LIMITS }));
const config = validateConfig({}, null, root);
const rules = resolveRules(await loadAllRules(config), config, ['conflict/corpus', 'conflict/duplicate']);

t = now();
const coldCorpus = await Corpus.open(synthDb);
const opened = ms(t);
t = now();
let findings = await runRules(doc, rules, { asOf: '2025-08-14', settings: {}, corpus: async () => coldCorpus });
const coldMs = ms(t);
t = now();
findings = await runRules(doc, rules, { asOf: '2025-08-14', settings: {}, corpus: async () => coldCorpus });
const warmCachedMs = ms(t);
coldCorpus.close();
const freshTimes = [];
for (let i = 0; i < 3; i++) {
  const c = await Corpus.open(synthDb);
  t = now();
  await runRules(doc, rules, { asOf: '2025-08-14', settings: {}, corpus: async () => c });
  freshTimes.push(ms(t));
  c.close();
}
const warmMs = median(freshTimes);
const drafts = doc.source.blocks.filter((b) => /^第\d+条/.test(b.text));
const draftClaims = drafts.flatMap((b) => extractClaims(b.text));

// Naive baseline: every paragraph scans the corpus (LIKE) for each subject it mentions, then extracts claims from every hit.
const baseline = CorpusStore.openReadOnly(synthDb);
const termsOf = new Map();
for (const t2 of TOPICS) {
  const c = t2.canonical ?? t2.term;
  termsOf.set(c, [...(termsOf.get(c) ?? []), t2.term]);
}
const limit = opt('--baseline-paragraphs', drafts.length);
let scanned = 0;
let baselineHits = 0;
t = now();
for (const b of drafts.slice(0, limit)) {
  const claims = extractClaims(b.text);
  for (const topic of new Set(claims.map((c) => c.primary))) {
    const terms = termsOf.get(topic) ?? [topic];
    const sql = `SELECT norm_text FROM provision WHERE ${terms.map(() => 'norm_text LIKE ?').join(' OR ')}`;
    const hits = baseline.db
      .prepare(sql)
      .pluck()
      .all(...terms.map((x) => `%${x}%`));
    for (const h of hits) baselineHits += extractClaims(h).length;
    scanned++;
  }
}
const baselineMs = ms(t);
baseline.close();
const extrapolated = limit < drafts.length;
const baselineTotal = extrapolated ? (baselineMs / limit) * drafts.length : baselineMs;

console.log('\n3. conflict check of a 200-article draft (conflict/corpus + conflict/duplicate)');
console.log(`   draft             ${drafts.length} articles, ${draftClaims.length} claims, ${new Set(draftClaims.map((c) => c.primary)).size} subjects`);
console.log(`   open corpus       ${fmt(opened)} ms`);
console.log(`   cold              ${fmt(coldMs)} ms  (first check in the process: topic index query, candidate claims, LSH)`);
console.log(`   warm              ${fmt(warmMs)} ms  (median of 3, each on a freshly opened corpus)`);
console.log(`   warm, cached      ${fmt(warmCachedMs)} ms  (same corpus object, candidate claims cached)`);
console.log(`   findings          ${findings.length}`);
console.log(
  `   naive baseline    ${fmt(baselineTotal / 1000)} s  (${scanned} LIKE scans of ${PROVISIONS.toLocaleString()} provisions over ${limit} paragraphs, ${baselineHits.toLocaleString()} claims extracted${extrapolated ? `; extrapolated from ${limit} of ${drafts.length} paragraphs` : ''})`,
);
console.log(`   speed-up          ${fmt(baselineTotal / warmMs)}×`);

if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
