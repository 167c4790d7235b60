/**
 * Zips that mean different things to different readers (issue 10, items 3
 * and 16): a second copy of word/document.xml, names that differ only in case
 * or escaping, a local header naming another file, a second end-of-directory
 * record, and entries that share their data. The reader behind `check` and
 * the writer behind `annotate` read the directory through the same checks
 * (src/document/zip-safety.ts), so both refuse each trick.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rewriteZip, ZipPackage } from '../../../src/annotate/zip.js';
import { readZipDirectory } from '../../../src/document/zip-safety.js';
import { isHrssError } from '../../../src/errors.js';
import { runCli } from '../../helpers/cli.js';
import { buildZip, documentXml, expectHrssError, makeDocx, nestedZip, read, type RawEntry } from './helpers.js';

const CLEAN = documentXml('<w:p><w:r><w:t>第一条 见习单位应当按月发放见习补贴。</w:t></w:r></w:p>');
const HIDDEN = documentXml('<w:p><w:r><w:t>第一条 见习单位未发放见习补贴的，处以2000元罚款。</w:t></w:r></w:p>');

const stored = (name: string, xml: string, extra: Partial<RawEntry> = {}): RawEntry => ({
  name,
  data: strToU8(xml),
  method: 0,
  declaredSize: strToU8(xml).length,
  ...extra,
});

function expectRefusedByWriter(zip: Uint8Array, code: string): void {
  let caught: unknown;
  try {
    new ZipPackage(zip);
  } catch (e) {
    caught = e;
  }
  expect(isHrssError(caught), String(caught)).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
}

describe('a part stored twice', () => {
  it.each([
    ['the same name twice (Word shows the last copy)', 'word/document.xml'],
    ['names differing only in case', 'Word/Document.XML'],
    ['a percent-escaped spelling of the same name', 'word/%64ocument.xml'],
    ['a backslash and a leading slash', '/word\\document.xml'],
  ])('%s → E_ZIP_AMBIGUOUS in check and in annotate', async (_what, second) => {
    const zip = buildZip([stored('word/document.xml', CLEAN), stored(second, HIDDEN)]);
    const e = await expectHrssError(read(zip), 'E_ZIP_AMBIGUOUS');
    expect(e.message).toContain(second);
    expectRefusedByWriter(zip, 'E_ZIP_AMBIGUOUS');
  });

  it('is refused whichever copy comes first, and a folder entry listed twice is harmless', async () => {
    await expectHrssError(read(buildZip([stored('word/document.xml', HIDDEN), stored('word/document.xml', CLEAN)])), 'E_ZIP_AMBIGUOUS');
    const folders = buildZip([stored('word/', ''), stored('word/', ''), stored('word/document.xml', CLEAN)]);
    expect((await read(folders)).blocks.map((b) => b.text)).toEqual(['第一条 见习单位应当按月发放见习补贴。']);
  });
});

describe('a local header that names another file than the directory', () => {
  it('→ E_ZIP_AMBIGUOUS, naming both', async () => {
    const zip = buildZip([stored('word/document.xml', CLEAN, { localName: 'word/documenx.xml' })]);
    const e = await expectHrssError(read(zip), 'E_ZIP_AMBIGUOUS');
    expect(e.message).toContain('word/documenx.xml');
    expectRefusedByWriter(zip, 'E_ZIP_AMBIGUOUS');
  });
});

describe('two end-of-directory records', () => {
  it('a second directory hidden in the comment of the first → E_ZIP_AMBIGUOUS', async () => {
    const honest = buildZip([stored('word/document.xml', CLEAN)]);
    const other = buildZip([stored('word/document.xml', HIDDEN)]);
    // The outer record's comment holds a complete second zip whose own record ends the file.
    const combined = new Uint8Array(honest.length + other.length);
    combined.set(honest);
    combined.set(other, honest.length);
    new DataView(combined.buffer).setUint16(honest.length - 2, other.length, true);
    await expectHrssError(read(combined), 'E_ZIP_AMBIGUOUS');
    expectRefusedByWriter(combined, 'E_ZIP_AMBIGUOUS');
  });
});

describe('entries that share their data (items 16: annotate wrote 3.15 GB from 1.26 MB)', () => {
  const inner = { name: 'word/document.xml', data: strToU8(CLEAN) };
  const names = Array.from({ length: 50 }, (_, i) => `word/media/image${i}.png`);

  it('→ E_ZIP_CORRUPT before anything is inflated or copied', async () => {
    const zip = nestedZip(names, inner);
    const e = await expectHrssError(read(zip), 'E_ZIP_CORRUPT');
    expect(e.message).toContain('重叠');
    expectRefusedByWriter(zip, 'E_ZIP_CORRUPT');
  });

  it('the directory check looks at each entry once (sorted), and a normal package passes untouched', () => {
    const normal = makeDocx({ 'word/document.xml': CLEAN, 'word/styles.xml': '<w:styles/>', '[Content_Types].xml': '<Types/>' });
    const dir = readZipDirectory(normal);
    expect(dir.entries.map((e) => e.name).sort()).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']);
    for (const e of dir.entries) expect(e.dataEnd! - e.dataStart!).toBe(e.compressedSize);
  });

  it('annotate through the CLI refuses the file and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-overlap-'));
    // 400 listed entries over 64 KB of shared XML: copied raw they would make a 25 MB file.
    const big = documentXml(
      Array.from({ length: 800 }, (_, i) => `<w:p><w:r><w:t>第${i + 1}段 见习单位应当按月发放见习补贴，处以2000元罚款。</w:t></w:r></w:p>`).join(''),
    );
    writeFileSync(
      join(dir, 'bomb.docx'),
      nestedZip(
        Array.from({ length: 400 }, (_, i) => `word/media/image${i}.png`),
        { name: 'word/document.xml', data: strToU8(big) },
      ),
    );
    const r = await runCli(['annotate', 'bomb.docx', '-o', 'out.docx'], { cwd: dir });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('E_ZIP_CORRUPT');
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });
});

describe('what annotate writes is bounded like what it reads', () => {
  it('stops with E_LIMIT_FILE_SIZE when the copy would pass maxBytes', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(CLEAN), 'word/media/a.bin': new Uint8Array(20_000).map((_, i) => (i * 7919) % 251) }, { level: 0 });
    const pkg = new ZipPackage(zip);
    const changes = new Map([['word/document.xml', strToU8(HIDDEN)]]);
    expect(rewriteZip(pkg, changes, new Date(0), zip.length + 1000).length).toBeLessThan(zip.length + 1000);
    let caught: unknown;
    try {
      rewriteZip(pkg, changes, new Date(0), 10_000);
    } catch (e) {
      caught = e;
    }
    expect((caught as { code?: string }).code).toBe('E_LIMIT_FILE_SIZE');
  });
});

describe('check reports the trick as an unreadable file with its code', () => {
  it('a .docx with two word/document.xml entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-dup-'));
    writeFileSync(join(dir, 'twice.docx'), buildZip([stored('word/document.xml', CLEAN), stored('word/document.xml', HIDDEN)]));
    const r = await runCli(['check', 'twice.docx', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.status).toBe('unreadable');
    expect(doc.error.code).toBe('E_ZIP_AMBIGUOUS');
    expect(doc.error.message).toContain('向起草单位索取原文件');
  });
});
