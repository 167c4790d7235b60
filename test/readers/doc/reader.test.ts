import fs from 'node:fs';
import path from 'node:path';
import WordExtractor from 'word-extractor';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/document/readers/docx/index.js';
import { DEFAULT_LIMITS } from '../../../src/document/limits.js';
import { SAMPLES_DIR } from '../../helpers/shared.js';
import { FIXTURES, SAMPLE_DOC, readBytes, readFixture, squash } from './helpers.js';

describe('the shared sample features-lo.doc, against the .docx LibreOffice made it from', async () => {
  const doc = await readBytes(new Uint8Array(fs.readFileSync(SAMPLE_DOC)), { path: 'features-lo.doc' });
  const docx = await readDocx(new Uint8Array(fs.readFileSync(path.join(SAMPLES_DIR, 'docx/features-lo.docx'))), { limits: DEFAULT_LIMITS });
  const shape = (d: typeof doc) =>
    d.blocks.map((b) => ({ label: b.label, text: b.text, container: b.container, paragraph: b.source.paragraph, heading: b.style.headingLevel }));

  it('reports its format as doc', () => {
    expect(doc.format).toBe('doc');
  });

  it('the same blocks: automatic labels (第一条…, 一、（一）1.（1）), text, tables, the text box after its anchor paragraph, headings', () => {
    expect(shape(doc)).toEqual(shape(docx));
  });

  it('tracked changes accepted and recorded with author and date', () => {
    const block = doc.blocks.find((b) => b.text.includes('十五个工作日'))!;
    expect(block.text).not.toContain('三十日');
    expect(block.revisions).toEqual(docx.blocks.find((b) => b.text.includes('十五个工作日'))!.revisions);
    expect(doc.notes[0].code).toBe('TRACKED_CHANGES');
  });

  it('header, footer, footnote and comment (with its author) as side streams, not body text', () => {
    const streams = doc.streams.map((s) => ({ kind: s.kind, text: s.text, author: s.author }));
    expect(streams).toEqual(docx.streams.map((s) => ({ kind: s.kind, text: s.text, author: s.author })));
    const body = doc.blocks.map((b) => b.text).join('\n');
    expect(body).not.toContain('脚注：');
    expect(body).not.toContain('批注：');
  });

  it('footnote and comment reference marks become anchors at the same offsets', () => {
    const block = doc.blocks.find((b) => b.anchors)!;
    expect(block.anchors!.map((a) => [a.kind, a.start])).toEqual([
      ['footnote', 54],
      ['comment', 86],
    ]);
  });

  it('has no writer origin (annotate is for .docx only)', () => {
    expect(doc.blocks.every((b) => b.origin === undefined)).toBe(true);
  });
});

describe('tracked changes in a .doc (fixtures/readers/doc/revisions.doc)', () => {
  it('reads the text as if accepted: deletions out, insertions in, a deleted paragraph mark merges two paragraphs', async () => {
    const doc = await readFixture('revisions.doc');
    expect(doc.blocks.map((b) => `${b.label ?? ''}|${b.text}`)).toEqual([
      '|甲𠮷新增乙丙',
      '|原有内容。',
      '|前半段后半段移动的文字',
      '第一条|第一项',
      // LibreOffice's export keeps the deletion of this paragraph's text but not of its paragraph mark.
      '第二条|',
      '第三条|第二项',
      '|格式修改的段落加粗',
      '|保留结尾',
      '|新插入的一段。',
    ]);
    const first = doc.blocks[0].revisions!;
    // Offsets in UTF-16 code units, after the astral 𠮷.
    expect(first).toEqual([
      { type: 'insert', start: 3, end: 5, text: '新增', author: '审核人', date: '2025-03-01T09:00:00Z' },
      { type: 'delete', start: 6, end: 6, text: '删除', author: '审核人', date: '2025-03-01T09:00:00Z' },
    ]);
    expect(doc.notes.find((n) => n.code === 'PARAGRAPH_MERGED')?.block).toBe(2);
  });
});

describe('pages from explicit page breaks and sections (pages-explicit.doc)', () => {
  it('puts each block on the page its text names, and counts 5 pages', async () => {
    const doc = await readFixture('pages-explicit.doc');
    expect(doc.pages).toBe(5);
    const cn = '一二三四五';
    for (const b of doc.blocks) {
      const m = /第([一二三四五])页/.exec(b.text);
      if (m) expect(b.source.page, b.text).toBe(cn.indexOf(m[1]) + 1);
    }
    // LibreOffice saves a page break inside a paragraph as two paragraphs; each keeps its page.
    expect(doc.blocks.filter((b) => /同一段内分页|之后在第五页/.test(b.text)).map((b) => b.source.page)).toEqual([4, 5]);
  });

  it('a document without page breaks has no page numbers (null in reports), not a guess', async () => {
    const doc = await readFixture('outline.doc');
    expect(doc.pages).toBeUndefined();
    expect(doc.blocks.every((b) => b.source.page === undefined)).toBe(true);
  });
});

describe('differential check against word-extractor (a separate .doc text extractor)', () => {
  it.each(['docxjs-articles.doc', 'outline.doc', 'overrides.doc', 'style-numbering.doc', 'formats.doc', 'pages-explicit.doc'])(
    '%s: the same body text, without the automatic numbers word-extractor cannot render',
    async (name) => {
      const doc = await readFixture(name);
      const extracted = await new WordExtractor().extract(path.join(FIXTURES, name));
      expect(squash(doc.blocks.map((b) => b.text).join(''))).toBe(squash(extracted.getBody({ filterUnicode: false })));
    },
  );
});
