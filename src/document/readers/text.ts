import { HrssError } from '../../errors.js';
import type { Block, SourceDocument } from '../model.js';
import type { Reader } from './reader.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gb18030';

/**
 * Detect the encoding of a text file: BOM first (UTF-32 before UTF-16: the
 * UTF-32LE mark FF FE 00 00 starts like the UTF-16LE one), then UTF-32
 * without a BOM, strict UTF-8, BOM-less UTF-16, then GB18030.
 */
export function detectEncoding(data: Uint8Array): TextEncoding {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return 'utf-8-bom';
  if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) return 'utf-32le';
  if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) return 'utf-32be';
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  const sample = data.subarray(0, Math.min(data.length, 64 * 1024));
  const wide = utf32Side(sample, data.length);
  if (wide) return wide;
  const nulHalf = utf16Side(sample);
  if (nulHalf) return nulHalf;
  if (isUtf8(data)) return 'utf-8';
  return 'gb18030';
}

function utf16Side(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (sample.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(sample.length / 2);
  // Plain CJK UTF-16 has few NULs; rely on line breaks and ASCII to find the side.
  // Some CJK code units have a zero low byte (一 is U+4E00), so the other side is allowed a few.
  if (odd / pairs > 0.1 && odd > 4 * even) return 'utf-16le';
  if (even / pairs > 0.1 && even > 4 * odd) return 'utf-16be';
  return undefined;
}

/**
 * UTF-32 without a BOM: every 4-byte unit holds a code point up to U+10FFFF,
 * so its top byte is zero and the next is at most 0x10. UTF-8 or UTF-16 text
 * never has a zero in every fourth byte.
 */
export function utf32Side(sample: Uint8Array, length: number): 'utf-32le' | 'utf-32be' | undefined {
  if (length % 4 !== 0 || sample.length < 8) return undefined;
  let le = true;
  let be = true;
  let nonZero = false;
  for (let i = 0; i + 3 < sample.length; i += 4) {
    if (sample[i + 3] !== 0 || sample[i + 2] > 0x10) le = false;
    if (sample[i] !== 0 || sample[i + 1] > 0x10) be = false;
    if (sample[i] | sample[i + 1] | sample[i + 2] | sample[i + 3]) nonZero = true;
    if (!le && !be) return undefined;
  }
  if (!nonZero) return undefined;
  return le ? 'utf-32le' : 'utf-32be';
}

/** UTF-32 by hand (TextDecoder has no UTF-32): a unit past U+10FFFF or a surrogate is an error, as a fatal decoder would say. */
function decodeUtf32(data: Uint8Array, littleEndian: boolean): string {
  if (data.length % 4 !== 0) throw new HrssError('E_TEXT_DECODE', `文本文件按 UTF-32 解码失败：长度 ${data.length} 字节不是 4 的倍数`);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < data.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      throw new HrssError('E_TEXT_DECODE', `文本文件按 UTF-32 解码失败：第 ${i} 字节处的值 0x${cp.toString(16)} 不是有效字符`);
    }
    chunk.push(cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

function isUtf8(data: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

export function decodeText(data: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(data);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return { text: decodeUtf32(data, encoding === 'utf-32le').replace(/^\ufeff/, ''), encoding };
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  let text: string;
  try {
    // ignoreBOM: false strips the BOM for utf-8 and utf-16.
    text = new TextDecoder(label, { fatal: encoding !== 'gb18030' }).decode(data);
  } catch (e) {
    throw new HrssError('E_TEXT_DECODE', `文本文件按 ${encoding} 解码失败`, { cause: e });
  }
  if (encoding === 'gb18030' && (text.match(/\ufffd/g)?.length ?? 0) > Math.max(3, text.length / 100)) {
    throw new HrssError('E_TEXT_DECODE', '文本文件既不是 UTF-8，也不是 GB18030/GBK 编码');
  }
  return { text: text.replace(/^\ufeff/, ''), encoding };
}

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'utf-32le': 'UTF-32LE',
  'utf-32be': 'UTF-32BE',
  gb18030: 'GB18030/GBK',
};

/** Leading indentation as printed: spaces, U+3000, tabs. */
const LEADING_SPACE = /^[ \t\u3000\u00a0\u200b\ufeff]+/;

export const readText: Reader = async (data, options) => {
  const { text, encoding } = decodeText(data);
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  const blocks: Block[] = [];
  lines.forEach((raw, i) => {
    if (raw.length > options.limits.maxLineLength) {
      throw new HrssError(
        'E_LIMIT_LINE_LENGTH',
        `第 ${i + 1} 行长度 ${raw.length} 字符，超过上限 ${options.limits.maxLineLength}（配置项 limits.maxLineLength）`,
      );
    }
    const indentMatch = LEADING_SPACE.exec(raw);
    const indentText = indentMatch?.[0] ?? '';
    const content = raw.slice(indentText.length).replace(/[ \t\u3000\u00a0\u200b\ufeff]+$/, '');
    if (content === '') return;
    const indent = [...indentText].reduce((n, c) => n + (c === '\u3000' ? 1 : c === '\t' ? 2 : c === '\u200b' || c === '\ufeff' ? 0 : 0.5), 0);
    blocks.push({
      index: blocks.length,
      text: content,
      container: 'body',
      style: indent > 0 ? { indent } : {},
      source: { paragraph: blocks.length, line: i + 1 },
    });
  });
  const notes = encoding === 'utf-8' ? [] : [{ code: 'ENCODING', message: `文本编码识别为 ${ENCODING_NAMES[encoding]}。` }];
  if (/\r/.test(text)) notes.push({ code: 'LINE_ENDINGS', message: '文件使用 Windows（CRLF）换行，已统一处理。' });
  return { format: 'txt', blocks, streams: [], notes, encoding: ENCODING_NAMES[encoding] };
};
