/**
 * The Word opinion: laid out as GB/T 9704 asks (checked in the XML), and
 * opened by LibreOffice, whose PDF must show every finding.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderOpinionDocx } from '../../src/report/opinion/docx.js';
import { CONTEXT, expectedTexts, multiReport, singleReport } from '../helpers/report.js';
import { pdfPages, pdfText, sofficeConvert, squash } from '../helpers/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'hrss-docx-opinion-'));
let single: Uint8Array;
let multi: Uint8Array;

beforeAll(async () => {
  single = await renderOpinionDocx(singleReport(), CONTEXT);
  multi = await renderOpinionDocx(multiReport(), CONTEXT);
});

function part(docx: Uint8Array, name: string): string {
  const files = unzipSync(docx);
  expect(files[name], name).toBeDefined();
  return strFromU8(files[name]);
}

describe('docx opinion (OOXML)', () => {
  it('is A4 with the GB/T 9704 margins and page numbers in the footer', () => {
    const doc = part(single, 'word/document.xml');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
    const settings = part(single, 'word/settings.xml');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const files = Object.keys(unzipSync(single)).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(files).toHaveLength(2);
    for (const f of files) {
      const xml = part(single, f);
      expect(xml).toMatch(/PAGE/);
      expect(xml).toContain('— </w:t>');
      expect(xml).toContain('w:pStyle w:val="OpinionFooter"');
    }
  });

  it('sets the title in 二号 方正小标宋简体, the body in 三号 仿宋_GB2312, page numbers in 四号 宋体, with fallbacks in the font table', () => {
    const styles = part(single, 'word/styles.xml');
    const style = (id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)![0];
    expect(style('OpinionTitle')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('OpinionTitle')).toContain('<w:sz w:val="44"/>');
    expect(style('OpinionBody')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(style('OpinionBody')).toContain('<w:sz w:val="32"/>');
    expect(style('OpinionFooter')).toContain('w:eastAsia="宋体"');
    expect(style('OpinionFooter')).toContain('<w:sz w:val="28"/>');
    expect(styles).toContain('w:eastAsia="zh-CN"');
    const fonts = part(single, 'word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:charset w:val="86"/>');
  });

  it('draws table borders and repeats the header row', () => {
    const doc = part(single, 'word/document.xml');
    expect(doc).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(doc).toContain('<w:tblHeader/>');
  });
});

describe('docx opinion in LibreOffice', () => {
  it('converts to PDF (A4) showing every finding, address and related provision', async () => {
    const file = join(dir, '意见书.docx');
    writeFileSync(file, single);
    const pdf = await sofficeConvert(file);
    const info = await new Promise<string>((resolve, reject) => execFile('pdfinfo', [pdf], (e, out) => (e ? reject(e) : resolve(out))));
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(await pdfPages(pdf)).toBeGreaterThan(2);
    const text = squash(await pdfText(pdf));
    for (const t of expectedTexts(singleReport())) expect(text, t).toContain(squash(t));
    for (const t of [
      '合法性审核意见书',
      '审核结论：不合法。',
      'HNPR—2024—11005',
      '湖南省人力资源和社会保障厅法规处',
      '2024年5月20日',
      '未使用语料库',
      'authority/penalty',
    ]) {
      expect(text, t).toContain(squash(t));
    }
  });

  it('converts a several-document opinion: summary first, unreadable files with their error', async () => {
    const file = join(dir, '汇总.docx');
    writeFileSync(file, multi);
    const text = squash(await pdfText(await sofficeConvert(file)));
    expect(text.indexOf('审核情况汇总')).toBeLessThan(text.indexOf('关于《湖南省人力资源'));
    expect(text).toContain(squash('PDF 没有文字层'));
    expect(text).toContain('E_PDF_NO_TEXT');
    for (const t of expectedTexts(multiReport())) expect(text, t).toContain(squash(t));
  });
});
