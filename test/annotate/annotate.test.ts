/**
 * Annotating a .docx: the copy reads back with the same text, one comment
 * per finding anchored on the finding's span, existing comments kept,
 * untouched parts byte for byte, and LibreOffice opens it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateDocx, commentParagraphs, initialsOf, type AnnotateOptions, type Placement } from '../../src/annotate/annotate.js';
import { ZipPackage } from '../../src/annotate/zip.js';
import type { LegalDocument } from '../../src/document/model.js';
import type { Finding } from '../../src/engine/types.js';
import { ROOT } from '../helpers/cli.js';
import { auditDocx, findingAt, readBack, trickyDraft } from '../helpers/docx-drafts.js';
import { sofficeConvert } from '../helpers/tools.js';

const OPTIONS: AnnotateOptions = { author: '合法性审核', initials: '合法', date: '2024-05-20T00:00:00Z', maxPartBytes: 50 * 1024 * 1024 };
const FIXTURES = [
  'fixtures/drafts/sample-draft.docx',
  'fixtures/parity/employment-internship-measures.auto.docx',
  'fixtures/parity/employment-internship-measures.tracked.docx',
];
const dir = mkdtempSync(join(tmpdir(), 'hrss-annotate-'));

function comments(doc: LegalDocument): string[] {
  return doc.source.streams.filter((s) => s.kind === 'comment').map((s) => s.text);
}

/** The comment's anchor in the re-read document: where it starts and where it ends (block, offset). */
function anchorOf(doc: LegalDocument, id: number): { startBlock: number; start: number; endBlock: number; end: number } | undefined {
  let first: { block: number; start: number } | undefined;
  let last: { block: number; end: number } | undefined;
  doc.source.blocks.forEach((b, i) => {
    for (const a of b.anchors ?? []) {
      if (a.kind !== 'comment' || a.id !== String(id)) continue;
      if (!first) first = { block: i, start: a.start };
      last = { block: i, end: a.end };
    }
  });
  return first && last ? { startBlock: first.block, start: first.start, endBlock: last.block, end: last.end } : undefined;
}

/** The anchor covers the text the finding reports (exactly, for a split inside runs). */
function expectCovers(doc: LegalDocument, p: Placement, exact: boolean): void {
  const a = anchorOf(doc, p.id);
  expect(a, `comment ${p.id} (${p.finding.message})`).toBeDefined();
  const before = (b1: number, o1: number, b2: number, o2: number): boolean => b1 < b2 || (b1 === b2 && o1 <= o2);
  if (exact) expect(a).toEqual({ startBlock: p.startBlock, start: p.start, endBlock: p.endBlock, end: p.end });
  else {
    expect(before(a!.startBlock, a!.start, p.startBlock, p.start)).toBe(true);
    expect(before(p.endBlock, p.end, a!.endBlock, a!.end)).toBe(true);
  }
}

function expectSameText(before: LegalDocument, after: LegalDocument): void {
  expect(after.source.blocks.map((b) => [b.label ?? '', b.text])).toEqual(before.source.blocks.map((b) => [b.label ?? '', b.text]));
}

describe('annotate: the built-in rules on the fixture drafts', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture}: same text, one comment per finding, on the reported text`, async () => {
      const data = new Uint8Array(readFileSync(join(ROOT, fixture)));
      const { doc, findings } = await auditDocx(data);
      expect(findings.length).toBeGreaterThan(0);
      const out = annotateDocx(data, doc, findings, OPTIONS);
      const again = await readBack(out.data);
      expectSameText(doc, again);
      expect(comments(again)).toHaveLength(findings.length);
      expect(out.placements).toHaveLength(findings.length);
      for (const p of out.placements) {
        const f = p.finding;
        const zero = f.location.line === f.location.endLine && f.location.column === f.location.endColumn;
        if (!zero) {
          expect(p).toMatchObject({
            startBlock: f.location.line - 1,
            start: f.location.column - 1,
            endBlock: f.location.endLine - 1,
            end: f.location.endColumn - 1,
          });
        }
        expectCovers(again, p, true);
        expect(comments(again)).toContain(commentParagraphs(f).join('\n'));
      }
    });
  }
});

describe('annotate: spans inside runs, across paragraphs, inside wrappers, and absences', () => {
  let data: Uint8Array;
  let doc: LegalDocument;
  let template: Finding;

  beforeAll(async () => {
    data = await trickyDraft();
    const audited = await auditDocx(data);
    doc = audited.doc;
    template = audited.findings[0];
  });

  const blockOf = (text: string): number => doc.source.blocks.findIndex((b) => b.text.includes(text));

  it('anchors exactly, splitting runs at the span boundaries', async () => {
    const findings: Finding[] = [];
    doc.source.blocks.forEach((b, i) => {
      if (b.text.length > 4) findings.push(findingAt(template, i, 2, i, b.text.length - 1, `块${i}`));
    });
    // Across the bold run, inside the hyperlink, inside the tracked insertion, across two paragraphs, after a line break.
    const art1 = blockOf('帮助高校毕业生');
    findings.push(findingAt(template, art1, doc.source.blocks[art1].text.indexOf('工作'), art1, doc.source.blocks[art1].text.indexOf('提升') + 1, '跨加粗'));
    const link = blockOf('省就业网');
    const lt = doc.source.blocks[link].text;
    findings.push(findingAt(template, link, lt.indexOf('就业'), link, lt.indexOf('就业') + 2, '链接内'));
    findings.push(findingAt(template, link, 1, link, lt.indexOf('网'), '止于链接内'));
    const ins = blockOf('最长不超过');
    const it2 = doc.source.blocks[ins].text;
    findings.push(findingAt(template, ins, it2.indexOf('不超过'), ins, it2.indexOf('不超过') + 3, '修订内'));
    findings.push(findingAt(template, art1, 3, art1 + 1, 4, '跨段'));
    const second = blockOf('补贴标准另行制定');
    findings.push(findingAt(template, second, 2, second, 6, '换行后'));
    const cell = blockOf('附表');
    findings.push(findingAt(template, cell, 3, cell, 8, '表格内'));

    const out = annotateDocx(data, doc, findings, OPTIONS);
    const again = await readBack(out.data);
    expectSameText(doc, again);
    expect(comments(again)).toHaveLength(findings.length + 1);
    for (const p of out.placements) expectCovers(again, p, true);

    const xml = strFromU8(unzipSync(out.data)['word/document.xml']);
    // Inside a hyperlink the range marks stay next to the runs; the reference run follows the hyperlink.
    const linkId = out.placements.find((p) => p.finding.message === '链接内')!.id;
    expect(xml).toMatch(
      new RegExp(
        `<w:commentRangeEnd w:id="${linkId}"/>(?:(?!</w:p>).)*</w:hyperlink>(?:<w:commentRange(?:Start|End) w:id="\\d+"/>)*<w:r><w:commentReference w:id="${linkId}"/></w:r>`,
      ),
    );
  });

  it('anchors a finding about something absent on its article (the paragraph, when the number is automatic)', async () => {
    const art = doc.articles[2];
    const block = doc.blockStarts.findIndex((s, i) => s <= art.span.start && art.span.start < (doc.blockStarts[i + 1] ?? Infinity));
    const absent = findingAt(template, block, 5, block, 5, '缺少内容');
    const typed = doc.articles.find((a) => a.labelSpan.end > a.labelSpan.start)!;
    const typedBlock = doc.blockStarts.findIndex((s, i) => s <= typed.span.start && typed.span.start < (doc.blockStarts[i + 1] ?? Infinity));
    const absentTyped = findingAt(template, typedBlock, 10, typedBlock, 10, '缺少内容2');
    const out = annotateDocx(data, doc, [absent, absentTyped], OPTIONS);
    const again = await readBack(out.data);
    expect(anchorOf(again, out.placements[0].id)).toEqual({ startBlock: block, start: 0, endBlock: block, end: doc.source.blocks[block].text.length });
    expect(doc.source.blocks[block].label).toBe('第三条');
    const label = anchorOf(again, out.placements[1].id)!;
    expect(doc.source.blocks[label.startBlock].text.slice(label.start, label.end)).toBe('第七条');
  });

  it('keeps the comment already in the draft, and gives the new ones other ids', async () => {
    const before = comments(doc);
    expect(before).toEqual(['原有批注：请核实适用范围。']);
    const { findings } = await auditDocx(data);
    const out = annotateDocx(data, doc, findings, OPTIONS);
    const again = await readBack(out.data);
    expect(comments(again)).toHaveLength(findings.length + 1);
    expect(comments(again)[0]).toBe('原有批注：请核实适用范围。');
    const old = doc.source.blocks.flatMap((b, i) => (b.anchors ?? []).filter((a) => a.kind === 'comment').map((a) => ({ ...a, i })));
    const kept = again.source.blocks.flatMap((b, i) => (b.anchors ?? []).filter((a) => a.kind === 'comment' && a.id === '0').map((a) => ({ ...a, i })));
    expect(kept).toEqual(old);
    expect(out.placements.map((p) => p.id)).not.toContain(0);
    const xml = strFromU8(unzipSync(out.data)['word/comments.xml']);
    expect(xml).toContain('w:author="法规处"');
    expect(xml.match(/<w:comment /g)).toHaveLength(findings.length + 1);
  });

  it('rewrites only the main part, comments, relationships and content types; everything else is copied raw', async () => {
    const { findings } = await auditDocx(data);
    const out = annotateDocx(data, doc, findings, OPTIONS);
    const a = new ZipPackage(data);
    const b = new ZipPackage(out.data);
    const touched = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
    expect(b.entries.map((e) => e.name).slice(0, a.entries.length)).toEqual(a.entries.map((e) => e.name));
    for (const e of a.entries) {
      if (touched.has(e.name)) continue;
      const f = b.entry(e.name)!;
      expect(Buffer.from(out.data.subarray(f.localStart, f.localEnd)).equals(Buffer.from(data.subarray(e.localStart, e.localEnd))), e.name).toBe(true);
    }
  });

  it('opens in LibreOffice, which finds every comment', async () => {
    const { findings } = await auditDocx(data);
    const out = annotateDocx(data, doc, findings, OPTIONS);
    const file = join(dir, '草案.审核.docx');
    writeFileSync(file, out.data);
    await sofficeConvert(file, 'pdf');
    const resaved = new Uint8Array(readFileSync(await sofficeConvert(file, 'docx')));
    const comments = strFromU8(unzipSync(resaved)['word/comments.xml']);
    expect(comments.match(/<w:comment /g)).toHaveLength(findings.length + 1);
    for (const f of findings) expect(comments).toContain(f.message.slice(0, 12));
  });
});

describe('annotate: packages written differently', () => {
  it('uses the prefix the file binds to WordprocessingML, and creates the comments part and its relationship', async () => {
    const data = new Uint8Array(readFileSync(join(ROOT, 'fixtures/drafts/sample-draft.docx')));
    const files = unzipSync(data);
    expect(files['word/comments.xml']).toBeUndefined();
    const xml = strFromU8(files['word/document.xml'])
      .replace(/xmlns:w=/, 'xmlns:ns0=')
      .replace(/<(\/?)w:/g, '<$1ns0:')
      .replace(/ w:/g, ' ns0:');
    const renamed = zipSync({ ...files, 'word/document.xml': strToU8(xml) });
    const { doc, findings } = await auditDocx(renamed);
    const out = annotateDocx(renamed, doc, findings, OPTIONS);
    const outFiles = unzipSync(out.data);
    expect(strFromU8(outFiles['word/document.xml'])).toContain('<ns0:commentRangeStart ns0:id="0"/>');
    expect(strFromU8(outFiles['[Content_Types].xml'])).toContain('PartName="/word/comments.xml"');
    expect(strFromU8(outFiles['word/_rels/document.xml.rels'])).toContain('relationships/comments');
    const again = await readBack(out.data);
    expect(comments(again)).toHaveLength(findings.length);
    for (const p of out.placements) expectCovers(again, p, true);
  });

  it('writes the comment as problem, basis, suggestion and the higher provisions', () => {
    const f: Finding = {
      ruleId: 'authority/penalty',
      severity: 'error',
      message: '不得设定行政处罚。',
      excerpt: '',
      basis: '《行政处罚法》第十六条',
      suggestion: '删除罚款。',
      related: [{ title: '中华人民共和国行政处罚法', article: '第十六条', text: '其他规范性文件不得设定行政处罚。' }],
      location: { line: 1, column: 1, endLine: 1, endColumn: 2, page: null, paragraph: 0, article: 5, address: '第五条' },
    };
    expect(commentParagraphs(f)).toEqual([
      '【错误】不得设定行政处罚。',
      '依据：《行政处罚法》第十六条',
      '修改建议：删除罚款。',
      '相关规定：《中华人民共和国行政处罚法》第十六条：其他规范性文件不得设定行政处罚。',
      '（第五条；规则 authority/penalty）',
    ]);
    expect(initialsOf('合法性审核')).toBe('合法');
    expect(initialsOf('Legal Review Office')).toBe('LRO');
  });
});

describe('annotate: text with invisible characters', () => {
  it('anchors on the characters as stored in the runs, counting the soft hyphen and zero-width space the rules did not see', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('湖南省就业见习管理办法')] }),
            new Paragraph({ children: [new TextRun('第一条 为规范就业见习工作，根据《中华人民共和国就业促进法》，制定本办法。')] }),
            new Paragraph({
              children: [new TextRun('第二条 见习单位未按规定支付见习补贴的，\u200b责令改正，'), new TextRun({ text: '并处以2000元罚\u00ad款。', bold: true })],
            }),
            new Paragraph({ children: [new TextRun('第\u200b三条 本办法自2025年3月1日起施行，有效期5年。')] }),
          ],
        },
      ],
    });
    const data = new Uint8Array(await Packer.toBuffer(doc));
    const audited = await auditDocx(data, '2025-02-01');
    const fine = audited.findings.find((f) => f.ruleId === 'content/ultra-vires');
    expect(fine, audited.findings.map((f) => f.ruleId).join(',')).toBeDefined();
    expect(audited.doc.formatCharacters?.runs.length).toBe(3);
    const out = annotateDocx(data, audited.doc, [fine!], OPTIONS);
    const again = await readBack(out.data);
    // The text as stored: invisible characters included, and the same as before annotating.
    const stored = again.formatCharacters!.source.blocks;
    expect(stored.map((b) => b.text)).toEqual(audited.doc.formatCharacters!.source.blocks.map((b) => b.text));
    const p = out.placements[0];
    const anchor = stored[p.startBlock].anchors?.find((a) => a.kind === 'comment' && a.id === String(p.id));
    expect(anchor).toBeDefined();
    expect(stored[p.startBlock].text.slice(anchor!.start, anchor!.end)).toContain('罚\u00ad款');
    expect([anchor!.start, anchor!.end]).toEqual([p.start, p.end]);
  });
});
