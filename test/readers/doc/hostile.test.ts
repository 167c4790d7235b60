import fs from 'node:fs';
import * as CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { isHrssError, type ErrorCode } from '../../../src/errors.js';
import type { SourceDocument } from '../../../src/document/model.js';
import { SAMPLE_DOC, readBytes } from './helpers.js';

const sample = new Uint8Array(fs.readFileSync(SAMPLE_DOC));

async function expectCode(p: Promise<SourceDocument>, code: ErrorCode): Promise<Error> {
  try {
    await p;
  } catch (e) {
    expect(isHrssError(e), String(e)).toBe(true);
    expect((e as { code: string }).code, (e as Error).message).toBe(code);
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    return e as Error;
  }
  throw new Error(`expected ${code}, but the file was read`);
}

/** An OLE compound file holding the given streams, written by cfb. */
function ole(streams: Record<string, Uint8Array>): Uint8Array {
  const c = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(c, name, Buffer.from(data));
  return new Uint8Array(CFB.write(c, { type: 'buffer' }) as Buffer);
}

/** The sample with its WordDocument stream (or another) changed. */
function patched(change: (streams: Map<string, Uint8Array>) => void): Uint8Array {
  const c = CFB.read(Buffer.from(sample), { type: 'buffer' });
  const streams = new Map<string, Uint8Array>();
  c.FileIndex.forEach((e) => {
    if (e.type === 2 && e.content) streams.set(e.name, new Uint8Array(e.content as Uint8Array));
  });
  change(streams);
  return ole(Object.fromEntries(streams));
}

describe('OLE files that are not a readable Word document', () => {
  it('no WordDocument stream → E_DOC_CORRUPT; as .wps → E_WPS_UNSUPPORTED (WPS own format)', async () => {
    const other = ole({ Contents: new Uint8Array(600).fill(7) });
    await expectCode(readBytes(other, { path: 'x.doc' }), 'E_DOC_CORRUPT');
    await expectCode(readBytes(other, { path: '旧文件.wps' }), 'E_WPS_UNSUPPORTED');
  });

  it('an encrypted .docx (EncryptedPackage in an OLE file) → E_DOC_ENCRYPTED', async () => {
    const enc = ole({ EncryptionInfo: new Uint8Array(300).fill(1), EncryptedPackage: new Uint8Array(5000).fill(2) });
    await expectCode(readBytes(enc, { path: 'x.docx' }), 'E_DOC_ENCRYPTED');
  });

  it('an Excel workbook renamed .doc → E_UNSUPPORTED_FORMAT naming Excel', async () => {
    const e = await expectCode(readBytes(ole({ Workbook: new Uint8Array(5000).fill(3) }), { path: 'x.doc' }), 'E_UNSUPPORTED_FORMAT');
    expect(e.message).toContain('Excel');
  });

  it('a password-protected .doc (fEncrypted) → E_DOC_ENCRYPTED', async () => {
    const enc = patched((s) => {
      s.get('WordDocument')![0x0b] |= 0x01;
    });
    await expectCode(readBytes(enc), 'E_DOC_ENCRYPTED');
  });

  it('a Word 95 file (nFib 104) → E_DOC_LEGACY', async () => {
    const old = patched((s) => {
      const w = s.get('WordDocument')!;
      w[2] = 0x68;
      w[3] = 0x00;
    });
    const e = await expectCode(readBytes(old), 'E_DOC_LEGACY');
    expect(e.message).toContain('Word 6.0/95');
  });
});

describe('damaged Word 97-2003 files: a code, never an exception', () => {
  it('a wrong FIB identifier', async () => {
    await expectCode(readBytes(patched((s) => s.get('WordDocument')!.fill(0, 0, 2))), 'E_DOC_CORRUPT');
  });

  it('a missing table stream', async () => {
    await expectCode(readBytes(patched((s) => (s.delete('1Table'), s.delete('0Table')))), 'E_DOC_CORRUPT');
  });

  it('a piece table pointing outside the table stream', async () => {
    // fcClx is the 34th fc/lcb pair of FibRgFcLcb97, at 0x9A + 33 * 8.
    const bad = patched((s) => new DataView(s.get('WordDocument')!.buffer).setUint32(0x9a + 33 * 8, 0x7fffff00, true));
    await expectCode(readBytes(bad), 'E_DOC_CORRUPT');
  });

  it('damaged list tables: the text is still read, without the automatic numbers, and the note says so', async () => {
    // fcPlfLfo (pair 74) pointing past the end of the table stream.
    const bad = patched((s) => new DataView(s.get('WordDocument')!.buffer).setUint32(0x9a + 74 * 8, 0x7fffff00, true));
    const doc = await readBytes(bad);
    expect(doc.notes.map((n) => n.code)).toContain('PART_DAMAGED');
    expect(doc.blocks.some((b) => b.text.includes('工伤职工在停工留薪期满后'))).toBe(true);
    expect(doc.blocks.every((b) => b.label === undefined)).toBe(true);
  });

  it('every truncation of the file', async () => {
    for (let n = 0; n < sample.length; n += 997) {
      try {
        await readBytes(sample.subarray(0, n));
      } catch (e) {
        expect(isHrssError(e), `${n}: ${String(e)}`).toBe(true);
        expect((e as { code: string }).code).not.toBe('E_INTERNAL');
      }
    }
  });
});

/** Sector bookkeeping of a version 3 compound file (512-byte sectors), for damaging it precisely. */
function sectors(data: Uint8Array) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const fatSector = view.getInt32(0x4c, true);
  const fatAt = (i: number): number => (fatSector + 1) * 512 + i * 4;
  const dirAt = (i: number): number => (view.getInt32(0x30, true) + 1) * 512 + i * 128;
  return { view, fatAt, dirAt };
}

describe('compound files that would make the OLE library loop (cfb-guard)', () => {
  it('a FAT chain that loops back on itself → E_DOC_CORRUPT, promptly', async () => {
    const data = sample.slice();
    const { view, fatAt, dirAt } = sectors(data);
    // Find the WordDocument stream's directory entry and make its last sector point back to its first.
    let entry = -1;
    for (let i = 0; i < 16; i++) {
      const name = Buffer.from(data.subarray(dirAt(i), dirAt(i) + 24)).toString('utf16le');
      if (name.startsWith('WordDocument')) entry = i;
    }
    expect(entry).toBeGreaterThan(0);
    const start = view.getInt32(dirAt(entry) + 0x74, true);
    let last = start;
    while (view.getInt32(fatAt(last), true) >= 0) last = view.getInt32(fatAt(last), true);
    view.setInt32(fatAt(last), start, true);
    await expectCode(readBytes(data), 'E_DOC_CORRUPT');
  }, 10_000);

  it("directory entries that are each other's right sibling (cfb alone never returns) → E_DOC_CORRUPT, promptly", async () => {
    const data = sample.slice();
    const { view, dirAt } = sectors(data);
    view.setInt32(dirAt(1) + 0x48, 2, true);
    view.setInt32(dirAt(2) + 0x48, 1, true);
    await expectCode(readBytes(data), 'E_DOC_CORRUPT');
  }, 10_000);
});
