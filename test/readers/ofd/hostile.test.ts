import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, zeroBomb } from '../../../fixtures/lib/hostile-zip.mjs';
import { readOfd } from '../../../src/document/readers/ofd/index.js';
import { readSource } from '../../../src/document/load.js';
import { DEFAULT_LIMITS, type Limits } from '../../../src/document/limits.js';
import { isHrssError, type ErrorCode } from '../../../src/errors.js';

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const OFD_XML = `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`;
const DOCUMENT_XML = `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`;
const line = (y: number, text: string, extra = '') =>
  `<ofd:TextObject ID="9" Boundary="28 ${y} 156 8" Font="2" Size="5.6"${extra}><ofd:TextCode X="0" Y="5.6" DeltaX="g ${Math.max(0, [...text].length - 1)} 5.57">${text}</ofd:TextCode></ofd:TextObject>`;
const page = (objects: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="2">${objects}</ofd:Layer></ofd:Content></ofd:Page>`;
const BODY = page([line(40, '第一条　为了规范就业见习工作，制定本办法。'), line(50, '第二条　本办法自印发之日起施行。')].join(''));

function ofd(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
}
const valid = (page0: string | Uint8Array = BODY) => ofd({ 'OFD.xml': OFD_XML, 'Doc_0/Document.xml': DOCUMENT_XML, 'Doc_0/Pages/Page_0/Content.xml': page0 });
const read = (data: Uint8Array, limits: Partial<Limits> = {}) => readOfd(data, { limits: { ...DEFAULT_LIMITS, ...limits } });

async function expectCode(p: Promise<unknown>, code: ErrorCode): Promise<Error> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(isHrssError(e), String(e)).toBe(true);
  expect((e as { code: string }).code, (e as Error).message).toBe(code);
  expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
  return e as Error;
}

describe('a minimal hand-made OFD', () => {
  it('reads', async () => {
    const doc = await read(valid());
    expect(doc.blocks.map((b) => b.text)).toEqual(['第一条　为了规范就业见习工作，制定本办法。', '第二条　本办法自印发之日起施行。']);
  });
});

describe('files named .ofd that are not OFD (sniffed by content)', () => {
  it.each<[string, Uint8Array, ErrorCode, string]>([
    ['a PDF', strToU8('%PDF-1.7\n1 0 obj\n'), 'E_OFD_CORRUPT', 'PDF'],
    ['plain text', strToU8('第一条　这是纯文本。'), 'E_OFD_CORRUPT', '纯文本'],
    ['a Word 97-2003 file', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), 'E_OFD_CORRUPT', '.doc'],
    ['random bytes', Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 3) % 251), 'E_OFD_CORRUPT', '二进制'],
  ])('%s → %s', async (_name, data, code, says) => {
    const e = await expectCode(readSource('x.ofd', data), code);
    expect(e.message).toContain(says);
  });

  it('a .docx renamed .ofd → E_OFD_CORRUPT naming Word', async () => {
    const e = await expectCode(read(ofd({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })), 'E_OFD_CORRUPT');
    expect(e.message).toContain('.docx');
  });

  it('a zip without OFD.xml, without its document root, or missing a page → E_OFD_CORRUPT', async () => {
    await expectCode(read(ofd({ 'a.txt': 'x' })), 'E_OFD_CORRUPT');
    await expectCode(read(ofd({ 'OFD.xml': OFD_XML })), 'E_OFD_CORRUPT');
    await expectCode(read(ofd({ 'OFD.xml': OFD_XML, 'Doc_0/Document.xml': DOCUMENT_XML })), 'E_OFD_CORRUPT');
    await expectCode(read(ofd({ 'OFD.xml': `<ofd:OFD ${NS}><ofd:DocBody/></ofd:OFD>` })), 'E_OFD_CORRUPT');
  });

  it('a truncated package → E_ZIP_CORRUPT naming OFD', async () => {
    const data = valid();
    const e = await expectCode(read(data.subarray(0, data.length - 30)), 'E_ZIP_CORRUPT');
    expect(e.message).toContain('OFD');
  });

  it('malformed page XML → E_XML_MALFORMED naming the part', async () => {
    const e = await expectCode(read(valid(page('<ofd:TextObject ID="1"><ofd:TextCode>未闭合'))), 'E_XML_MALFORMED');
    expect(e.message).toContain('Doc_0/Pages/Page_0/Content.xml');
  });
});

describe('the zip and XML limits of the .docx reader protect the OFD reader', () => {
  it('a zip bomb page that lies about its size → E_LIMIT_COMPRESSION_RATIO, without inflating it', async () => {
    const repeats = Math.ceil((512 * 1024 ** 2) / 258);
    const zip = buildZip([
      { name: 'OFD.xml', data: deflateSync(strToU8(OFD_XML)), method: 8, declaredSize: strToU8(OFD_XML).length },
      { name: 'Doc_0/Document.xml', data: deflateSync(strToU8(DOCUMENT_XML)), method: 8, declaredSize: strToU8(DOCUMENT_XML).length },
      { name: 'Doc_0/Pages/Page_0/Content.xml', data: zeroBomb(repeats), method: 8, declaredSize: 4000 },
    ]);
    const e = await expectCode(read(zip), 'E_LIMIT_COMPRESSION_RATIO');
    expect(e.message).toContain('OFD');
  });

  it('too many entries, too large entries → the same limit codes', async () => {
    await expectCode(read(valid(), { maxZipEntries: 2 }), 'E_LIMIT_ZIP_ENTRIES');
    await expectCode(read(valid(), { maxEntryBytes: 300 }), 'E_LIMIT_UNCOMPRESSED');
  });

  it('XML nested deeper than maxXmlDepth → E_LIMIT_XML_DEPTH', async () => {
    const deep = page(`${'<ofd:PageBlock>'.repeat(300)}${line(40, '正文')}${'</ofd:PageBlock>'.repeat(300)}`);
    await expectCode(read(valid(deep)), 'E_LIMIT_XML_DEPTH');
  });

  it('entities in a DOCTYPE are never expanded (no "billion laughs")', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
    const doc = await read(
      valid(
        `${laughs}<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="2">${line(40, '第一条　正文&c;。')}${line(50, '第二条　本办法自印发之日起施行。')}</ofd:Layer></ofd:Content></ofd:Page>`,
      ),
    );
    expect(doc.blocks[0].text).toBe('第一条　正文&c;。');
  });

  it('a DeltaX that claims a billion steps costs no more than the text it spaces', async () => {
    const huge = page(
      `<ofd:TextObject ID="9" Boundary="28 40 156 8" Size="5.6"><ofd:TextCode X="0" Y="5.6" DeltaX="g 1000000000 5.57">第一条　为了规范就业见习工作，制定本办法。</ofd:TextCode></ofd:TextObject>${line(50, '第二条　本办法自印发之日起施行。')}`,
    );
    const doc = await read(valid(huge));
    expect(doc.blocks[0].text).toBe('第一条　为了规范就业见习工作，制定本办法。');
  });

  it('more pages than maxPdfPages → E_LIMIT_PAGES before any page is read', async () => {
    const pages = Array.from({ length: 5 }, (_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('');
    const doc = DOCUMENT_XML.replace(/<ofd:Pages>.*<\/ofd:Pages>/, `<ofd:Pages>${pages}</ofd:Pages>`);
    const parts: Record<string, string> = { 'OFD.xml': OFD_XML, 'Doc_0/Document.xml': doc };
    for (let i = 0; i < 5; i++) parts[`Doc_0/Pages/Page_${i}/Content.xml`] = BODY;
    const e = await expectCode(read(ofd(parts), { maxPdfPages: 3 }), 'E_LIMIT_PAGES');
    expect(e.message).toContain('OFD 共 5 页');
  });
});
