import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LITERAL_TABLE_PATH, literalsOf, mayContainMatch, requiredLiterals, saveLiteralTable } from '../../src/rule-support/required-literals.js';
import { PACKAGE_ROOT } from '../../src/package-info.js';
import { CORPUS_DIR } from '../helpers/shared.js';

const sorted = (xs: readonly string[] | undefined): string[] | undefined => (xs ? [...xs].sort() : undefined);

describe('requiredLiterals: what every match contains', () => {
  it.each([
    ['a plain word', '批准', ['批准']],
    ['an alternation, joined with what follows it', '(?:批准|审批)后方可', ['批准后方可', '审批后方可']],
    ['an optional word before a required one: the required one alone', '(?:应当)?办理', ['办理']],
    ['optional characters before a required one', '(?:须|需)?经', ['经']],
    ['an exact repeat', '(?:甲|乙){2}', ['甲甲', '甲乙', '乙甲', '乙乙']],
    ['a small class', '[甲乙]方', ['甲方', '乙方']],
    ['a negated class says nothing; the word after it does', '[^甲]方', ['方']],
    ['a negative lookahead says nothing', '(?!批准)办理', ['办理']],
    ['a \\u escape', '\\u4e00级', ['一级']],
    ['a group repeated once or more: the group', '(批准)+后', ['批准']],
    ['an astral character made optional as a whole', 'a𠮷?b', ['ab', 'a𠮷b']],
    ['a gap of any characters between two words', '未经[^，。；]{0,8}?批准', ['未经']],
    ['digits and a unit: the unit', '\\d+元', ['元']],
    ['the alternatives of every branch', '(?:收取|收缴)费用|缴纳保证金', ['缴纳保证金', '收取费用', '收缴费用']],
  ])('%s: /%s/', (_name, source, expected) => {
    expect(sorted(requiredLiterals(source, 'gu'))).toEqual([...expected].sort());
  });

  it.each([
    ['any character', '.'],
    ['a branch that needs nothing', '批准|[^，]'],
    ['a word that may be absent', '(?:批准)?'],
    ['a backreference', '(批)\\1'],
    ['a named backreference', '(?<a>批)\\k<a>'],
    ['a wide class', '\\p{Script=Han}+'],
    ['an unknown group syntax', '(?i:a)b'],
  ])('nothing promised for %s: /%s/', (_name, source) => {
    expect(requiredLiterals(source, 'gu')).toBeUndefined();
  });

  it('promises nothing when the pattern folds case', () => {
    expect(requiredLiterals('abc', 'gi')).toBeUndefined();
    expect(requiredLiterals('abc', 'g')).toEqual(['abc']);
  });

  it('counts a positive lookaround, whose text the searched text holds as well', () => {
    const source = '(?<=本省)企业';
    const needs = requiredLiterals(source, 'gu');
    expect(needs).toBeDefined();
    expect(mayContainMatch('本省企业', needs)).toBe(true);
    expect(mayContainMatch('外省企业', needs)).toBe(new RegExp(source, 'u').test('外省企业'));
  });

  it('filters exactly the texts without a required string', () => {
    const needs = requiredLiterals('(?:收取|收缴)[^，。；]{0,6}?费', 'gu');
    expect(mayContainMatch('用人单位不得向劳动者收取押金。', needs)).toBe(true);
    expect(mayContainMatch('本办法自印发之日起施行。', needs)).toBe(false);
    expect(mayContainMatch('任何文本', undefined)).toBe(true);
  });
});

/** Texts in which the patterns match: the reviewers' drafts and the laws of the stored corpus. */
function texts(): string[] {
  const out: string[] = [];
  const sets = join(PACKAGE_ROOT, 'eval/sets');
  for (const set of readdirSync(sets)) {
    const md = join(sets, set, 'md');
    if (existsSync(md)) for (const f of readdirSync(md)) out.push(readFileSync(join(md, f), 'utf8'));
  }
  const corpus = join(CORPUS_DIR, 'texts');
  for (const f of readdirSync(corpus, { recursive: true, encoding: 'utf8' })) if (f.endsWith('.md')) out.push(readFileSync(join(corpus, f), 'utf8'));
  return out;
}

describe("the build's table of the tool's own patterns", () => {
  // npm test builds first: the table is there, made by the build's training run.
  const table = JSON.parse(readFileSync(LITERAL_TABLE_PATH, 'utf8')) as Record<string, string[] | null>;
  const entries = Object.entries(table).map(([key, needs]) => {
    const slash = key.indexOf('/');
    return { flags: key.slice(0, slash), source: key.slice(slash + 1), needs };
  });

  it('holds the clause detectors and the term lists, and what the analysis finds for each', () => {
    expect(entries.length).toBeGreaterThan(150);
    for (const e of entries) expect(e.needs ?? undefined, e.source).toEqual(requiredLiterals(e.source, e.flags));
    // Most patterns promise something: otherwise the table would save nothing.
    expect(entries.filter((e) => e.needs).length / entries.length).toBeGreaterThan(0.9);
  });

  it('never filters out a text in which the pattern matches (every match in 1,300 drafts and 105 laws)', () => {
    const all = texts().join('\n');
    let checked = 0;
    for (const e of entries) {
      const needs = requiredLiterals(e.source, e.flags);
      const re = new RegExp(e.source, e.flags.includes('g') ? e.flags : `${e.flags}g`);
      for (const m of all.matchAll(re)) {
        // The match with the text around it, wide enough for the lookarounds: that text, too, the filter must pass.
        const window = all.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
        if (new RegExp(e.source, e.flags.replace('g', '')).test(window)) {
          expect(mayContainMatch(window, needs), `${e.source} in ${window}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});

describe('literalsOf and saveLiteralTable', () => {
  it('reads a pattern once and stores it with its flags', async () => {
    const source = '测试专用(?:甲|乙)模式';
    expect(sorted(literalsOf(source, 'gu'))).toEqual(['测试专用乙模式', '测试专用甲模式']);
    const dir = mkdtempSync(join(tmpdir(), 'hrss-literals-'));
    try {
      const path = join(dir, 'table.json');
      await saveLiteralTable(path);
      const saved = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[] | null>;
      expect(sorted(saved[`gu/${source}`] ?? undefined)).toEqual(['测试专用乙模式', '测试专用甲模式']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
