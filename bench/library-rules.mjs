// Rules across documents (library/*) on synthetic libraries of 5,000 to
// 40,000 per-document results, in-process: the work must grow linearly with
// the library whatever it shares (a number shared by every document, a title
// that half the library cites or repeals). The reference is linear growth:
// doubling the library should about double the time (ratio ≈ 2, quadratic ≈ 4).
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SUBJECTS, table } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(join(root, 'dist/src', p)).href);
const { applyLibraryRules } = await dist('library/apply.js');
const { validateConfig } = await dist('engine/config.js');
const { loadAllRules, resolveRules } = await dist('engine/registry.js');

const config = validateConfig({}, null, root);
const rules = resolveRules(await loadAllRules(config), config).filter((a) => a.rule.meta.scope === 'library');
const AT = { line: 1, column: 1, endLine: 1, endColumn: 2, page: null, paragraph: null, article: 1, address: '第一条' };

function doc(i, { title, number, registration, until, citations = [] }) {
  return {
    path: `lib/${String(i).padStart(6, '0')}.md`,
    format: 'md',
    sha256: '',
    status: 'ok',
    error: null,
    verdict: 'pass',
    findings: [],
    stats: null,
    meta: {
      title,
      registrationNumber: registration ?? `HNPR—2024—${String(10000 + (i % 90000)).padStart(5, '0')}`,
      documentNumber: number,
      issuers: [],
      signedDate: null,
      effectiveDate: '2020-01-01',
      validity: { years: 5, until: until ?? '2029-12-31' },
    },
    facts: { titles: [title], indefinite: false, anchors: {}, citations: citations.map((c) => ({ ...c, location: AT, excerpt: '' })) },
  };
}

const SHAPES = {
  'like bench/library (50 titles, 970 numbers, 1/3 cite)': (i) => ({
    title: `湖南省${SUBJECTS[i % 10]}${['管理办法', '实施细则', '暂行规定', '办法', '规定'][Math.floor(i / 10) % 5]}`,
    number: `湘人社规〔${2016 + (i % 10)}〕${(i % 97) + 1}号`,
    until: `${2021 + (i % 10)}-01-01`,
    citations: i % 3 === 0 ? [{ kind: 'title', text: `湖南省${SUBJECTS[(i + 3) % 10]}办法`, role: 'basis' }] : [],
  }),
  'one 发文字号 and 登记号 shared by all': (i) => ({ title: `湖南省第${i}号办法`, number: '湘人社规〔2024〕1号', registration: 'HNPR—2024—11001' }),
  'half share a title, half cite or repeal it': (i, n) =>
    i < n / 2
      ? { title: '湖南省就业见习办法', number: `湘人社规〔2018〕${i + 1}号`, until: '2023-06-30' }
      : {
          title: `湖南省第${i}号规定`,
          number: `湘人社规〔2024〕${i + 1}号`,
          citations: [{ kind: 'title', text: '湖南省就业见习办法', role: i % 2 ? 'basis' : 'repeal' }],
        },
};

const rows = [['library', 'documents', 'time', 'ratio to half the size']];
for (const [name, shape] of Object.entries(SHAPES)) {
  let previous;
  for (const n of [5000, 10000, 20000, 40000]) {
    const docs = Array.from({ length: n }, (_, i) => doc(i, shape(i, n)));
    globalThis.gc?.();
    const t = process.hrtime.bigint();
    applyLibraryRules(docs, rules, '2026-11-27');
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    rows.push([name, n.toLocaleString('en'), `${ms.toFixed(0)} ms`, previous ? `${(ms / previous).toFixed(2)}×` : '—']);
    previous = ms;
  }
}
table(rows);
