import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToOfd, type OfdOptions } from '../../../fixtures/lib/md-to-ofd.mjs';
import { parseFixtureMarkdown } from '../../../fixtures/lib/md-to-docx.mjs';
import { readOfd } from '../../../src/document/readers/ofd/index.js';
import { DEFAULT_LIMITS } from '../../../src/document/limits.js';
import type { SourceDocument } from '../../../src/document/model.js';
import { isHrssError } from '../../../src/errors.js';
import { ROOT } from '../../helpers/cli.js';

/**
 * OFD packages laid out by fixtures/lib/md-to-ofd.mjs from a Markdown draft,
 * in the variants real producers make: entries out of order, Chinese folder
 * names (UTF-8 or GBK), absolute part names, a signature, a template page
 * with a running header, the whole page a quarter turn round, a rotated seal,
 * and a scan with no text.
 */
const source = fs.readFileSync(path.join(ROOT, 'fixtures/drafts/sample-draft.md'), 'utf8');
const read = (options: OfdOptions = {}): Promise<SourceDocument> => readOfd(markdownToOfd(source, options), { limits: DEFAULT_LIMITS });
const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');
const shape = (doc: SourceDocument) => doc.blocks.map((b) => `${b.source.page}:${b.source.line}:${b.text}`);

describe('generated OFD of a draft', async () => {
  const plain = await read();

  it('reads every paragraph of the draft, in order, with nothing added or lost', () => {
    const paragraphs = parseFixtureMarkdown(source).map((b) => squash(b.text));
    expect(plain.blocks.map((b) => squash(b.text))).toEqual(paragraphs);
  });

  it('has page numbers: several pages, and the "— N —" page numbers went to a footer stream', () => {
    expect(plain.pages).toBeGreaterThan(1);
    expect(plain.blocks[plain.blocks.length - 1].source.page).toBe(plain.pages);
    expect(plain.streams.filter((s) => s.kind === 'footer').map((s) => s.text)).toEqual(['— 1 —']);
    expect(plain.blocks.some((b) => /^—\s*\d+\s*—$/.test(b.text))).toBe(false);
  });

  it('a paragraph that runs on to the next page is one block with a segment on each page', async () => {
    const long = `第十条　${'见习单位应当为见习人员办理人身意外伤害保险，'.repeat(8)}并按月发放生活补贴。`;
    const draft = [
      '# 某某办法',
      ...Array.from({ length: 19 }, (_, i) => `第${'一二三四五六七八九'[i % 9]}条　本条为第${i + 1}段。`),
      long,
      '第十一条　本办法自印发之日起施行。',
    ].join('\n\n');
    const doc = await readOfd(markdownToOfd(draft), { limits: DEFAULT_LIMITS });
    const block = doc.blocks.find((b) => b.text.startsWith('第十条'))!;
    expect(squash(block.text)).toBe(squash(long));
    const pages = block.source.segments!.map((s) => s.page);
    expect(pages[0]).toBe(1);
    expect(pages[pages.length - 1]).toBe(2);
    expect(pages).toEqual([...pages].sort());
    // Line numbers restart on the new page: the second page's part starts at its first body line.
    expect(block.source.segments!.find((s) => s.page === 2)!.line).toBe(1);
  });

  it.each<[string, OfdOptions]>([
    ['zip entries in reverse order (pages last to first)', { reverseEntries: true }],
    ['pages under Chinese folder names (UTF-8)', { chineseFolders: true }],
    ['Chinese folder names in GBK without the UTF-8 flag', { gbkNames: true }],
    ['absolute part names', { absolutePaths: true }],
    ['a digital signature', { signed: true }],
    ['the page drawn a quarter turn clockwise', { turn: 1 }],
    ['the page drawn a quarter turn anticlockwise', { turn: 3 }],
  ])('%s: the same blocks on the same pages and lines', async (_name, options) => {
    expect(shape(await read(options))).toEqual(shape(plain));
  });

  it('reads a signed package without opening the signature: a broken signature value does not matter', async () => {
    const data = markdownToOfd(source, { signed: true });
    // Damage every byte of the stored SignedValue.dat (stored uncompressed by the generator).
    const marker = Buffer.from('Doc_0/Signs/Sign_0/SignedValue.dat');
    const at = Buffer.from(data).indexOf(marker) + marker.length;
    for (let i = 0; i < 96; i++) data[at + i] ^= 0xff;
    const doc = await readOfd(data, { limits: DEFAULT_LIMITS });
    expect(shape(doc)).toEqual(shape(plain));
    expect(doc.notes.map((n) => n.code)).toContain('OFD_SIGNED');
  });

  it('a running header drawn from a template page is removed from the body and kept as a header', async () => {
    const doc = await read({ template: true });
    expect(shape(doc).map((s) => s.split(':').slice(2).join(':'))).toEqual(shape(plain).map((s) => s.split(':').slice(2).join(':')));
    expect(doc.streams.find((s) => s.kind === 'header')?.text).toBe('湖南省人力资源和社会保障厅行政规范性文件');
  });

  it('a rotated seal is left out of the text and noted', async () => {
    const doc = await read({ seal: true });
    expect(doc.blocks.map((b) => b.text)).toEqual(plain.blocks.map((b) => b.text));
    expect(doc.notes.map((n) => n.code)).toContain('OFD_ROTATED_TEXT_SKIPPED');
  });

  it('an image-only OFD (a scan) is refused like a scanned PDF: E_OFD_NO_TEXT', async () => {
    const e = await read({ imageOnly: true }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(isHrssError(e) && e.code).toBe('E_OFD_NO_TEXT');
    expect((e as Error).message).toContain('扫描件');
  });
});
