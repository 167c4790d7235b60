/**
 * `hrss-audit inspect`: what the tool read from a file, with the address a
 * finding there carries and the position in the file — the same in every
 * format, and the same address `check` reports.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectDocument, renderInspection, type Inspection, type InspectedNode } from '../../src/report/inspect.js';
import { runCli } from '../helpers/cli.js';
import { mdDoc } from '../helpers/docs.js';

const DRAFT = 'fixtures/clean/notice-issuing-measures';

async function inspectJson(file: string): Promise<Inspection> {
  const r = await runCli(['inspect', file, '-f', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Inspection;
}

function flatten(nodes: InspectedNode[]): InspectedNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

describe('hrss-audit inspect', () => {
  it('prints the header, the tree of 章/条/款/项 with addresses and source lines, the closing and the citations (.md)', async () => {
    const r = await runCli(['inspect', `${DRAFT}.md`]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`文件：${DRAFT}.md（Markdown，26 段，编码 utf-8）`);
    expect(lines).toContain('  发文字号    湘人社规〔2025〕8号  〔发文字号；行2 · 源文件第3行〕');
    expect(lines).toContain('正文结构：条文式（第X条）；3 章，7 条，6 款，3 项');
    expect(lines).toContain('  附件第一章  总则  〔行11 · 源文件第21行〕');
    expect(lines).toContain('      附件第三条第（二）项  能够提供见习岗位；  〔行18 · 源文件第35行〕');
    expect(lines).toContain('      附件第五条第二款  有前款规定情形且拒不改正的，取消其见习单位资格。  〔行23 · 源文件第45行〕');
    expect(lines).toContain('  施行      本办法自2025年6月10日起施行（2025年6月10日）  〔附件第七条；行26 · 源文件第51行〕');
    expect(lines).toContain('  《中华人民共和国就业促进法》  〔附件第一条；行12 · 源文件第23行〕');
    expect(lines).toContain('  前款  〔附件第五条第二款；行23 · 源文件第45行〕');
    // The profile check judges the document by, with its evidence.
    expect(lines).toContain('文件画像');
    expect(lines).toContain('  成文日期  2025年5月6日（成文日期“2025年5月6日”）');
    expect(r.stdout).toMatch(/ {2}文件类型 {2}行政规范性文件（标注统一登记号“HNPR—2025—11008”/);
  });

  it('gives Word paragraphs and PDF pages, with the same tree and addresses as the Markdown original', async () => {
    const md = await inspectJson(`${DRAFT}.md`);
    const docx = await inspectJson(`${DRAFT}.docx`);
    const pdf = await inspectJson(`${DRAFT}.pdf`);
    const shape = (i: Inspection) => flatten(i.tree).map((n) => [n.where.address, n.kind, n.where.line]);
    expect(shape(docx)).toEqual(shape(md));
    expect(shape(pdf)).toEqual(shape(md));
    const third = (i: Inspection) => flatten(i.tree).find((n) => n.where.address === '附件第四条第二款')!.where;
    expect(third(docx)).toMatchObject({ line: 21, paragraph: 20, page: null, sourceLine: null });
    expect(third(pdf)).toMatchObject({ line: 21, page: 2 });
    expect(pdf.pages).toBe(2);
    expect(pdf.notes.map((n) => n.code)).toContain('PDF_PARAGRAPHS_REBUILT');
    const text = (await runCli(['inspect', `${DRAFT}.docx`])).stdout;
    expect(text).toContain('      附件第四条第二款  不符合本办法第三条第（二）项规定条件的，不得认定为见习单位。  〔行21 · 第21段〕');
    const pdfText = (await runCli(['inspect', `${DRAFT}.pdf`])).stdout;
    expect(pdfText).toMatch(/ {6}附件第四条第二款 {2}不符合本办法第三条第（二）项规定条件的，不得认定为见习单位。 {2}〔行21 · 第2页 · 页内第\d+行〕/);
  });

  it('shows the address check reports for a finding at the same place', async () => {
    const inspected = await inspectJson('fixtures/drafts/sample-draft.md');
    const r = await runCli([
      'check',
      'fixtures/drafts/sample-draft.md',
      '-f',
      'json',
      '--as-of',
      '2026-11-27',
      '--rule',
      'numbering/document-number',
      'validity/too-long',
    ]);
    const findings = JSON.parse(r.stdout).documents[0].findings as Array<{ location: { line: number; address: string } }>;
    expect(findings.length).toBeGreaterThanOrEqual(2);
    const places = [...inspected.header, ...inspected.closing, ...flatten(inspected.tree).map((n) => ({ where: n.where }))].map((f) => f.where);
    for (const f of findings) expect(places.filter((w) => w.line === f.location.line).map((w) => w.address)).toContain(f.location.address);
  });

  it('lays out an outline notice by its headings (一、（一）)', async () => {
    const i = await inspectJson('fixtures/clean/notice-outline.md');
    expect(i.style).toBe('outline');
    const nodes = flatten(i.tree);
    expect(nodes[0]).toMatchObject({ kind: '一、', label: '一、' });
    expect(nodes.some((n) => n.kind === '（一）' && n.where.address.startsWith('第一部分第（'))).toBe(true);
  });

  it('reports an unreadable file with its code (exit 1) and a missing one (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-inspect-'));
    writeFileSync(join(dir, 'broken.docx'), '这不是 Word 文档，只是文字。');
    const broken = await runCli(['inspect', 'broken.docx'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.docx：');
    expect(broken.stderr).toContain('[E_NOT_DOCX]');
    const missing = await runCli(['inspect', 'nothere.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nothere.md：文件不存在');
  });
});

describe('inspection with a document profile', () => {
  it('prints the profile when the document has one, each value with its basis', async () => {
    const doc = await mdDoc('# 湖南省人力资源和社会保障厅关于做好就业见习工作的通知\n\n各地要做好见习工作。\n');
    const profiled = Object.assign(doc, {
      profile: {
        kind: { value: '行政规范性文件', basis: '标题为“…的通知”，制定机关为省级行政机关', source: 'inferred' },
        normative: true,
        issuers: [{ name: '湖南省人力资源和社会保障厅', level: 'provincial', region: '湖南省', basis: '标题' }],
        region: { value: '湖南省', basis: '制定机关' },
        dates: { reference: { value: '2026-11-27', basis: '审核基准日' } },
        stage: { value: 'draft', basis: '没有成文日期' },
        form: { value: 'outline', basis: '一、（一）层次' },
      },
    });
    const text = renderInspection(inspectDocument('x.md', profiled));
    expect(text).toContain(
      '\n文件画像\n  文件类型  行政规范性文件（标题为“…的通知”，制定机关为省级行政机关）\n  制定机关  湖南省人力资源和社会保障厅（省级，湖南省）：标题\n',
    );
    expect(text).toContain('  据以判断的日期  2026年11月27日（审核基准日）');
    expect(text).toContain('  阶段      草案（没有成文日期）');
  });
});
