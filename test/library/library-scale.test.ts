import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules, type ActiveRule } from '../../src/engine/registry.js';
import type { Citation, DocumentResult } from '../../src/engine/types.js';
import { applyLibraryRules } from '../../src/library/apply.js';
import { SAMPLE_AS_OF } from '../helpers/library.js';

/**
 * Rules across documents on large libraries: near-linear work and findings
 * of bounded size, whatever the library shares. Counted, not timed: the
 * work is the number of times the rules read a document's meta or facts
 * plus the map and set look-ups they make (all deterministic); timings are
 * in `npm run bench`.
 */

const AT = { line: 1, column: 1, endLine: 1, endColumn: 2, page: null, paragraph: null, article: 1, address: '第一条' };

interface Spec {
  title: string;
  number: string;
  registration?: string;
  /** Last day of validity (before the review date: expired). */
  until?: string;
  citations?: Array<Pick<Citation, 'kind' | 'text' | 'role'>>;
}

/** A document result whose meta and facts count their reads. */
function doc(i: number, spec: Spec, reads: { n: number }): DocumentResult {
  const meta: DocumentResult['meta'] = {
    title: spec.title,
    registrationNumber: spec.registration ?? `HNPR—2024—${String(10000 + (i % 90000)).padStart(5, '0')}`,
    documentNumber: spec.number,
    issuers: [],
    signedDate: null,
    effectiveDate: '2020-01-01',
    validity: { years: 5, until: spec.until ?? '2029-12-31' },
  };
  const facts: DocumentResult['facts'] = {
    titles: [spec.title],
    indefinite: false,
    anchors: {},
    citations: (spec.citations ?? []).map((c) => ({ ...c, location: AT, excerpt: '' })),
  };
  const result = {
    path: `lib/${String(i).padStart(6, '0')}.md`,
    format: 'md',
    sha256: '',
    status: 'ok',
    error: null,
    verdict: 'pass',
    findings: [],
    stats: null,
  } as unknown as DocumentResult;
  Object.defineProperty(result, 'meta', { enumerable: true, get: () => (reads.n++, meta) });
  Object.defineProperty(result, 'facts', { enumerable: true, get: () => (reads.n++, facts) });
  return result;
}

let rules: ActiveRule[];
async function libraryRules(): Promise<ActiveRule[]> {
  if (!rules) {
    const config = validateConfig({}, null, '/tmp');
    rules = resolveRules(await loadAllRules(config), config).filter((a) => a.rule.meta.scope === 'library');
  }
  return rules;
}

/** Work and output of the library rules on a library of n documents built by `shape`. */
async function measure(n: number, shape: (i: number, n: number) => Spec): Promise<{ work: number; messageChars: number; findings: number }> {
  const reads = { n: 0 };
  const docs = Array.from({ length: n }, (_, i) => doc(i, shape(i, n), reads));
  const active = await libraryRules();
  const mapHas = vi.spyOn(Map.prototype, 'has');
  const setHas = vi.spyOn(Set.prototype, 'has');
  reads.n = 0;
  const results = applyLibraryRules(docs, active, SAMPLE_AS_OF);
  const work = reads.n + mapHas.mock.calls.length + setHas.mock.calls.length;
  mapHas.mockRestore();
  setHas.mockRestore();
  const library = results.flatMap((d) => d.findings.filter((f) => f.ruleId.startsWith('library/')));
  return { work, messageChars: library.reduce((sum, f) => sum + f.message.length, 0), findings: library.length };
}

afterEach(() => vi.restoreAllMocks());

const SHAPES: Record<string, (i: number, n: number) => Spec> = {
  // Every document shares one 发文字号 and one 登记号 (the merge that ran out of memory).
  'one shared number': (i) => ({ title: `湖南省第${i}号办法`, number: '湘人社规〔2024〕1号', registration: 'HNPR—2024—11001' }),
  // Half the library is one expired title; the other half cites it as its basis.
  'many cite one expired title': (i, n) =>
    i < n / 2
      ? { title: '湖南省就业见习办法', number: `湘人社规〔2018〕${i + 1}号`, until: '2023-06-30' }
      : { title: `湖南省第${i}号规定`, number: `湘人社规〔2024〕${i + 1}号`, citations: [{ kind: 'title', text: '湖南省就业见习办法', role: 'basis' }] },
  // Half the library shares a title; the other half each declares it repealed.
  'many repeal one shared title': (i, n) =>
    i < n / 2
      ? { title: '湖南省就业见习办法', number: `湘人社规〔2018〕${i + 1}号` }
      : { title: `湖南省第${i}号决定`, number: `湘人社规〔2025〕${i + 1}号`, citations: [{ kind: 'title', text: '湖南省就业见习办法', role: 'repeal' }] },
};

describe('rules across documents on large libraries', () => {
  it.each(Object.keys(SHAPES))('do near-linear work: %s', async (name) => {
    const small = await measure(1000, SHAPES[name]);
    const large = await measure(2000, SHAPES[name]);
    expect(large.findings).toBeGreaterThan(0);
    // Twice the documents, about twice the work (quadratic work would be four times).
    expect(large.work / small.work, `${small.work} → ${large.work}`).toBeLessThan(2.5);
  });

  it('name a few of the documents sharing a number and count the rest: findings of bounded size', async () => {
    const n = 2000;
    const { messageChars, findings } = await measure(n, SHAPES['one shared number']);
    expect(findings).toBe(2 * n); // the 发文字号 and the 登记号, on every document
    expect(messageChars / findings).toBeLessThan(200);
    const reads = { n: 0 };
    const docs = Array.from({ length: 8 }, (_, i) => doc(i, SHAPES['one shared number'](i, 8), reads));
    const [first] = applyLibraryRules(docs, await libraryRules(), SAMPLE_AS_OF);
    expect(first.findings.find((f) => f.ruleId === 'library/duplicate-number')!.message).toBe(
      '发文字号“湘人社规〔2024〕1号”与“lib/000001.md”、“lib/000002.md”、“lib/000003.md”、“lib/000004.md”、“lib/000005.md”等 7 个文件相同；一个发文字号只能对应一个文件。',
    );
  });

  it('count copies stored many times without listing them all', async () => {
    const reads = { n: 0 };
    const docs = Array.from({ length: 12 }, (_, i) =>
      doc(i, { title: '湖南省就业见习办法', number: '湘人社规〔2024〕1号', registration: 'HNPR—2024—11001' }, reads),
    );
    const [first] = applyLibraryRules(docs, await libraryRules(), SAMPLE_AS_OF);
    const copy = first.findings.find((f) => f.ruleId === 'library/duplicate-number')!;
    expect(copy.severity).toBe('info');
    expect(copy.message).toBe(
      '与“lib/000001.md”、“lib/000002.md”、“lib/000003.md”、“lib/000004.md”、“lib/000005.md”等 11 个文件是同一文件（发文字号和标题相同），文件库中重复存放了12份。',
    );
  });
});
