import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readFixture, squash } from './helpers.js';

/**
 * The .doc fixtures are LibreOffice's Word 97-2003 export of the .docx reader
 * fixtures; <name>.lo.txt is LibreOffice's own text export of each .doc
 * (fixtures/readers/make-doc.sh). Its labels come from the same list tables
 * (LSTF/LVL/LFO) read by a different engine, so every block's label and text
 * must match it line for line.
 *
 * Two deliberate differences: bullets are not labels (as in the .docx
 * reader), and LibreOffice 7.4 prints decimalFullWidth numbers (nfc 14) in
 * half-width digits where Word prints ９．, which is checked on its own below.
 */
function loLines(name: string): string[] {
  return fs
    .readFileSync(path.join(FIXTURES, `${name}.lo.txt`), 'utf8')
    .split('\n')
    .map((l) => squash(l).replace(/^•/, ''))
    .filter(Boolean);
}

const halfWidth = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

describe.each(['docxjs-articles', 'outline', 'overrides', 'style-numbering', 'formats', 'pages-explicit'])('%s.doc against LibreOffice', (name) => {
  it('every block: automatic label and text as LibreOffice prints them', async () => {
    const doc = await readFixture(`${name}.doc`);
    const ours = doc.blocks.map((b) => halfWidth(squash(`${b.label ?? ''}${b.text}`))).filter(Boolean);
    expect(ours).toEqual(loLines(name).map(halfWidth));
  });
});

describe('numbering read from the list tables', () => {
  it('112 automatic articles across chapters, past 99 (第一百一十二条), with the text apart from the label', async () => {
    const doc = await readFixture('docxjs-articles.doc');
    const labels = doc.blocks.map((b) => b.label).filter((l) => l && /条$/.test(l));
    expect(labels).toHaveLength(112);
    expect(labels.slice(0, 3)).toEqual(['第一条', '第二条', '第三条']);
    expect(labels).toContain('第九十九条');
    expect(labels).toContain('第一百条');
    expect(labels[labels.length - 1]).toBe('第一百一十二条');
    for (const b of doc.blocks.filter((x) => x.label)) expect(b.text).not.toMatch(/^第.+条/);
  });

  it('full-width decimal numbers render in full-width digits, as the .docx reader renders the same list', async () => {
    const doc = await readFixture('formats.doc');
    const labels = doc.blocks.filter((b) => b.text.startsWith('decimalFullWidth')).map((b) => b.label);
    expect(labels).toEqual(['９．', '１０．', '１１．']);
  });

  it('restarts and continuation of outline levels (一、/（一）/1./（1）)', async () => {
    const doc = await readFixture('outline.doc');
    const labelled = doc.blocks.filter((b) => b.label).map((b) => `${b.label}${b.text}`);
    expect(labelled.slice(0, 8)).toEqual([
      '一、总体要求',
      '（一）坚持以人民为中心。',
      '（二）坚持依法依规。',
      '1.加强组织领导。',
      '2.压实工作责任。',
      '（1）市级层面。',
      '（2）县级层面。',
      '3.强化督促检查。',
    ]);
    expect(labelled).toContain('二、主要任务');
    expect(labelled).toContain('（一）扩大参保覆盖面。');
  });

  it('style-linked heading numbering (第一章/第一节) and article numbers with a U+3000 suffix kept out of the text', async () => {
    const doc = await readFixture('style-numbering.doc');
    const chapter = doc.blocks.find((b) => b.text === '总则');
    expect(chapter?.label).toBe('第一章');
    const article = doc.blocks.find((b) => b.text.startsWith('为了规范劳动合同管理'));
    expect(article?.label).toBe('第一条');
  });
});
