import { deflateSync, inflateSync, strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHrssError } from '../../../src/errors.js';
import { DEFAULT_LIMITS } from '../../../src/document/limits.js';
import { RATIO_GRACE_BYTES, ZipArchive } from '../../../src/document/readers/docx/zip.js';
import { W_NS, buildZip, documentXml, expectHrssError, fixtureBytes, makeDocx, read, zeroBomb } from './helpers.js';

const BODY = documentXml('<w:p><w:r><w:t>正文</w:t></w:r></w:p>');

describe('zeroBomb test helper', () => {
  it('is a valid DEFLATE stream of 1 + 258·n zero bytes', () => {
    const out = inflateSync(zeroBomb(1000));
    expect(out.length).toBe(258_001);
    expect(out.every((b) => b === 0)).toBe(true);
  });
});

describe('zip limits and damage', () => {
  it('refuses a 1.5 GB zip bomb that lies about its size after inflating one step of it', async () => {
    const repeats = Math.ceil((1.5 * 1024 ** 3) / 258);
    const bomb = zeroBomb(repeats);
    expect(bomb.length).toBeGreaterThan(1_500_000); // ~1.5 MB compressed
    const zip = buildZip([{ name: 'word/document.xml', data: bomb, method: 8, declaredSize: 40_000 }]);
    await expectHrssError(read(zip), 'E_LIMIT_COMPRESSION_RATIO');
    // The work done is counted, not timed (the time is in `npm run bench`, bench/hostile.mjs): one input
    // chunk of 32 KB inflates to at most ~33 MB, far from the 1.5 GB a full inflate would produce.
    const archive = new ZipArchive(zip, DEFAULT_LIMITS);
    expect(() => archive.read('word/document.xml')).toThrow(expect.objectContaining({ code: 'E_LIMIT_COMPRESSION_RATIO' }));
    expect(archive.inflatedBytes).toBeGreaterThan(RATIO_GRACE_BYTES);
    expect(archive.inflatedBytes).toBeLessThanOrEqual(RATIO_GRACE_BYTES + 2 * 32 * 1024 * 1032);
  });

  it('refuses a bomb that declares its true size before inflating anything', async () => {
    const repeats = Math.ceil((1.5 * 1024 ** 3) / 258);
    const zip = buildZip([{ name: 'word/document.xml', data: zeroBomb(repeats), method: 8, declaredSize: 1 + 258 * repeats }]);
    const e = await expectHrssError(read(zip), 'E_LIMIT_UNCOMPRESSED');
    expect(e.message).toContain('word/document.xml');
  });

  it('stops at maxEntryBytes and maxUncompressedBytes while inflating (ratio within limits)', async () => {
    // ~3.5 MB of XML-like text compresses far less than 200:1, so only the size limits can stop it.
    const xml = documentXml(Array.from({ length: 60_000 }, (_, i) => `<w:p><w:r><w:t>第${i}段 ${Math.sin(i).toFixed(12)}</w:t></w:r></w:p>`).join(''));
    const bytes = strToU8(xml);
    expect(bytes.length).toBeGreaterThan(3 * 1024 * 1024);
    const compressed = deflateSync(bytes);
    const lying = buildZip([{ name: 'word/document.xml', data: compressed, method: 8, declaredSize: 1000 }]);
    await expectHrssError(read(lying, { maxEntryBytes: 1024 * 1024 }), 'E_LIMIT_UNCOMPRESSED');
    await expectHrssError(read(lying, { maxUncompressedBytes: 2 * 1024 * 1024 }), 'E_LIMIT_UNCOMPRESSED');
    const honest = buildZip([{ name: 'word/document.xml', data: compressed, method: 8, declaredSize: bytes.length }]);
    const doc = await read(honest);
    expect(doc.blocks).toHaveLength(60_000);
  });

  it('detects an entry whose data does not match its declared size', async () => {
    const compressed = deflateSync(strToU8(BODY));
    const zip = buildZip([{ name: 'word/document.xml', data: compressed, method: 8, declaredSize: strToU8(BODY).length + 7 }]);
    await expectHrssError(read(zip), 'E_ZIP_CORRUPT');
  });

  it('refuses more entries than maxZipEntries', async () => {
    const parts: Record<string, string> = { 'word/document.xml': BODY };
    for (let i = 0; i < 20; i++) parts[`junk/${i}.txt`] = 'x';
    await expectHrssError(read(makeDocx(parts), { maxZipEntries: 10 }), 'E_LIMIT_ZIP_ENTRIES');
    const doc = await read(makeDocx(parts), { maxZipEntries: 100 });
    expect(doc.blocks[0].text).toBe('正文');
  });

  it('reports a truncated .docx (cut in half) as a damaged zip', async () => {
    const whole = fixtureBytes('docxjs-features.docx');
    await expectHrssError(read(whole.subarray(0, Math.floor(whole.length / 2))), 'E_ZIP_CORRUPT');
    // Cutting only the end of the central directory is also caught.
    await expectHrssError(read(whole.subarray(0, whole.length - 30)), 'E_ZIP_CORRUPT');
  });

  it('reports corrupt compressed data as a damaged zip', async () => {
    const compressed = deflateSync(strToU8(BODY));
    const damaged = compressed.slice();
    for (let i = 2; i < damaged.length; i += 3) damaged[i] ^= 0x5a;
    const zip = buildZip([{ name: 'word/document.xml', data: damaged, method: 8, declaredSize: strToU8(BODY).length }]);
    await expectHrssError(read(zip), 'E_ZIP_CORRUPT');
  });

  it('reads stored (uncompressed) entries and finds parts case-insensitively', () => {
    const zip = buildZip([{ name: 'Word/Document.XML', data: strToU8(BODY), method: 0, declaredSize: strToU8(BODY).length }]);
    const archive = new ZipArchive(zip, DEFAULT_LIMITS);
    expect(archive.has('word/document.xml')).toBe(true);
    expect(new TextDecoder().decode(archive.read('word/document.xml'))).toBe(BODY);
  });

  it('tolerates bytes prepended to the zip', async () => {
    const zip = makeDocx({ 'word/document.xml': BODY });
    const shifted = new Uint8Array(zip.length + 100);
    shifted.set(strToU8('PK'.padEnd(100, '#')), 0);
    shifted.set(zip, 100);
    const doc = await read(shifted);
    expect(doc.blocks[0].text).toBe('正文');
  });
});

describe('not a .docx', () => {
  it('zero bytes', async () => {
    await expectHrssError(read(new Uint8Array(0)), 'E_EMPTY_FILE');
  });

  it.each([
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251), 'E_NOT_DOCX'],
    ['plain text', strToU8('第一条　这是一个纯文本文件。'), 'E_NOT_DOCX'],
    ['RTF', strToU8('{\\rtf1\\ansi 第一条}'), 'E_RTF_UNSUPPORTED'],
    ['PDF', strToU8('%PDF-1.7\n%âãÏÓ\n'), 'E_NOT_DOCX'],
    ['Word 2003 XML', strToU8('<?xml version="1.0"?><w:wordDocument/>'), 'E_WORD_XML'],
    ['a web page saved as .docx', strToU8('<html xmlns:w="urn:schemas-microsoft-com:office:word"><body>第一条</body></html>'), 'E_WEB_PAGE'],
  ] as const)('%s → %s, even when the reader is called directly', async (_name, bytes, code) => {
    await expectHrssError(read(bytes), code);
  });

  it('an OLE file (.doc, WPS, or an encrypted .docx) → E_NOT_DOCX, naming the .doc reader', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await expectHrssError(read(ole), 'E_NOT_DOCX');
    expect(e.message).toContain('.doc');
  });

  it('a "PK" file that is not a zip → E_ZIP_CORRUPT, never a raw exception', async () => {
    await expectHrssError(read(strToU8('PK\u0003\u0004 garbage garbage garbage')), 'E_ZIP_CORRUPT');
  });

  it('an .xlsx renamed to .docx → E_DOCX_NO_BODY, saying it looks like a workbook', async () => {
    const xlsx = makeDocx({
      '[Content_Types].xml':
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': '<workbook/>',
    });
    const e = await expectHrssError(read(xlsx), 'E_DOCX_NO_BODY');
    expect(e.message).toContain('Excel');
  });

  it('an .odt renamed to .docx → E_DOCX_NO_BODY, saying it looks like OpenDocument', async () => {
    const odt = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    const e = await expectHrssError(read(odt), 'E_DOCX_NO_BODY');
    expect(e.message).toContain('.odt');
  });

  it('an empty zip → E_DOCX_NO_BODY', async () => {
    const e = await expectHrssError(read(zipSync({})), 'E_DOCX_NO_BODY');
    expect(e.message).toContain('ZIP');
  });
});

describe('hostile XML', () => {
  it('refuses nesting deeper than maxXmlDepth', async () => {
    const deep = documentXml('<w:p>' + '<w:sdt><w:sdtContent>'.repeat(200) + '</w:sdtContent></w:sdt>'.repeat(200) + '</w:p>');
    await expectHrssError(read(makeDocx({ 'word/document.xml': deep })), 'E_LIMIT_XML_DEPTH');
    // The same file is fine with a higher limit.
    const doc = await read(makeDocx({ 'word/document.xml': deep }), { maxXmlDepth: 1000 });
    expect(doc.blocks).toHaveLength(0);
  });

  it('does not expand entities defined in a DOCTYPE, and notes that it ignored one', async () => {
    const lol =
      '<!DOCTYPE w:document [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY ext SYSTEM "file:///etc/passwd">]>';
    const xml = `<?xml version="1.0"?>${lol}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>前&c;后&ext;</w:t></w:r></w:p></w:body></w:document>`;
    const doc = await read(makeDocx({ 'word/document.xml': xml }));
    expect(doc.blocks[0].text).toBe('前&c;后&ext;');
    expect(doc.notes.map((n) => n.code)).toContain('XML_DOCTYPE_IGNORED');
  });

  it('skips a damaged side part or numbering part with a note, but still reads the body', async () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>';
    const body = documentXml('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>');
    const doc = await read(
      makeDocx({
        'word/document.xml': body,
        'word/_rels/document.xml.rels': rels,
        'word/comments.xml': `<w:comments xmlns:w="${W_NS}"><w:comment w:id="0"><w:p><w:r><w:t>批注</w:p></w:comment></w:comments>`,
        'word/numbering.xml': `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="1">`,
      }),
    );
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([[undefined, '正文']]);
    expect(doc.notes.map((n) => n.code)).toEqual(['PART_DAMAGED', 'PART_DAMAGED']);
    expect(doc.notes[0].message).toContain('word/numbering.xml');
    expect(doc.notes[1].message).toContain('word/comments.xml');
  });

  it('falls back to the usual part names when the relationship parts are damaged', async () => {
    const doc = await read(
      makeDocx({
        '[Content_Types].xml': '<Types><Override',
        '_rels/.rels': '<Relationships><Relationship',
        'word/document.xml': documentXml('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>'),
        'word/_rels/document.xml.rels': '<Relationships><oops></Relationships>',
        'word/numbering.xml': `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
        'word/header1.xml': `<w:hdr xmlns:w="${W_NS}"><w:p><w:r><w:t>页眉</w:t></w:r></w:p></w:hdr>`,
      }),
    );
    expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([['一、', '正文']]);
    expect(doc.streams).toEqual([{ kind: 'header', id: 'header1', text: '页眉' }]);
  });

  it('reports malformed document XML', async () => {
    const broken = documentXml('<w:p><w:r><w:t>正文</w:r></w:p>');
    await expectHrssError(read(makeDocx({ 'word/document.xml': broken })), 'E_XML_MALFORMED');
  });

  it('never follows external relationships (a header pointing outside the zip is ignored)', async () => {
    const doc = await read(
      makeDocx({
        'word/document.xml': BODY,
        'word/_rels/document.xml.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="file:///etc/passwd" TargetMode="External"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="../../../../etc/hostname"/></Relationships>',
      }),
    );
    expect(doc.streams).toEqual([]);
    expect(doc.blocks[0].text).toBe('正文');
  });
});

// Timings of large documents are in `npm run bench` (bench/large.mjs); here the results must come out at all.
describe('pathological but well-formed documents stay linear', () => {
  it('one paragraph with 40,000 runs, line breaks, page breaks and revisions', async () => {
    const n = 40_000;
    let runs = '';
    for (let i = 0; i < n; i++) {
      runs += `<w:ins w:id="${i}" w:author="a${i % 7}"><w:r><w:rPr><w:sz w:val="${20 + (i % 100)}"/></w:rPr><w:t>字${i}</w:t><w:br/>${i % 3 === 0 ? '<w:br w:type="page"/>' : ''}</w:r></w:ins>`;
    }
    const doc = await read(makeDocx({ 'word/document.xml': documentXml(`<w:p><w:pPr><w:pPrChange w:author="x"><w:pPr/></w:pPrChange></w:pPr>${runs}</w:p>`) }));
    expect(doc.blocks).toHaveLength(n);
    expect(doc.blocks[n - 1].text).toBe(`字${n - 1}`);
    expect(doc.blocks[n - 1].revisions!.map((r) => r.type)).toEqual(['format', 'insert']);
    // One page per page break, except the last break: nothing follows it.
    expect(doc.pages).toBe(Math.ceil(n / 3));
  });

  it('a flood of empty paragraphs still counts them in source.paragraph', async () => {
    const n = 200_000;
    const body = '<w:p/><w:p></w:p><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r/></w:p>'.repeat(n / 3 + 1) + '<w:p><w:r><w:t>末段</w:t></w:r></w:p>';
    const count = (body.match(/<w:p[/>]/g) ?? []).length;
    const doc = await read(makeDocx({ 'word/document.xml': documentXml(body) }), { maxCompressionRatio: 100_000 });
    expect(doc.blocks.map((b) => [b.text, b.source.paragraph])).toEqual([['末段', count - 1]]);
  });

  it('a long chain of paragraphs whose marks are all deleted', async () => {
    const n = 20_000;
    const body =
      Array.from({ length: n }, (_, i) => `<w:p><w:pPr><w:rPr><w:del w:author="a"/></w:rPr></w:pPr><w:r><w:t>${i} </w:t></w:r></w:p>`).join('') +
      '<w:p><w:r><w:t>末</w:t></w:r></w:p>';
    const doc = await read(makeDocx({ 'word/document.xml': documentXml(body) }));
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0].text.endsWith(`${n - 1} 末`)).toBe(true);
    expect(doc.notes.find((x) => x.code === 'PARAGRAPH_MERGED')!.message).toContain(`${n} 个段落标记`);
  });
});

describe('damaged files never escape as raw exceptions', () => {
  /** Reading either succeeds or fails with a coded HrssError that is not an internal error. */
  async function readsOrFailsCleanly(bytes: Uint8Array): Promise<void> {
    try {
      await read(bytes);
    } catch (e) {
      expect(isHrssError(e), String(e)).toBe(true);
      expect((e as { code: string }).code).not.toBe('E_INTERNAL');
    }
  }

  it('random byte damage and truncation of a real .docx', async () => {
    const original = fixtureBytes('docxjs-features.docx');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 20 }),
        fc.nat(original.length),
        async (flips, cut) => {
          const damaged = original.slice(0, Math.max(cut, original.length - 2000));
          for (const [at, x] of flips) if (at < damaged.length) damaged[at] ^= x;
          await readsOrFailsCleanly(damaged);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random damage inside document.xml', async () => {
    const xml =
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>第一条</w:t></w:r><w:ins w:author="a"><w:r><w:t>新</w:t></w:r></w:ins></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    await fc.assert(
      fc.asyncProperty(fc.nat(xml.length), fc.nat(xml.length), fc.string({ maxLength: 6 }), async (a, b, insert) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        const body = xml.slice(0, from) + insert + xml.slice(to);
        await readsOrFailsCleanly(makeDocx({ 'word/document.xml': documentXml(body) }));
      }),
      { numRuns: 300 },
    );
  });
});
