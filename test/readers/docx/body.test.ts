import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeXml, type DocxOrigin } from '../../../src/document/readers/docx/index.js';
import type { SourceDocument } from '../../../src/document/model.js';
import { blockWithText, fixtureBytes, lines, makeDocx, read, readFixture } from './helpers.js';

function documentXmlOf(name: string): string {
  return decodeXml(unzipSync(fixtureBytes(name))['word/document.xml']).text;
}

/** Text a run element shows, read back from its XML (w:t and w:tab only: enough for these fixtures). */
function runText(xml: string): string {
  let out = '';
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out += m[1] === undefined ? '\t' : m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return out;
}

describe('paragraph walk', () => {
  it('reads text boxes once (skipping mc:Fallback), keeping the anchoring paragraph’s own text', async () => {
    const doc = await readFixture('structure.docx');
    expect(doc.blocks.filter((b) => b.text.includes('文本框'))).toHaveLength(1);
    const anchor = blockWithText(doc, '正文段落前半');
    expect(anchor.text).toBe('正文段落前半，正文段落后半。');
    expect(anchor.container).toBe('body');
    const box = blockWithText(doc, '文本框');
    expect(box.container).toBe('textbox');
    expect(box.index).toBe(anchor.index + 1);
    expect(box.source.paragraph).toBe(anchor.source.paragraph + 1);
  });

  it('reads each table cell paragraph once, nested tables included, marked as table', async () => {
    const doc = await readFixture('structure.docx');
    const table = doc.blocks.filter((b) => b.container === 'table').map((b) => b.text);
    expect(table).toEqual(['伤残等级', '补助金', '一级', '27个月', '另有规定的除外', '嵌套表格']);
  });

  it('counts every w:p (empty, table, text box) in source.paragraph but leaves empty ones out of blocks', async () => {
    const doc = await readFixture('structure.docx');
    // 0 anchor, 1 text box, 2 empty, 3 whitespace only, 4–10 table (10 is an empty nested cell), 11 …
    expect(blockWithText(doc, '伤残等级').source.paragraph).toBe(4);
    expect(blockWithText(doc, '第一章').source.paragraph).toBe(11);
    expect(doc.blocks.map((b) => b.source.paragraph)).not.toContain(2);
    expect(doc.blocks.map((b) => b.source.paragraph)).not.toContain(3);
    expect(doc.blocks.map((b) => b.source.paragraph)).not.toContain(10);
    // The only blank blocks are numbered ones (see below).
    expect(doc.blocks.filter((b) => b.text.trim() === '').every((b) => b.label !== undefined)).toBe(true);
    expect(doc.blocks.map((b) => b.index)).toEqual(doc.blocks.map((_, i) => i));
  });

  it('splits a paragraph at manual line breaks so headings are not glued to what follows', async () => {
    const doc = await readFixture('structure.docx');
    const heading = blockWithText(doc, '第一章');
    const article = doc.blocks[heading.index + 1];
    expect(heading.text).toBe('第一章　总则');
    expect(article.text).toBe('第一条　为了规范管理，制定本办法。');
    expect(article.source.paragraph).toBe(heading.source.paragraph);
    // w:cr breaks too; an empty line between two breaks is dropped.
    expect(lines(doc).filter((l) => /^\|[甲乙丙]$/.test(l))).toEqual(['|甲', '|乙', '|丙']);
    expect(doc.blocks.every((b) => !b.text.includes('\n'))).toBe(true);
  });

  it('maps tabs, symbols, non-breaking and soft hyphens, and keeps field results but not field codes', async () => {
    const doc = await readFixture('structure.docx');
    expect(blockWithText(doc, '项目').text).toBe('项目\t金额\uf0fc★编号2025-001，长词');
    expect(blockWithText(doc, '印发日期').text).toBe('印发日期：2025年3月1日7');
    // Hyperlink and content-control text is read; ruby annotation (pinyin) is not.
    expect(blockWithText(doc, '人力资源社会保障部网站').text).toBe('人力资源社会保障部网站（内容控件）拼');
  });

  it('decodes entities and CDATA, and leaves an undefined entity literal', async () => {
    const doc = await readFixture('structure.docx');
    expect(blockWithText(doc, '实体').text).toBe(`实体：&<>"'𠮷中&nbsp;<CDATA 原样>`);
  });

  it('keeps a numbered empty paragraph (Word shows its number) with an empty text', async () => {
    const doc = await readFixture('structure.docx');
    const numbered = doc.blocks.filter((b) => b.label !== undefined);
    expect(numbered.map((b) => [b.label, b.text])).toEqual([
      ['第一条', ''],
      ['第二条', '有编号的条款。'],
    ]);
  });

  it('reads UTF-16 parts', async () => {
    const doc = await readFixture('utf16.docx');
    expect(lines(doc)).toEqual(['|UTF-16 编码的正文：𠮷。', '|第二段。']);
    expect(doc.encoding).toBe('utf-16le');
  });
});

describe('tracked changes', () => {
  async function revisions(): Promise<SourceDocument> {
    return readFixture('revisions.docx');
  }

  it('reads the text as if all changes were accepted, with UTF-16 offsets', async () => {
    const doc = await revisions();
    const b = doc.blocks[0];
    expect(b.text).toBe('甲𠮷新增乙丙');
    expect(b.revisions).toEqual([
      { type: 'insert', start: 3, end: 5, text: '新增', author: '审核人', date: '2025-03-01T09:00:00Z' },
      { type: 'delete', start: 6, end: 6, text: '删除', author: '审核人', date: '2025-03-01T09:00:00Z' },
    ]);
    expect(b.text.slice(3, 5)).toBe('新增');
    expect(b.source.id).toBe('1A2B3C4D');
  });

  it('treats moveFrom as a deletion and moveTo as an insertion', async () => {
    const doc = await revisions();
    const from = blockWithText(doc, '原有内容');
    expect(from.text).toBe('原有内容。');
    expect(from.revisions).toEqual([expect.objectContaining({ type: 'delete', start: 4, end: 4, text: '移动的文字' })]);
  });

  it('merges a paragraph whose mark was deleted with the next one, and notes it', async () => {
    const doc = await revisions();
    const merged = blockWithText(doc, '前半段');
    expect(merged.text).toBe('前半段后半段移动的文字');
    expect(merged.revisions).toEqual([expect.objectContaining({ type: 'insert', start: 6, end: 11, text: '移动的文字' })]);
    expect(merged.source.id).toBe('3C4D5E6F');
    expect(doc.blocks.some((b) => b.text === '后半段移动的文字')).toBe(false);
    expect(doc.notes).toContainEqual(expect.objectContaining({ code: 'PARAGRAPH_MERGED', block: merged.index }));
    // The origin spans both w:p elements.
    const xml = documentXmlOf('revisions.docx');
    const o = merged.origin as DocxOrigin;
    const slice = xml.slice(o.xmlStart, o.xmlEnd);
    expect(slice.match(/<w:p[ >]/g)).toHaveLength(2);
    expect(slice.endsWith('</w:p>')).toBe(true);
  });

  it('drops a wholly deleted article: the next one takes its number and its properties', async () => {
    const doc = await revisions();
    const numbered = doc.blocks.filter((b) => b.label);
    expect(numbered.map((b) => `${b.label}|${b.text}`)).toEqual(['第一条|第一项', '第二条|第二项']);
    expect(numbered[1].source.id).toBe('6F708192');
    expect(numbered[1].revisions).toEqual([expect.objectContaining({ type: 'delete', start: 0, text: '整条删除的内容' })]);
  });

  it('records formatting changes, deleted w:t and tabs, and inserted paragraphs', async () => {
    const doc = await revisions();
    const formatted = blockWithText(doc, '格式修改');
    expect(formatted.revisions!.map((r) => [r.type, r.start, r.end, r.text])).toEqual([
      ['format', 0, 9, '格式修改的段落加粗'],
      ['format', 7, 9, '加粗'],
    ]);
    expect(blockWithText(doc, '保留').text).toBe('保留结尾');
    expect(blockWithText(doc, '保留').revisions).toEqual([expect.objectContaining({ type: 'delete', start: 2, text: '不应出现\t' })]);
    expect(blockWithText(doc, '新插入').revisions).toEqual([expect.objectContaining({ type: 'insert', start: 0, end: 7 })]);
  });

  it('adds one TRACKED_CHANGES note with the counts', async () => {
    const doc = await revisions();
    const notes = doc.notes.filter((n) => n.code === 'TRACKED_CHANGES');
    expect(notes).toEqual([
      { code: 'TRACKED_CHANGES', message: '文档含有修订痕迹（插入 3 处、删除 4 处、格式修改 2 处、段落合并 2 处），已按“接受全部修订”后的文本审核。' },
    ]);
    const plain = await readFixture('outline.docx');
    expect(plain.notes).toEqual([]);
  });

  it('puts an insertion made with the npm docx package after 𠮷 at the right UTF-16 offset', async () => {
    const doc = await readFixture('docxjs-features.docx');
    const b = blockWithText(doc, '申请人');
    const at = b.text.indexOf('十五个工作日');
    expect(at).toBe('申请人𠮷某应当自事故发生之日起'.length);
    expect(at).toBe(16); // 𠮷 counts 2
    expect(b.revisions).toEqual([
      { type: 'delete', start: 16, end: 16, text: '三十日', author: '审核人', date: '2025-03-01T09:00:00Z' },
      { type: 'insert', start: 16, end: 22, text: '十五个工作日', author: '审核人', date: '2025-03-01T09:00:00Z' },
    ]);
  });
});

describe('side streams and anchors', () => {
  it('reads headers, footers, footnotes, endnotes and comments as streams', async () => {
    const doc = await readFixture('docxjs-features.docx');
    expect(doc.streams).toEqual([
      { kind: 'header', id: 'header1', text: '某省人力资源和社会保障厅文件' },
      // The PAGE field has no cached result in files written by docx: only the dashes remain.
      { kind: 'footer', id: 'footer1', text: '—  —' },
      { kind: 'footnote', id: '1', text: '脚注：统筹地区是指设区的市。' },
      { kind: 'endnote', id: '1', text: '尾注：本办法由省人力资源社会保障厅负责解释。' },
      { kind: 'comment', id: '0', author: '法规处', text: '批注：“适当延长”应明确上限。' },
    ]);
  });

  it('anchors footnotes, endnotes and comment ranges in the block without adding reference digits', async () => {
    const doc = await readFixture('docxjs-features.docx');
    const b = blockWithText(doc, '申请人');
    expect(b.text).toBe('申请人𠮷某应当自事故发生之日起十五个工作日内提出申请。遇有特殊情况，申请时限可以适当延长。');
    const footnote = b.anchors!.find((a) => a.kind === 'footnote')!;
    expect(b.text.slice(0, footnote.start)).toBe('申请人𠮷某应当自事故发生之日起十五个工作日内提出申请');
    expect(footnote.end).toBe(footnote.start);
    const comment = b.anchors!.find((a) => a.kind === 'comment')!;
    expect(b.text.slice(comment.start, comment.end)).toBe('遇有特殊情况，申请时限可以适当延长。');
    expect(b.anchors!.find((a) => a.kind === 'endnote')).toEqual({ kind: 'endnote', id: '1', start: b.text.length, end: b.text.length });
  });
});

describe('comment ranges across paragraphs', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const doc = (body: string): Uint8Array => makeDocx({ 'word/document.xml': `<w:document ${W}><w:body>${body}</w:body></w:document>` });
  const r = (t: string): string => `<w:r><w:t>${t}</w:t></w:r>`;

  it('anchors a range in every paragraph it covers', async () => {
    const d = await read(
      doc(
        `<w:p>${r('甲𠮷')}<w:commentRangeStart w:id="7"/>${r('乙')}</w:p>` +
          `<w:p>${r('整段')}</w:p>` +
          `<w:tbl><w:tr><w:tc><w:p>${r('表格')}</w:p></w:tc></w:tr></w:tbl>` +
          `<w:p>${r('丙')}<w:commentRangeEnd w:id="7"/>${r('丁')}<w:r><w:commentReference w:id="7"/></w:r></w:p>` +
          `<w:p>${r('其后')}</w:p>`,
      ),
    );
    expect(d.blocks.map((b) => [b.text, b.anchors])).toEqual([
      ['甲𠮷乙', [{ kind: 'comment', id: '7', start: 3, end: 4 }]],
      ['整段', [{ kind: 'comment', id: '7', start: 0, end: 2 }]],
      ['表格', [{ kind: 'comment', id: '7', start: 0, end: 2 }]],
      ['丙丁', [{ kind: 'comment', id: '7', start: 0, end: 1 }]],
      ['其后', undefined],
    ]);
  });

  it('handles ranges that start or end between paragraphs, point comments, and ranges that never end', async () => {
    const d = await read(
      doc(
        `<w:commentRangeStart w:id="1"/><w:p>${r('一')}</w:p><w:p>${r('二')}</w:p><w:commentRangeEnd w:id="1"/>` +
          `<w:p>${r('点')}<w:r><w:commentReference w:id="2"/></w:r>${r('评')}</w:p>` +
          `<w:p>${r('未')}<w:commentRangeStart w:id="3"/>${r('结束')}</w:p><w:p>${r('之后')}</w:p>`,
      ),
    );
    expect(d.blocks.map((b) => [b.text, b.anchors])).toEqual([
      ['一', [{ kind: 'comment', id: '1', start: 0, end: 1 }]],
      ['二', [{ kind: 'comment', id: '1', start: 0, end: 1 }]],
      ['点评', [{ kind: 'comment', id: '2', start: 1, end: 1 }]],
      ['未结束', [{ kind: 'comment', id: '3', start: 1, end: 3 }]],
      ['之后', undefined],
    ]);
  });

  it('stays linear on a hostile file with thousands of unclosed and long ranges', async () => {
    const n = 20_000;
    let body = '';
    for (let i = 0; i < n; i++) body += `<w:commentRangeStart w:id="${i}"/><w:p>${r('段')}</w:p>`;
    for (let i = 0; i < n; i++) body += `<w:commentRangeEnd w:id="${i}"/>`;
    // Counted, not timed: the anchors recorded stay proportional to the ranges.
    const d = await read(doc(body));
    expect(d.blocks).toHaveLength(n);
    const anchors = d.blocks.reduce((sum, b) => sum + (b.anchors?.length ?? 0), 0);
    expect(anchors).toBeLessThan(200_000);
    expect(anchors).toBeGreaterThanOrEqual(n);
  });
});

describe('styles', () => {
  it('resolves style names, heading levels, alignment, size, bold and first-line indent', async () => {
    const doc = await readFixture('docxjs-articles.docx');
    expect(doc.blocks[0].style).toEqual({ name: '公文标题', alignment: 'center', fontSize: 22, bold: true });
    // A custom style with w:outlineLvl 1 is a level-2 heading.
    expect(blockWithText(doc, '目　录').style).toMatchObject({ name: '章标题', headingLevel: 2, alignment: 'center', bold: true });
    expect(blockWithText(doc, '第一章').style).toMatchObject({ name: 'Heading 1', headingLevel: 1 });
    expect(blockWithText(doc, '第1项').style).toEqual({ name: 'List Paragraph', alignment: 'justify', fontSize: 16, bold: false, indent: 2 });
    expect(blockWithText(doc, '本办法自').style).toMatchObject({ bold: true, fontSize: 16 });
  });

  it('takes outline levels from the style chain, the paragraph, built-in names, and honours level 9 (body text)', async () => {
    const doc = await readFixture('style-numbering.docx');
    const level = (t: string): number | undefined => blockWithText(doc, t).style.headingLevel;
    expect(level('总则')).toBe(1);
    expect(level('一般规定')).toBe(2); // SectionHeading basedOn ChapterHeading, own outlineLvl 1
    expect(level('内置二级标题')).toBe(2); // name "heading 2", no outlineLvl
    expect(level('大纲级别为正文')).toBeUndefined(); // basedOn heading 2 but outlineLvl 9
    expect(level('直接设置大纲级别')).toBe(3);
    expect(level('为了规范')).toBeUndefined();
    expect(blockWithText(doc, '一般规定').style).toMatchObject({ name: '节标题', fontSize: 16, bold: true, alignment: 'center' });
    // firstLine 640 twips at 16 pt = 2 characters, unless the numbering level sets its own indent (0 here).
    expect(blockWithText(doc, '附件').style.indent).toBeUndefined();
    expect(blockWithText(doc, '为了规范').style.indent).toBe(0);
  });
});

describe('pages', () => {
  it('uses w:lastRenderedPageBreak when Word laid the file out, without double-counting explicit breaks', async () => {
    const doc = await readFixture('pages-rendered.docx');
    expect(doc.pages).toBe(3);
    expect(doc.blocks.map((b) => b.source.page)).toEqual([1, 1, 2, 2, 3]);
    const split = blockWithText(doc, '跨页');
    expect(split.source.segments).toEqual([
      { offset: 0, page: 2 },
      { offset: '跨页的段落前半部分'.length, page: 3 },
    ]);
  });

  it('otherwise counts page breaks, pageBreakBefore and page-starting sections', async () => {
    const doc = await readFixture('pages-explicit.docx');
    expect(doc.blocks.map((b) => b.source.page)).toEqual([1, 1, 2, 3, 3, 3, 4, 4]);
    expect(doc.pages).toBe(5);
    expect(blockWithText(doc, '同一段内分页').source.segments).toEqual([
      { offset: 0, page: 4 },
      { offset: '同一段内分页'.length, page: 5 },
    ]);
  });

  it('leaves pages unknown when the file has no page markers', async () => {
    const doc = await readFixture('outline.docx');
    expect(doc.pages).toBeUndefined();
    expect(doc.blocks.every((b) => b.source.page === undefined)).toBe(true);
  });
});

describe('origin (for writing back)', () => {
  it.each(['structure.docx', 'revisions.docx', 'docxjs-features.docx', 'docxjs-articles.docx'])(
    '%s: each block points at its w:p and each run at a w:r holding that text',
    async (name) => {
      const doc = await readFixture(name);
      const xml = documentXmlOf(name);
      let checkedRuns = 0;
      for (const b of doc.blocks) {
        const o = b.origin as DocxOrigin;
        expect(o.part).toBe('word/document.xml');
        const p = xml.slice(o.xmlStart, o.xmlEnd);
        expect(p.startsWith('<w:p') && p.endsWith('</w:p>'), p.slice(0, 40)).toBe(true);
        let covered = '';
        for (const r of o.runs) {
          const run = xml.slice(r.xmlStart, r.xmlEnd);
          expect(run.startsWith('<w:r>') || run.startsWith('<w:r '), run.slice(0, 20)).toBe(true);
          expect(run.endsWith('</w:r>')).toBe(true);
          expect(r.xmlStart).toBeGreaterThanOrEqual(o.xmlStart);
          expect(r.xmlEnd).toBeLessThanOrEqual(o.xmlEnd);
          const shown = b.text.slice(r.start, r.end);
          // Runs that hold only w:t/w:tab text must read back exactly.
          if (!/<w:(sym|noBreakHyphen|br|cr|delText)/.test(run) && !/&|CDATA/.test(run)) expect(runText(run)).toBe(shown);
          covered += shown;
          checkedRuns++;
        }
        expect(covered).toBe(b.text);
      }
      expect(checkedRuns).toBeGreaterThan(5);
    },
  );
});
