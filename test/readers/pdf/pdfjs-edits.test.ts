import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';

/**
 * The build edits the copy of pdf.js it bundles (scripts/bundle.mjs):
 * - its API module gets in-thread streams (in-thread-stream.test.ts) for
 *   each page's text and each operator list, instead of Node's
 *   ReadableStream;
 * - font files for rendering are built on first use (lazyFontFiles): reading
 *   text never uses them;
 * - a glyph's position is computed without intermediate arrays
 *   (textTransforms);
 * - a font already loaded is applied at once instead of through a promise
 *   (loadedFontsAtOnce);
 * - a FlateDecode stream is inflated by zlib when zlib decodes it whole
 *   (nativeInflate);
 * - the text state is copied field by field at a save (q) instead of being
 *   made the prototype of its copy (flatTextStateClone);
 * - an item's text is normalised only when it has a character to normalise
 *   (normalizeOnlyWhenNeeded).
 * None of them may change what pdf.js reads. Every text item of every page
 * (string, transform, font, size, line end), and every font file when
 * rendering asks for one, is compared here with pdf.js as published, on PDFs
 * with Type 1 fonts (the lazy font files' path) and TrueType fonts, without
 * a ToUnicode map, with a non-embedded CJK font, font-switching.pdf
 * (fixtures/readers/make-font-switching-pdf.mjs), which selects fonts in
 * every way the font edit must tell apart and saves and restores every field
 * of the text state, and flate-streams.pdf
 * (make-flate-streams-pdf.mjs), whose compressed pages are whole, cut off,
 * damaged, behind another filter or too large for zlib's turn. None of the
 * samples has a CFF font.
 */
const PROBE = join(ROOT, 'test/helpers/pdfjs-probe.cjs');
const FILES = [
  '../shared/samples/pdf/large.pdf',
  'fixtures/drafts/sample-draft.pdf',
  'fixtures/readers/pdf/gbt-notice.pdf',
  'fixtures/readers/pdf/gbt-notice-no-tounicode.pdf',
  'fixtures/readers/pdf/stsong-ucs2.pdf',
  'fixtures/readers/pdf/font-switching.pdf',
  'fixtures/readers/pdf/flate-streams.pdf',
  'fixtures/clean/notice-outline.pdf',
].map((f) => join(ROOT, f));

interface Probed {
  text: string;
  items: number;
  fonts: Record<string, string>;
  strings?: string[];
}

function probe(
  copy: 'bundle' | 'package',
  options: { fonts?: boolean; allPages?: boolean; strings?: boolean },
  files: string[] = FILES,
): Record<string, Probed> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FONTS: options.fonts ? '1' : '',
    PAGES: options.allPages ? 'all' : '',
    TEXT: options.strings ? '1' : '',
  };
  delete env.NODE_EXTRA_CA_CERTS;
  const r = spawnSync(process.execPath, [PROBE, copy, ROOT, ...files], { encoding: 'utf8', env });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('the build’s edits of pdf.js', () => {
  it('leave every text item of every page as pdf.js as published reads it', () => {
    const patched = probe('bundle', { allPages: true });
    expect(patched).toEqual(probe('package', { allPages: true }));
    expect(Object.values(patched).every((f) => f.items > 0)).toBe(true);
    // All 202 pages of the large sample were compared, not the first six.
    expect(patched['large.pdf'].items).toBeGreaterThan(probe('bundle', {}, [FILES[0]])['large.pdf'].items * 20);
  });

  it('read every run of font-switching.pdf, in every font it selects, in order', () => {
    const file = [join(ROOT, 'fixtures/readers/pdf/font-switching.pdf')];
    const patched = probe('bundle', { allPages: true, strings: true }, file)['font-switching.pdf'];
    expect(patched).toEqual(probe('package', { allPages: true, strings: true }, file)['font-switching.pdf']);
    const [one, two, three, four] = patched.strings ?? [];
    const inOrder = (page: string, parts: string[]): void => {
      let from = 0;
      for (const part of parts) {
        const at = page.indexOf(part, from);
        expect(at, `${part} after offset ${from} in ${page}`).toBeGreaterThanOrEqual(0);
        from = at + part.length;
      }
    };
    inOrder(one, [
      '第一条',
      'Article 1 applies to subsidies.',
      '第二条',
      '（一）企业职工；',
      'Times text after the CJK font.',
      'Bold text from a direct font dictionary.',
      '第三条',
      'Helvetica Times Helvetica',
      'In the form /F1 is Times.',
      '表单中的 /F2 仍是宋体。',
      'And Times again.',
    ]);
    inOrder(two, ['Page two starts with a font loaded on page one.', '第四条', 'Times again.', '第五条']);
    inOrder(three, ['Page three: the direct dictionary first.', '第六条']);
    // The text state saved and restored around nested q … Q (flatTextStateClone).
    inOrder(four, [
      'Outer state',
      'Inside one q: everything inherited.',
      'A line lower by the inherited leading.',
      '第七条',
      '下一行用内层行距。',
      '第八条',
      '仍用第二层继承的行距。',
      'Innermost: Times, wide, spaced.',
      '第九条',
      'Back at the page level',
      'And its leading.',
      'Same font selected again inside a save.',
      'Before a save in BT,',
      'inside it,',
      'lower',
      'after it.',
      'Next line.',
      // NFKC for the ligatures, the micro sign and the no-break space (normalizeOnlyWhenNeeded).
      'Normalised: find flow 5\u03bcm a b',
      'The last line, after every restore.',
    ]);
  });

  it('read every compressed page of flate-streams.pdf as pdf.js does, and fail the one pdf.js cannot read', () => {
    const file = [join(ROOT, 'fixtures/readers/pdf/flate-streams.pdf')];
    const patched = probe('bundle', { allPages: true, strings: true }, file)['flate-streams.pdf'];
    expect(patched).toEqual(probe('package', { allPages: true, strings: true }, file)['flate-streams.pdf']);
    const pages = patched.strings ?? [];
    expect(pages).toHaveLength(7);
    // Every line of the whole, badly summed, unsummed, trailed, hex-wrapped and oversized streams.
    for (const [page, what] of [
      [1, 'a whole stream'],
      [3, 'a wrong checksum'],
      [4, 'no checksum'],
      [5, 'bytes after the end'],
      [6, 'behind ASCIIHexDecode'],
      [7, 'after 17 MB of spaces'],
    ] as const) {
      expect(pages[page - 1]).toBe(Array.from({ length: 30 }, (_, i) => `Page ${page}: ${what}, line ${i + 1}.`).join(''));
    }
    expect(pages[1]).toBe('ERROR Bad encoding in flate stream');
  });

  it('build, when rendering asks for them, the font files pdf.js as published builds', () => {
    const patched = probe('bundle', { fonts: true });
    expect(patched).toEqual(probe('package', { fonts: true }));
    // Every embedded font came with its file (a hash and a length), the Type 1 ones included; the non-embedded
    // fonts have none to build.
    const { 'stsong-ucs2.pdf': nonEmbedded, 'font-switching.pdf': standard, 'flate-streams.pdf': helvetica, ...embedded } = patched;
    expect(Object.values(nonEmbedded.fonts)).toEqual(['undefined']);
    expect(Object.keys(standard.fonts).length).toBeGreaterThan(2);
    expect(Object.keys(helvetica.fonts)).toHaveLength(1);
    const built = Object.values(embedded).flatMap((f) => Object.values(f.fonts));
    expect(built.length).toBeGreaterThan(10);
    expect(built.every((h) => /^[0-9a-f]{16}:\d+$/.test(h))).toBe(true);
  });
});
