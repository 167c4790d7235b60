/** The pieces of the .docx writer: raw zip rewriting, run splitting, paragraph levels, part edits. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { commentIds, commentsPart, ensureCommentsRelationship, ensureOverride, wordPrefix } from '../../src/annotate/parts.js';
import { resolveTarget } from '../../src/document/readers/docx/package.js';
import { escapeXml } from '../../src/io/escape.js';
import { ParagraphMap, paragraphContentStart, parseRun, sliceStart, splitRun } from '../../src/annotate/runs.js';
import { rewriteZip, ZipPackage } from '../../src/annotate/zip.js';

describe('zip rewriting', () => {
  const original = zipSync(
    {
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document>old</w:document>'),
      'word/media/image1.png': new Uint8Array(5000).map((_, i) => (i * 7) % 251),
      '中文/说明.txt': strToU8('文字'),
    },
    { level: 9 },
  );

  it('replaces some entries, appends new ones, and copies the others byte for byte', () => {
    const pkg = new ZipPackage(original);
    const out = rewriteZip(
      pkg,
      new Map([
        ['word/document.xml', strToU8('<w:document>new</w:document>')],
        ['word/comments.xml', strToU8('<w:comments/>')],
      ]),
    );
    const files = unzipSync(out);
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/image1.png', '中文/说明.txt', 'word/comments.xml']);
    expect(strFromU8(files['word/document.xml'])).toBe('<w:document>new</w:document>');
    expect(strFromU8(files['word/comments.xml'])).toBe('<w:comments/>');
    expect(strFromU8(files['中文/说明.txt'])).toBe('文字');
    const after = new ZipPackage(out);
    for (const name of ['[Content_Types].xml', 'word/media/image1.png', '中文/说明.txt']) {
      const a = pkg.entry(name)!;
      const b = after.entry(name)!;
      expect(Buffer.from(out.subarray(b.localStart, b.localEnd)).equals(Buffer.from(original.subarray(a.localStart, a.localEnd))), name).toBe(true);
    }
  });

  it('reads entries back (stored and deflated) and refuses what is not a zip', () => {
    const pkg = new ZipPackage(original);
    expect(strFromU8(pkg.read('word/document.xml', 1e6)!)).toBe('<w:document>old</w:document>');
    expect(pkg.read('WORD/Document.xml', 1e6)).toBeDefined();
    expect(() => pkg.read('word/media/image1.png', 100)).toThrow(/超过上限/);
    expect(() => new ZipPackage(strToU8('not a zip at all, just text'))).toThrow(/压缩包已损坏/);
  });
});

describe('runs', () => {
  const xml = '<w:p><w:r w:rsidR="00A1"><w:rPr><w:b/></w:rPr><w:t>甲乙</w:t><w:tab/><w:t xml:space="preserve">丙&amp;丁 </w:t></w:r></w:p>';
  const start = xml.indexOf('<w:r ');
  const end = xml.indexOf('</w:r>') + 6;

  it('reads a run as the reader does: tabs, entities, properties', () => {
    const run = parseRun(xml, start, end, 'w')!;
    expect(run.text).toBe('甲乙\t丙&丁 ');
    expect(run.rPr).toBe('<w:rPr><w:b/></w:rPr>');
  });

  it('splits a run at text offsets, keeping properties and inserting markup at the cuts', () => {
    const run = parseRun(xml, start, end, 'w')!;
    const out = splitRun(
      xml,
      run,
      new Map([
        [1, '<A/>'],
        [4, '<B/>'],
      ]),
    );
    expect(out).toBe(
      '<w:r w:rsidR="00A1"><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">甲</w:t></w:r><A/>' +
        '<w:r w:rsidR="00A1"><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">乙</w:t><w:tab/><w:t xml:space="preserve">丙</w:t></w:r><B/>' +
        '<w:r w:rsidR="00A1"><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">&amp;丁 </w:t></w:r>',
    );
  });

  it('keeps a surrogate pair whole and counts it as two UTF-16 units', () => {
    const x = '<w:r><w:t>𠮷野家</w:t></w:r>';
    const run = parseRun(x, 0, x.length, 'w')!;
    expect(run.text).toBe('𠮷野家');
    expect(splitRun(x, run, new Map([[2, '|']]))).toBe('<w:r><w:t xml:space="preserve">𠮷</w:t></w:r>|<w:r><w:t xml:space="preserve">野家</w:t></w:r>');
  });

  it('finds the slice of a run shared by two lines', () => {
    expect(sliceStart('第一行\n第二行', '第二行')).toBe(4);
    expect(sliceStart('第一行\n第二行', '第一行')).toBe(0);
    expect(sliceStart('abc', 'x')).toBeUndefined();
  });

  it('knows where paragraph-level markup may go: after a hyperlink, not inside it', () => {
    const p = '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:hyperlink r:id="rId9"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:r><w:t>后</w:t></w:r></w:p>';
    const map = new ParagraphMap(p, 0, p.length, 'w');
    const inLink = p.indexOf('<w:r>');
    const afterLink = p.indexOf('</w:hyperlink>') + '</w:hyperlink>'.length;
    expect(map.paragraphLevel(inLink)).toBe(afterLink);
    expect(map.paragraphLevel(afterLink)).toBe(afterLink);
    expect(paragraphContentStart(p, 0, p.length, 'w')).toBe(p.indexOf('<w:hyperlink'));
    expect(paragraphContentStart('<w:p/>', 0, 6, 'w')).toBe(-1);
  });
});

describe('package parts', () => {
  it('escapes text for XML and drops characters XML forbids', () => {
    expect(escapeXml('a<b>&"c"\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });

  it('finds the WordprocessingML prefix whatever it is', () => {
    expect(wordPrefix('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')).toBe('w');
    expect(wordPrefix('<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')).toBe('ns0');
    expect(wordPrefix('<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')).toBe('');
  });

  it('extends an existing comments part, keeping its comments', () => {
    const existing =
      '<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="3" w:author="甲"><w:p/></w:comment></w:comments>';
    const out = commentsPart(existing, [{ id: 4, author: '合法性审核', initials: '合法', date: '2024-05-20T00:00:00Z', paragraphs: ['问题<1>', '依据：x'] }]);
    expect(out.startsWith(existing.slice(0, existing.indexOf('</w:comments>')))).toBe(true);
    expect(commentIds(out, 'w')).toEqual([3, 4]);
    expect(out).toContain('<w:t xml:space="preserve">问题&lt;1&gt;</w:t>');
    const created = commentsPart(undefined, [{ id: 0, author: 'a', initials: 'A', date: 'd', paragraphs: ['x'] }]);
    expect(created).toContain('<w:comment w:id="0" w:author="a" w:date="d" w:initials="A"><w:p><w:r><w:annotationRef/></w:r>');
  });

  it('adds the comments relationship and content type once', () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="styles.xml"/><Relationship Id="rId3" Type="y" Target="z.xml"/></Relationships>';
    const added = ensureCommentsRelationship(rels, 'word/document.xml', false);
    expect(added.changed).toBe(true);
    expect(added.part).toBe('word/comments.xml');
    expect(added.xml).toContain(
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>',
    );
    const again = ensureCommentsRelationship(added.xml, 'word/document.xml', false);
    expect(again.changed).toBe(false);
    const types =
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
    const withOverride = ensureOverride(types, '/word/comments.xml', 'ct');
    expect(withOverride).toContain('<Override PartName="/word/comments.xml" ContentType="ct"/>');
    expect(ensureOverride(withOverride, '/word/comments.xml', 'ct')).toBe(withOverride);
    // The writer resolves targets as the reader does: relative, absolute, with backslashes or escapes.
    expect(resolveTarget('word/document.xml', '../customXml/item1.xml')).toBe('customXml/item1.xml');
    expect(resolveTarget('word/document.xml', '/word/comments.xml')).toBe('word/comments.xml');
    expect(resolveTarget('word/document.xml', 'media\\image%201.png')).toBe('word/media/image 1.png');
  });
});
