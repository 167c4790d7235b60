import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/document/limits.js';
import { decodeText, detectEncoding, readText } from '../../src/document/readers/text.js';

const SAMPLE = '第一条　为了规范𠮷祥就业见习工作，制定本办法。\r\n第二条　本办法自２０２４年６月１日起施行。\r\n';

function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let i = 0;
  if (bom) {
    out[i++] = bigEndian ? 0xfe : 0xff;
    out[i++] = bigEndian ? 0xff : 0xfe;
  }
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    out[i++] = bigEndian ? c >> 8 : c & 0xff;
    out[i++] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('text encoding detection', () => {
  it('reads UTF-8 without BOM', () => {
    const { text, encoding } = decodeText(new TextEncoder().encode(SAMPLE));
    expect(encoding).toBe('utf-8');
    expect(text).toBe(SAMPLE);
  });

  it('reads UTF-8 with BOM and strips it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('utf-8-bom');
    expect(text).toBe(SAMPLE);
  });

  it('reads UTF-16LE and UTF-16BE with BOM', () => {
    expect(decodeText(utf16(SAMPLE, false, true))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, true, true))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('reads BOM-less UTF-16LE with ASCII line breaks', () => {
    const s = 'HNPR—2024—11005\r\n第一条 abc\r\n';
    expect(detectEncoding(utf16(s, false, false))).toBe('utf-16le');
  });

  it('reads GB18030/GBK', () => {
    // "第一条 规定" in GBK.
    const gbk = new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x20, 0xb9, 0xe6, 0xb6, 0xa8]);
    const { text, encoding } = decodeText(gbk);
    expect(encoding).toBe('gb18030');
    expect(text).toBe('第一条 规定');
  });
});

describe('readText', () => {
  it('splits CRLF lines into blocks, keeps file lines, strips indentation', async () => {
    const doc = await readText(new TextEncoder().encode(`\r\n　　${SAMPLE}\r\n`), { limits: DEFAULT_LIMITS });
    expect(doc.blocks.map((b) => b.text)).toEqual(['第一条　为了规范𠮷祥就业见习工作，制定本办法。', '第二条　本办法自２０２４年６月１日起施行。']);
    expect(doc.blocks[0].source.line).toBe(2);
    expect(doc.blocks[0].style.indent).toBe(2);
    expect(doc.blocks[1].source.line).toBe(3);
    expect(doc.notes.map((n) => n.code)).toContain('LINE_ENDINGS');
  });

  it('refuses a line longer than the limit', async () => {
    const long = 'a'.repeat(200);
    await expect(readText(new TextEncoder().encode(long), { limits: { ...DEFAULT_LIMITS, maxLineLength: 100 } })).rejects.toMatchObject({
      code: 'E_LIMIT_LINE_LENGTH',
    });
  });
});

function utf32(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const points = [...(bom ? '\ufeff' : ''), ...s].map((c) => c.codePointAt(0)!);
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((cp, i) => view.setUint32(i * 4, cp, !bigEndian));
  return out;
}

describe('UTF-32 text (issue 10, item 18: read as garbage UTF-16 before)', () => {
  it.each([
    ['UTF-32LE with a BOM', false, true, 'utf-32le'],
    ['UTF-32BE with a BOM', true, true, 'utf-32be'],
    ['UTF-32LE without a BOM', false, false, 'utf-32le'],
    ['UTF-32BE without a BOM', true, false, 'utf-32be'],
  ] as const)('%s is detected and decoded, astral characters included', async (_name, bigEndian, bom, encoding) => {
    const bytes = utf32(SAMPLE, bigEndian, bom);
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(decodeText(bytes).text).toBe(SAMPLE);
    const doc = await readText(bytes, { limits: DEFAULT_LIMITS });
    expect(doc.blocks.map((b) => b.text)).toEqual(['第一条　为了规范𠮷祥就业见习工作，制定本办法。', '第二条　本办法自２０２４年６月１日起施行。']);
    expect(doc.encoding).toBe(encoding.toUpperCase());
  });

  it('a UTF-32 file is sniffed as text, not binary', async () => {
    const { decideFormat } = await import('../../src/document/sniff.js');
    expect(decideFormat('a.txt', utf32(SAMPLE, false, false))).toBe('txt');
    expect(decideFormat('a.txt', utf32(SAMPLE, true, true))).toBe('txt');
  });

  it('a unit past U+10FFFF after a UTF-32 BOM is E_TEXT_DECODE, not text', async () => {
    const bytes = utf32(SAMPLE, false, true);
    new DataView(bytes.buffer).setUint32(8, 0x00ff0000, true);
    await expect(readText(bytes, { limits: DEFAULT_LIMITS })).rejects.toMatchObject({ code: 'E_TEXT_DECODE' });
  });

  it('UTF-16LE whose first character is U+0000-free is still UTF-16', () => {
    expect(detectEncoding(utf16(SAMPLE, false, true))).toBe('utf-16le');
    expect(decodeText(utf16(SAMPLE, false, true)).text).toBe(SAMPLE);
  });
});
