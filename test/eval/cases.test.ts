import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusApi } from '../../src/corpus/api.js';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules, type ActiveRule } from '../../src/engine/registry.js';
import { runRules } from '../../src/engine/run.js';
import { loadCases, type LabelledCase } from '../../eval/lib/cases.mjs';
import { sharedCorpusProvider } from '../helpers/corpus.js';
import { mdDoc } from '../helpers/docs.js';

/**
 * The labelled cases of eval/cases/*.yaml, one provision each, checked one
 * by one as the article of a small draft (成文日期 2025-05-20) against the
 * shared reference corpus: a flagged case must be reported over the passage
 * it names (with the severity and the higher provision it names), a trap
 * must not be reported at all. `npm run eval` builds whole drafts from the
 * same cases and measures them in every format.
 */
const cases = loadCases();
let rules: Map<string, ActiveRule[]>;
let corpus: () => Promise<CorpusApi>;

beforeAll(async () => {
  const config = validateConfig({}, null, process.cwd());
  const all = await loadAllRules(config);
  rules = new Map([...new Set(cases.map((c) => c.rule))].map((id) => [id, resolveRules(all, config, [id])]));
  corpus = await sharedCorpusProvider();
}, 180_000);

function draft(c: LabelledCase): string {
  const [first, ...rest] = c.paragraphs;
  return (
    [
      `# 湖南省某某管理办法`,
      `第一条　${first}`,
      ...rest,
      '第二条　本办法自2025年7月1日起施行，有效期5年。',
      '湖南省人力资源和社会保障厅',
      '2025年5月20日',
    ].join('\n\n') + '\n'
  );
}

describe('labelled cases', () => {
  it('are many, of every substance rule, flagged and traps', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    for (const rule of [
      'content/ultra-vires',
      'content/certification',
      'content/fair-competition',
      'content/discrimination',
      'conflict/corpus',
      'conflict/duplicate',
    ]) {
      const mine = cases.filter((c) => c.rule === rule);
      expect(mine.filter((c) => c.flag !== false).length, rule).toBeGreaterThanOrEqual(8);
      expect(mine.filter((c) => c.flag === false).length, rule).toBeGreaterThanOrEqual(8);
    }
  });

  it.each(cases.map((c) => [`${c.rule} ${c.id}`, c] as const))('%s', async (_name, c) => {
    const doc = await mdDoc(draft(c));
    const findings = await runRules(doc, rules.get(c.rule)!, { asOf: '2026-11-27', settings: {}, corpus });
    const described = findings.map((f) => `${f.location.address} ${f.severity}: ${f.message}`).join('\n');
    if (c.flag === false) {
      expect(described, c.note ?? c.text).toBe('');
      return;
    }
    const flag = c.flag;
    expect(findings.length, `nothing reported for ${c.text}`).toBeGreaterThan(0);
    for (const f of findings) expect(f.location.address, described).toMatch(/^第一条/u);
    // The finding must point at the passage the case names.
    const at = doc.text.indexOf(flag, doc.articles[0].span.start);
    const hit = findings.find((f) => {
      const start = doc.blockStarts[f.location.line - 1] + f.location.column - 1;
      const end = doc.blockStarts[f.location.endLine - 1] + f.location.endColumn - 1;
      return start < at + flag.length && at < end;
    });
    expect(hit, `no finding covers “${flag}”:\n${described}`).toBeDefined();
    if (c.severity) expect(hit!.severity, described).toBe(c.severity);
    if (c.law) {
      // "title article", or alternatives separated by | when two higher laws say the same.
      const named = c.law.split('|').map((alt) => alt.trim().split(/\s+/u));
      const related = hit!.related[0];
      expect(
        named.some(([title, article]) => !!related && related.title.includes(title) && (related.article ?? '').startsWith(article)),
        `${c.law}\n${described}`,
      ).toBe(true);
    }
  });
});
