/**
 * The shared samples (../shared/samples/docx, beside the repository), checked against what
 * LibreOffice prints (fixtures/readers/docx/*.lo-accepted.txt, made by
 * fixtures/readers/make-lo-truth.sh) and against mammoth's raw text.
 */
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/document/model.js';
import { formatChineseNumber, parseChineseNumber } from '../../../src/zh/numerals.js';
import type { DocxOrigin } from '../../../src/document/readers/docx/index.js';
import { FIXTURES, fixtureBytes, read, sampleBytes } from './helpers.js';

const strip = (s: string): string => s.replace(/\s+/gu, '');

function isSubsequence(haystack: string, needle: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i++;
  return i === needle.length;
}

/** The printed form of a block: label, text, and footnote reference numbers where LibreOffice prints them. */
function printed(doc: SourceDocument, blockIndex: number, footnoteNumbers: Map<string, number>): string {
  const b = doc.blocks[blockIndex];
  let text = b.text;
  const marks = (b.anchors ?? []).filter((a) => a.kind === 'footnote').sort((x, y) => y.start - x.start);
  for (const a of marks) text = text.slice(0, a.start) + String(footnoteNumbers.get(a.id)) + text.slice(a.start);
  return strip((b.label ?? '') + text);
}

/** LibreOffice's PDF text without running headers, page footers and the footnote area. */
function printedBody(sample: string, doc: SourceDocument): string {
  const pdf = fs.readFileSync(path.join(FIXTURES, `${sample}.lo-accepted.txt`), 'utf8');
  const drop = new Set(doc.streams.filter((s) => s.kind === 'header' || s.kind === 'footnote').map((s) => strip(s.text)));
  return pdf
    .split('\n')
    .filter((line) => {
      const t = strip(line);
      return !drop.has(t) && !/^—\d*—$/.test(t) && !/^\d+$/.test(t);
    })
    .map(strip)
    .join('');
}

describe.each(['features-docxjs', 'features-lo'])('%s.docx against LibreOffice', (sample) => {
  it('prints the same labels and text, in the same order', async () => {
    const doc = await read(sampleBytes(`${sample}.docx`));
    const body = printedBody(sample, doc);
    const footnoteNumbers = new Map<string, number>();
    for (const b of doc.blocks)
      for (const a of b.anchors ?? []) if (a.kind === 'footnote' && !footnoteNumbers.has(a.id)) footnoteNumbers.set(a.id, footnoteNumbers.size + 1);
    let cursor = 0;
    let checked = 0;
    doc.blocks.forEach((b, i) => {
      const expected = printed(doc, i, footnoteNumbers);
      const anchorsTextbox = doc.blocks[i + 1]?.container === 'textbox';
      if (b.container === 'textbox') {
        // Placed by layout, not in reading order.
        expect(isSubsequence(body, expected), expected).toBe(true);
      } else if (b.container === 'table' || anchorsTextbox) {
        // Table cells and the paragraph a text box floats in are interleaved by the layout.
        expect(isSubsequence(body.slice(cursor), expected), expected).toBe(true);
      } else {
        const at = body.indexOf(expected, cursor);
        expect(at, `${expected} not found after ${body.slice(cursor, cursor + 30)}`).toBeGreaterThanOrEqual(0);
        cursor = at + expected.length;
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(20);
  });

  it('numbers the articles 第一条…第六条 around the hand-typed 第六条, and the 4-level outline', async () => {
    const doc = await read(sampleBytes(`${sample}.docx`));
    const labelled = doc.blocks.filter((b) => b.label !== undefined || /^第.条/.test(b.text)).map((b) => `${b.label ?? ''}|${b.text.slice(0, 6)}`);
    expect(labelled).toEqual([
      '第一条|为了规范本省',
      '第二条|本省行政区域',
      '第三条|县级以上人民',
      '第四条|职工发生事故',
      '第五条|工伤职工在停',
      '|第六条　用人',
      '一、|总体要求',
      '（一）|坚持以人民为',
      '（二）|坚持依法依规',
      '1.|加强组织领导',
      '2.|压实工作责任',
      '（1）|市级层面。',
      '（2）|县级层面。',
      '二、|主要任务',
      '（一）|扩大参保覆盖',
      '第六条|本办法自20',
    ]);
    // Tracked changes accepted and reported.
    expect(doc.blocks.find((b) => b.label === '第四条')!.text).toContain('十五个工作日内');
    expect(doc.notes[0]).toEqual({ code: 'TRACKED_CHANGES', message: '文档含有修订痕迹（插入 1 处、删除 1 处），已按“接受全部修订”后的文本审核。' });
    expect(doc.streams.map((s) => s.kind)).toEqual(['header', 'footer', 'footnote', 'comment']);
    expect(doc.blocks.filter((b) => b.container === 'textbox').map((b) => b.text)).toEqual(['文本框内容：本条款仅供参考，以正式印发文本为准。']);
    expect(doc.blocks.filter((b) => b.container === 'table')).toHaveLength(9);
  });
});

describe('large samples', () => {
  it('large-docxjs.docx: 1,040 automatic articles, 第一条 … 第一千零四十条, in order', async () => {
    const doc = await read(sampleBytes('large-docxjs.docx'));
    const labels = doc.blocks.filter((b) => b.label?.startsWith('第')).map((b) => b.label!);
    expect(labels).toHaveLength(1040);
    labels.forEach((label, i) => expect(parseChineseNumber(label.slice(1, -1)), label).toBe(i + 1));
    expect(labels[104]).toBe('第一百零五条');
    expect(labels[109]).toBe('第一百一十条');
    expect(labels.at(-1)).toBe('第一千零四十条');
  });

  it('large-verbose-docxjs.docx: the same numbering through Word-like fragmented runs', async () => {
    const doc = await read(sampleBytes('large-verbose-docxjs.docx'));
    const articles = doc.blocks.filter((b) => b.label?.startsWith('第'));
    expect(articles.map((b) => b.label)).toEqual(Array.from({ length: 1040 }, (_, i) => `第${formatChineseNumber(i + 1)}条`));
    // Each article's text comes from several runs, and the runs tile the text exactly.
    const runs = articles.map((b) => (b.origin as DocxOrigin).runs);
    expect(runs.filter((r) => r.length >= 5).length).toBeGreaterThan(1000);
    articles.forEach((b, i) => {
      expect(runs[i][0].start).toBe(0);
      expect(runs[i].at(-1)!.end).toBe(b.text.length);
      for (let k = 1; k < runs[i].length; k++) expect(runs[i][k].start).toBe(runs[i][k - 1].end);
    });
  });

  it('small-docxjs.docx: 25 articles at 16 pt with a header and footer', async () => {
    const doc = await read(sampleBytes('small-docxjs.docx'));
    expect(
      doc.blocks
        .filter((b) => b.label)
        .map((b) => b.label)
        .at(-1),
    ).toBe('第二十五条');
    expect(doc.blocks.find((b) => b.label)!.style.fontSize).toBe(16);
    expect(doc.streams.map((s) => s.kind)).toEqual(['header', 'footer']);
  });
});

describe('differential: same body text as mammoth.extractRawText', () => {
  it.each([
    ['sample', 'features-docxjs.docx'],
    ['sample', 'features-lo.docx'],
    ['sample', 'small-docxjs.docx'],
    ['sample', 'large-docxjs.docx'],
    ['sample', 'large-verbose-docxjs.docx'],
    ['fixture', 'docxjs-articles.docx'],
    ['fixture', 'docxjs-features.docx'],
    ['fixture', 'revisions.docx'],
    ['fixture', 'outline.docx'],
  ])('%s %s', async (kind, name) => {
    const bytes = kind === 'sample' ? sampleBytes(name) : fixtureBytes(name);
    const theirs = strip((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value);
    const doc = await read(bytes);
    const ours = strip(doc.blocks.map((b) => b.text).join(''));
    expect(ours.length).toBeGreaterThan(40);
    // Compare in chunks so a difference is reported where it is, not as one huge string.
    for (let i = 0; i < Math.max(ours.length, theirs.length); i += 2000) expect(ours.slice(i, i + 2000), `at ${i}`).toBe(theirs.slice(i, i + 2000));
  });
});
