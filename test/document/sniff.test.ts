import fs from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { markdownToOfd } from '../../fixtures/lib/md-to-ofd.mjs';
import { readSource } from '../../src/document/load.js';
import { decideFormat, sniffBytes } from '../../src/document/sniff.js';
import { isHrssError, type ErrorCode } from '../../src/errors.js';
import { ROOT } from '../helpers/cli.js';

/**
 * The bytes decide the reader, not the extension. Inside the Word family
 * (.docx/.doc/.wps) a misnamed file is read by the reader its content needs,
 * with a note; anything else gets the code that says what the file really is.
 */
const bytes = (p: string) => new Uint8Array(fs.readFileSync(path.join(ROOT, p)));
const docx = bytes('fixtures/drafts/sample-draft.docx');
const doc = bytes('fixtures/parity/employment-internship-measures.auto.doc');
const ofd = markdownToOfd(fs.readFileSync(path.join(ROOT, 'fixtures/drafts/sample-draft.md'), 'utf8'));

async function codeOf(name: string, data: Uint8Array): Promise<{ code: ErrorCode; message: string }> {
  const e = await readSource(name, data).then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!isHrssError(e)) throw new Error(`${name}: expected an error, got ${String(e)}`);
  return { code: e.code, message: e.message };
}

describe('Word family: the content picks the reader', () => {
  it.each<[string, Uint8Array, string, boolean]>([
    ['草案.doc', doc, 'doc', false],
    ['草案.wps', doc, 'doc', false],
    ['草案.docx', docx, 'docx', false],
    ['改名.doc', docx, 'docx', true],
    ['改名.wps', docx, 'docx', true],
    ['改名.docx', doc, 'doc', true],
  ])('%s → read as %s', async (name, data, format, noted) => {
    const source = await readSource(name, data);
    expect(source.format).toBe(format);
    const note = source.notes.find((n) => n.code === 'FORMAT_MISMATCH');
    expect(Boolean(note)).toBe(noted);
    if (note) expect(note.message).toContain(`建议把扩展名改为 .${format}`);
  });

  it('the automatic article numbers survive whichever name the .doc has', async () => {
    const labels = (await readSource('改名.docx', doc)).blocks.map((b) => b.label).filter(Boolean);
    expect(labels.slice(0, 3)).toEqual(['第一条', '第二条', '第三条']);
  });

  it.each<[string, string, ErrorCode]>([
    ['RTF saved as .doc', '{\\rtf1\\ansi\\deff0 第一条}', 'E_RTF_UNSUPPORTED'],
    [
      'Word 2003 XML saved as .doc',
      '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>',
      'E_WORD_XML',
    ],
    [
      'Flat OPC (pkg:package) saved as .docx',
      '<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>',
      'E_WORD_XML',
    ],
    [
      'a web page saved as .doc',
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><body><p>第一条</p></body></html>',
      'E_WEB_PAGE',
    ],
    ['an HTML export with a doctype', '<!DOCTYPE html>\n<html><body>第一条</body></html>', 'E_WEB_PAGE'],
    ['a single-file web page (.mht)', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x', 'E_WEB_PAGE'],
    ['plain text', '第一条　这是纯文本。', 'E_NOT_DOCX'],
    ['a PDF', '%PDF-1.7\n', 'E_NOT_DOCX'],
  ])('%s → %s', async (_name, content, code) => {
    for (const ext of ['.doc', '.docx', '.wps']) expect((await codeOf(`x${ext}`, strToU8(content))).code, ext).toBe(code);
  });

  it('an OFD named .docx or .doc → E_NOT_DOCX saying it is OFD', async () => {
    for (const name of ['x.docx', 'x.doc']) expect((await codeOf(name, ofd)).message).toContain('OFD');
  });

  it("a .wps in WPS's own (non-OLE) format → E_WPS_UNSUPPORTED; the same bytes as .doc → E_NOT_DOCX", async () => {
    const wps = Uint8Array.from({ length: 2048 }, (_, i) => (i % 7 === 0 ? 0 : (i * 31) % 256));
    expect(sniffBytes(wps)).toBe('binary');
    expect((await codeOf('旧稿.wps', wps)).code).toBe('E_WPS_UNSUPPORTED');
    expect((await codeOf('旧稿.doc', wps)).code).toBe('E_NOT_DOCX');
  });
});

describe('other formats', () => {
  it('an OFD named .pdf → E_PDF_CORRUPT saying it is OFD', async () => {
    const r = await codeOf('x.pdf', ofd);
    expect(r.code).toBe('E_PDF_CORRUPT');
    expect(r.message).toContain('.ofd');
  });

  it('.ofd content is decided by its bytes: a zip is handed to the OFD reader', () => {
    expect(decideFormat('x.ofd', ofd)).toBe('ofd');
    expect(decideFormat('X.OFD', ofd)).toBe('ofd');
  });

  it('a .txt holding HTML is read as the text it is', async () => {
    const source = await readSource('x.txt', strToU8('<html><body>第一条　正文。</body></html>\n'));
    expect(source.format).toBe('txt');
  });

  it('unknown extensions list every supported format in the message', async () => {
    const r = await codeOf('x.rtf', strToU8('{\\rtf1}'));
    expect(r.code).toBe('E_UNSUPPORTED_FORMAT');
    for (const ext of ['.docx', '.doc', '.wps', '.pdf', '.ofd', '.md', '.txt']) expect(r.message).toContain(ext);
  });
});
