import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { buildZip, nestedZip, type RawEntry } from '../../fixtures/lib/hostile-zip.mjs';
import { ROOT, runCli } from '../helpers/cli.js';

/**
 * Mutation fuzzing of real .docx, .pdf, .doc and .ofd files: random byte
 * flips, truncations, (for the zip formats .docx and .ofd) removed or damaged
 * zip entries and (for .pdf and .doc) a damaged stretch and, below, duplicated
 * and overlapping zip entries, audited as one
 * batch by the real CLI on worker threads with a per-file time limit. Every
 * file must come back either audited or unreadable with a documented code:
 * no uncaught exception (E_INTERNAL), no crashed worker, no hang past the
 * limit. Seeded and bounded here; `npm run fuzz` runs many more.
 */
const COUNT = Number(process.env.HRSS_MUTATIONS ?? 36);
const SEED = Number(process.env.HRSS_FUZZ_SEED ?? 20261127);

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function flipBytes(data: Uint8Array, rnd: () => number, n: number): Uint8Array<ArrayBuffer> {
  const out = data.slice();
  for (let i = 0; i < n; i++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
  return out;
}

function mutateDocxEntries(data: Uint8Array, rnd: () => number): Uint8Array {
  const entries = unzipSync(data);
  const names = Object.keys(entries);
  const victim = names[Math.floor(rnd() * names.length)];
  if (rnd() < 0.5) delete entries[victim];
  else entries[victim] = flipBytes(entries[victim], rnd, 1 + Math.floor(rnd() * 8));
  return zipSync(entries);
}

type Kind = 'docx' | 'pdf' | 'doc' | 'ofd';

function mutate(data: Uint8Array, kind: Kind, rnd: () => number): Uint8Array {
  const r = rnd();
  if (r < 0.35) return flipBytes(data, rnd, 1 + Math.floor(rnd() * 20));
  if (r < 0.6) return data.subarray(0, Math.floor(rnd() * data.length));
  if (kind === 'docx' || kind === 'ofd') return mutateDocxEntries(data, rnd);
  // PDF and .doc: damage a stretch in the middle, where objects, streams and tables are.
  const out = data.slice();
  const at = Math.floor(rnd() * out.length);
  out.fill(Math.floor(rnd() * 256), at, Math.min(out.length, at + 1 + Math.floor(rnd() * 200)));
  return out;
}

describe('mutation fuzzing through the CLI', () => {
  it(`${COUNT} damaged .docx, .pdf, .doc and .ofd files: each audited or unreadable with a documented code`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-mutants-'));
    const sources: Array<[string, Kind]> = [
      ['fixtures/drafts/sample-draft.docx', 'docx'],
      ['fixtures/parity/employment-internship-measures.auto.doc', 'doc'],
      ['fixtures/parity/employment-internship-measures.ofd', 'ofd'],
      ['fixtures/parity/employment-internship-measures.auto.docx', 'docx'],
      ['fixtures/drafts/sample-draft.pdf', 'pdf'],
      ['fixtures/parity/employment-internship-measures.tracked.doc', 'doc'],
      ['fixtures/drafts/sample-draft.ofd', 'ofd'],
      ['fixtures/parity/employment-internship-measures.tracked.docx', 'docx'],
      ['fixtures/readers/pdf/gbt-notice.pdf', 'pdf'],
    ];
    const rnd = prng(SEED);
    for (let i = 0; i < COUNT; i++) {
      const [file, kind] = sources[i % sources.length];
      writeFileSync(join(dir, `m${String(i).padStart(4, '0')}.${kind}`), mutate(new Uint8Array(readFileSync(join(ROOT, file))), kind, rnd));
    }
    const r = await runCli(['check', '.', '--jobs', '2', '--timeout', '20000', '-f', 'json', '--rule', 'validity/missing', 'numbering/document-number'], {
      cwd: dir,
    });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const report = JSON.parse(r.stdout);
    expect(report.documents.length).toBe(COUNT);
    const codes = report.documents.filter((d: { status: string }) => d.status === 'unreadable').map((d: { error: { code: string } }) => d.error.code);
    for (const code of codes) expect(Object.keys(ERROR_CODES)).toContain(code);
    expect(
      codes.filter((c: string) => c === 'E_INTERNAL' || c === 'E_WORKER_CRASH' || c === 'E_TIMEOUT'),
      JSON.stringify(
        report.documents
          .filter((d: { error: { code: string } | null }) => d.error && /INTERNAL|CRASH|TIMEOUT/.test(d.error.code))
          .map((d: { path: string; error: unknown }) => [d.path, d.error]),
      ),
    ).toEqual([]);
    // The mutations really damage something: not every file still reads.
    expect(codes.length).toBeGreaterThan(0);
  });
});

/**
 * Zip structure tricks on real .docx files (issue 10, items 3 and 16): a part
 * stored twice (same name, another case, a percent-escape), a local header
 * naming another file, entries sharing their data. Whatever the part and the
 * trick, `check` must refuse the file with its code, never audit one copy.
 */
type Trick = 'duplicate' | 'case' | 'escape' | 'local-name' | 'overlap';
const TRICKS: Trick[] = ['duplicate', 'case', 'escape', 'local-name', 'overlap'];

function zipTrick(data: Uint8Array, trick: Trick, rnd: () => number): Uint8Array {
  const entries = unzipSync(data);
  const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
  const victim = names[Math.floor(rnd() * names.length)];
  const raw = (name: string, bytes: Uint8Array, localName?: string): RawEntry => ({ name, data: bytes, method: 0, declaredSize: bytes.length, localName });
  const all = names.map((n) => raw(n, entries[n]));
  // A second copy goes anywhere in the directory: before or after the first.
  const at = Math.floor(rnd() * (all.length + 1));
  const copy = flipBytes(entries[victim], rnd, 1);
  if (trick === 'duplicate') all.splice(at, 0, raw(victim, copy));
  if (trick === 'case')
    all.splice(
      at,
      0,
      raw(
        victim.replace(/[a-z]/g, (c) => (rnd() < 0.5 ? c.toUpperCase() : c)).replace(/^[a-z]/, (c) => c.toUpperCase()),
        copy,
      ),
    );
  if (trick === 'escape')
    all.splice(
      at,
      0,
      raw(
        victim.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`),
        copy,
      ),
    );
  if (trick === 'local-name') all[names.indexOf(victim)] = raw(victim, entries[victim], `${victim}.x`);
  if (trick === 'overlap') {
    const outer = names.filter((n) => n !== victim).slice(0, 1 + Math.floor(rnd() * 8));
    return nestedZip(outer, { name: victim, data: entries[victim] });
  }
  return buildZip(all);
}

describe('zip structure tricks through the CLI', () => {
  it(`${Math.max(10, Math.floor(COUNT / 2))} tricked .docx and .ofd files: every one refused with E_ZIP_AMBIGUOUS or E_ZIP_CORRUPT`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-zip-tricks-'));
    // The OFD reader reads its zip through the same directory checks.
    const sources = [
      'fixtures/drafts/sample-draft.docx',
      'fixtures/parity/employment-internship-measures.auto.docx',
      'fixtures/drafts/sample-draft.ofd',
      'fixtures/parity/employment-internship-measures.tracked.docx',
    ];
    const rnd = prng(SEED + 1);
    const n = Math.max(10, Math.floor(COUNT / 2));
    const expected = new Map<string, string>();
    for (let i = 0; i < n; i++) {
      const trick = TRICKS[i % TRICKS.length];
      const source = sources[i % sources.length];
      const name = `t${String(i).padStart(4, '0')}-${trick}${source.slice(source.lastIndexOf('.'))}`;
      writeFileSync(join(dir, name), zipTrick(new Uint8Array(readFileSync(join(ROOT, source))), trick, rnd));
      expected.set(name, trick === 'overlap' ? 'E_ZIP_CORRUPT' : 'E_ZIP_AMBIGUOUS');
    }
    const r = await runCli(['check', '.', '--jobs', '2', '--timeout', '20000', '-f', 'json', '--rule', 'validity/missing'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.documents.length).toBe(n);
    const got = report.documents.map((d: { path: string; status: string; error: { code: string } | null }) => [d.path, d.status, d.error?.code]);
    expect(got).toEqual([...expected].map(([path, code]) => [path, 'unreadable', code]));
  });
});
