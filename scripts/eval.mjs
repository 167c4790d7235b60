#!/usr/bin/env node
// npm run eval — measure the built CLI on evaluation sets written by people
// who had not seen the code: each set's drafts are checked in .md, .docx and
// .pdf, and every rule of the set's vocabulary gets precision and recall per
// format, with the false alarms on clean drafts and on traps.
//
//   npm run eval [-- <set dir>…] [--formats md,docx,pdf] [--corpus <db>] [--as-of YYYY-MM-DD] [--no-write] [--verbose]
//
// Sets: the folders given, else every ../shared/eval/set-* (HRSS_SHARED
// overrides ../shared) and the project's own set, built from eval/cases.
// Unless --no-write is given or folders are named, the figures are written
// to eval/results.json and into each measured rule's doc page.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { casesHash, loadCases } from '../eval/lib/cases.mjs';
import { committedSetHash, committedSets, committedSetsHash, setReady, writeCommittedSet } from '../eval/lib/formats.mjs';
import { writeOwnSet } from '../eval/lib/own-set.mjs';
import { renderSection, withSection } from '../eval/lib/pages.mjs';
import { resultsJson } from '../eval/lib/results-json.mjs';
import { scoreReport } from '../eval/lib/score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'bin', 'hrss-audit.js');
const shared = resolve(process.env.HRSS_SHARED ?? join(root, '..', 'shared'));
// Not under .hrss-audit/ or node_modules/: the CLI never audits files there.
const cacheDir = process.env.HRSS_EVAL_CACHE ?? join(tmpdir(), 'hrss-audit-eval');
/** Evaluation sets committed with the project (Markdown drafts and their manifest). */
const SETS_DIR = join(root, 'eval', 'sets');

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const optionNames = new Set(['--formats', '--corpus', '--as-of']);
const positional = args.filter((a, i) => !a.startsWith('--') && !optionNames.has(args[i - 1]));
const formats = option('--formats', 'md,docx,pdf').split(',').filter(Boolean);
const asOf = option('--as-of', '2026-11-27');
const verbose = flag('--verbose');
const write = !flag('--no-write') && positional.length === 0;

function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

if (!existsSync(join(root, 'dist', 'bundle', 'BUILD_ID'))) fail('没有找到编译结果，请先运行 npm run build。');

function cli(argv) {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status === 2 || r.error) fail(`hrss-audit ${argv.join(' ')} 运行失败：${r.stderr || r.error?.message}`);
  return r;
}

const buildId = readFileSync(join(root, 'dist', 'bundle', 'BUILD_ID'), 'utf8').trim();

/** The corpus the conflict rules compare with: --corpus, else the shared corpus imported once into the cache. */
function corpusPath() {
  const given = option('--corpus');
  if (given) return resolve(given);
  const source = join(shared, 'corpus');
  if (!existsSync(join(source, 'manifest.json'))) {
    process.stderr.write(`eval: 没有找到共享语料库 ${source}，与上位法比对的规则只用内置名录。\n`);
    return null;
  }
  const key = createHash('sha256')
    .update(readFileSync(join(source, 'manifest.json')))
    .update(buildId)
    .digest('hex')
    .slice(0, 12);
  const db = join(cacheDir, `corpus-${key}.db`);
  if (!existsSync(db)) {
    mkdirSync(cacheDir, { recursive: true });
    process.stderr.write(`eval: 导入语料库 ${source} …\n`);
    cli(['corpus', 'import', source, '--corpus', db]);
  }
  return db;
}

/** The own set, rebuilt when the cases or the builder change. */
async function ownSet() {
  const cases = loadCases();
  const builder = createHash('sha256');
  for (const f of ['eval/lib/own-set.mjs', 'fixtures/lib/md-to-docx.mjs']) builder.update(readFileSync(join(root, f)));
  const hash = casesHash();
  const dir = join(cacheDir, `own-${hash}-${builder.digest('hex').slice(0, 8)}`);
  if (!setReady(dir, { pdf: formats.includes('pdf') })) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`eval: 由 ${cases.length} 条用例生成本项目评测集 …\n`);
    const built = await writeOwnSet(cases, dir, hash, { pdf: formats.includes('pdf') });
    if (!built.pdf && formats.includes('pdf')) process.stderr.write('eval: 没有 LibreOffice（soffice），本项目评测集不含 PDF。\n');
  }
  return { name: 'own', dir };
}

function defaultSets() {
  const evalDir = join(shared, 'eval');
  const sets = existsSync(evalDir)
    ? readdirSync(evalDir)
        .filter((n) => /^set-/.test(n) && existsSync(join(evalDir, n, 'manifest.json')))
        .sort()
        .map((n) => ({ name: n, dir: join(evalDir, n) }))
    : [];
  if (sets.length === 0) process.stderr.write(`eval: ${evalDir} 下没有评测集。\n`);
  return sets;
}

/** The sets committed in eval/sets/ as Markdown, with their .docx and .pdf built once into the cache. */
async function builtCommittedSets() {
  const builder = createHash('sha256');
  for (const f of ['eval/lib/formats.mjs', 'fixtures/lib/md-to-docx.mjs']) builder.update(readFileSync(join(root, f)));
  const built = builder.digest('hex').slice(0, 8);
  const out = [];
  for (const { name, source } of committedSets(SETS_DIR)) {
    const dir = join(cacheDir, `set-${name}-${committedSetHash(name, source)}-${built}`);
    if (!setReady(dir, { pdf: formats.includes('pdf') })) {
      rmSync(dir, { recursive: true, force: true });
      process.stderr.write(`eval: 生成评测集 ${name} 的 .docx 和 .pdf …\n`);
      await writeCommittedSet(source, dir, { pdf: formats.includes('pdf') });
    }
    out.push({ name, dir });
  }
  return out;
}

const sets =
  positional.length > 0
    ? positional.map((p) => ({ name: basename(resolve(p)), dir: resolve(p) }))
    : [...defaultSets(), ...(await builtCommittedSets()), await ownSet()];
const corpus = corpusPath();
const results = {
  generatedAt: new Date().toISOString(),
  asOf,
  buildId,
  casesHash: casesHash(),
  setsHash: committedSetsHash(SETS_DIR),
  ruleVersions: {},
  sets: {},
};
const rules = JSON.parse(cli(['rules', '--json']).stdout);
for (const r of rules) results.ruleVersions[r.id] = r.version ?? 1;

const work = mkdtempSync(join(tmpdir(), 'hrss-eval-'));
try {
  for (const set of sets) {
    const manifest = JSON.parse(readFileSync(join(set.dir, 'manifest.json'), 'utf8'));
    const entry = {
      documents: manifest.documents.length,
      clean: manifest.documents.filter((d) => d.clean).length,
      ruleIds: manifest.ruleIds.map((r) => (typeof r === 'string' ? r : r.id)),
      formats: {},
    };
    for (const format of formats) {
      const dir = join(set.dir, format);
      if (!existsSync(dir)) {
        process.stderr.write(`eval: ${set.name} 没有 ${format} 格式，跳过。\n`);
        continue;
      }
      const out = join(work, `${set.name}-${format}.json`);
      const argv = ['check', dir, '-f', 'json', '-o', out, '--as-of', asOf];
      if (corpus) argv.push('--corpus', corpus);
      const started = Date.now();
      cli(argv);
      const score = scoreReport(manifest, JSON.parse(readFileSync(out, 'utf8')));
      score.seconds = Math.round((Date.now() - started) / 100) / 10;
      entry.formats[format] = score;
    }
    results.sets[set.name] = entry;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// ---- print ----------------------------------------------------------------------------
const f2 = (x) => (x === null ? '  —  ' : x.toFixed(3));
for (const [name, entry] of Object.entries(results.sets)) {
  process.stdout.write(`\n== ${name}: ${entry.documents} 份草案（${entry.clean} 份无问题）\n`);
  const fmts = Object.keys(entry.formats);
  process.stdout.write(`${'规则'.padEnd(34)}${fmts.map((f) => `${f.padStart(5)} 查准  查全   tp/fp/fn   `).join('')}\n`);
  for (const rule of entry.ruleIds) {
    const cells = fmts.map((f) => {
      const r = entry.formats[f].perRule[rule];
      return `      ${f2(r.precision)} ${f2(r.recall)} ${`${r.tp}/${r.fp}/${r.fn}`.padEnd(10)} `;
    });
    process.stdout.write(`${rule.padEnd(34)}${cells.join('')}\n`);
  }
  for (const f of fmts) {
    const s = entry.formats[f];
    process.stdout.write(
      `${f}: 查准率 ${f2(s.precision)} 查全率 ${f2(s.recall)}（tp ${s.tp} fp ${s.fp} fn ${s.fn}）；无问题草案上的误报 ${s.cleanFp}，陷阱误报 ${s.trapHits}；无法读取 ${s.unreadable}；${s.seconds} 秒\n`,
    );
    if (verbose) {
      for (const m of s.misses) process.stdout.write(`  漏报 ${m}\n`);
      for (const m of s.falseAlarms) process.stdout.write(`  误报 ${m}\n`);
    }
  }
}

// ---- write ----------------------------------------------------------------------------
if (write) {
  // The results name misses and false alarms by document, rule and article only: the sets' texts stay where they are.
  const short = (line) => line.replace(/:.*$/su, '');
  for (const set of Object.values(results.sets)) {
    for (const score of Object.values(set.formats)) {
      score.misses = score.misses.map(short);
      score.falseAlarms = score.falseAlarms.map(short);
    }
  }
  writeFileSync(join(root, 'eval', 'results.json'), resultsJson(results));
  const measured = new Set(Object.values(results.sets).flatMap((s) => s.ruleIds));
  let pages = 0;
  for (const rule of rules.filter((r) => measured.has(r.id))) {
    const page = join(root, rule.docs ?? `rules/${rule.id}.md`);
    if (!existsSync(page)) continue;
    const section = renderSection(rule.id, results);
    if (!section) continue;
    writeFileSync(page, withSection(readFileSync(page, 'utf8'), section));
    pages++;
  }
  process.stdout.write(`\n已写入 eval/results.json 和 ${pages} 个规则说明页。\n`);
}
