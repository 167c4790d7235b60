import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDoc } from '../../src/document/readers/doc/index.js';
import { readOfd } from '../../src/document/readers/ofd/index.js';
import { ROOT } from '../helpers/cli.js';
import { DEFAULT_LIMITS } from '../../src/document/limits.js';
import type { Block, SourceDocument } from '../../src/document/model.js';
import { readMarkdown } from '../../src/document/readers/markdown.js';
import { readText } from '../../src/document/readers/text.js';
import { buildLegalDocument } from '../../src/document/structure/build.js';
import { locate } from '../../src/document/structure/locate.js';
import { isHrssError } from '../../src/errors.js';
import { findDates } from '../../src/zh/dates.js';
import { findDurations } from '../../src/zh/durations.js';
import { mapRange, normalizeForMatch } from '../../src/zh/normalize.js';
import { formatChineseNumber, parseChineseNumber } from '../../src/zh/numerals.js';

/**
 * Property tests: any input in, no throw, offsets within bounds, round-trips
 * where they exist. Seeded and bounded so CI stays fast and repeatable;
 * `npm run fuzz` runs the same properties much longer.
 */
const RUNS = Number(process.env.HRSS_FUZZ_RUNS ?? 300);
const params = { numRuns: RUNS, seed: Number(process.env.HRSS_FUZZ_SEED ?? 20261127) };

// Text that looks like an official document: CJK, numerals, markers, punctuation, astral and fullwidth characters.
const pieces = [
  '第',
  '条',
  '章',
  '节',
  '款',
  '项',
  '一',
  '二',
  '十',
  '百',
  '零',
  '〇',
  '两',
  '廿',
  '年',
  '月',
  '日',
  '自',
  '起施行',
  '有效期',
  '至',
  '（',
  '）',
  '〔',
  '〕',
  '、',
  '.',
  '．',
  '。',
  '，',
  '：',
  '《',
  '》',
  '号',
  '附件',
  '𠮷',
  '１',
  '２',
  '０',
  '2',
  '0',
  '5',
  ' ',
  '\u3000',
  '\t',
  'HNPR',
  '—',
  '-',
  '湘人社规',
  '关于',
  '的通知',
  '办法',
];
const docText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(docText, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));

describe('src/zh properties', () => {
  it('Chinese numerals round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => parseChineseNumber(formatChineseNumber(n)) === n),
      params,
    );
  });

  it('findDates never throws and its matches point into the input', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const d of findDates(s)) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(d.start, d.end)).toBe(d.text);
          if (d.valid) expect(d.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      params,
    );
  });

  it('findDurations never throws and its matches point into the input', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const d of findDurations(s)) {
          expect(s.slice(d.start, d.end)).toBe(d.text);
          expect(Number.isFinite(d.value)).toBe(true);
        }
      }),
      params,
    );
  });

  it('normalisation maps every offset back inside the original, monotonically', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeForMatch(s);
        expect(n.map.length).toBe(n.text.length + 1);
        for (let i = 1; i < n.map.length; i++) expect(n.map[i]).toBeGreaterThan(n.map[i - 1]);
        const start = a % (n.text.length + 1);
        const end = start + (b % (n.text.length - start + 1));
        const r = mapRange(n, start, end);
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(s.length);
        expect(r.start).toBeLessThanOrEqual(r.end);
      }),
      params,
    );
  });
});

function sourceOf(texts: string[], labels: Array<string | undefined>): SourceDocument {
  const blocks: Block[] = texts
    .map((t) => t.replace(/\n/g, ''))
    .map((text, index) => ({ index, text, label: labels[index], container: 'body' as const, style: {}, source: { paragraph: index } }));
  return { format: 'txt', blocks, streams: [], notes: [] };
}

describe('structure pass properties', () => {
  it('any blocks in: no throw, every span inside the text, every offset locatable', () => {
    fc.assert(
      fc.property(
        fc.array(anyText, { maxLength: 25 }),
        fc.array(fc.option(fc.constantFrom('第一条', '一、', '（二）', '1.', '•', ''), { nil: undefined }), { maxLength: 25 }),
        (texts, labels) => {
          const doc = buildLegalDocument(sourceOf(texts, labels));
          const len = doc.text.length;
          const inside = (s: { start: number; end: number }) => s.start >= 0 && s.end <= len && s.start <= s.end;
          for (const a of doc.articles) {
            expect(inside(a.span)).toBe(true);
            for (const c of a.children) expect(inside(c.span)).toBe(true);
          }
          for (const o of doc.outline) expect(inside(o.span)).toBe(true);
          for (const f of [doc.header.title, doc.header.documentNumber, doc.header.registrationNumber, doc.header.recipients, doc.closing.signedDate])
            if (f) expect(inside(f.span)).toBe(true);
          for (const c of [doc.closing.effective, doc.closing.validity]) if (c) expect(inside(c.span)).toBe(true);
          for (let off = 0; off <= len; off += Math.max(1, Math.floor(len / 7))) {
            const loc = locate(doc, { start: off, end: off });
            expect(loc.line).toBeGreaterThanOrEqual(1);
            expect(loc.column).toBeGreaterThanOrEqual(1);
            expect(typeof loc.address).toBe('string');
          }
        },
      ),
      params,
    );
  });
});

describe('reader properties', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    anyText.map((s) => new TextEncoder().encode(s)),
  );

  it.each([
    ['text', readText],
    ['markdown', readMarkdown],
  ])('%s reader: any bytes give a document or a coded error', async (_name, reader) => {
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => {
        try {
          const doc = await reader(data, { limits: DEFAULT_LIMITS });
          for (const b of doc.blocks) expect(b.text.includes('\n')).toBe(false);
        } catch (e) {
          expect(isHrssError(e), String(e)).toBe(true);
        }
      }),
      { ...params, numRuns: Math.min(RUNS, 150) },
    );
  });
});

describe('invisible characters do not change findings (issue 10, item 4)', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { validateConfig } = await import('../../src/engine/config.js');
  const { loadAllRules, resolveRules } = await import('../../src/engine/registry.js');
  const { runRules } = await import('../../src/engine/run.js');
  const { FORMAT_CHARACTER } = await import('../../src/document/visible-text.js');

  const root = new URL('../../fixtures/rules/', import.meta.url).pathname;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.md') ? [p] : [];
    });
  // Every rule fixture that has no format character of its own.
  const files = walk(root)
    .sort()
    .filter((f) => !FORMAT_CHARACTER.test(readFileSync(f, 'utf8')));
  const sources = await Promise.all(files.map(async (f) => readMarkdown(readFileSync(f), { limits: DEFAULT_LIMITS })));
  const config = validateConfig({}, null, process.cwd());
  // The bidi rule reports the controls themselves: the one rule whose findings may change.
  const rules = resolveRules(await loadAllRules(config), config).filter((r) => r.rule.meta.scope !== 'library' && r.rule.id !== 'format/bidi-control');
  const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202c', '\u2066', '\u2069', '\u200f', '\ufe0f', '\u{e0041}'];
  const strip = (s: string): string => s.replace(new RegExp(FORMAT_CHARACTER.source, 'gu'), '');

  const audit = async (source: SourceDocument) => {
    const doc = buildLegalDocument(source);
    const findings = await runRules(doc, rules, { asOf: '2026-11-27', settings: {} });
    const stored = doc.formatCharacters?.source ?? doc.source;
    return findings.map((f) => {
      const line = stored.blocks[f.location.line - 1]?.text ?? '';
      const quoted = f.location.line === f.location.endLine ? strip(line.slice(f.location.column - 1, f.location.endColumn - 1)) : '';
      return `${f.ruleId} ${f.severity} ${f.location.address} L${f.location.line} «${quoted}» ${f.message}`;
    });
  };

  it(`found the fixtures (${files.length})`, () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('the same findings, at the same places of the text as stored, whatever invisible characters are inserted', async () => {
    const clean = new Map<number, string[]>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: sources.length - 1 }),
        fc.array(fc.record({ block: fc.nat(), at: fc.nat(), char: fc.constantFrom(...INVISIBLE), repeat: fc.integer({ min: 1, max: 3 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        async (which, insertions) => {
          const original = sources[which];
          if (!clean.has(which)) clean.set(which, await audit(original));
          const blocks = original.blocks.map((b) => ({ ...b }));
          for (const ins of insertions) {
            const b = blocks[ins.block % blocks.length];
            if (!b) continue;
            let at = ins.at % (b.text.length + 1);
            // Between code points: text with a split surrogate pair is not UTF-16 any reader produces.
            if (/[\ud800-\udbff]/.test(b.text[at - 1] ?? '') && /[\udc00-\udfff]/.test(b.text[at] ?? '')) at++;
            b.text = b.text.slice(0, at) + ins.char.repeat(ins.repeat) + b.text.slice(at);
          }
          expect(await audit({ ...original, blocks })).toEqual(clean.get(which));
        },
      ),
      { ...params, numRuns: Math.max(30, Math.floor(RUNS / 10)) },
    );
  });
});

describe('readers of the binary and package formats', () => {
  const doc = new Uint8Array(fs.readFileSync(path.join(ROOT, 'fixtures/parity/employment-internship-measures.auto.doc')));
  // Flips anywhere in a real .doc: header, FAT, directory, FIB, piece table, FKPs, style sheet, list tables.
  const flips = fc.array(fc.tuple(fc.nat({ max: doc.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 });

  const expectReadOrCoded = async (read: () => Promise<SourceDocument>): Promise<void> => {
    try {
      const out = await read();
      for (const b of out.blocks) expect(b.text.includes('\n')).toBe(false);
    } catch (e) {
      expect(isHrssError(e), String(e)).toBe(true);
      expect((e as { code: string }).code, (e as Error).message).not.toBe('E_INTERNAL');
    }
  };

  it('.doc reader: a real .doc with random bytes changed gives a document or a coded error', async () => {
    await fc.assert(
      fc.asyncProperty(flips, async (changes) => {
        const data = doc.slice();
        for (const [at, value] of changes) data[at] = value;
        await expectReadOrCoded(() => readDoc(data, { limits: DEFAULT_LIMITS }));
      }),
      { ...params, numRuns: Math.min(RUNS, 200) },
    );
  });

  const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  const num = fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, 1, -1, 1e308, -1e-308));
  const attr = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.array(num, { maxLength: 8 }).map((a) => a.join(' ')),
    fc.constantFrom('g 3 5', 'g', 'g -1 2', 'g 99999999 1', '1 g 2', ''),
  );
  const textObject = fc.record({
    boundary: attr,
    ctm: fc.option(attr),
    size: attr,
    deltaX: fc.option(attr),
    deltaY: fc.option(attr),
    x: fc.option(attr),
    y: fc.option(attr),
    text: anyText,
    readDirection: fc.option(attr),
  });
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const opt = (name: string, v: string | null): string => (v === null ? '' : ` ${name}="${esc(v)}"`);

  it('OFD reader: any positions, sizes, transforms and deltas give a document or a coded error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(textObject, { minLength: 1, maxLength: 6 }), fc.option(attr), async (objects, box) => {
        const content = objects
          .map(
            (o, i) =>
              `<ofd:TextObject ID="${i + 1}" Boundary="${esc(o.boundary)}" Size="${esc(o.size)}"${opt('CTM', o.ctm)}${opt('ReadDirection', o.readDirection)}><ofd:TextCode${opt('X', o.x)}${opt('Y', o.y)}${opt('DeltaX', o.deltaX)}${opt('DeltaY', o.deltaY)}>${esc(o.text)}</ofd:TextCode></ofd:TextObject>`,
          )
          .join('');
        const area = box === null ? '' : `<ofd:Area><ofd:PhysicalBox>${esc(box)}</ofd:PhysicalBox></ofd:Area>`;
        const data = zipSync({
          'OFD.xml': strToU8(`<ofd:OFD ${NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`),
          'Doc_0/Document.xml': strToU8(`<ofd:Document ${NS}><ofd:Pages><ofd:Page ID="1" BaseLoc="P/Content.xml"/></ofd:Pages></ofd:Document>`),
          'Doc_0/P/Content.xml': strToU8(`<ofd:Page ${NS}>${area}<ofd:Content><ofd:Layer ID="9">${content}</ofd:Layer></ofd:Content></ofd:Page>`),
        });
        await expectReadOrCoded(() => readOfd(data, { limits: DEFAULT_LIMITS }));
      }),
      { ...params, numRuns: Math.min(RUNS, 200) },
    );
  });
});
