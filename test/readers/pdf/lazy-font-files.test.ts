import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';

/**
 * The build makes pdf.js build its font files for rendering only when they
 * are used (scripts/bundle.mjs, lazyFontFiles): reading text never uses
 * them. The text pdf.js reads must not change, and a font file, when
 * something renders, must be the one pdf.js as published builds. Both are
 * compared here on PDFs with Type 1 fonts (the patched path) and TrueType
 * fonts (left as they were), without a ToUnicode map, and with a
 * non-embedded CJK font. None of the samples has a CFF font.
 *
 * The same comparison covers the build's other edit of pdf.js: its streams
 * (each page's text, each operator list) are InThreadStreams
 * (in-thread-stream.test.ts) in the bundled copy, Node's ReadableStream in
 * the published one.
 */
const PROBE = join(ROOT, 'test/helpers/pdfjs-probe.cjs');
const FILES = [
  '../shared/samples/pdf/large.pdf',
  'fixtures/drafts/sample-draft.pdf',
  'fixtures/readers/pdf/gbt-notice.pdf',
  'fixtures/readers/pdf/gbt-notice-no-tounicode.pdf',
  'fixtures/readers/pdf/stsong-ucs2.pdf',
  'fixtures/clean/notice-outline.pdf',
].map((f) => join(ROOT, f));

function probe(copy: 'bundle' | 'package', fonts: boolean): Record<string, { text: string; items: number; fonts: Record<string, string> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, FONTS: fonts ? '1' : '' };
  delete env.NODE_EXTRA_CA_CERTS;
  const r = spawnSync(process.execPath, [PROBE, copy, ROOT, ...FILES], { encoding: 'utf8', env });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('pdf.js font files built on first use', () => {
  it('leave the text of every page as pdf.js as published reads it', () => {
    const patched = probe('bundle', false);
    expect(patched).toEqual(probe('package', false));
    expect(Object.values(patched).every((f) => f.items > 0)).toBe(true);
  });

  it('are, when rendering asks for them, the font files pdf.js as published builds', () => {
    const patched = probe('bundle', true);
    expect(patched).toEqual(probe('package', true));
    // Every embedded font came with its file (a hash and a length), the Type 1 ones included; the non-embedded
    // STSong has none to build.
    const { 'stsong-ucs2.pdf': nonEmbedded, ...embedded } = patched;
    expect(Object.values(nonEmbedded.fonts)).toEqual(['undefined']);
    const built = Object.values(embedded).flatMap((f) => Object.values(f.fonts));
    expect(built.length).toBeGreaterThan(10);
    expect(built.every((h) => /^[0-9a-f]{16}:\d+$/.test(h))).toBe(true);
  });
});
