/**
 * Bytes of an XML part → string. OOXML parts are UTF-8 in practice; UTF-16
 * (with a BOM, or recognisable from the first bytes) is allowed by the XML
 * spec and handled. Invalid sequences become U+FFFD rather than failing:
 * Word and WPS are tolerant here and the auditor should still see the text.
 */
import { TextDecoder } from 'node:util';

const decoders = new Map<string, TextDecoder>();

function decoder(label: string): TextDecoder | undefined {
  let d = decoders.get(label);
  if (!d) {
    try {
      d = new TextDecoder(label, { fatal: false });
    } catch {
      return undefined;
    }
    decoders.set(label, d);
  }
  return d;
}

export interface DecodedPart {
  /** Decoded text without the BOM; origin offsets point into this string. */
  text: string;
  /** WHATWG encoding name actually used. */
  encoding: string;
}

export function decodeXml(bytes: Uint8Array): DecodedPart {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return run('utf-16le', bytes);
  if (b0 === 0xfe && b1 === 0xff) return run('utf-16be', bytes);
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return run('utf-8', bytes);
  // '<' followed by NUL, or NUL then '<': UTF-16 without a BOM.
  if (b0 === 0x3c && b1 === 0x00) return run('utf-16le', bytes);
  if (b0 === 0x00 && b1 === 0x3c) return run('utf-16be', bytes);
  const declared = declaredEncoding(bytes);
  if (declared && !/^utf-?(8|16)/i.test(declared)) {
    // e.g. GBK from an old converter; TextDecoder (full ICU) knows the common labels.
    const d = decoder(declared);
    if (d) return { text: d.decode(bytes), encoding: d.encoding };
  }
  return run('utf-8', bytes);
}

function run(label: string, bytes: Uint8Array): DecodedPart {
  const d = decoder(label)!;
  return { text: d.decode(bytes), encoding: d.encoding };
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] !== 0x3c || bytes[1] !== 0x3f) return undefined;
  let end = 0;
  while (end < bytes.length && end < 200 && bytes[end] !== 0x3e) end++;
  let head = '';
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i]);
  const m = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m ? m[1] : undefined;
}
