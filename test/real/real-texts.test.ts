import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditFile } from '../../src/engine/audit.js';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import type { DocumentResult } from '../../src/engine/types.js';
import { runCli } from '../helpers/cli.js';
import { SHARED_CORPUS, sharedCorpusDb, sharedCorpusProvider } from '../helpers/corpus.js';
import { SHARED_DIR } from '../helpers/shared.js';
import { KIND_RANK } from '../../src/document/profile/kinds.js';

/**
 * Real documents nobody on this project wrote: the 30 State Council texts in
 * ../shared/real/gov (through the CLI, as a user runs it) and the 105 laws,
 * regulations and documents of the shared corpus (each as of its own date,
 * the version date of the manifest). For every one the profile must name
 * the right kind and issuer; no rule may report where its legal basis does
 * not reach (checked here against the issue's own statement of the scopes,
 * not against the rules' metadata); and every finding that remains is
 * listed in triage.json beside this file with a reviewer's verdict — the
 * test fails when the set changes, so that a change is reviewed.
 * HRSS_UPDATE_TRIAGE=1 writes new findings as "unreviewed" (which fails).
 */

const GOV = join(SHARED_DIR, 'real', 'gov');
const TRIAGE = new URL('./triage.json', import.meta.url);
const GOV_KINDS = JSON.parse(readFileSync(new URL('./gov-kinds.json', import.meta.url), 'utf8')) as Array<{ file: string; kind: string; why: string }>;

interface ManifestDoc {
  id: string;
  title: string;
  path: string;
  level: string;
  issuing_body: string;
  version_date: string;
}
interface TriageEntry {
  file: string;
  ruleId: string;
  address: string;
  message: string;
  verdict: 'true' | 'false' | 'unreviewed';
  reviewer: string;
}

const manifest = JSON.parse(readFileSync(join(SHARED_CORPUS, 'manifest.json'), 'utf8')) as { documents: ManifestDoc[] };
const LEVEL_TO_KIND: Record<string, string> = { 规范性文件: '行政规范性文件' };
// The manifest calls 行政规范性文件 规范性文件.
const RANK: Record<string, number> = { ...KIND_RANK, 规范性文件: KIND_RANK.行政规范性文件! };

/** Rules whose basis is the Hunan provisions on 行政规范性文件. */
const HUNAN_RULES = [
  'validity/missing',
  'validity/too-long',
  'validity/effective-soon',
  'numbering/registration-number',
  'legal-basis/missing',
  'library/expired',
  'library/expiring',
];
/** Rules on what only a 行政规范性文件 may not do (laws and regulations may, within their powers). */
const NORMATIVE_DOCUMENT_RULES = [
  'content/ultra-vires',
  'content/certification',
  'content/fair-competition',
  'content/discrimination',
  'content/outdated-agency',
  'conflict/duplicate',
];
/** Rules from GB/T 9704—2012, in force from 2012-07-01. */
const GB9704_RULES = ['format/date', 'numbering/document-number', 'numbering/year-mismatch', 'structure/heading-hierarchy'];
/** What may be said of a document that is not normative: its form and what it cites. */
const NON_NORMATIVE_ALLOWED = [
  'numbering/document-number',
  'numbering/year-mismatch',
  'format/date',
  'structure/heading-hierarchy',
  'structure/article-sequence',
  'structure/cross-reference',
  'legal-basis/repealed-citation',
  'legal-basis/article-not-found',
  'legal-basis/unknown-citation',
  'library/duplicate-number',
];

function key(e: { file: string; ruleId: string; address: string; message: string }): string {
  return `${e.file}|${e.ruleId}|${e.address}|${e.message}`;
}

function expectedIssuers(body: string): string[] {
  // 国家统计局（经国务院批准）: both bodies stand behind the text.
  const approved = /^(.*)（经(.*)批准）$/u.exec(body);
  if (approved) return [approved[1], approved[2]];
  return body.split('、');
}

describe('real texts: 30 State Council documents and the 105 texts of the shared corpus', () => {
  const results = new Map<string, DocumentResult>();

  beforeAll(async () => {
    const corpusPath = await sharedCorpusDb();
    // The State Council texts through the real CLI: each speaks from its own 成文日期.
    const run = await runCli(['check', GOV, '--as-of', '2026-11-27', '--corpus', corpusPath, '-f', 'json', '--jobs', '1']);
    expect(run.stderr).toBe('');
    for (const d of JSON.parse(run.stdout).documents as DocumentResult[]) results.set(`gov/${d.path.split(/[\\/]/).pop()}`, d);
    // The corpus texts in process, each as of the date of its version; the conflict candidates never include the text itself.
    const config = validateConfig({}, null, process.cwd());
    const rules = resolveRules(await loadAllRules(config), config);
    const corpus = await sharedCorpusProvider();
    for (const m of manifest.documents) {
      const { result } = await auditFile(join(SHARED_CORPUS, m.path), rules, {
        asOf: m.version_date,
        limits: config.limits,
        settings: {},
        corpus,
        displayPath: m.id,
      });
      results.set(`corpus/${m.id}`, result);
    }
  }, 900_000);

  it('reads all 135 texts', () => {
    expect(results.size).toBe(135);
    for (const [name, d] of results) expect(d.status, name).toBe('ok');
  });

  it('names the kind and issuer the corpus manifest gives for each of its texts', () => {
    for (const m of manifest.documents) {
      const p = results.get(`corpus/${m.id}`)!.profile!;
      expect(p.kind.value, `${m.id}: ${p.kind.basis}`).toBe(LEVEL_TO_KIND[m.level] ?? m.level);
      expect(expectedIssuers(m.issuing_body), `${m.id}: ${p.issuers.map((i) => i.name).join('、')}`).toContain(p.issuers[0]?.name);
    }
  });

  it('names the kind and issuers of each State Council text (issuers from index.json, kinds from gov-kinds.json)', () => {
    const index = JSON.parse(readFileSync(join(GOV, 'index.json'), 'utf8')) as Array<{ file: string; office: string; number: string }>;
    expect(GOV_KINDS.map((g) => g.file).sort()).toEqual(index.map((i) => i.file).sort());
    for (const entry of index) {
      const p = results.get(`gov/${entry.file}`)!.profile!;
      expect(p.kind.value, `${entry.file}: ${p.kind.basis}`).toBe(GOV_KINDS.find((g) => g.file === entry.file)!.kind);
      // index.json writes 中央军委 for 中央军事委员会.
      const offices = entry.office.split('、').map((o) => o.replace(/^中央军委/u, '中央军事委员会'));
      expect(
        p.issuers.map((i) => i.name),
        entry.file,
      ).toEqual(offices);
      expect(p.region.value, entry.file).toBe('全国');
      expect(p.level, entry.file).toBe('national');
    }
  });

  it('reports nothing from a rule whose legal basis does not reach the document', () => {
    const wrong: string[] = [];
    for (const [name, d] of results) {
      const p = d.profile!;
      const date = p.dates.reference.value;
      for (const f of d.findings) {
        const where = `${name} ${f.ruleId}@${f.location.address}`;
        if (!p.normative && !NON_NORMATIVE_ALLOWED.includes(f.ruleId)) wrong.push(`${where}: ${p.kind.value} is not normative`);
        if (HUNAN_RULES.includes(f.ruleId) && (p.region.value !== '湖南省' || p.kind.value !== '行政规范性文件'))
          wrong.push(`${where}: Hunan rule on ${p.kind.value} of ${p.region.value}`);
        if (NORMATIVE_DOCUMENT_RULES.includes(f.ruleId) && p.kind.value !== '行政规范性文件')
          wrong.push(`${where}: rule for 行政规范性文件 on a ${p.kind.value}`);
        if (GB9704_RULES.includes(f.ruleId) && date < '2012-07-01') wrong.push(`${where}: GB/T 9704—2012 on a document of ${date}`);
        if (f.ruleId === 'conflict/corpus' || f.ruleId === 'conflict/duplicate') {
          const higher = manifest.documents.find((m) => f.related[0] && m.title === f.related[0].title);
          if (!higher || !(RANK[higher.level] < RANK[p.kind.value]))
            wrong.push(`${where}: compared with ${f.related[0]?.title} (${higher?.level}), not higher than ${p.kind.value}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('judges each corpus text as of its own date', () => {
    for (const m of manifest.documents) {
      const p = results.get(`corpus/${m.id}`)!.profile!;
      // The text's own date (成文, revision or publication), or for an undated one the version date given as --as-of.
      expect(p.dates.reference.value <= m.version_date || p.dates.reference.of === 'effective', `${m.id}: ${p.dates.reference.basis}`).toBe(true);
    }
  });

  it('lists every remaining finding in triage.json with a reviewer verdict, and no other', () => {
    const actual: TriageEntry[] = [];
    for (const [name, d] of results) {
      for (const f of d.findings)
        actual.push({ file: name, ruleId: f.ruleId, address: f.location.address, message: f.message, verdict: 'unreviewed', reviewer: '' });
    }
    const triage: TriageEntry[] = existsSync(TRIAGE) ? JSON.parse(readFileSync(TRIAGE, 'utf8')) : [];
    if (process.env.HRSS_UPDATE_TRIAGE) {
      const known = new Map(triage.map((t) => [key(t), t]));
      const merged = actual.map((a) => known.get(key(a)) ?? a).sort((a, b) => key(a).localeCompare(key(b)));
      writeFileSync(TRIAGE, `${JSON.stringify(merged, null, 1)}\n`);
    }
    expect(actual.map(key).sort()).toEqual(triage.map(key).sort());
    for (const t of triage) {
      expect(['true', 'false'], `${key(t)} has no verdict`).toContain(t.verdict);
      expect(t.reviewer.length, `${key(t)} needs the reviewer's reason`).toBeGreaterThan(5);
    }
  });
});
